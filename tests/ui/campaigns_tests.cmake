tailor_add_test(tst_campaignspage ui/tst_campaignspage.cpp GUI)

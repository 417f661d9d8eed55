tailor_add_test(tst_experimentspage ui/tst_experimentspage.cpp GUI)

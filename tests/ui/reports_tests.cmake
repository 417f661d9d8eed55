tailor_add_test(tst_reportspage ui/tst_reportspage.cpp GUI)

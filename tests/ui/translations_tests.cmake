tailor_add_test(tst_translation ui/tst_translation.cpp GUI)

tailor_add_test(tst_recommend core/tst_recommend.cpp)
tailor_add_test(tst_recommendcli core/tst_recommendcli.cpp)
add_dependencies(tst_recommendcli tailor-cli)

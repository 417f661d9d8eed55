# Campaign build + CSV/XLSX export of 1,000,000 members (targets: CSV <= 3 s, XLSX <= 15 s).
qt_add_executable(tailor_campaigns_bench campaigns_bench.cpp)
target_link_libraries(tailor_campaigns_bench PRIVATE tailor_core)
set_target_properties(tailor_campaigns_bench PROPERTIES MACOSX_BUNDLE OFF WIN32_EXECUTABLE OFF)
tailor_target_defaults(tailor_campaigns_bench)

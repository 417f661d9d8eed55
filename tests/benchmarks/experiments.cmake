# Experiment analysis of 10,000,000 outcome rows (read + statistics); target <= 2 s.
qt_add_executable(tailor_experiments_bench experiments_bench.cpp)
target_link_libraries(tailor_experiments_bench PRIVATE tailor_core)
set_target_properties(tailor_experiments_bench PROPERTIES MACOSX_BUNDLE OFF WIN32_EXECUTABLE OFF)
tailor_target_defaults(tailor_experiments_bench)

# MF on MovieLens 100K u1..u5, BPR and content on a 75/25 user split, association rules on Online Retail.
qt_add_executable(tailor_recommendmodels_bench recommendmodels_bench.cpp)
target_link_libraries(tailor_recommendmodels_bench PRIVATE tailor_core)
target_compile_definitions(tailor_recommendmodels_bench PRIVATE TAILOR_DATA_DIR="${TAILOR_DATA_DIR}")
set_target_properties(tailor_recommendmodels_bench PROPERTIES MACOSX_BUNDLE OFF WIN32_EXECUTABLE OFF)
tailor_target_defaults(tailor_recommendmodels_bench)

# Recommender quality and fit times on MovieLens 100K / 1M and UCI Online Retail.
qt_add_executable(tailor_recommend_bench recommend_bench.cpp)
target_link_libraries(tailor_recommend_bench PRIVATE tailor_core)
target_compile_definitions(tailor_recommend_bench PRIVATE TAILOR_DATA_DIR="${CMAKE_SOURCE_DIR}/../shared/data")
set_target_properties(tailor_recommend_bench PROPERTIES MACOSX_BUNDLE OFF WIN32_EXECUTABLE OFF)
tailor_target_defaults(tailor_recommend_bench)

target_sources(tailor-cli PRIVATE cli/recommendcommand.cpp)

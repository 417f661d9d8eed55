target_sources(tailor-cli PRIVATE cli/experimentcommand.cpp)

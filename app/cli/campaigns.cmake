target_sources(tailor-cli PRIVATE cli/campaigncommand.cpp)

target_sources(tailor_core PRIVATE
    campaigns/messagetemplate.h campaigns/messagetemplate.cpp
    campaigns/offerrules.h campaigns/offerrules.cpp
    campaigns/coupongenerator.h campaigns/coupongenerator.cpp
    campaigns/contactnormalizer.h campaigns/contactnormalizer.cpp
    campaigns/campaignbuilder.h campaigns/campaignbuilder.cpp
)
target_sources(tailor_core PRIVATE
    campaigns/campaignexporter.h campaigns/campaignexporter.cpp
    campaigns/campaignstore.h campaigns/campaignstore.cpp
    campaigns/responseimporter.h campaigns/responseimporter.cpp
)

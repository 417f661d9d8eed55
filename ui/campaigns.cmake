target_sources(tailor_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/pages/campaignspage.h ${CMAKE_CURRENT_LIST_DIR}/pages/campaignspage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/wizards/campaignwizard.h ${CMAKE_CURRENT_LIST_DIR}/wizards/campaignwizard.cpp
    ${CMAKE_CURRENT_LIST_DIR}/models/campaignoffersmodel.h ${CMAKE_CURRENT_LIST_DIR}/models/campaignoffersmodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/models/campaignlistmodel.h ${CMAKE_CURRENT_LIST_DIR}/models/campaignlistmodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/charts/campaignrateschart.h ${CMAKE_CURRENT_LIST_DIR}/charts/campaignrateschart.cpp
    ${CMAKE_CURRENT_LIST_DIR}/widgets/campaignexportpanel.h ${CMAKE_CURRENT_LIST_DIR}/widgets/campaignexportpanel.cpp
)

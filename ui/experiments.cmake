target_sources(tailor_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/pages/experimentspage.h ${CMAKE_CURRENT_LIST_DIR}/pages/experimentspage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/wizards/experimentwizard.h ${CMAKE_CURRENT_LIST_DIR}/wizards/experimentwizard.cpp
    ${CMAKE_CURRENT_LIST_DIR}/models/experimentlistmodel.h ${CMAKE_CURRENT_LIST_DIR}/models/experimentlistmodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/models/experimentresultsmodel.h ${CMAKE_CURRENT_LIST_DIR}/models/experimentresultsmodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/charts/experimentarmchart.h ${CMAKE_CURRENT_LIST_DIR}/charts/experimentarmchart.cpp
    ${CMAKE_CURRENT_LIST_DIR}/charts/experimentliftchart.h ${CMAKE_CURRENT_LIST_DIR}/charts/experimentliftchart.cpp
)

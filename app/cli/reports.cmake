# tailor-cli report: rendering charts and the PDF needs QtGui, so the CLI links tailor_ui.
target_sources(tailor-cli PRIVATE cli/reportcommand.cpp)
target_link_libraries(tailor-cli PRIVATE tailor_ui)
target_compile_definitions(tailor-cli PRIVATE TAILOR_CLI_GUI) # main() makes a QGuiApplication for `report`

tailor_add_test(tst_reportbuilder core/tst_reportbuilder.cpp)
# Rendering (charts, PDF) needs QtGui: linked against tailor_ui, run with a QGuiApplication.
tailor_add_test(tst_reportrender core/tst_reportrender.cpp GUI)
add_dependencies(tst_reportrender tailor-cli)

# Translations: the language loader, the Preferences dialog, and the .ts files
# compiled into tailor_ui (resources/translations/translations.cmake).
target_sources(tailor_ui PRIVATE
    mainwindow/translationloader.h mainwindow/translationloader.cpp
    dialogs/preferencesdialog.h dialogs/preferencesdialog.cpp
)
include(${CMAKE_SOURCE_DIR}/resources/translations/translations.cmake)

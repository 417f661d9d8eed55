# Tailor's translations: lrelease compiles each .ts into a .qm that is embedded
# in tailor_ui under :/i18n (TranslationLoader loads :/i18n/tailor_<lang>.qm).
# English is the source language and needs no file.
#
# Strings live in core, ui and app, so the .ts files are updated over all three
# with the tailor_update_translations target (not qt_add_translations' own
# lupdate target, which would only see tailor_ui's sources and mark every core
# message obsolete):
#   cmake --build BUILD --target tailor_update_translations
set(TAILOR_TS_FILES
    ${CMAKE_SOURCE_DIR}/resources/translations/tailor_zh_CN.ts
)
qt_add_lrelease(tailor_ui
    TS_FILES ${TAILOR_TS_FILES}
    QM_FILES_OUTPUT_VARIABLE tailor_qm_files
)
qt_add_resources(tailor_ui tailor_translations
    PREFIX /i18n
    BASE ${CMAKE_CURRENT_BINARY_DIR}
    FILES ${tailor_qm_files}
)
add_custom_target(tailor_update_translations
    COMMAND Qt6::lupdate -locations relative -no-obsolete app ui core -ts ${TAILOR_TS_FILES}
    WORKING_DIRECTORY ${CMAKE_SOURCE_DIR}
    COMMENT "Updating the .ts files from app/, ui/ and core/"
    VERBATIM
)

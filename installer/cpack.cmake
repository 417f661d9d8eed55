# Packaging with CPack, included last from the top-level CMakeLists.txt.
# Linux: DEB and TGZ. Windows: NSIS (with windeployqt). macOS: DragNDrop (with
# macdeployqt). See installer/README.md for how to build each.
include(GNUInstallDirs)

if(UNIX AND NOT APPLE)
    install(FILES ${CMAKE_CURRENT_LIST_DIR}/linux/tailor.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${CMAKE_CURRENT_LIST_DIR}/linux/io.github.tailor.Tailor.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    foreach(size 16 32 48 64 128 256)
        install(FILES ${CMAKE_CURRENT_LIST_DIR}/linux/icons/tailor-${size}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps RENAME tailor.png)
    endforeach()
    install(FILES ${CMAKE_CURRENT_LIST_DIR}/linux/icons/tailor.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
endif()

set(CPACK_PACKAGE_NAME "tailor")
set(CPACK_PACKAGE_VENDOR "Tailor")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Personalized-marketing studio")
set(CPACK_PACKAGE_DESCRIPTION "Tailor imports customer and order data, shows customer profiles, builds segments, recommends products, analyses A/B tests and exports personalized campaigns.")
set(CPACK_PACKAGE_CONTACT "Tailor maintainers <maintainers@tailor.invalid>")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Tailor")
set(CPACK_STRIP_FILES ON)

if(WIN32)
    set(CPACK_GENERATOR "NSIS")
    set(CPACK_NSIS_DISPLAY_NAME "Tailor")
    set(CPACK_NSIS_PACKAGE_NAME "Tailor")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_CREATE_ICONS_EXTRA "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\Tailor.lnk' '$INSTDIR\\\\bin\\\\tailor.exe'")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
else()
    set(CPACK_GENERATOR "DEB;TGZ")
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins")
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
endif()

include(CPack)

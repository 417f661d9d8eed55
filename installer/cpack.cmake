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
    # Debian policy: copyright and a gzipped changelog in the doc folder, gzipped manual pages.
    install(FILES ${CMAKE_CURRENT_LIST_DIR}/linux/copyright DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/tailor)
    set(_gz_dir ${CMAKE_BINARY_DIR}/installer)
    file(MAKE_DIRECTORY ${_gz_dir})
    foreach(_file changelog tailor.1 tailor-cli.1)
        execute_process(COMMAND gzip -9nc ${CMAKE_CURRENT_LIST_DIR}/linux/${_file}
            OUTPUT_FILE ${_gz_dir}/${_file}.gz RESULT_VARIABLE _gz_result)
        if(NOT _gz_result EQUAL 0)
            message(FATAL_ERROR "gzip failed on installer/linux/${_file}")
        endif()
    endforeach()
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
        ${CMAKE_CURRENT_LIST_DIR}/linux/changelog ${CMAKE_CURRENT_LIST_DIR}/linux/tailor.1
        ${CMAKE_CURRENT_LIST_DIR}/linux/tailor-cli.1)
    install(FILES ${_gz_dir}/changelog.gz DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/tailor)
    install(FILES ${_gz_dir}/tailor.1.gz ${_gz_dir}/tailor-cli.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endif()

set(CPACK_PACKAGE_NAME "tailor")
set(CPACK_PACKAGE_VENDOR "Tailor")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Personalized-marketing studio")
# Debian wants description lines under 80 characters.
set(CPACK_PACKAGE_DESCRIPTION "Tailor imports customer and order data, shows customer profiles,\nbuilds segments, recommends products, analyses A/B tests and exports\npersonalized campaigns.")
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

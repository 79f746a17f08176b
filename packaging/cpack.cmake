# A .deb that installs gigamap-cli and the desktop application (gigamap)
# with its .desktop entry and icon. Build it with: cpack --config build/release/CPackConfig.cmake
set(CPACK_PACKAGE_NAME "gigamap")
set(CPACK_PACKAGE_VENDOR "gigamap developers")
set(CPACK_PACKAGE_CONTACT "gigamap developers <gigamap@example.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_GENERATOR "DEB")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "science")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The map labels need a font; a minimal Debian has none.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsqlite3-mod-spatialite, fonts-dejavu-core")
set(CPACK_STRIP_FILES ON)
# The desktop entry and icon go with the desktop application, so that no menu
# entry ever points at a program the package does not contain.
if(TARGET gigamap)
  install(FILES ${CMAKE_CURRENT_LIST_DIR}/gigamap.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
  install(FILES ${CMAKE_CURRENT_LIST_DIR}/gigamap.svg
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
endif()
include(CPack)

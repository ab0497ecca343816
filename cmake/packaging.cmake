# Installation beyond the two binaries (app/CMakeLists.txt) and the packages CPack makes of it:
# TGZ and DEB on Linux (built and checked in CI by scripts/test-install.sh), ZIP and an NSIS
# installer on Windows (by .github/workflows/windows.yml with windeployqt, and by the mingw-w64
# cross build here with cmake/windows_deploy.cmake; scripts/test-windows-packages.sh installs them
# under Wine).

# The README beside the guides, the code pages and the screenshots; docs/README.md (the index of
# docs/) becomes index.md there, so that it does not take the README's name.
set(JD_DOC_DIR ${CMAKE_INSTALL_DATADIR}/doc/joindoctor)
if(WIN32)
  set(JD_DOC_DIR doc)
endif()
install(FILES ${PROJECT_SOURCE_DIR}/README.md DESTINATION ${JD_DOC_DIR})
install(FILES ${PROJECT_SOURCE_DIR}/docs/README.md DESTINATION ${JD_DOC_DIR} RENAME index.md)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/ DESTINATION ${JD_DOC_DIR}
        REGEX "/docs/README\\.md$" EXCLUDE)

if(WIN32)
  # Qt's DLLs, plugins (platform, styles, TLS) and translations (qtbase_da) beside the executable.
  # The module, not the executable, is what uses Qt Widgets and Qt Network, so windeployqt is run
  # on both.
  if(TARGET Qt6::windeployqt)
    install(CODE "
      execute_process(
        COMMAND \"$<TARGET_FILE:Qt6::windeployqt>\" --release --no-compiler-runtime
                --translations da,en --dir \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\"
                \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/joindoctor.exe\"
                \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/joindoctor_ui.dll\"
        RESULT_VARIABLE jd_windeployqt_result)
      if(NOT jd_windeployqt_result EQUAL 0)
        message(FATAL_ERROR \"windeployqt failed: \${jd_windeployqt_result}\")
      endif()")
  elseif(MINGW AND CMAKE_CROSSCOMPILING)
    include(${PROJECT_SOURCE_DIR}/cmake/windows_deploy.cmake)
  else()
    message(WARNING "windeployqt not found: the install tree will not have Qt's DLLs")
  endif()
  # The MSVC runtime, for machines without the Visual C++ redistributable.
  if(MSVC)
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
    include(InstallRequiredSystemLibraries)
  endif()
else()
  install(FILES ${PROJECT_SOURCE_DIR}/resources/joindoctor.desktop
          DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
  install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/joindoctor.svg
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
  foreach(size 16 24 32 48 64 128 256)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/joindoctor-${size}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
            RENAME joindoctor.png)
  endforeach()
endif()

set(CPACK_PACKAGE_NAME joindoctor)
set(CPACK_PACKAGE_VENDOR "JoinDoctor")
set(CPACK_PACKAGE_CONTACT "JoinDoctor maintainers <joindoctor@example.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "Finds out why a Windows device is not fully hybrid Azure AD joined and has no PRT")
set(CPACK_PACKAGE_DESCRIPTION
    "JoinDoctor follows Microsoft Entra hybrid join step by step (tenant discovery, the connection "
    "to Microsoft as SYSTEM, the certificate in Active Directory, Azure AD Connect sync, Pending, "
    "the Primary Refresh Token), explains each result in Danish or English with a short code for "
    "the helpdesk, and analyses captures from other devices.")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://example.invalid/joindoctor")
set(CPACK_PACKAGE_INSTALL_DIRECTORY JoinDoctor)
set(CPACK_PACKAGE_EXECUTABLES joindoctor JoinDoctor)
set(CPACK_RESOURCE_FILE_README ${PROJECT_SOURCE_DIR}/README.md)
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/")

if(WIN32)
  set(CPACK_GENERATOR ZIP NSIS)
  set(CPACK_PACKAGE_FILE_NAME joindoctor-${PROJECT_VERSION}-windows-x64)
  set(CPACK_NSIS_DISPLAY_NAME JoinDoctor)
  set(CPACK_NSIS_PACKAGE_NAME JoinDoctor)
  set(CPACK_NSIS_MUI_ICON ${PROJECT_SOURCE_DIR}/resources/icons/joindoctor.ico)
  set(CPACK_NSIS_MUI_UNIICON ${PROJECT_SOURCE_DIR}/resources/icons/joindoctor.ico)
  set(CPACK_NSIS_INSTALLED_ICON_NAME bin\\\\joindoctor.exe)
  set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
  # Per machine, under Program Files: the tool is run by helpdesk staff on any account.
  set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
  # A 64-bit installer: makensis makes a 32-bit one otherwise, which a 64-bit-only Wine cannot run.
  set(CPACK_NSIS_DEFINES "Target amd64-unicode")
else()
  set(CPACK_GENERATOR TGZ DEB)
  set(CPACK_PACKAGE_FILE_NAME joindoctor-${PROJECT_VERSION}-linux-${CMAKE_SYSTEM_PROCESSOR})
  set(CPACK_DEBIAN_PACKAGE_SECTION admin)
  set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
  # Not found by dpkg-shlibdeps, which sees only linked libraries: Qt's platform plugins and Qt's
  # own Danish texts (the wizard's buttons).
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, qt6-translations-l10n")
endif()
include(CPack)

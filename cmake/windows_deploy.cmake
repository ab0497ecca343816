# The mingw-w64 cross build's Windows folder (Qt 6.4 has no windeployqt for a Linux host): Qt's
# DLLs, exactly the plugins the program loads and Qt's Danish texts, by the list in
# cmake/windows_files.txt, plus the GCC runtime. No image format plugin: every image JoinDoctor
# shows is a PNG, which QtGui reads itself. qtbase_da.qm also goes beside the executables in the
# build tree, so that the Windows build run from there shows Danish wizard buttons too.
set(jd_qt_prefix ${QT6_INSTALL_PREFIX})
if(NOT jd_qt_prefix)
  get_filename_component(jd_qt_prefix "${Qt6_DIR}/../../.." ABSOLUTE)
endif()
set(jd_qtbase_da /usr/share/qt6/translations/qtbase_da.qm) # Debian's qt6-translations-l10n
if(NOT EXISTS ${jd_qtbase_da})
  message(FATAL_ERROR "${jd_qtbase_da} is missing: install qt6-translations-l10n")
endif()
execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-libgcc-file-name
                OUTPUT_VARIABLE jd_libgcc OUTPUT_STRIP_TRAILING_WHITESPACE)
get_filename_component(jd_gcc_runtime_dir "${jd_libgcc}" DIRECTORY)
set(jd_runtime_dirs ${jd_gcc_runtime_dir} /usr/${CMAKE_CXX_LIBRARY_ARCHITECTURE}/lib
                    /usr/x86_64-w64-mingw32/lib)

file(STRINGS ${PROJECT_SOURCE_DIR}/cmake/windows_files.txt jd_windows_files REGEX "^[^#]")
foreach(entry IN LISTS jd_windows_files)
  string(REGEX REPLACE "^mingw:" "" path "${entry}")
  get_filename_component(name "${path}" NAME)
  get_filename_component(folder "${path}" DIRECTORY)
  string(REGEX REPLACE "^bin" "${CMAKE_INSTALL_BINDIR}" folder "${folder}")
  if(name MATCHES "^(joindoctor|joindoctor-cli|joindoctor_ui)\\.")
    continue() # installed by app/CMakeLists.txt
  elseif(name STREQUAL "qtbase_da.qm")
    set(source ${jd_qtbase_da})
  elseif(path MATCHES "^bin/[^/]+/")
    string(REGEX REPLACE "^bin/" "" plugin "${path}")
    set(source ${jd_qt_prefix}/plugins/${plugin})
  elseif(entry MATCHES "^mingw:")
    find_file(source_${name} ${name} PATHS ${jd_runtime_dirs} NO_DEFAULT_PATH NO_CMAKE_FIND_ROOT_PATH)
    set(source ${source_${name}})
  else()
    set(source ${jd_qt_prefix}/bin/${name})
  endif()
  if(NOT EXISTS "${source}")
    message(FATAL_ERROR "cmake/windows_files.txt names ${path}, but ${source} does not exist")
  endif()
  install(FILES "${source}" DESTINATION "${folder}")
endforeach()

# Beside the programs in app/ and the test executables in the build folder's root.
file(COPY ${jd_qtbase_da} DESTINATION ${CMAKE_BINARY_DIR}/app/translations)
file(COPY ${jd_qtbase_da} DESTINATION ${CMAKE_BINARY_DIR}/translations)

# What a mingw-w64 cross build takes from the Linux host instead of find_package():
# - spdlog and fmt header-only, from copies of Debian's headers (never /usr/include itself: its
#   glibc headers would shadow mingw's);
# - GoogleTest built from Debian's sources with the cross compiler.
set(jd_cross_headers ${CMAKE_BINARY_DIR}/cross-headers)
foreach(dir spdlog fmt)
  if(NOT EXISTS /usr/include/${dir})
    message(FATAL_ERROR "/usr/include/${dir} is missing: install libspdlog-dev and libfmt-dev")
  endif()
  file(COPY /usr/include/${dir} DESTINATION ${jd_cross_headers})
endforeach()
add_library(spdlog::spdlog INTERFACE IMPORTED)
target_include_directories(spdlog::spdlog SYSTEM INTERFACE ${jd_cross_headers})
# Wide file names: a narrow one would go through the ANSI code page (app/logging_setup.cpp).
target_compile_definitions(spdlog::spdlog INTERFACE FMT_HEADER_ONLY SPDLOG_FMT_EXTERNAL
                                                    SPDLOG_WCHAR_FILENAMES)

if(JOINDOCTOR_BUILD_TESTS)
  set(JD_GTEST_SOURCE_DIR /usr/src/googletest/googletest CACHE PATH "GoogleTest sources")
  add_library(jd_cross_gtest STATIC ${JD_GTEST_SOURCE_DIR}/src/gtest-all.cc)
  target_include_directories(jd_cross_gtest SYSTEM PUBLIC ${JD_GTEST_SOURCE_DIR}/include
                             PRIVATE ${JD_GTEST_SOURCE_DIR})
  target_compile_options(jd_cross_gtest PRIVATE -w)
  add_library(jd_cross_gtest_main STATIC ${JD_GTEST_SOURCE_DIR}/src/gtest_main.cc)
  target_link_libraries(jd_cross_gtest_main PUBLIC jd_cross_gtest)
  target_compile_options(jd_cross_gtest_main PRIVATE -w)
  add_library(GTest::gtest ALIAS jd_cross_gtest)
  add_library(GTest::gtest_main ALIAS jd_cross_gtest_main)
  set(GTest_FOUND TRUE)
endif()

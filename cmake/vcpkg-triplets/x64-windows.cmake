# vcpkg's x64-windows triplet, plus spdlog with wide file names (SPDLOG_WCHAR_FILENAMES): a narrow
# log path goes through the ANSI code page, so C:\Users\Søren\... would not be found. vcpkg sets
# this option only from a triplet (it replaces the narrow API instead of adding to it). The
# workflow in .github/workflows/windows.yml uses this folder as its overlay triplets.
set(VCPKG_TARGET_ARCHITECTURE x64)
set(VCPKG_CRT_LINKAGE dynamic)
set(VCPKG_LIBRARY_LINKAGE dynamic)

if(PORT MATCHES "spdlog")
  set(SPDLOG_WCHAR_FILENAMES ON)
endif()

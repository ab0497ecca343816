#!/usr/bin/env bash
# Cross-builds JoinDoctor for Windows on Linux: mingw-w64 (posix threads) with Qt 6.4.2 for
# mingw from ../shared/windows-sdk (unpacked into the build folder once), Debian's Qt host tools,
# spdlog and fmt header-only. Warnings are errors. Builds joindoctor.exe (GUI), joindoctor-cli.exe
# (console), joindoctor_ui.dll and the unit, CLI and GUI test executables, which ctest runs under
# Wine (scripts/windows/wine-run.sh is the cross-compiling emulator; scripts/test-windows.sh).
#   scripts/build-windows.sh [BUILD_DIR]     (default: build-windows; the CMake tree is BUILD_DIR/build)
# JOINDOCTOR_WINDOWS_SDK: another SDK archive. Needs scripts/install-deps.sh --tests first.
set -euo pipefail
cd "$(dirname "$0")/.."

out=${1:-build-windows}
# The SDK lives in the team's shared folder beside the checkout (../shared); a clone elsewhere
# (a CI machine's) finds it at the machine's shared folder, /work/shared.
sdk=${JOINDOCTOR_WINDOWS_SDK:-}
if [ -z "$sdk" ]; then
  for candidate in ../shared/windows-sdk /work/shared/windows-sdk; do
    if [ -f "$candidate/qt6-mingw-6.4.2.tar.xz" ]; then
      sdk=$candidate/qt6-mingw-6.4.2.tar.xz
      break
    fi
  done
fi
if [ ! -x "$out/qt6-mingw/bin/qt-cmake" ]; then
  [ -n "$sdk" ] && [ -f "$sdk" ] || {
    echo "build-windows: the Qt SDK archive qt6-mingw-6.4.2.tar.xz is in neither ../shared/windows-sdk" \
         "nor /work/shared/windows-sdk (or set JOINDOCTOR_WINDOWS_SDK)" >&2
    exit 2
  }
  mkdir -p "$out"
  tar -C "$out" -xJf "$sdk"
fi

"$out/qt6-mingw/bin/qt-cmake" -S . -B "$out/build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DQT_HOST_PATH=/usr -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake \
  -DJOINDOCTOR_WERROR=ON -DJOINDOCTOR_BUILD_TESTS=ON \
  "-DCMAKE_CROSSCOMPILING_EMULATOR=/usr/bin/env;JOINDOCTOR_WINDOWS_BUILD=$(cd "$out" && pwd);$PWD/scripts/windows/wine-run.sh"
cmake --build "$out/build" --parallel

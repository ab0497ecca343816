#!/usr/bin/env bash
# Cross-compiles the Windows platform layer with mingw-w64 and runs its tests under Wine.
# Needs the packages from install-deps.sh (g++-mingw-w64-x86-64, wine64).
set -euo pipefail
cd "$(dirname "$0")/.."

build_dir=${JOINDOCTOR_WIN_BUILD_DIR:-build/platform-win}
# Quiet when it works; the whole compiler output when it does not.
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! { cmake -S platform -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release \
         -DCMAKE_TOOLCHAIN_FILE="$PWD/cmake/mingw-w64-x86_64.cmake" &&
       cmake --build "$build_dir" --parallel; } >"$log" 2>&1; then
  cat "$log" >&2
  echo "test-windows-layer: the cross build failed" >&2
  exit 1
fi

# A private Wine prefix, made once and reused; no display, no debug chatter.
export WINEPREFIX=${WINEPREFIX:-$PWD/build/wine-prefix}
export WINEDEBUG=-all
export WINEDLLOVERRIDES="mscoree,mshtml="
export DISPLAY=
mkdir -p "$WINEPREFIX"
wine=/usr/lib/wine/wine64
[ -x "$wine" ] || wine=$(command -v wine64 || command -v wine)
# The directory cases need the fixture's slapd, dnsmasq and black hole; Wine passes the
# environment through to the Windows process.
python3 tests/directory/directory_fixture.py run -- \
  "$wine" "$build_dir/joindoctor_platform_tests.exe" "$@"

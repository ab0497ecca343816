#!/usr/bin/env bash
# Runs a program of the Windows cross build under Wine: a private prefix (made on first use), no
# debug chatter, and the Qt SDK's DLLs and plugins and the mingw-w64 runtime found beside it.
#   scripts/windows/wine-run.sh PROGRAM.exe [ARGS...]
# JOINDOCTOR_WINDOWS_BUILD: the build folder of scripts/build-windows.sh (default: build-windows).
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
out=$(cd "${JOINDOCTOR_WINDOWS_BUILD:-$here/build-windows}" && pwd)
qt="$out/qt6-mingw"
[ -d "$qt/bin" ] || { echo "wine-run: $qt is missing; run scripts/build-windows.sh" >&2; exit 2; }

export WINEPREFIX=${WINEPREFIX:-$out/wine-prefix}
export WINEDEBUG=${WINEDEBUG:--all}
export WINEDLLOVERRIDES=${WINEDLLOVERRIDES:-"mscoree,mshtml="}
mkdir -p "$WINEPREFIX"
gcc_runtime=$(dirname "$(x86_64-w64-mingw32-g++-posix -print-libgcc-file-name)")
winpath() { printf 'Z:%s' "${1//\//\\}"; }
export WINEPATH="$(winpath "$qt/bin");$(winpath "$gcc_runtime");$(winpath /usr/x86_64-w64-mingw32/lib)"
export QT_PLUGIN_PATH="$(winpath "$qt/plugins")"
wine=/usr/lib/wine/wine64
[ -x "$wine" ] || wine=$(command -v wine64 || command -v wine)
exec "$wine" "$@"

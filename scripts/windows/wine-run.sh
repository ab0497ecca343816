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
wine=/usr/lib/wine/wine64
[ -x "$wine" ] || wine=$(command -v wine64 || command -v wine)
if [ ! -d "$WINEPREFIX/drive_c/windows/Fonts" ]; then
  mkdir -p "$WINEPREFIX"
  "$wine" wineboot --init >/dev/null 2>&1 || true
fi
# Windows has font files in C:\Windows\Fonts, which Qt's offscreen platform reads; a Wine prefix
# has none. DejaVu (fonts-dejavu-core) stands in.
if [ ! -f "$WINEPREFIX/drive_c/windows/Fonts/DejaVuSans.ttf" ]; then
  cp /usr/share/fonts/truetype/dejavu/*.ttf "$WINEPREFIX/drive_c/windows/Fonts/" 2>/dev/null || true
fi
gcc_runtime=$(dirname "$(x86_64-w64-mingw32-g++-posix -print-libgcc-file-name)")
winpath() { printf 'Z:%s' "${1//\//\\}"; }
export WINEPATH="$(winpath "$qt/bin");$(winpath "$gcc_runtime");$(winpath /usr/x86_64-w64-mingw32/lib)"
# Wine passes no QT_* variable from the Unix environment (it would confuse Windows Qt programs):
# a test sets them inside the Windows process; a person runs the wizard under xvfb-run.
# JOINDOCTOR_WINE_LOCALE (da_DK.UTF-8): the Windows locale, and so the console code page (850),
# given to Wine alone (the Linux side need not have that locale).
if [ -n "${JOINDOCTOR_WINE_LOCALE:-}" ]; then
  exec env LANG="$JOINDOCTOR_WINE_LOCALE" LC_ALL="$JOINDOCTOR_WINE_LOCALE" "$wine" "$@"
fi
exec "$wine" "$@"

#!/usr/bin/env bash
# Makes the Windows ZIP and NSIS installer of a cross build (scripts/build-windows.sh) with CPack
# and tests them under Wine:
#  - the ZIP holds exactly the files of cmake/windows_files.txt, plus the documentation;
#  - the installer, run silently (/S) in a fresh Wine prefix, puts JoinDoctor under Program Files
#    with a Start-menu shortcut; the installed programs run with nothing but their own folder
#    (no SDK on the path): --version, --analyze --demo not-synced --format json (the same result
#    as the build tree) and the screenshot tour in Danish;
#  - the uninstaller (/S) leaves nothing in Program Files, the Start menu or the registry.
#   scripts/test-windows-packages.sh [BUILD_DIR]     (default: build-windows)
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(cd "${1:-build-windows}" && pwd)
packages=$out/packages
fail() { echo "test-windows-packages: $*" >&2; exit 1; }

rm -rf "$packages"
cpack --config "$out/build/CPackConfig.cmake" -G "ZIP;NSIS" -B "$packages" >"$out/cpack.log" 2>&1 ||
  { cat "$out/cpack.log" >&2; fail "CPack failed"; }
zip=$(ls "$packages"/*.zip)
setup=$(ls "$packages"/*.exe)
echo "test-windows-packages: $(basename "$zip") $(stat -c %s "$zip") bytes," \
     "$(basename "$setup") $(stat -c %s "$setup") bytes"

# The ZIP: the list, nothing more and nothing less (documentation aside).
python3 - "$zip" cmake/windows_files.txt <<'PY'
import sys, zipfile
names = [n.split("/", 1)[1] for n in zipfile.ZipFile(sys.argv[1]).namelist() if not n.endswith("/")]
programs = sorted(n for n in names if not n.startswith("doc/"))
expected = sorted(l.strip().removeprefix("mingw:") for l in open(sys.argv[2])
                  if l.strip() and not l.startswith("#"))
docs = [n for n in names if n.startswith("doc/")]
if programs != expected:
    sys.exit("ZIP differs from cmake/windows_files.txt:\n  extra: %s\n  missing: %s" % (
        sorted(set(programs) - set(expected)), sorted(set(expected) - set(programs))))
if "doc/README.md" not in docs or not any(n.startswith("doc/codes/") for n in docs):
    sys.exit("ZIP lacks the documentation (doc/README.md, doc/codes/)")
print("test-windows-packages: ZIP has the %d program files and %d documentation files" % (
    len(programs), len(docs)))
PY

# What the build tree says, for the installed program to say the same.
tree_status=0
JOINDOCTOR_WINDOWS_BUILD=$out timeout 120 ./scripts/windows/wine-run.sh \
  "$out/build/app/joindoctor-cli.exe" --analyze --demo not-synced --format json \
  >"$out/tree.json" || tree_status=$?

# A fresh prefix, no path to the SDK: the installed folder must be enough.
export WINEPREFIX=$out/install-prefix
export WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
unset WINEPATH
rm -rf "$WINEPREFIX"
wine=/usr/lib/wine/wine64
[ -x "$wine" ] || wine=$(command -v wine64 || command -v wine)
wineserver=/usr/lib/wine/wineserver
[ -x "$wineserver" ] || wineserver=$(command -v wineserver)
trap '"$wineserver" -k >/dev/null 2>&1 || true' EXIT
timeout 300 "$wine" "$(printf 'Z:%s' "${setup//\//\\}")" /S
"$wineserver" -w
root="$WINEPREFIX/drive_c/Program Files/JoinDoctor"
[ -f "$root/bin/joindoctor.exe" ] && [ -f "$root/bin/joindoctor-cli.exe" ] ||
  fail "the installer put no joindoctor.exe in $root/bin"
links() { find "$WINEPREFIX/drive_c" -path '*Start Menu*' -iname '*joindoctor*' 2>/dev/null; }
[ -n "$(links)" ] || fail "the installer made no Start-menu shortcut"
echo "test-windows-packages: installed: $(links | sed "s|$WINEPREFIX/drive_c|C:|" | head -1)"

cli='C:\Program Files\JoinDoctor\bin\joindoctor-cli.exe'
version=$(timeout 120 "$wine" "$cli" --version)
[ "$version" = "JoinDoctor $(sed -n 's/^project(JoinDoctor VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)" ] ||
  fail "--version printed \"$version\""
status=0
timeout 120 "$wine" "$cli" --analyze --demo not-synced --format json >"$out/installed.json" || status=$?
[ "$status" = "$tree_status" ] && [ "$status" = 1 ] ||
  fail "--analyze exited $status installed, $tree_status in the build tree (1 expected)"
python3 - "$out/installed.json" "$out/tree.json" <<'PY'
import json, sys
a, b = (json.load(open(p, encoding="utf-8")) for p in sys.argv[1:])
codes = lambda r: [(s["step"], s["status"], s["code"]) for s in r["steps"]]
if codes(a) != codes(b):
    sys.exit("the installed program judges differently: %s vs %s" % (codes(a), codes(b)))
PY
shots=$WINEPREFIX/drive_c/shots
timeout 180 xvfb-run -a -s "-screen 0 1280x1024x24" \
  "$wine" 'C:\Program Files\JoinDoctor\bin\joindoctor.exe' --screenshots 'C:\shots' --lang da \
  >/dev/null || fail "the installed screenshot tour did not end with 0"
[ "$(ls "$shots"/*.png | wc -l)" = 8 ] || fail "the screenshot tour saved $(ls "$shots" | wc -l) of 8 pages"
echo "test-windows-packages: the installed programs ran (version, analysis, 8 screenshots)"

# The uninstaller copies itself to %TEMP% and returns at once: wait for the prefix to go quiet.
timeout 300 "$wine" 'C:\Program Files\JoinDoctor\Uninstall.exe' /S
"$wineserver" -w
[ ! -e "$root" ] || fail "the uninstaller left $(find "$root" | head -5 | tr '\n' ' ')"
[ -z "$(links)" ] || fail "the uninstaller left $(links | head -3 | tr '\n' ' ')"
if "$wine" reg query 'HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\JoinDoctor' \
     >/dev/null 2>&1; then
  fail "the uninstaller left its registry key"
fi
echo "test-windows-packages: uninstalled, nothing left"

#!/usr/bin/env bash
# The Windows program, built here and run under Wine (the test command's Windows stage):
#  1. scripts/build-windows.sh: joindoctor.exe, joindoctor-cli.exe, joindoctor_ui.dll and the
#     unit, CLI and GUI suites for Windows, warnings as errors;
#  2. those suites under Wine (ctest runs each test .exe through scripts/windows/wine-run.sh);
#  3. the ZIP and the NSIS installer: made by CPack, installed silently into a fresh Wine prefix,
#     run, uninstalled (scripts/test-windows-packages.sh).
#   scripts/test-windows.sh [BUILD_DIR]     (default: build-windows)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-build-windows}

started=$(date +%s)
./scripts/build-windows.sh "$out"
echo "test-windows: built in $(( $(date +%s) - started )) s"

# The suites need no display (offscreen inside the Windows processes). The wizard's probe and
# directory pages are tested against servers that run on Linux only (as in the Windows workflow);
# the integration suites are not built for Windows for the same reason.
export WINEPREFIX=$PWD/$out/wine-prefix
./scripts/windows/wine-run.sh "$out/build/app/joindoctor-cli.exe" --version >/dev/null # the prefix
ctest --test-dir "$out/build" --output-on-failure --parallel 2 --timeout 300 \
  -E "WizardProbe|WizardDirectory"
echo "test-windows: suites passed after $(( $(date +%s) - started )) s"

./scripts/test-windows-packages.sh "$out"
echo "test-windows: packages installed and removed after $(( $(date +%s) - started )) s"

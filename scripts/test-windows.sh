#!/usr/bin/env bash
# The Windows program, built here and run under Wine (the test command's Windows stage):
#  1. scripts/build-windows.sh: joindoctor.exe, joindoctor-cli.exe, joindoctor_ui.dll and the
#     unit, CLI and GUI suites for Windows, warnings as errors;
#  2. those suites under Wine, each test .exe once (one Wine process per suite: ctest's one
#     process per test cost about 14 minutes on two cores, this about 30 seconds);
#  3. the simulated device: a Wine prefix set up as a domain-joined computer whose hybrid join has
#     not finished, with Microsoft's endpoints and AD on loopback; the wizard, Retry join and
#     --collect run live on it (scripts/windows/simulated-device.sh;
#     the capture is judged by the Linux build in JOINDOCTOR_BUILD_DIR too, default build);
#  4. the ZIP and the NSIS installer: made by CPack, installed silently into a fresh Wine prefix,
#     run, uninstalled (scripts/test-windows-packages.sh).
#   scripts/test-windows.sh [BUILD_DIR]     (default: build-windows)
# (ctest --test-dir BUILD_DIR/build runs the same suites one test at a time, for a closer look.)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-build-windows}
root=$PWD
case $out in /*) out_abs=$out ;; *) out_abs=$PWD/$out ;; esac

started=$(date +%s)
./scripts/build-windows.sh "$out"
echo "test-windows: built in $(( $(date +%s) - started )) s"

# The suites need no display (offscreen inside the Windows processes). The wizard's probe and
# directory pages are tested against servers that run on Linux only (as in the Windows workflow);
# the integration suites are not built for Windows for the same reason.
export WINEPREFIX=$out_abs/wine-prefix
export JOINDOCTOR_WINDOWS_BUILD=$out_abs
./scripts/windows/wine-run.sh "$out/build/app/joindoctor-cli.exe" --version >/dev/null # the prefix
status=0
for suite in unit cli gui; do
  filter=""
  [ "$suite" = gui ] && filter="--gtest_filter=-WizardProbe*:WizardDirectory*"
  # --gtest_brief prints failures only; the last lines are the counts.
  if ! (cd "$out/build" && timeout 600 "$root/scripts/windows/wine-run.sh" \
          "./joindoctor_${suite}_tests.exe" --gtest_brief=1 $filter) \
        >"$out/$suite-tests.log" 2>&1; then
    status=1
    cat "$out/$suite-tests.log"
  fi
  echo "test-windows: $suite suite: $(grep -E '^\[  (PASSED|SKIPPED|FAILED) +\]' "$out/$suite-tests.log" | tr -s ' ' | tr '\n' ' ')"
done
[ $status = 0 ] || { echo "test-windows: a Windows suite failed" >&2; exit 1; }
echo "test-windows: suites passed after $(( $(date +%s) - started )) s"

./scripts/windows/simulated-device.sh "$out"
echo "test-windows: simulated device checked after $(( $(date +%s) - started )) s"

./scripts/test-windows-packages.sh "$out"
echo "test-windows: packages installed and removed after $(( $(date +%s) - started )) s"

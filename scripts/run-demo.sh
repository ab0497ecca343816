#!/usr/bin/env bash
# Installs what is missing, builds JoinDoctor and opens the wizard on a built-in demo capture.
# Without a display it says so and prints the analysis of the same demo in the terminal.
# Usage: scripts/run-demo.sh [demo-name] [extra joindoctor options, e.g. --lang da]
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-deps.sh

build_dir=${JOINDOCTOR_BUILD_DIR:-build}
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build_dir" --parallel --target joindoctor >/dev/null

demo=${1:-proxy-blocks-system}
shift || true

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec "$build_dir/app/joindoctor" --demo "$demo" "$@"
fi

echo "No display found (DISPLAY is not set): showing the analysis in the terminal instead." >&2
echo "For the wizard, run this on a desktop, or: xvfb-run -a $build_dir/app/joindoctor --screenshots shots --demo $demo" >&2
echo >&2
set +e
"$build_dir/app/joindoctor" --analyze --demo "$demo" "$@"
status=$?
set -e
# 0 = nothing wrong, 1 = a problem found, 3 = not enough information: all are results.
case $status in
  0|1|3) echo; echo "(joindoctor exit code $status; see README.md, Exit codes)"; exit 0 ;;
  *) exit "$status" ;;
esac

#!/usr/bin/env bash
# The fleet benchmark (not part of CI): builds JoinDoctor in Release, makes a folder of varied
# inputs from the demos and the test corpus (scripts/make-fleet-inputs.py: duplicates, UTF-16,
# bad inputs, one file over the size cap), and runs `joindoctor --fleet` on it with one core and
# with all. Goals: 10,000 inputs in ≤ 3 s on two cores, ≤ 200 MB peak.
#   scripts/bench-fleet.sh [count, default 10000] [--strict]
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-10000}
shift || true

./scripts/install-deps.sh --bench

build=${JOINDOCTOR_BENCH_BUILD_DIR:-build-bench}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DJOINDOCTOR_BUILD_TESTS=OFF \
  -DJOINDOCTOR_BUILD_BENCHMARKS=ON >/dev/null
cmake --build "$build" --parallel --target joindoctor >/dev/null

inputs=$(mktemp -d)
trap 'rm -rf "$inputs"' EXIT
python3 scripts/make-fleet-inputs.py "$inputs/fleet" --count "$count" >&2
python3 bench/fleet_bench.py "$build" "$inputs/fleet" "$@"

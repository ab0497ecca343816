#!/usr/bin/env bash
# Builds JoinDoctor in Release with the benchmarks (bench/) and runs them all: Google Benchmark for
# the analysis core, then bench/harness.py for start-up, the --analyze process, black-holed
# endpoints, GUI-thread stalls, peak memory and sizes. Prints one table with each goal beside its
# figure. Usage: scripts/run-benchmarks.sh [--strict]   (--strict: exit 1 when a goal is missed)
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-deps.sh --bench

build=${JOINDOCTOR_BENCH_BUILD_DIR:-build-bench}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DJOINDOCTOR_BUILD_TESTS=OFF \
  -DJOINDOCTOR_BUILD_BENCHMARKS=ON >/dev/null
cmake --build "$build" --parallel >/dev/null

analysis_json=$(mktemp)
trap 'rm -f "$analysis_json"' EXIT
# Medians of 10 repetitions; the console table goes to stderr for the curious.
"$build/bench/joindoctor_analysis_bench" --benchmark_repetitions=10 \
  --benchmark_report_aggregates_only=true --benchmark_out="$analysis_json" \
  --benchmark_out_format=json >&2
echo >&2
python3 bench/harness.py "$build" --analysis-json "$analysis_json" "$@"

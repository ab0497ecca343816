#!/usr/bin/env bash
# The long fuzzing run (not part of CI): each libFuzzer target (ASan + UBSan, as
# scripts/run-fuzzers.sh builds them) runs until it has executed N inputs, 10 million by default,
# on a copy of its seed corpus, one target per core. Prints executions, executions per second and
# the result per target; fails on any crash, leak, time-out or out-of-memory, whose input is
# copied here.
#   scripts/fuzz-long-run.sh [executions, default 10000000] [targets..., default dsregcmd capture_bundle]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10000000}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(dsregcmd capture_bundle)
fi
build=${JOINDOCTOR_FUZZ_BUILD_DIR:-build/fuzz}

CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DJOINDOCTOR_FUZZ=ON -DJOINDOCTOR_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" --parallel

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
run_target() {
  local target=$1
  mkdir -p "$work/$target"
  cp -r "fuzz/corpus/$target/." "$work/$target/"
  if "$build/fuzz/fuzz_$target" "$work/$target" -runs="$runs" -timeout=10 -rss_limit_mb=2048 \
       -max_len=65536 -print_final_stats=1 -artifact_prefix="$work/$target-" \
       >"$work/$target.log" 2>&1; then
    echo ok >"$work/$target.result"
  else
    echo FAILED >"$work/$target.result"
  fi
}
start=$(date +%s)
for target in "${targets[@]}"; do
  run_target "$target" &
done
wait
status=0
printf '%-16s %12s %10s %8s\n' target executions exec/s result
for target in "${targets[@]}"; do
  log="$work/$target.log"
  result=$(cat "$work/$target.result")
  if [ "$result" != ok ]; then
    status=1
    tail -40 "$log" >&2
    cp "$work/$target"-* . 2>/dev/null || true
  fi
  executed=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
  rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
  printf '%-16s %12s %10s %8s\n' "$target" "$executed" "$rate" "$result"
done
echo "wall time: $(( $(date +%s) - start )) s"
exit $status

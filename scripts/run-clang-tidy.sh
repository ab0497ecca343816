#!/usr/bin/env bash
# Checks that clang-format (.clang-format) has nothing to change anywhere, then runs clang-tidy
# (.clang-tidy) on the program's sources (app/, checks/, wizard/, platform/) from a configured build
# tree's compile_commands.json; any finding fails. CI runs it after the first build. The tests are
# left to the compiler's warnings: with them clang-tidy would take twice as long on two cores.
#   scripts/run-clang-tidy.sh [BUILD_DIR]   (default: build)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
[ -f "$build/compile_commands.json" ] || {
  echo "run-clang-tidy: $build/compile_commands.json is missing; configure $build first" >&2
  exit 2
}

unformatted=$(git ls-files -co --exclude-standard '*.cpp' '*.h' |
  xargs clang-format --dry-run 2>&1 | grep -c 'warning:' || true)
if [ "$unformatted" != 0 ]; then
  git ls-files -co --exclude-standard '*.cpp' '*.h' | xargs clang-format --dry-run 2>&1 | head -40 >&2
  echo "run-clang-tidy: clang-format would change $unformatted places; run clang-format -i" >&2
  exit 1
fi

# The program's own sources only (not moc/rcc output in the build tree, not Debian's headers).
here=$(pwd)
files=$(grep -o "\"file\": \"$here/\(app\|checks\|wizard\|platform\)/[^\"]*\.cpp\"" \
  "$build/compile_commands.json" | sort -u | wc -l)
run-clang-tidy -p "$build" -quiet -j "$(nproc)" \
  "^$here/(app|checks|wizard|platform)/.*\\.cpp\$" >"$build/clang-tidy.log" 2>&1 || {
  grep -E 'error:|warning:' "$build/clang-tidy.log" | sort -u >&2
  echo "run-clang-tidy: findings above (whole output in $build/clang-tidy.log)" >&2
  exit 1
}
echo "clang-format: nothing to change; clang-tidy: no findings in $files files"

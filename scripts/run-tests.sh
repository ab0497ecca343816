#!/usr/bin/env bash
# Installs what is missing, builds JoinDoctor with warnings as errors and runs every test suite:
#  1. the whole suite (unit, CLI, GUI, integration against real servers, Windows layer under Wine),
#     then the install tree and the TGZ/DEB packages (scripts/test-install.sh), the generated docs
#     (scripts/make-docs.sh: helpdesk pages checked against the catalogue, every screenshot) and
#     clang-format/clang-tidy (scripts/run-clang-tidy.sh), and --fleet on the demos and the test
#     corpus in every format; packages, docs and fleet reports stay in the build folder;
#  2. the Windows program: cross-built with mingw-w64 and the Qt SDK in ../shared/windows-sdk, its
#     unit, CLI and GUI suites run under Wine, JoinDoctor run live on a simulated device, its ZIP
#     and NSIS installer installed, run and removed under Wine (scripts/test-windows.sh, into
#     build-windows/);
#  3. the same suite built with AddressSanitizer + UndefinedBehaviorSanitizer;
#  4. the same suite built with ThreadSanitizer (worker threads, cancellation, language switching);
#  5. each libFuzzer target for JOINDOCTOR_FUZZ_SECONDS (default 60) seconds.
# JOINDOCTOR_QUICK=1 runs only the first stage (for a quick local check).
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-deps.sh --tests

# Qt wants a private runtime directory; CI machines have none.
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d /tmp/joindoctor-runtime.XXXXXX)}
chmod 700 "$XDG_RUNTIME_DIR"

stage() { printf '\n==== %s ====\n' "$*"; }

build_dir=${JOINDOCTOR_BUILD_DIR:-build}
stage "build and test ($build_dir)"
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DJOINDOCTOR_WERROR=ON \
  -DJOINDOCTOR_BUILD_BENCHMARKS=ON
cmake --build "$build_dir" --parallel
ctest --test-dir "$build_dir" --output-on-failure --parallel 2 --timeout 300

stage "install tree and packages ($build_dir/packages)"
./scripts/test-install.sh "$build_dir" "$build_dir/packages"
stage "generated documentation ($build_dir/docs)"
./scripts/make-docs.sh --build "$build_dir" --out "$build_dir/docs" --check
stage "fleet report on the demos and the test corpus ($build_dir/fleet)"
# --fleet as a technician runs it, on a small folder: every format, both languages, the files
# kept beside the packages. Exit 1 means "some device has a problem": the corpus has many.
rm -rf "$build_dir/fleet"
mkdir -p "$build_dir/fleet/input"
cp -r resources/demos tests/data/corpus fuzz/corpus/capture_bundle "$build_dir/fleet/input/"
for lang in en da; do
  for format in html csv json text; do
    code=0
    "$build_dir/app/joindoctor" --fleet "$build_dir/fleet/input" --format "$format" \
      --lang "$lang" --out "$build_dir/fleet/fleet-$lang.$format" || code=$?
    if [ "$code" -gt 1 ] || [ ! -s "$build_dir/fleet/fleet-$lang.$format" ]; then
      echo "joindoctor --fleet --format $format --lang $lang: exit $code" >&2
      exit 1
    fi
  done
done
cat "$build_dir/fleet/fleet-en.text"

stage "clang-format and clang-tidy"
./scripts/run-clang-tidy.sh "$build_dir"

if [ "${JOINDOCTOR_QUICK:-0}" = 1 ]; then
  exit 0
fi

stage "the Windows program under Wine (build-windows)"
JOINDOCTOR_BUILD_DIR=$build_dir ./scripts/test-windows.sh build-windows

stage "AddressSanitizer + UndefinedBehaviorSanitizer (build-asan)"
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DJOINDOCTOR_WERROR=ON \
  -DJOINDOCTOR_SANITIZE=address
cmake --build build-asan --parallel
# The Windows layer is not built with the host compiler; stage 1 ran it.
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build-asan --output-on-failure --parallel 2 --timeout 600 \
    -E WindowsPlatformLayerUnderWine

stage "ThreadSanitizer (build-tsan)"
cmake -S . -B build-tsan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DJOINDOCTOR_WERROR=ON \
  -DJOINDOCTOR_SANITIZE=thread
cmake --build build-tsan --parallel
# TSan's settings are built into the executables (cmake/tsan_defaults.cpp); a report fails the
# test through TSan's exit code. ThreadSanitizerSeesARaceInAWorker expects one on purpose.
ctest --test-dir build-tsan --output-on-failure --parallel 2 --timeout 600 \
  -E WindowsPlatformLayerUnderWine

stage "fuzzing (${JOINDOCTOR_FUZZ_SECONDS:-60} s per target)"
./scripts/run-fuzzers.sh "${JOINDOCTOR_FUZZ_SECONDS:-60}"

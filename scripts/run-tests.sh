#!/usr/bin/env bash
# Installs what is missing, builds JoinDoctor with warnings as errors and runs every test suite.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-deps.sh --tests

build_dir=${JOINDOCTOR_BUILD_DIR:-build}
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DJOINDOCTOR_WERROR=ON
cmake --build "$build_dir" --parallel

# Qt wants a private runtime directory; CI machines have none.
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d /tmp/joindoctor-runtime.XXXXXX)}
chmod 700 "$XDG_RUNTIME_DIR"
ctest --test-dir "$build_dir" --output-on-failure --parallel 2 --timeout 300

#!/usr/bin/env bash
# Installs every Debian package JoinDoctor needs to build, run and test.
# Idempotent: when everything is present it only refreshes the package lists.
set -euo pipefail

packages=(
  # build
  cmake ninja-build g++ pkg-config
  # Qt 6 (Widgets, Network, Concurrent, LinguistTools) and Qt's own Danish translations
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  # logging and tests
  libspdlog-dev libfmt-dev libgtest-dev libgmock-dev
  # the directory (LDAP) client
  libldap-dev
  # a display for GUI runs and screenshots
  xvfb xauth fonts-dejavu-core
)

# With --tests: what only the test suites need (real servers, the Windows cross toolchain, Wine).
if [ "${1:-}" = "--tests" ]; then
  packages+=(libbenchmark-dev binutils clang libclang-rt-14-dev tinyproxy slapd ldap-utils dnsmasq-base openssl python3 g++-mingw-w64-x86-64 mingw-w64-x86-64-dev wine64)
  # clang-format and clang-tidy (scripts/run-clang-tidy.sh); CPack's DEB (dpkg-shlibdeps, file)
  # and the Windows installer (makensis)
  packages+=(clang-format clang-tidy dpkg-dev file nsis)
fi

# With --bench: Google Benchmark and the harness's Python (scripts/run-benchmarks.sh).
if [ "${1:-}" = "--bench" ]; then
  packages+=(libbenchmark-dev python3 binutils)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "Installing: ${missing[*]}" >&2
$SUDO apt-get update -q
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"

#!/usr/bin/env bash
# Exercises the install rules and the Linux packages of a build tree: `cmake --install` into a
# temporary prefix, CPack's TGZ and DEB, and the installed program itself (the executable finds
# its UI module, the documentation and desktop files are there, the DEB names its dependencies).
#   scripts/test-install.sh BUILD_DIR [PACKAGE_OUT_DIR]
# PACKAGE_OUT_DIR keeps the packages (CI: BUILD_DIR/packages); otherwise they are thrown away.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:?usage: test-install.sh BUILD_DIR [PACKAGE_OUT_DIR]}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
packages=${2:-$work/packages}
mkdir -p "$packages"
packages=$(cd "$packages" && pwd) # cpack runs in the build folder
trap 'rm -rf "$work" "$packages/_CPack_Packages"' EXIT
fail() { echo "test-install: $*" >&2; exit 1; }

export QT_QPA_PLATFORM=offscreen HOME="$work/home" XDG_CONFIG_HOME="$work/home" \
  XDG_DATA_HOME="$work/home" XDG_RUNTIME_DIR="$work/home" LC_ALL=C.UTF-8
mkdir -m 700 "$work/home"

# Runs an installed joindoctor and checks what it does: it must find its module where installed.
check_tree() {
  local root=$1 bin=$2
  "$bin" --version | grep -q "^JoinDoctor " || fail "$bin --version"
  "$bin" --analyze --demo healthy --format json | grep -q '"verdict": "healthy"' ||
    fail "$bin --analyze --demo healthy"
  "$bin" --demo vpn-user --exit-after-first-paint || fail "$bin: the wizard did not start"
  "$bin" --screenshots "$work/shots-$(basename "$root")" --demo vpn-user --lang da >/dev/null ||
    fail "$bin --screenshots"
  [ "$(find "$work/shots-$(basename "$root")" -name '*.png' | wc -l)" = 8 ] ||
    fail "$bin --screenshots did not save eight pages"
}

prefix="$work/prefix"
cmake --install "$build" --prefix "$prefix" >/dev/null
for f in bin/joindoctor lib/joindoctor/joindoctor_ui.so share/applications/joindoctor.desktop \
  share/icons/hicolor/scalable/apps/joindoctor.svg share/icons/hicolor/256x256/apps/joindoctor.png \
  share/doc/joindoctor/README.md share/doc/joindoctor/en/user-guide.md \
  share/doc/joindoctor/da/brugervejledning.md share/doc/joindoctor/codes/da/S2-PROXY-AUTH.md \
  share/doc/joindoctor/screenshots/en/01-welcome.png; do
  [ -e "$prefix/$f" ] || fail "cmake --install left out $f"
done
check_tree "$prefix" "$prefix/bin/joindoctor"
# Moved elsewhere, the tree still works: the module is found relative to the executable.
mv "$prefix" "$work/moved"
check_tree "$work/moved" "$work/moved/bin/joindoctor"

(cd "$build" && cpack -G "TGZ;DEB" -B "$packages" >"$work/cpack.log" 2>&1) ||
  { cat "$work/cpack.log" >&2; fail "cpack failed"; }
deb=$(find "$packages" -maxdepth 1 -name 'joindoctor_*.deb' | head -1)
tgz=$(find "$packages" -maxdepth 1 -name 'joindoctor-*.tar.gz' | head -1)
[ -n "$deb" ] && [ -n "$tgz" ] || fail "cpack made no DEB or TGZ"
contents=$(dpkg-deb -c "$deb")
for f in ./usr/bin/joindoctor ./usr/lib/joindoctor/joindoctor_ui.so \
  ./usr/share/applications/joindoctor.desktop ./usr/share/doc/joindoctor/codes/en/README.md; do
  grep -q " $f\$" <<<"$contents" || fail "the DEB lacks $f"
done
depends=$(dpkg-deb -f "$deb" Depends)
for d in libqt6widgets6 libqt6network6 qt6-qpa-plugins qt6-translations-l10n; do
  grep -q "$d" <<<"$depends" || fail "the DEB does not depend on $d (Depends: $depends)"
done
dpkg-deb -x "$deb" "$work/deb"
check_tree "$work/deb" "$work/deb/usr/bin/joindoctor"
tar -xzf "$tgz" -C "$work"
check_tree "$work/tgz" "$(find "$work" -path '*/joindoctor-*-linux-*/bin/joindoctor' | head -1)"

echo "install tree, TGZ and DEB work: $(basename "$deb") ($(du -h "$deb" | cut -f1)), $(basename "$tgz")"
echo "DEB Depends: $depends"

#!/usr/bin/env bash
# Makes what docs/ holds that JoinDoctor itself produces: the helpdesk pages, one per result code
# and language, from the catalogue (docs/codes/), and the screenshots of every page in both
# languages plus the accessibility views (docs/screenshots/), all with `joindoctor` from a build.
#   scripts/make-docs.sh [--build DIR] [--out DIR] [--check]
#     --build  the build tree with app/joindoctor (default: build)
#     --out    write there instead of docs/ (CI keeps the result as its generated documentation)
#     --check  exit 1 when docs/codes/ is not what the catalogue gives (stale pages)
set -euo pipefail
cd "$(dirname "$0")/.."
build=build
out=docs
check=0
while [ $# -gt 0 ]; do
  case "$1" in
    --build) build=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --check) check=1; shift ;;
    *) echo "make-docs: unknown argument $1" >&2; exit 2 ;;
  esac
done
joindoctor="$build/app/joindoctor"
[ -x "$joindoctor" ] || { echo "make-docs: $joindoctor is missing; build first" >&2; exit 2; }

# Offscreen, with a private home: the user's own settings (a remembered language) play no part.
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export QT_QPA_PLATFORM=offscreen HOME="$home" XDG_CONFIG_HOME="$home" XDG_DATA_HOME="$home" \
  XDG_RUNTIME_DIR="$home" LC_ALL=C.UTF-8
chmod 700 "$home"
demo=proxy-blocks-system # a failing step 2 shows the most on every page

if [ "$check" = 1 ]; then
  python3 scripts/docs/code_pages.py "$joindoctor" docs/codes --check
fi
mkdir -p "$out"
python3 scripts/docs/code_pages.py "$joindoctor" "$out/codes"

shots="$out/screenshots"
for lang in en da; do
  "$joindoctor" --screenshots "$shots/$lang" --demo "$demo" --lang "$lang" --overwrite >/dev/null
done
# Accessibility: 200 % scale, dark and high contrast (one page each is shown in the guides).
views="$home/views"
QT_SCALE_FACTOR=2 "$joindoctor" --screenshots "$views/scale-200-en" --demo "$demo" --lang en >/dev/null
"$joindoctor" --screenshots "$views/dark-en" --demo "$demo" --lang en --theme dark >/dev/null
"$joindoctor" --screenshots "$views/high-contrast-da" --demo "$demo" --lang da \
  --theme high-contrast >/dev/null
mkdir -p "$shots/accessibility"
for view in scale-200-en dark-en high-contrast-da; do
  for page in "$views/$view"/*.png; do
    cp "$page" "$shots/accessibility/$view-$(basename "$page")"
  done
done
count=$(find "$shots" -name '*.png' | wc -l)
echo "$out: helpdesk pages for $(ls "$out/codes/en" | grep -c '^S') codes in 2 languages, $count screenshots"

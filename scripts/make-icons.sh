#!/usr/bin/env bash
# Renders JoinDoctor's icon from its SVG source (resources/icons/joindoctor.svg) into the PNG sizes
# the wizard's window icon uses (resources/icons/joindoctor-N.png) and the Windows .ico (the
# executable's icon and the installer's). Run after changing the SVG; the results are committed.
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in rsvg-convert convert; do
  command -v "$tool" >/dev/null || {
    echo "make-icons: $tool is missing (apt-get install librsvg2-bin imagemagick)" >&2
    exit 2
  }
done
icons=resources/icons
sizes=(16 24 32 48 64 128 256)
for n in "${sizes[@]}"; do
  rsvg-convert -w "$n" -h "$n" "$icons/joindoctor.svg" -o "$icons/joindoctor-$n.png"
done
# Every size in one .ico (Explorer, the taskbar and the installer pick the one they need).
convert $(for n in "${sizes[@]}"; do echo "$icons/joindoctor-$n.png"; done) "$icons/joindoctor.ico"
echo "$icons: ${sizes[*]} px and joindoctor.ico"

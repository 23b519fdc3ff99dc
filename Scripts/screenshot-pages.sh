#!/usr/bin/env bash
# Takes screenshots of every rendered HTML page in out/ with headless Chromium: desktop and phone
# widths, light and dark mode, so a person can look at them. Run `make run` first.
#
#   Scripts/screenshot-pages.sh [pages-folder] [output-folder]
#
# Needs Debian's `chromium` (apt-get install -y chromium).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
pages="${1:-$root/out}"
output="${2:-$root/out/screenshots}"
# shellcheck source=Scripts/headless-chromium.sh
source "$root/Scripts/headless-chromium.sh"
mkdir -p "$output"

count=0
while IFS= read -r -d '' page; do
  name="$(basename "$page" .html)"
  # Tall windows so that a whole page fits in one picture.
  screenshot "$page" "$output/$name.desktop.png" 1280,9000
  screenshot "$page" "$output/$name.desktop.dark.png" 1280,9000 --dark
  screenshot "$page" "$output/$name.phone.png" 390,9000 --force-device-scale-factor=1
  screenshot "$page" "$output/$name.phone.dark.png" 390,9000 --dark
  count=$((count + 1))
done < <(find "$pages" -maxdepth 2 -name '*.html' -not -path '*/screenshots/*' -print0 | sort -z)
echo "took screenshots of $count pages (desktop and phone, light and dark) in $output"

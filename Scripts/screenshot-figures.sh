#!/usr/bin/env bash
# Renders every golden SVG of the figure tests to PNG with headless Chromium, in light and dark mode,
# so a person can look at them. Output goes to out/figures (gitignored) unless a folder is given.
#
#   Scripts/screenshot-figures.sh [output-folder]
#
# Needs Debian's `chromium` (apt-get install -y chromium).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
fixtures="$root/Tests/SlopeFiguresTests/Fixtures"
output="${1:-$root/out/figures}"
# shellcheck source=Scripts/headless-chromium.sh
source "$root/Scripts/headless-chromium.sh"
mkdir -p "$output"

count=0
for svg in "$fixtures"/*.svg; do
  name="$(basename "$svg" .svg)"
  screenshot "$svg" "$output/$name.png" 640,480
  screenshot "$svg" "$output/$name.dark.png" 640,480 --dark
  count=$((count + 1))
done
echo "rendered $count figures (light and dark) to $output"

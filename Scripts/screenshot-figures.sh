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
browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
if [[ -z "$browser" ]]; then
  echo "error: chromium not found; install it with: apt-get install -y chromium" >&2
  exit 1
fi
mkdir -p "$output"
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT

shot() {
  local svg="$1" png="$2"
  shift 2
  "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$profile" \
    --window-size=640,480 "$@" --screenshot="$png" "file://$svg" >/dev/null 2>&1
}

count=0
for svg in "$fixtures"/*.svg; do
  name="$(basename "$svg" .svg)"
  shot "$svg" "$output/$name.png"
  # Chromium's forced dark mode makes prefers-color-scheme match "dark", which the figure's style follows.
  shot "$svg" "$output/$name.dark.png" --force-dark-mode --blink-settings=preferredColorScheme=0
  count=$((count + 1))
done
echo "rendered $count figures (light and dark) to $output"

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
browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
if [[ -z "$browser" ]]; then
  echo "error: chromium not found; install it with: apt-get install -y chromium" >&2
  exit 1
fi
mkdir -p "$output"
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT

shot() {
  local page="$1" png="$2" size="$3"
  shift 3
  "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$profile" \
    --window-size="$size" "$@" --screenshot="$png" "file://$page" >/dev/null 2>&1
}

count=0
while IFS= read -r -d '' page; do
  name="$(basename "$page" .html)"
  # Tall windows so that a whole page fits in one picture.
  shot "$page" "$output/$name.desktop.png" 1280,9000
  shot "$page" "$output/$name.desktop.dark.png" 1280,9000 --force-dark-mode --blink-settings=preferredColorScheme=0
  shot "$page" "$output/$name.phone.png" 390,9000 --force-device-scale-factor=1
  shot "$page" "$output/$name.phone.dark.png" 390,9000 --force-dark-mode --blink-settings=preferredColorScheme=0
  count=$((count + 1))
done < <(find "$pages" -maxdepth 2 -name '*.html' -not -path '*/screenshots/*' -print0 | sort -z)
echo "took screenshots of $count pages (desktop and phone, light and dark) in $output"

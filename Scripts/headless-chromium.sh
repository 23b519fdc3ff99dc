# Sourced by the screenshot scripts: finds Chromium and defines `screenshot FILE PNG WIDTH,HEIGHT
# [FLAGS...]`, which renders a local file headless into a PNG. Pass `--dark` among the flags for
# dark mode: Chromium's forced dark mode makes prefers-color-scheme match "dark".
browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
if [[ -z "$browser" ]]; then
  echo "error: chromium not found; install it with: apt-get install -y chromium" >&2
  exit 1
fi
chromium_profile="$(mktemp -d)"
trap 'rm -rf "$chromium_profile"' EXIT

screenshot() {
  local file="$1" png="$2" size="$3"
  shift 3
  local flags=()
  for flag in "$@"; do
    if [[ "$flag" == --dark ]]; then
      flags+=(--force-dark-mode --blink-settings=preferredColorScheme=0)
    else
      flags+=("$flag")
    fi
  done
  "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$chromium_profile" \
    --window-size="$size" "${flags[@]}" --screenshot="$png" "file://$file" >/dev/null 2>&1
}

#!/usr/bin/env bash
# render-svg.sh FILE.svg [MORE.svg ...]  →  FILE.png next to each SVG
#
# Renders SVG pictures written by CapitalNetwork (NetworkSvg, SvgCharts, `capnet draw`) headless with Debian's
# chromium, to check that they draw (and to make the PNG of docs/images/). Each PNG has the size of the SVG's
# width/height attributes (default 1200×900 when they cannot be read).
#
# Needs: chromium and the Noto CJK fonts (Debian: apt-get install chromium fonts-noto-cjk).
# Exit status: 0 all rendered; 1 a file failed to render or gave an empty PNG; 4 chromium missing / usage.
set -u
if [ "$#" -lt 1 ]; then
  echo "usage: render-svg.sh FILE.svg [MORE.svg ...]" >&2
  exit 4
fi
CHROMIUM="${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}"
[ -n "$CHROMIUM" ] || { echo "render-svg: chromium not found (apt-get install chromium fonts-noto-cjk)" >&2; exit 4; }
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || echo "render-svg: warning: Noto Sans CJK not installed; Chinese labels may show as boxes" >&2

status=0
for svg in "$@"; do
  [ -f "$svg" ] || { echo "render-svg: $svg: no such file" >&2; status=1; continue; }
  abs="$(cd "$(dirname "$svg")" && pwd)/$(basename "$svg")"
  png="${abs%.svg}.png"
  # width/height of the root <svg> element (pixels)
  w=$(grep -o -m1 '<svg[^>]*' "$abs" | grep -o ' width="[0-9.]*"' | grep -o '[0-9.]*' | head -1)
  h=$(grep -o -m1 '<svg[^>]*' "$abs" | grep -o ' height="[0-9.]*"' | grep -o '[0-9.]*' | head -1)
  w=${w%.*}; h=${h%.*}; w=${w:-1200}; h=${h:-900}
  profile="$(mktemp -d)"
  rm -f "$png"
  "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
    --disable-sync --no-first-run --hide-scrollbars --user-data-dir="$profile" \
    --screenshot="$png" --window-size="$w,$h" "file://$abs" >/dev/null 2>&1
  rm -rf "$profile"
  if [ -s "$png" ]; then
    echo "rendered $png (${w}x${h}, $(stat -c %s "$png") bytes)"
  else
    echo "render-svg: $svg did not render" >&2
    status=1
  fi
done
exit $status

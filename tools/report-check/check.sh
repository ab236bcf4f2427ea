#!/usr/bin/env bash
# tools/report-check/check.sh [--screenshot]
#
# capnet report in a real browser: writes the sample's report (examples/data/sample-filings.csv) in Chinese and in
# English with the freshly built capnet, then opens each in headless Chromium (check.mjs, over the DevTools protocol)
# and checks: no console error, exception or request outside the page; every section present with its heading and a
# contents link; every figure drawn; no horizontal overflow at 1280 px and in print media at the A4 printable width;
# the optional script sorts a table; printing to PDF on A4 works. --screenshot also writes
# docs/images/report-sample.png (top of the Chinese page, 1280 px wide at 0.6 scale) for the README.
#
# Needs: the .NET SDK, Node ≥ 20.10 (its built-in WebSocket), and chromium + fonts-noto-cjk — installed here when
# missing (Debian apt-get, under flock /tmp/apt.lock, at most 10 minutes). Each check.mjs run is bounded (120 s).
# Prints the checks and a last line "report-check: N passed, M failed" (a step that could not run counts as a failure;
# only a machine without chromium after the install attempt prints "report-check: skipped (...)" instead);
# exit status 0 only when every check passed.
set -u
cd "$(dirname "$0")/../.."
passed=0; failed=0
fail() { echo "FAIL $*"; failed=$((failed + 1)); }
finish() { echo "report-check: $passed passed, $failed failed"; [ "$failed" -eq 0 ]; exit $?; }

CHROMIUM="${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}"
if [ -z "$CHROMIUM" ] || ! fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then
  timeout 600 flock /tmp/apt.lock sh -c 'apt-get update -qq; apt-get install -y -qq chromium fonts-noto-cjk' >/dev/null 2>&1 \
    || echo "report-check: could not install chromium / fonts-noto-cjk" >&2
  CHROMIUM="$(command -v chromium || command -v chromium-browser || true)"
fi
# A machine where chromium cannot be installed (no apt, no registry) cannot run the check at all: say so, as a skip,
# rather than fail the product's tests for the machine's sake.
[ -n "$CHROMIUM" ] || { echo "report-check: skipped (chromium is not installed and could not be installed here)"; exit 0; }
command -v node >/dev/null || { fail "node is not installed"; finish; }
node --no-warnings --experimental-websocket -e 'process.exit(typeof WebSocket === "function" ? 0 : 1)' 2>/dev/null \
  || { fail "node $(node --version) has no WebSocket (Node ≥ 20.10 needed)"; finish; }

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
if ! dotnet build src/CapitalNetwork.Cli -c Release -v q -nologo >"$out/build.log" 2>&1; then
  tail -20 "$out/build.log"; fail "capnet did not build"; finish
fi
capnet=(dotnet src/CapitalNetwork.Cli/bin/Release/net10.0/capnet.dll)
for lang in zh en; do
  html="$out/report-$lang.html"
  start=$(date +%s%N)
  if ! "${capnet[@]}" report examples/data/sample-filings.csv -o "$html" --lang "$lang" >"$out/capnet.log" 2>&1; then
    cat "$out/capnet.log"; fail "capnet report --lang $lang failed"; continue
  fi
  echo "capnet report --lang $lang: $(stat -c %s "$html") bytes in $(( ($(date +%s%N) - start) / 1000000 )) ms"
  shot=()
  if [ "$lang" = zh ] && [ "${1:-}" = --screenshot ]; then shot=(--screenshot docs/images/report-sample.png); fi
  CHROMIUM="$CHROMIUM" REPORT_CHECK_TIMEOUT=120 timeout 150 node --no-warnings --experimental-websocket tools/report-check/check.mjs "$html" "${shot[@]}" \
    | tee "$out/check.log" | sed "s/^/[$lang] /"
  line=$(grep -E '^report-check: [0-9]+ passed, [0-9]+ failed' "$out/check.log" | tail -1)
  if [ -z "$line" ]; then fail "[$lang] the browser check did not finish"; continue; fi
  passed=$((passed + $(echo "$line" | awk '{print $2}')))
  failed=$((failed + $(echo "$line" | awk '{print $4}')))
done
finish

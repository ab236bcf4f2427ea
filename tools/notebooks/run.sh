#!/usr/bin/env bash
# Runs every notebook (examples/notebooks/*.ipynb) and every file-based app (examples/*/*.cs starting with #:package)
# against the packages packed from this checkout, the way a user runs them: the notebooks reference
# CapitalNetwork.Interactive with #r "nuget: …", the apps CapitalNetwork with #:package, and both restore from a local
# folder feed (RestoreAdditionalProjectSources) in a throw-away HOME and NuGet cache, so nothing stale is used.
#
#   tools/notebooks/run.sh                 pack, then run everything
#   tools/notebooks/run.sh --no-pack       reuse artifacts/notebooks/feed from an earlier run
#   tools/notebooks/run.sh FILE…           run only these notebooks / apps (after packing)
#
# A notebook fails when dotnet-repl exits non-zero, when any cell has an error output, or when the executed notebook
# holds no HTML view of the extension (class="capnet …": the extension did not load). An app fails on a non-zero exit.
# Executed notebooks and app logs go to artifacts/notebooks/out/. Last line: "notebooks: N passed, N failed"
# (notebooks and apps together); the exit code is non-zero when anything failed, packing included.
# Needs: the .NET SDK, jq, python3 (all in the base image). dotnet-repl 0.3.259 is installed into artifacts/notebooks/tools.
set -uo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
REPL_VERSION=0.3.259
ART=$ROOT/artifacts/notebooks
FEED=$ART/feed
OUT=$ART/out
TOOLS=$ART/tools
STEP_TIMEOUT=${CAPNET_NOTEBOOK_TIMEOUT:-900}

pack=1
targets=()
for a in "$@"; do
  case "$a" in
    --no-pack) pack=0 ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    *) targets+=("$(realpath "$a")") ;;
  esac
done
if [ ${#targets[@]} -eq 0 ]; then
  for f in examples/notebooks/*.ipynb; do [ -e "$f" ] && targets+=("$ROOT/$f"); done
  for f in examples/*/*.cs; do [ -e "$f" ] && grep -q '^#:package ' "$f" && targets+=("$ROOT/$f"); done
fi

summary() { echo "notebooks: $1 passed, $2 failed"; }
die() { echo "$1"; summary 0 "${#targets[@]}"; exit 1; }
for t in jq python3 dotnet; do command -v $t >/dev/null || die "notebooks: '$t' not found"; done

# 1. The version being packed, and every notebook/app must ask for exactly that version.
VERSION=$(dotnet msbuild src/CapitalNetwork/CapitalNetwork.csproj -getProperty:Version -nologo 2>/dev/null | tr -d '[:space:]')
[ -n "$VERSION" ] || die "notebooks: cannot read the package version"
bad_version=0
for f in "${targets[@]}"; do
  case "$f" in
    *.ipynb) jq -r '.cells[] | select(.cell_type=="code") | .source | if type=="array" then join("") else . end' "$f" \
               | grep "#r \"nuget: CapitalNetwork\(\.Interactive\)\?, $VERSION\"" >/dev/null \
             || { echo "FAIL $(basename "$f"): no #r \"nuget: CapitalNetwork.Interactive, $VERSION\" (the version being packed)"; bad_version=1; } ;;
    *.cs) grep -q "^#:package CapitalNetwork@$VERSION\$" "$f" \
             || { echo "FAIL $(basename "$f"): no '#:package CapitalNetwork@$VERSION' (the version being packed)"; bad_version=1; } ;;
  esac
done
[ $bad_version -eq 0 ] || die "notebooks: update the package version in the files above (see tools/notebooks/README.md)"

# 2. Pack CapitalNetwork, CapitalNetwork.Interactive and capnet into a fresh folder feed (deterministic: CI=true
#    maps source paths, SOURCE_DATE_EPOCH fixes the zip timestamps).
if [ $pack -eq 1 ]; then
  rm -rf "$FEED"; mkdir -p "$FEED"
  export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || echo 315532800)}
  for p in src/CapitalNetwork src/CapitalNetwork.Interactive src/CapitalNetwork.Cli; do
    if ! log=$(CI=true dotnet pack "$p" -c Release -o "$FEED" -nologo -v q 2>&1); then
      echo "$log"; die "notebooks: packing $p failed"
    fi
  done
fi
python3 - "$FEED" "$VERSION" <<'PY' || die "notebooks: the packages are incomplete"
import sys, zipfile, os
feed, v = sys.argv[1], sys.argv[2]
need = {
    f"CapitalNetwork.{v}.nupkg": ["README.md", "LICENSE", "NOTICE.md", "lib/net10.0/CapitalNetwork.dll", "lib/net10.0/CapitalNetwork.xml"],
    f"CapitalNetwork.Interactive.{v}.nupkg": ["README.md", "LICENSE", "lib/net10.0/CapitalNetwork.Interactive.dll",
                                             "lib/net10.0/CapitalNetwork.Interactive.xml", "interactive-extensions/dotnet/extension.dib"],
    f"capnet.{v}.nupkg": ["README.md", "LICENSE", "tools/net10.0/any/capnet.dll", "tools/net10.0/any/DotnetToolSettings.xml"],
    f"CapitalNetwork.{v}.snupkg": ["lib/net10.0/CapitalNetwork.pdb"],
    f"CapitalNetwork.Interactive.{v}.snupkg": ["lib/net10.0/CapitalNetwork.Interactive.pdb"],
    f"capnet.{v}.snupkg": ["tools/net10.0/any/capnet.pdb"],
}
ok = True
for pkg, files in need.items():
    path = os.path.join(feed, pkg)
    if not os.path.exists(path):
        print(f"FAIL {pkg} was not packed"); ok = False; continue
    names = set(zipfile.ZipFile(path).namelist())
    for f in files:
        if f not in names: print(f"FAIL {pkg} lacks {f}"); ok = False
print("packages: " + ", ".join(sorted(n for n in os.listdir(feed))))
sys.exit(0 if ok else 1)
PY

# 3. dotnet-repl, outside the NuGet cache (--tool-path), so it survives the HOME swap below.
if [ "$("$TOOLS/dotnet-repl" --version 2>/dev/null | tr -d '[:space:]' | cut -d+ -f1)" != "$REPL_VERSION" ]; then
  rm -rf "$TOOLS"
  dotnet tool install --tool-path "$TOOLS" dotnet-repl --version "$REPL_VERSION" >/dev/null \
    || die "notebooks: cannot install dotnet-repl $REPL_VERSION"
fi

# 4. A throw-away HOME and NuGet cache: a re-packed version with the same number is never served stale (both the
#    global packages folder and dotnet-interactive's ~/.packagemanagement cache live there).
ISO=$(mktemp -d)
trap 'rm -rf "$ISO"' EXIT
export HOME=$ISO NUGET_PACKAGES=$ISO/nuget DOTNET_CLI_HOME=$ISO RestoreAdditionalProjectSources=$FEED
mkdir -p "$OUT"
pass=0; fail=0
for f in "${targets[@]}"; do
  name=$(basename "$f")
  start=$SECONDS
  case "$f" in
    *.ipynb)
      out="$OUT/$name"; rm -f "$out"
      (cd "$(dirname "$f")" && timeout "$STEP_TIMEOUT" "$TOOLS/dotnet-repl" --run "$f" --exit-after-run --output-path "$out" </dev/null >"$OUT/$name.log" 2>&1)
      rc=$?
      errs=""; views=0
      if [ -s "$out" ]; then
        errs=$(jq -r '.cells | to_entries[] | .key as $i | .value.outputs[]? | select(.output_type=="error")
                      | "  cell \($i): \(.evalue | split("\n")[0])"' "$out")
        views=$(jq -r '.cells[].outputs[]? | .data["text/html"]? // empty | if type=="array" then join("") else . end' "$out" \
                | grep -o 'class="capnet capnet-[a-z-]*"' | wc -l)
      else
        errs="  no output notebook was written (see $OUT/$name.log)"
      fi
      if [ $rc -ne 0 ] || [ -n "$errs" ] || [ "$views" -eq 0 ]; then
        fail=$((fail+1)); echo "FAIL $name (dotnet-repl rc=$rc, $views CapitalNetwork views, $((SECONDS-start)) s)"
        [ -n "$errs" ] && echo "$errs"
        [ "$views" -eq 0 ] && echo "  no HTML view of CapitalNetwork.Interactive in the output: the extension did not load"
      else
        pass=$((pass+1)); echo "ok   $name ($views CapitalNetwork views, $((SECONDS-start)) s) -> ${out#$ROOT/}"
      fi ;;
    *.cs)
      log="$OUT/${name%.cs}.log"
      (cd "$ROOT" && timeout "$STEP_TIMEOUT" dotnet run "$f" -- "$ROOT/examples/data/sample-filings.csv" "$OUT/${name%.cs}" </dev/null >"$log" 2>&1)
      rc=$?
      if [ $rc -ne 0 ]; then
        fail=$((fail+1)); echo "FAIL $name (dotnet run rc=$rc, $((SECONDS-start)) s); last lines of ${log#$ROOT/}:"; tail -n 15 "$log" | sed 's/^/  /'
      else
        pass=$((pass+1)); echo "ok   $name (file-based app, $((SECONDS-start)) s) -> ${log#$ROOT/}"
      fi ;;
  esac
done
summary $pass $fail
[ $fail -eq 0 ]

#!/usr/bin/env bash
# Builds the user guide and the API reference into docs/site/_site (then open docs/site/_site/index.html, or run
# `dotnet docfx serve docs/site/_site`). docfx comes from the tool manifest .config/dotnet-tools.json; the API pages
# are generated from the XML docs of src/CapitalNetwork and src/CapitalNetwork.Interactive. Fails on any docfx warning
# (broken cross-reference or link, bad markdown) and on the checks of check-api.py (no public doc links an internal
# member or holds engine notes; the measures page lists every measure). Needs the .NET SDK and python3; the network
# only for the NuGet registry (tool and package restore).
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
command -v python3 >/dev/null || { echo "docs/site/build.sh: python3 is needed for check-api.py" >&2; exit 1; }
start=$SECONDS

dotnet tool restore
find api -maxdepth 1 \( -name '*.yml' -o -name '.manifest' \) -delete   # no stale pages of removed types
rm -rf _site
dotnet docfx metadata docfx.json --warningsAsErrors
python3 check-api.py api guide/measures.md
dotnet docfx build docfx.json --warningsAsErrors

echo "docs/site: built $(find _site -name '*.html' | wc -l) pages in $((SECONDS - start)) s; open docs/site/_site/index.html"

#!/usr/bin/env bash
# Head-to-head comparison runner (issue 8): installs the peers, generates the inputs once, runs CapitalNetwork and the
# peers on them in one run, checks that the answers agree and prints the ratios.
#
#   bash benchmarks/compare/run.sh                 # 10,000-node graph (+ the 100,000-node graph for the graph half)
#   bash benchmarks/compare/run.sh --quick         # 10,000-node graph only, 2 repeats, ingest on 1M rows only
#   bash benchmarks/compare/run.sh --write DIR     # also write DIR/{centrality,graph,ingest}-compare.md
#   CAPNET_COMPARE_SKIP_INSTALL=1 …               # peers already installed
#
# Parts (each timed run is wrapped in `flock /tmp/bench.lock`, so only one engineer times at a time on a shared machine):
#   1. centrality: benchmarks/compare/centrality/compare.py (betweenness, closeness, harmonic, PageRank, eigenvector,
#      HITS, Katz vs python-igraph and networkx) — see its README;
#   2. graph: benchmarks/compare/graph/compare.py (network build, k-core, Louvain, PageRank/eigenvector/HITS vs
#      graph-tool too, GEXF writing) on 10,000 / 100,000 and 100,000 / 1,000,000;
#   3. ingest: benchmarks/compare/ingest/compare.py (CapitalNetwork vs pandas read_csv + groupby; 1M and 10M rows,
#      which alone takes well over 10 minutes), when present.
# Exit code: 0 when every part that ran agreed; 1 when a part failed or an answer disagreed.
set -uo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
quick=0; write=""
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) quick=1 ;;
    --write) write="${2:?--write needs a folder}"; shift; mkdir -p "$write" ;;
    *) echo "usage: $0 [--quick] [--write DIR]"; exit 2 ;;
  esac
  shift
done
repeat=3; [ "$quick" = 1 ] && repeat=2
lock() { flock /tmp/bench.lock "$@"; }

# 1. Peers (Debian packages; the apt lock serialises installs between engineers).
if [ "${CAPNET_COMPARE_SKIP_INSTALL:-0}" != 1 ]; then
  echo "== installing peers (python3-numpy python3-scipy python3-igraph python3-graph-tool python3-pandas)"
  flock /tmp/apt.lock sh -c 'apt-get update -qq; apt-get install -y -qq python3-numpy python3-scipy python3-igraph python3-graph-tool python3-pandas' >/dev/null \
    || { echo "peer installation failed"; exit 1; }
fi
python3 - <<'PY' || exit 1
import sys
sys.path.append("/usr/lib/python3/dist-packages")
import igraph, networkx, numpy, scipy
versions = [f"python-igraph {igraph.__version__}", f"networkx {networkx.__version__}", f"numpy {numpy.__version__}", f"scipy {scipy.__version__}"]
for name in ("graph_tool", "pandas"):
    try:
        versions.append(f"{name} {__import__(name).__version__.split()[0]}")
    except ImportError:
        versions.append(f"{name} ABSENT")
print("== peers: " + ", ".join(versions))
PY

# 2. Inputs, once: the timing tools, and the seeded graphs in the folder both comparison scripts read.
echo "== building the timing tools"
dotnet build -c Release benchmarks/compare/graph/GraphTiming -nologo -v q >/dev/null || { echo "GraphTiming build failed"; exit 1; }
dotnet build -c Release benchmarks/compare/centrality/CentralityTiming -nologo -v q >/dev/null || { echo "CentralityTiming build failed"; exit 1; }
inputs="${TMPDIR:-/tmp}/capnet-centrality-compare"
mkdir -p "$inputs"
sizes=("10000 100000"); [ "$quick" = 1 ] || sizes+=("100000 1000000")
for s in "${sizes[@]}"; do
  set -- $s
  f="$inputs/synthetic-$1-$2.csv"
  [ -s "$f" ] || { echo "== generating $f"; dotnet benchmarks/compare/graph/GraphTiming/bin/Release/net10.0/GraphTiming.dll generate "$1" "$2" "$f" || exit 1; }
done

failed=()
# 3. Centrality (its own script; it finds the 10,000-node graph generated above).
if [ -f benchmarks/compare/centrality/compare.py ]; then
  echo "== centrality: benchmarks/compare/centrality/compare.py"
  cargs=(--repeat "$repeat"); [ -n "$write" ] && cargs+=(--write "$write/centrality-compare.md")
  lock python3 benchmarks/compare/centrality/compare.py "${cargs[@]}" || failed+=(centrality)
else
  echo "== centrality: benchmarks/compare/centrality/compare.py not present — skipped"
fi

# 4. Graph half: build, k-core, Louvain, PageRank/eigenvector/HITS with graph-tool, GEXF.
gout=""
if [ -n "$write" ]; then
  gout="$write/graph-compare.md"
  { echo "# Graph operations: CapitalNetwork vs python-igraph, graph-tool, networkx"; echo;
    echo "Written by \`bash benchmarks/compare/run.sh --write DIR\` (benchmarks/compare/graph/compare.py); discussion in benchmarks/results/graph.md."; echo; } >"$gout"
fi
for s in "${sizes[@]}"; do
  set -- $s
  echo "== graph: benchmarks/compare/graph/compare.py --nodes $1 --edges $2"
  gargs=(--nodes "$1" --edges "$2" --repeat "$repeat" --no-build)
  [ "$1" -gt 10000 ] && gargs+=(--keys build,coreness,coreness_all,louvain,pagerank,eigenvector,hits,gexf)
  [ -n "$gout" ] && gargs+=(--write "$gout")
  lock python3 benchmarks/compare/graph/compare.py "${gargs[@]}" || failed+=("graph-$1")
done

# 5. Ingest vs pandas (written by another engineer; tolerated when absent).
if [ -f benchmarks/compare/ingest/compare.py ]; then
  echo "== ingest: benchmarks/compare/ingest/compare.py"
  iargs=(--no-install); [ "$quick" = 1 ] && iargs+=(--rows 1000000)
  [ -n "$write" ] && iargs+=(--write "$write/ingest-compare.md")
  lock python3 benchmarks/compare/ingest/compare.py "${iargs[@]}" || failed+=(ingest)
else
  echo "== ingest: benchmarks/compare/ingest/compare.py not present — the ingest comparison is skipped"
fi

if [ "${#failed[@]}" -gt 0 ]; then
  echo "compare: FAILED or disagreed: ${failed[*]}"
  exit 1
fi
echo "compare: every part that ran agreed"

#!/usr/bin/env bash
# Benchmark smoke run for CI: every BenchmarkDotNet benchmark once (Job.Dry, in process) on its smallest input — the
# city network where a suite has it, else the 10,000-node graph; the smallest row count — so a benchmark that throws,
# or whose set-up no longer compiles or runs, fails CI. Cases named *SingleThread (the same code as their sibling on one
# thread) are left out. Exit code: 0 when every case ran, non-zero otherwise.
#   bash benchmarks/smoke.sh                        # all suites
#   bash benchmarks/smoke.sh '*Louvain*' '*Gexf*'   # some (BenchmarkDotNet globs)
#   CAPNET_SMOKE_SKIP='*.Test1000 *FilingsReaderBenchmarks*' bash benchmarks/smoke.sh   # leave some out
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
filter=()
[ $# -gt 0 ] && filter=(--filter "$@")
# shellcheck disable=SC2206 # the globs are split on spaces on purpose; quoted, so not expanded
set -f; [ -n "${CAPNET_SMOKE_SKIP:-}" ] && filter+=(--skip ${CAPNET_SMOKE_SKIP}); set +f
start=$(date +%s)
dotnet build -c Release benchmarks/CapitalNetwork.Benchmarks -nologo -v q >/dev/null
cd benchmarks/CapitalNetwork.Benchmarks
log=$(mktemp)
set +e
dotnet bin/Release/net10.0/CapitalNetwork.Benchmarks.dll --smoke "${filter[@]}" --artifacts "${TMPDIR:-/tmp}/capnet-bench-smoke" >"$log" 2>&1
rc=$?
set -e
# One line per case (name [parameters]: time of its single run), then the verdict; the errors only on failure.
awk '/^\/\/ Benchmark: /{ name=$3; sub(/:$/, "", name); p=""; if (match($0, /\[[^]]*\]$/)) p=" " substr($0, RSTART, RLENGTH) }
     /^WorkloadResult/{ printf "  %-60s %s %s\n", name p, $(NF-1), $NF }
     /^smoke:|^benchmarks: /' "$log"
if [ "$rc" -ne 0 ]; then
  echo "---- benchmark smoke log (failure) ----"
  grep -nE "Exception|error|FAILED|Failed" "$log" | head -40
fi
rm -f "$log"
echo "benchmark smoke: $(( $(date +%s) - start )) s, exit $rc"
exit "$rc"

#!/usr/bin/env bash
# Fuzzes one target with SharpFuzz 2.3.0 + AFL++ for a bounded time on one core, then adds the new queue entries to
# the committed corpus that CI replays (tests/CapitalNetwork.Tests/TestData/fuzz/<corpus>/).
#
#   fuzz/run.sh Filings|PlaceResolver|GexfReader|GraphMLReader|PajekReader|DlReader|Spreadsheet [seconds=300]
#
# Needs: afl++ (apt-get install afl++) and the SharpFuzz instrumenter
# (dotnet tool install --tool-path /tmp/sharpfuzz SharpFuzz.CommandLine --version 2.3.0; or set SHARPFUZZ=path).
# Work files go to ${FUZZ_OUT:-/tmp/capnet-fuzz}/<target>; crashes and hangs stay there for triage:
#   dotnet ${FUZZ_OUT}/<target>/replay/CapitalNetwork.Fuzz.<target>.dll <crash file>   replays one input without AFL.
set -euo pipefail
target=${1:?target: Filings, PlaceResolver, GexfReader, GraphMLReader, PajekReader, DlReader or Spreadsheet}
seconds=${2:-300}
root=$(cd "$(dirname "$0")/.." && pwd)
case "$target" in
  Filings) corpus=filings ;;
  PlaceResolver) corpus=place ;;
  GexfReader) corpus=gexf ;;
  GraphMLReader) corpus=graphml ;;
  PajekReader) corpus=pajek ;;
  DlReader) corpus=dl ;;
  Spreadsheet) corpus=spreadsheet ;;
  *) echo "unknown target $target" >&2; exit 2 ;;
esac
sharpfuzz=${SHARPFUZZ:-/tmp/sharpfuzz/sharpfuzz}
out=${FUZZ_OUT:-/tmp/capnet-fuzz}/$target
seeds=$root/tests/CapitalNetwork.Tests/TestData/fuzz/$corpus
rm -rf "$out"
mkdir -p "$out"
dotnet build -c Release -o "$out/bin" "$root/fuzz/$target/CapitalNetwork.Fuzz.$target.csproj" -nologo -v q
"$sharpfuzz" "$out/bin/CapitalNetwork.dll"
# An uninstrumented copy replays findings (instrumented code needs AFL's shared memory).
dotnet build -c Release -o "$out/replay" "$root/fuzz/$target/CapitalNetwork.Fuzz.$target.csproj" -nologo -v q

export AFL_SKIP_BIN_CHECK=1 AFL_NO_AFFINITY=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1
# -V: stop after this many seconds; -t: 5 s per input (a hang is a finding); -m none: the CLR reserves much virtual memory.
afl-fuzz -V "$seconds" -t 5000 -m none -i "$seeds" -o "$out/afl" -- dotnet "$out/bin/CapitalNetwork.Fuzz.$target.dll" > "$out/afl.log" 2>&1 || true

stats=$out/afl/default/fuzzer_stats
grep -E '^(run_time|execs_done|execs_per_sec|corpus_count|saved_crashes|saved_hangs|stability) ' "$stats"
# New queue entries join the committed corpus under content-hash names (seeds and earlier entries are kept).
added=0
for f in "$out"/afl/default/queue/id:*; do
  [ -f "$f" ] || continue
  name=q-$(sha1sum "$f" | cut -c1-16)
  cmp -s "$f" "$seeds/$name" 2>/dev/null && continue
  if ! ls "$seeds" | grep -q "^$name"; then cp "$f" "$seeds/$name"; added=$((added + 1)); fi
done
echo "corpus: $added new files in $seeds"
ls "$out"/afl/default/crashes "$out"/afl/default/hangs 2>/dev/null | grep -v README || true

#!/usr/bin/env bash
# Peak memory of a workbook ingest against the rows (issue 17): synthetic filings of 10,000 and 200,000 rows (and
# 10,000 / 60,000 for .xls, whose sheets hold at most 65,536 rows), each as CSV, .xlsx and .xls, ingested once per
# process by SheetMemory. Results: benchmarks/results/sheets-memory.md.
#   benchmarks/compare/sheets/run.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/../../.." && pwd)
work=${WORK:-/tmp/capnet-sheets-memory}
mkdir -p "$work"
dotnet build -c Release -o "$work/cli" "$root/src/CapitalNetwork.Cli" -nologo -v q > /dev/null
dotnet build -c Release -o "$work/bin" "$root/benchmarks/compare/sheets/SheetMemory" -nologo -v q > /dev/null
for n in 10000 60000 200000; do
  [ -f "$work/f$n.csv" ] || dotnet "$work/cli/capnet.dll" synth -n $n -o "$work/f$n.csv" > /dev/null
  xls=""; [ $n -le 60000 ] && xls=--xls
  [ -f "$work/f$n.xlsx" ] || python3 "$root/benchmarks/compare/sheets/csv_to_workbook.py" "$work/f$n.csv" "$work/f$n.xlsx" $xls
done
printf 'file\tmode\trows_read\trows_used\tseconds\tpeak_ws_mib\tgc_heap_mib\n'
for mode in read ingest; do
  for f in f10000.csv f200000.csv f10000.xlsx f60000.xlsx f200000.xlsx f10000.xls f60000.xls; do
    dotnet "$work/bin/CapitalNetwork.Compare.SheetMemory.dll" "$work/$f" $mode
  done
done

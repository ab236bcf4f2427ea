#!/usr/bin/env bash
# Writes what the README main command and every capnet command print and write on the sample data into DIR, so that
# a refactoring can be proved byte-identical: run it before and after, then diff -r the two folders.
# Usage: tools/output-snapshot/snapshot.sh DIR   (DIR absolute)
set -u
repo=$(cd "$(dirname "$0")/../.." && pwd)
out=$1; rm -rf "$out"; mkdir -p "$out"
cd "$(dirname "$0")/../.."
dotnet build src/CapitalNetwork.Cli -c Release -o "$out.bin" -v q >/dev/null 2>&1 || { echo build failed; exit 1; }
C="dotnet $out.bin/capnet.dll"
S=examples/data/sample-filings.csv
(cd $out && dotnet run --project "$repo/examples/QuickStart" -c Release > quick.txt 2>&1; ls > quickfiles.txt)
$C build $S -o $out/net.gexf --diagnostics $out/diag.csv > $out/build.txt 2>&1
$C build $S -o $out/years.gexf --dynamic > $out/buildyears.txt 2>&1
$C measures $S --format json > $out/measures.json 2> $out/measures.err
$C measures $S --format csv > $out/measures.csv 2> $out/measures2.err
$C measures $S --format json --weight capital > $out/measures-cap.json 2> $out/measures3.err || true
$C resolve 浙江省宁波市北仑区 昆山 朝阳区 91320583MA1K4XH30F 雄安新区 > $out/resolve.txt 2>&1
mkdir -p $out/gcsv; $C export $out/net.gexf --format gephi-csv -o $out/gcsv > $out/export.txt 2>&1
$C export $out/net.gexf --format json -o $out/net.json > $out/export2.txt 2>&1
$C export $out/net.gexf --format svg -o $out/net-export.svg > $out/export3.txt 2>&1
$C draw $S -o $out/draw.svg > $out/draw.txt 2>&1
$C concentration tests/CapitalNetwork.Tests/TestData/concentration/provinces.csv --value 基金数量 --group 地区 > $out/conc.txt 2>&1 || true
$C concentration tests/CapitalNetwork.Tests/TestData/concentration/provinces.csv --value 基金数量 --group 地区 --format json > $out/conc.json 2>&1 || true
$C concentration tests/CapitalNetwork.Tests/TestData/concentration/provinces.csv --value 基金数量 --group 地区 --format csv > $out/conc.csv 2>&1 || true
$C --help > $out/help.txt 2>&1
$C measures --help > $out/mhelp.txt 2>&1
$C synth --rows 500 -o $out/synth.csv > $out/synth.txt 2>&1 || true
rm -rf "$out.bin"
# paths of this run are replaced so that two runs compare with diff -r
for f in "$out"/*.txt; do sed -i "s|$out|OUT|g" "$f"; done
echo done

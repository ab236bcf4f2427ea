#!/usr/bin/env python3
"""The place resolver against cpca 0.5.5 on the hand-labelled cpca development addresses (issue 17 §4).

    python3 benchmarks/places/compare.py --cpca CPCA_CHECKOUT [--write benchmarks/results/places-cpca.md] [--no-build]

CPCA_CHECKOUT: a checkout of DQinYuan/chinese_province_city_area_mapper (MIT; commit 9bdfd6e was used), fetched and
cloned, not vendored. cpca runs under Debian's /usr/bin/python3 with python3-pandas, python3-jieba and
python3-ahocorasick (see run_cpca.py). Our side: `IngestTiming resolve` (benchmarks/compare/ingest/IngestTiming), i.e.
PlaceResolver.Default.Resolve on each address, default options.

Labels: tests/CapitalNetwork.Tests/TestData/places/cpca-addr-labelled.tsv (see the README there): the node (prefecture-
level code) that the administrative names at the start of the address give, or '-' when they give none.
Outcome of a tool on a row: right = the labelled node, or nothing when the label is '-' (our resolver then reports a
reason; cpca leaves the city empty); wrong = a node other than the label (when the label is '-': a silent error, a city
made up from a street, building or company name); missed = the label is a node but the tool gives none (reported).
cpca's city is mapped to our node through its adcode (county → its prefecture; municipality districts → 110000 …); a
cpca answer with a province only counts as no city.
"""
import argparse
import collections
import csv
import datetime
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
LABELS = os.path.join(ROOT, "tests", "CapitalNetwork.Tests", "TestData", "places", "cpca-addr-labelled.tsv")
TOOL = os.path.join(ROOT, "benchmarks", "compare", "ingest", "IngestTiming")
TOOL_DLL = os.path.join(TOOL, "bin", "Release", "net10.0", "IngestTiming.dll")
DIVISIONS = os.path.join(ROOT, "src", "CapitalNetwork", "Data", "divisions.csv")
MUNICIPALITIES = {110000, 120000, 310000, 500000}


def load_divisions():
    div = {}
    with open(DIVISIONS, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            div[int(r["code"])] = (r["name"], int(r["prefecture_code"]) if r["prefecture_code"] else None)
    return div


def cpca_node(adcode, div):
    if not adcode:
        return None
    c = int(adcode)
    if c % 10000 == 0 and c not in MUNICIPALITIES | {810000, 820000, 710000}:
        return None          # a province only
    for k in (c, c // 100 * 100):
        if k in div and div[k][1]:
            return div[k][1]
    if c // 10000 * 10000 in MUNICIPALITIES:
        return c // 10000 * 10000
    return None


def outcome(label, node):
    if label == "-":
        return "right" if node is None else "wrong"
    if node is None:
        return "missed"
    return "right" if node == int(label) else "wrong"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cpca", required=True)
    ap.add_argument("--write")
    ap.add_argument("--no-build", action="store_true")
    args = ap.parse_args()
    div = load_divisions()
    with open(LABELS, encoding="utf-8") as f:
        rows = [ln.rstrip("\n").split("\t") for ln in f][1:]
    work = tempfile.mkdtemp(prefix="capnet-places-")
    addrs = os.path.join(work, "addresses.txt")
    with open(addrs, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(r[3] + "\n")
    if not args.no_build:
        subprocess.run(["dotnet", "build", "-c", "Release", "-v", "q", "-nologo", TOOL], check=True, capture_output=True)
    ours_out = os.path.join(work, "ours.txt")
    subprocess.run(["dotnet", TOOL_DLL, "resolve", addrs, "--out", ours_out], check=True)
    cpca_out = os.path.join(work, "cpca.tsv")
    subprocess.run(["/usr/bin/python3", os.path.join(HERE, "run_cpca.py"), args.cpca, addrs, cpca_out], check=True,
                   capture_output=True)
    ours = []
    with open(ours_out, encoding="utf-8") as f:
        for ln in f:
            fields = ln.split(" | ")[0].split(" ")
            ours.append((int(fields[0]) if fields[0] else None, fields[3]))
    cpca = {}
    version = "?"
    with open(cpca_out, encoding="utf-8") as f:
        for ln in f:
            if ln.startswith("#"):
                version = ln.split()[-1]
                continue
            c = ln.rstrip("\n").split("\t")
            cpca[int(c[0])] = cpca_node(c[4], div)
    assert len(ours) == len(rows) == len(cpca)

    total = collections.Counter()
    by_reason = collections.defaultdict(collections.Counter)
    wrong_rows = []
    for i, r in enumerate(rows):
        label = r[1]
        node, failure = ours[i]
        o, c = outcome(label, node), outcome(label, cpca[i])
        reason = "resolved" if node is not None else failure
        total["ours", o] += 1
        total["cpca", c] += 1
        by_reason[reason]["rows"] += 1
        by_reason[reason]["ours " + o] += 1
        by_reason[reason]["cpca " + c] += 1
        if label == "-" and node is not None:
            total["ours", "silent"] += 1
        if label == "-" and cpca[i] is not None:
            total["cpca", "silent"] += 1
        if o == "wrong" or c == "wrong":
            wrong_rows.append((r[0], label, node, cpca[i], r[3]))
    n = len(rows)
    out = [f"# Places: PlaceResolver vs cpca {version} on {n:,} hand-labelled real addresses — "
           f"{datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC", ""]
    out.append("Command: `python3 benchmarks/places/compare.py --cpca CPCA_CHECKOUT --write benchmarks/results/places-cpca.md` "
               "(cpca = DQinYuan/chinese_province_city_area_mapper at 9bdfd6e, run from the checkout with Debian's "
               "python3-pandas 1.5.3, python3-jieba 0.42.1, python3-ahocorasick 1.4.1).")
    out.append("")
    out.append(f"Labels: `tests/CapitalNetwork.Tests/TestData/places/cpca-addr-labelled.tsv` ({n:,} rows of cpca's "
               "tests/addr.csv, MIT; how they were labelled: the README next to it). Right = the labelled city, or no city "
               "when the label is `-`; wrong = another city (a *silent error* when the label is `-`); missed = no city "
               "although the label has one.")
    out.append("")
    out.append("| tool | right | wrong | of which silent errors (label `-`) | missed (reported / empty) |")
    out.append("|---|---:|---:|---:|---:|")
    for tool in ("ours", "cpca"):
        out.append(f"| {'PlaceResolver (default options)' if tool == 'ours' else 'cpca ' + version} | "
                   f"{total[tool, 'right']} ({100 * total[tool, 'right'] / n:.1f} %) | {total[tool, 'wrong']} "
                   f"({100 * total[tool, 'wrong'] / n:.2f} %) | {total[tool, 'silent']} | {total[tool, 'missed']} "
                   f"({100 * total[tool, 'missed'] / n:.1f} %) |")
    out.append("")
    out.append("Per reason code of our resolver (the same rows for cpca):")
    out.append("")
    out.append("| our outcome | rows | ours right | ours wrong | ours missed | cpca right | cpca wrong | cpca missed |")
    out.append("|---|---:|---:|---:|---:|---:|---:|---:|")
    for reason in sorted(by_reason, key=lambda k: -by_reason[k]["rows"]):
        b = by_reason[reason]
        out.append(f"| {reason} | {b['rows']} | {b['ours right']} | {b['ours wrong']} | {b['ours missed']} | "
                   f"{b['cpca right']} | {b['cpca wrong']} | {b['cpca missed']} |")
    out.append("")
    out.append("Rows either tool placed wrong (row of addr.csv, label, ours, cpca, address):")
    out.append("")
    for row, label, o, c, a in wrong_rows:
        name = lambda x: f"{x} {div[x][0]}" if x else "—"
        lab = name(int(label)) if label != "-" else "-"
        out.append(f"- {row}: label {lab}; ours {name(o)}; cpca {name(c)} — `{a.strip()}`")
    text = "\n".join(out) + "\n"
    print(text)
    if args.write:
        with open(args.write, "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()

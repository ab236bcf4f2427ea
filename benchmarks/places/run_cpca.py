#!/usr/bin/python3
"""Runs cpca 0.5.5 (DQinYuan/chinese_province_city_area_mapper, MIT) on a list of addresses and writes its
province / city / county and adcode per address, for benchmarks/places/compare.py.

    /usr/bin/python3 benchmarks/places/run_cpca.py CPCA_CHECKOUT IN.txt OUT.tsv

CPCA_CHECKOUT: a checkout of the cpca repository (fetched with the `fetch` tool and cloned; commit 9bdfd6e was used).
Nothing of cpca is vendored here. Its dependencies come from Debian bookworm: python3-pandas 1.5.3, python3-jieba
0.42.1 and python3-ahocorasick 1.4.1 (`apt-get install python3-pandas python3-jieba python3-ahocorasick`); run with
Debian's /usr/bin/python3. IN.txt: one address per line. OUT.tsv: index, then cpca's 省, 市, 区 and adcode.
"""
import sys

sys.path.insert(0, sys.argv[1])
sys.path.append("/usr/lib/python3/dist-packages")
import cpca  # noqa: E402

with open(sys.argv[2], encoding="utf-8") as f:
    lines = [ln.rstrip("\n") for ln in f]
df = cpca.transform(lines)
with open(sys.argv[3], "w", encoding="utf-8") as out:
    out.write(f"# cpca {cpca.__version__}\n")
    for i, row in enumerate(df.itertuples(index=False)):
        prov, city, area, _addr, adcode = (row[0], row[1], row[2], row[3], row[4])
        cells = ["" if v is None or v != v else str(v) for v in (prov, city, area, adcode)]
        out.write(f"{i}\t" + "\t".join(cells) + "\n")

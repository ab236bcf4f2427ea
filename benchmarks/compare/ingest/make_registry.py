#!/usr/bin/env python3
"""Registry-shaped filings for the ingest comparison (issue 17 §5): partner places are mostly distinct street
addresses, about one distinct address per four rows, as business-registry exports (企查查, 天眼查 …) give them.

    python3 benchmarks/compare/ingest/make_registry.py ROWS OUT.csv [--seed 20231231]

Deterministic for a seed (Python's random.Random). Columns: the Chinese headers of `capnet synth`
(基金编号,基金名称,注册地,备案时间,合伙人名称,合伙人类型,所在地,统一社会信用代码,认缴出资额（万元）), so
pandas_ingest.py reads it unchanged. Shape:
  * funds: ROWS / 6 funds with 1 to 11 partners each; the fund's 注册地 is an AMAC-style province + city + county of
    a county-level unit of src/CapitalNetwork/Data/divisions.csv (repeated on the fund's rows);
  * partner places: ROWS / 4 distinct addresses, drawn so that every address appears about four times (a shuffled
    repetition, not a Zipf head: most texts are seen a few times, spread over the file), each one of
      55 % province + city + county + township + road + number (浙江省杭州市余杭区仓前街道文一西路1500号8幢301室),
      20 % city + county + road + number (苏州市吴江区黎里镇汾湖大道88号),
      10 % county + township + road (昆山市玉山镇前进东路12号),
      10 % township + road only (黎里镇汾湖大道9号),
       5 % short forms (上海-松江区, 深圳南山);
    townships come from src/CapitalNetwork/Data/townships.csv, road names from a fixed list;
  * 3 % of partners have no place but a credit code (its division = the fund's county), capital 1–50,000 万元.
"""
import argparse
import csv
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
DATA = os.path.join(ROOT, "src", "CapitalNetwork", "Data")
HEADER = "基金编号,基金名称,注册地,备案时间,合伙人名称,合伙人类型,所在地,统一社会信用代码,认缴出资额（万元）"
ROADS = ["人民路", "解放路", "中山路", "建设路", "文一西路", "科技大道", "长江路", "黄河路", "新华路", "胜利路", "和平路",
         "创业路", "金融街", "世纪大道", "学院路", "湖滨路", "东风路", "工业大道", "环城北路", "滨江大道", "高新路",
         "永安路", "前进东路", "汾湖大道", "星湖街", "望江路", "西湖大道", "朝阳路", "光明路", "振兴路"]
KINDS = ["有限合伙人", "普通合伙人", "有限合伙人", "有限合伙人"]
ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def credit_code(county, rng):
    body = "91" + str(county) + "".join(rng.choice(ALPHABET[:10] + "ABCDEFGHJK") for _ in range(9))
    s = sum(ALPHABET.index(c) * w for c, w in zip(body, WEIGHTS))
    return body + ALPHABET[(31 - s % 31) % 31]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("rows", type=int)
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=20231231)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    div = {}
    with open(os.path.join(DATA, "divisions.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            div[int(r["code"])] = r
    counties = [d for d in div.values() if d["level"] == "county" and int(d["province_code"]) < 710000]
    towns = {}
    with open(os.path.join(DATA, "townships.csv"), encoding="utf-8") as f:
        next(f)
        for line in f:
            code, names = line.rstrip("\n").split(",", 1)
            towns[int(code)] = [n.split("@")[0] for n in names.split("|")]

    def county_chain(d):
        prov = d["province"]
        pref = div[int(d["prefecture_code"])]["name"]
        return prov, ("" if pref == prov else pref), d["name"]

    def address(rng):
        d = rng.choice(counties)
        prov, pref, county = county_chain(d)
        town = rng.choice(towns.get(int(d["code"]), [""]))
        road = rng.choice(ROADS)
        number = f"{rng.randint(1, 2999)}号"
        room = f"{rng.randint(1, 30)}幢{rng.randint(101, 2808)}室" if rng.random() < 0.6 else ""
        k = rng.random()
        if k < 0.55:
            return f"{prov}{pref}{county}{town}{road}{number}{room}"
        if k < 0.75:
            return f"{pref or prov}{county}{road}{number}{room}"
        if k < 0.85:
            return f"{county}{town}{road}{number}"
        if k < 0.95 and town:
            return f"{town}{road}{number}{room}"
        short = (pref or prov).removesuffix("市")
        return f"{short}-{county}" if rng.random() < 0.5 else f"{short}{county.removesuffix('区').removesuffix('县')}"

    distinct = max(1, a.rows // 4)
    pool = [address(rng) for _ in range(distinct)]
    # Each address about four times, spread over the file.
    order = [i % distinct for i in range(a.rows)]
    rng.shuffle(order)
    with open(a.out, "w", encoding="utf-8", newline="\n") as out:
        out.write(HEADER + "\n")
        row = 0
        fund = 0
        while row < a.rows:
            fund += 1
            d = rng.choice(counties)
            prov, pref, county = county_chain(d)
            place = f"{prov}{pref}{county}"
            filed = f"{rng.randint(2014, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            for p in range(min(rng.randint(1, 11), a.rows - row)):
                kind = rng.choice(KINDS)
                if rng.random() < 0.03:
                    partner_place, code = "", credit_code(d["code"], rng)
                else:
                    partner_place, code = pool[order[row]], ""
                capital = rng.randint(1, 50_000)
                out.write(f"R{fund:07d},注册基金{fund}号（有限合伙）,{place},{filed},合伙人{fund}-{p},{kind},{partner_place},{code},{capital}\n")
                row += 1


if __name__ == "__main__":
    main()

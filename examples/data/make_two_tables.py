#!/usr/bin/env python3
"""Splits examples/data/sample-filings.csv (one row per fund–partner pair) into the two tables a researcher usually
starts from: a fund table (one row per fund, as AMAC's 私募基金公示 lists it) and a partner table (one row per
fund–partner pair, as a registry tool's shareholder export gives it), for `capnet build FUNDS --partners PARTNERS`.

    python3 examples/data/make_two_tables.py

Writes examples/data/sample-funds.csv and examples/data/sample-partners.csv (UTF-8 with BOM). Python 3 standard library
only. The partner table names its fund in three ways, so that every join key is used:
  - funds 0, 3, 6 … (in order of first appearance) by 基金编号 (the AMAC fund id);
  - funds 1, 4, 7 … only by 基金统一社会信用代码 (the fund table gives each fund a made-up 18-character code, F + the
    fund id padded, since the sample has no fund credit codes);
  - funds 2, 5, 8 … only by 基金名称, written with half-width brackets and a space ("… 合伙企业 (有限合伙)"), which the
    join's name normalisation must equate with the fund table's "…合伙企业（有限合伙）".
The fund table's columns are 基金编号, 基金名称, 基金统一社会信用代码, 注册地, 备案时间, 基金管理人 (the general partner's
name, which the ingest ignores, as it ignores the manager column of AMAC's list).

Fund columns come from each fund's first row. Rows of the sample that are broken in a fund column (a row whose fund
place, date or name differs from its fund's first row, and the one malformed row) cannot be split into two tables
without changing them; they are left out and listed on stdout with their line. Each of them is rejected when the
pre-joined file is read, so the joined network still equals the pre-joined one (the test checks both facts).
"""
import csv, os

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    with open(os.path.join(HERE, "sample-filings.csv"), encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    header, data = rows[0], rows[1:]
    assert header[:9] == ["基金编号", "基金名称", "注册地", "备案时间", "合伙人名称", "合伙人类型", "所在地", "统一社会信用代码", "认缴出资额（万元）"], header
    funds = {}
    order = []
    left_out = []
    partner_rows = []
    for i, r in enumerate(data):
        line = i + 2
        if len(r) != 9:
            left_out.append((line, "malformed row"))
            continue
        fid = r[0]
        if fid not in funds:
            funds[fid] = {"name": r[1], "place": r[2], "date": r[3], "manager": "", "line": line}
            order.append(fid)
        f = funds[fid]
        if (r[1], r[2], r[3]) != (f["name"], f["place"], f["date"]):
            left_out.append((line, "fund columns differ from the fund's first row"))
            continue
        if not f["manager"] and r[5] == "普通合伙人":
            f["manager"] = r[4]
        partner_rows.append(r)
    index = {fid: k for k, fid in enumerate(order)}

    def code(fid):
        return ("F" + fid).ljust(18, "0")

    with open(os.path.join(HERE, "sample-funds.csv"), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["基金编号", "基金名称", "基金统一社会信用代码", "注册地", "备案时间", "基金管理人"])
        for fid in order:
            x = funds[fid]
            w.writerow([fid, x["name"], code(fid), x["place"], x["date"], x["manager"]])
    with open(os.path.join(HERE, "sample-partners.csv"), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["基金编号", "基金统一社会信用代码", "基金名称", "合伙人名称", "合伙人类型", "所在地", "合伙人统一社会信用代码", "认缴出资额（万元）"])
        for r in partner_rows:
            fid = r[0]
            k = index[fid] % 3
            name = r[1].replace("（", " (").replace("）", ")")
            w.writerow([fid if k == 0 else "", code(fid) if k == 1 else "", name if k == 2 else ""] + r[4:9])
    print(f"{len(order)} funds, {len(partner_rows)} partner rows; left out:")
    for line, why in left_out:
        print(f"  line {line}: {why}")


if __name__ == "__main__":
    main()

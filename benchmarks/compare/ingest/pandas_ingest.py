#!/usr/bin/env python3
"""The pandas side of benchmarks/compare/ingest/compare.py: read_csv(usecols=...) + groupby on one filings file.

    python3 pandas_ingest.py FILE [--groups-out GROUPS.csv]

Reads the four columns the network needs (fund id, fund place, partner place, capital; the Chinese headers written by
`capnet synth`), then groups by (partner place text, fund place text) and computes per group the number of rows (links),
the capital sum (CNY: the header's unit is 万元, so × 10,000, as CapitalNetwork reads it) and the number of distinct
fund ids (funds). Prints one JSON line: the in-process wall time of read_csv and of groupby (perf_counter, import and
interpreter start-up excluded), the process CPU time of both, and the totals for the agreement check.
"""
import json
import sys
import time

sys.path.append("/usr/lib/python3/dist-packages")
import pandas as pd  # noqa: E402

FUND_ID, FUND_PLACE, PARTNER_PLACE, CAPITAL = "基金编号", "注册地", "所在地", "认缴出资额（万元）"


def main():
    path = sys.argv[1]
    wall0, cpu0 = time.perf_counter(), time.process_time()
    df = pd.read_csv(path, usecols=[FUND_ID, FUND_PLACE, PARTNER_PLACE, CAPITAL],
                     dtype={FUND_ID: str, FUND_PLACE: str, PARTNER_PLACE: str, CAPITAL: float}, thousands=",")
    wall1 = time.perf_counter()
    groups = df.groupby([PARTNER_PLACE, FUND_PLACE], sort=False, dropna=False).agg(
        links=(FUND_ID, "size"), capital=(CAPITAL, "sum"), funds=(FUND_ID, "nunique"))
    wall2, cpu2 = time.perf_counter(), time.process_time()
    out = {
        "read_seconds": wall1 - wall0,
        "groupby_seconds": wall2 - wall1,
        "seconds": wall2 - wall0,
        "cpu_seconds": cpu2 - cpu0,
        "rows": int(len(df)),
        "groups": int(len(groups)),
        "links": int(groups["links"].sum()),
        "capital_cny": float(groups["capital"].sum()) * 10_000,
        "capital_missing": int(df[CAPITAL].isna().sum()),
        "funds_distinct": int(df[FUND_ID].nunique()),
        "pandas": pd.__version__,
    }
    if "--groups-out" in sys.argv:
        groups.to_csv(sys.argv[sys.argv.index("--groups-out") + 1])
    print(json.dumps(out))


if __name__ == "__main__":
    main()

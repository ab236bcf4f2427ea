#!/usr/bin/env python3
"""Writes a CSV (from `capnet synth`) as an .xlsx (the SpreadsheetML writer of
tests/CapitalNetwork.Tests/TestData/sheets/make_workbooks.py: shared strings, numbers as numbers) and, with
LibreOffice (soffice --headless --convert-to xls), as an .xls when it has at most 65,535 data rows. Amounts become
number cells; ids and credit codes stay text (a number cell keeps 15 significant digits: 18-digit codes would lose digits).

    python3 csv_to_workbook.py IN.csv OUT.xlsx [--xls]
"""
import csv, importlib.util, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("mw", os.path.join(HERE, "../../../tests/CapitalNetwork.Tests/TestData/sheets/make_workbooks.py"))
mw = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mw)

with open(sys.argv[1], encoding="utf-8-sig", newline="") as f:
    rows = list(csv.reader(f))
cells = [rows[0]]
capital = [i for i, h in enumerate(rows[0]) if h.startswith("认缴") or h.startswith("capital")]
for r in rows[1:]:
    out = list(r)
    for i in capital:   # amounts as number cells; ids and credit codes stay text, as registry exports keep them
        try:
            out[i] = float(r[i])
        except ValueError:
            pass
    cells.append(out)
book = mw.Book()
book.add("Sheet1", cells)
book.save(sys.argv[2])
if "--xls" in sys.argv:
    mw.to_xls(os.path.abspath(sys.argv[2]))

#!/usr/bin/env python3
"""Makes the spreadsheet fixtures of issue 17 from examples/data/sample-filings.csv.

The .xlsx files are written by hand (a zip of SpreadsheetML parts, ECMA-376 Part 1, as Excel writes them: shared
strings, a date style, merged cells); the .xls files are LibreOffice's conversion of them
(`soffice --headless --convert-to xls`, LibreOffice 7.4 from Debian bookworm's libreoffice-calc-nogui), so both hold
the same cells. Run from the repository root:

    python3 tests/CapitalNetwork.Tests/TestData/sheets/make_workbooks.py

Outputs (next to this script):
  sample.xlsx / sample.xls  the first 600 data rows of the sample as a registry export would give them: a title row and
      a blank row above the header; the capital as numbers (every 7th row a number stored as text, "1,500.5");
      ISO filing dates as date cells, every 5th fund's as a bare serial number in a General cell; the fund columns
      (编号, 名称, 注册地, 备案时间) of a fund merged down over its rows when it has more than one; a second sheet
      "备注" of notes.
  sample-600.csv            the same 600 rows as text (the CSV the workbooks must equal).
  two-sheets.xlsx           sheet "说明" (notes only), then sheet "数据" with 3 rows: for --sheet.
"""
import csv, datetime, os, shutil, subprocess, sys, tempfile, zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "../../../.."))
ROWS = 600


def col_letters(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


class Book:
    """A minimal SpreadsheetML writer: sheets of rows of cells (str, number, date, ('text', str) for a number as text)."""

    def __init__(self):
        self.sheets = []
        self.strings = []
        self.index = {}

    def sst(self, s):
        if s not in self.index:
            self.index[s] = len(self.strings)
            self.strings.append(s)
        return self.index[s]

    def add(self, name, rows, merges=()):
        self.sheets.append((name, rows, list(merges)))

    def cell(self, ref, v):
        if v is None or v == "":
            return ""
        if isinstance(v, datetime.date):
            serial = (v - datetime.date(1899, 12, 30)).days
            return f'<c r="{ref}" s="1"><v>{serial}</v></c>'
        if isinstance(v, (int, float)):
            return f'<c r="{ref}"><v>{v!r}</v></c>'
        return f'<c r="{ref}" t="s"><v>{self.sst(str(v))}</v></c>'

    def save(self, path):
        sheets_xml = []
        for name, rows, merges in self.sheets:
            out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
                   '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
            for r, row in enumerate(rows, 1):
                cells = "".join(self.cell(f"{col_letters(c)}{r}", v) for c, v in enumerate(row))
                if cells:
                    out.append(f'<row r="{r}">{cells}</row>')
            out.append('</sheetData>')
            if merges:
                out.append(f'<mergeCells count="{len(merges)}">' + "".join(f'<mergeCell ref="{m}"/>' for m in merges) + '</mergeCells>')
            out.append('</worksheet>')
            sheets_xml.append("".join(out))
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("[Content_Types].xml",
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                '<Default Extension="xml" ContentType="application/xml"/>'
                '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
                '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
                + "".join(f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for i in range(len(self.sheets)))
                + '</Types>')
            z.writestr("_rels/.rels",
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
            z.writestr("xl/workbook.xml",
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
                + "".join(f'<sheet name="{escape(n)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, (n, _, _) in enumerate(self.sheets))
                + '</sheets></workbook>')
            n = len(self.sheets)
            z.writestr("xl/_rels/workbook.xml.rels",
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                + "".join(f'<Relationship Id="rId{i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i + 1}.xml"/>' for i in range(n))
                + f'<Relationship Id="rId{n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
                + f'<Relationship Id="rId{n + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
                + '</Relationships>')
            z.writestr("xl/styles.xml",
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
                '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
                '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
                '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>')
            for i, xml in enumerate(sheets_xml):
                z.writestr(f"xl/worksheets/sheet{i + 1}.xml", xml)
            z.writestr("xl/sharedStrings.xml",
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                f'count="{len(self.strings)}" uniqueCount="{len(self.strings)}">'
                + "".join(f'<si><t xml:space="preserve">{escape(s)}</t></si>' for s in self.strings) + '</sst>')


def to_xls(xlsx):
    out = tempfile.mkdtemp()
    subprocess.run(["soffice", "--headless", "--convert-to", "xls", "--outdir", out, xlsx], check=True, capture_output=True)
    shutil.move(os.path.join(out, os.path.basename(xlsx)[:-5] + ".xls"), xlsx[:-5] + ".xls")
    shutil.rmtree(out)


def main():
    with open(os.path.join(ROOT, "examples/data/sample-filings.csv"), encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    header, data = rows[0], rows[1:ROWS + 1]
    with open(os.path.join(HERE, "sample-600.csv"), "w", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\n").writerows([header] + data)

    # Cells: title, blank, header at row 3, data from row 4.
    sheet = [["私募基金合伙人信息导出（示例，来自 examples/data/sample-filings.csv 前 600 行）"], [], header]
    merges = []
    fund_rows = {}
    for i, r in enumerate(data):
        fund_rows.setdefault(r[0], []).append(i)
    fund_order = {fid: k for k, fid in enumerate(fund_rows)}
    first_of_fund = {}
    for i, r in enumerate(data):
        cells = list(r)
        try:
            d = datetime.date.fromisoformat(r[3])
            cells[3] = (d - datetime.date(1899, 12, 30)).days if fund_order[r[0]] % 5 == 0 else d
        except ValueError:
            pass
        try:
            amount = float(r[8])
            cells[8] = f"{amount:,}" if i % 7 == 0 else amount
        except ValueError:
            pass
        fid = r[0]
        members = fund_rows[fid]
        if len(members) > 1 and members[-1] - members[0] + 1 == len(members) and i != members[0]:
            for c in range(4):
                cells[c] = None   # the merged range's value sits in its top-left cell only
        sheet.append(cells)
    for fid, members in fund_rows.items():
        if len(members) > 1 and members[-1] - members[0] + 1 == len(members):
            top, bottom = members[0] + 4, members[-1] + 4
            merges += [f"{col_letters(c)}{top}:{col_letters(c)}{bottom}" for c in range(4)]
    book = Book()
    book.add("基金合伙人", sheet, merges)
    book.add("备注", [["本表为测试数据"], ["行数", ROWS]])
    book.save(os.path.join(HERE, "sample.xlsx"))
    to_xls(os.path.join(HERE, "sample.xlsx"))

    two = Book()
    two.add("说明", [["说明：数据在第二个工作表"]])
    two.add("数据", [["fund_id", "fund_place", "partner_place", "capital_wan"],
                     ["F1", "深圳市南山区", "北京市海淀区", 100],
                     ["F2", "上海市浦东新区", "杭州市西湖区", 50],
                     ["F3", "苏州市工业园区", "南京市鼓楼区", 5]])
    two.save(os.path.join(HERE, "two-sheets.xlsx"))


if __name__ == "__main__":
    main()

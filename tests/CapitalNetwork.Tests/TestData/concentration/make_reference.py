#!/usr/bin/env python3
"""Reference values for the concentration, polarization and flow tests of CapitalNetwork.

Tools: Python 3.11.7, numpy 1.24.2 (Debian python3-numpy); nothing else (PySAL and R are not available here).
Run from anywhere:  python3 tests/CapitalNetwork.Tests/TestData/concentration/make_reference.py

What it does
  1. writes the input fixtures of this folder (deterministic: numpy default_rng with fixed seeds):
       worked.csv      x = (1, 2, 3, 6), groups E E W W             (docs/reference/measures.md §3.7)
       three_pairs.csv x = (10, 20, 30, 40, 100, 200), 3 groups    (docs/reference/measures.md §4.1)
       zeros.csv       12 values with zeros, 3 groups
       weighted.csv    10 values with integer population weights, integer group keys
       provinces.csv   31 provinces: 省份, 地区, 基金数量, 认缴规模, 常住人口 (synthetic)
       cities.csv      one value per network node (372 cities, ~half zero), with region and province
       flows.csv       city-to-city flows (funds, links, capital) between a few cities
  2. recomputes every figure independently of the C# code and writes reference.json:
       * unweighted Gini by the pairwise definition Σ_i Σ_j |x_i − x_j| / (2 n² μ);
       * weighted figures by EXPANSION: x_i repeated f_i times (integer weights), then the unweighted definitions —
         this is the library's stated meaning of population weights, reached without its weighted formulas;
       * concentration figures (shares, HHI, CR_k) on the unit sizes f_i·x_i;
       * Theil/GE decompositions from the textbook between (group-mean vector) and within (Σ w_g GE_g) forms;
       * Esteban–Ray by its double sum; DER by the O(n²) kernel sum; Wolfson with numpy's median and np.interp;
       * flows with an own haversine (R = 6371.0088 km) on the gazetteer's coordinates (divisions.csv), weighted
         medians by expansion (integer weights) and np.median.
  3. asserts the hand-checked values of docs/reference/measures.md §3.7 and §4 (worked examples) before writing anything.
"""
import csv
import json
import math
import os
import sys

sys.path.append('/usr/lib/python3/dist-packages')
import numpy as np  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, '..', '..', '..', '..'))
GEO = os.path.join(REPO, 'src', 'CapitalNetwork', 'Data')
R_EARTH_KM = 6371.0088


# ---------------------------------------------------------------- measures (unweighted definitions) -------------

def gini_pairwise(x):
    x = np.asarray(x, float)
    n = len(x)
    mu = x.mean()
    return np.abs(x[:, None] - x[None, :]).sum() / (2 * n * n * mu)


def gini_sorted_formula(x):
    """2 Σ i x_(i) / (n X) − (n + 1)/n: used for large expanded vectors where the pairwise sum is too big."""
    x = np.sort(np.asarray(x, float))
    n = len(x)
    i = np.arange(1, n + 1)
    return 2 * (i * x).sum() / (n * x.sum()) - (n + 1) / n


def gini(x):
    return gini_pairwise(x) if len(x) <= 4000 else gini_sorted_formula(x)


def ge(x, alpha):
    x = np.asarray(x, float)
    mu = x.mean()
    if alpha == 1:
        pos = x[x > 0]
        return float(np.sum(pos / mu * np.log(pos / mu)) / len(x))
    if alpha == 0:
        if np.any(x == 0):
            return None
        return float(np.mean(np.log(mu / x)))
    if alpha < 0 and np.any(x == 0):
        return None
    return float(np.mean((x / mu) ** alpha - 1) / (alpha * (alpha - 1)))


def ge_decomposition(x, labels, alpha):
    """Total, between (GE of the group-mean vector) and within (Σ p_g^(1−α) s_g^α GE_g), and per-group parts."""
    x = np.asarray(x, float)
    labels = list(labels)
    total = ge(x, alpha)
    if total is None:
        return None
    names = list(dict.fromkeys(labels))
    means = {g: x[[l == g for l in labels]].mean() for g in names}
    between_vec = np.array([means[l] for l in labels])
    between = ge(between_vec, alpha)
    n, X = len(x), x.sum()
    within = 0.0
    groups = {}
    for g in names:
        xg = x[[l == g for l in labels]]
        p, s = len(xg) / n, xg.sum() / X
        w = s if alpha == 1 else p if alpha == 0 else p ** (1 - alpha) * s ** alpha
        gi = ge(xg, alpha) if xg.sum() > 0 else None
        contrib = w * gi if (gi is not None and w > 0) else 0.0
        within += contrib
        r = s / p
        b = (s * math.log(r) if s > 0 else 0.0) if alpha == 1 else (-p * math.log(r)) if alpha == 0 else p * (r ** alpha - 1) / (alpha * (alpha - 1))
        groups[g] = {'index': gi, 'within_weight': w, 'within': contrib, 'between': b, 'p': p, 's': s, 'r': r}
    return {'total': total, 'between': between, 'within': within, 'groups': groups}


def cv(x, sample=False):
    x = np.asarray(x, float)
    return float(np.std(x, ddof=1 if sample else 0) / x.mean())


def hhi(sizes):
    s = np.asarray(sizes, float) / np.sum(sizes)
    return float(np.sum(s * s))


def cr(sizes, k):
    s = np.sort(np.asarray(sizes, float))[::-1]
    return float(s[:k].sum() / s.sum())


def hoover_uniform(x):
    x = np.asarray(x, float)
    return float(0.5 * np.abs(x / x.sum() - 1 / len(x)).sum())


def lorenz(x):
    x = np.sort(np.asarray(x, float))
    n = len(x)
    return [[k / n, float(x[:k].sum() / x.sum())] for k in range(n + 1)]


def wolfson(x):
    x = np.asarray(x, float)
    n = len(x)
    xs = np.sort(x)
    p = np.arange(n + 1) / n
    L = np.concatenate([[0.0], np.cumsum(xs) / xs.sum()])
    l_half = float(np.interp(0.5, p, L))
    m = float(np.median(x))
    g = gini(x)
    w = None if m == 0 else 2 * (2 * (0.5 - l_half) - g) * x.mean() / m
    return {'value': w, 'median': m, 'lorenz_half': l_half, 'gini': g}


def esteban_ray(x, labels, alpha):
    x = np.asarray(x, float)
    labels = list(labels)
    names = list(dict.fromkeys(labels))
    n, X = len(x), x.sum()
    p = np.array([sum(1 for l in labels if l == g) / n for g in names])
    s = np.array([x[[l == g for l in labels]].sum() / X for g in names])
    r = s / p
    return float(sum(p[a] ** (1 + alpha) * p[b] * abs(r[a] - r[b]) for a in range(len(names)) for b in range(len(names))))


def der(x, alpha, h=None):
    """Duclos–Esteban–Ray on y = x/μ with a Gaussian kernel, O(n²) direct sums; h = 4.7 n^-1/2 σ α^0.1 by default."""
    y = np.asarray(x, float) / np.mean(x)
    n = len(y)
    sigma = float(np.std(y))
    if h is None:
        h = 4.7 * n ** -0.5 * sigma * alpha ** 0.1
    a = np.abs(y[:, None] - y[None, :]).mean(axis=1)
    if alpha == 0:
        return {'h': h, 'value': float(a.mean())}
    z = (y[:, None] - y[None, :]) / h
    f = np.exp(-0.5 * z * z).sum(axis=1) / (n * h * math.sqrt(2 * math.pi))
    return {'h': h, 'value': float(np.mean(f ** alpha * a))}


def expand(x, f):
    return np.repeat(np.asarray(x, float), np.asarray(f, int))


def expand_labels(labels, f):
    return [l for l, k in zip(labels, f) for _ in range(int(k))]


def figures(x, labels=None, weights=None, der_alphas=(0.25, 0.5, 1.0)):
    """Every figure of one dataset, as the C# tests read them."""
    x = np.asarray(x, float)
    f = np.ones(len(x), int) if weights is None else np.asarray(weights, int)
    sizes = x * f
    e = expand(x, f)
    el = expand_labels(labels, f) if labels is not None else None
    out = {
        'n': len(x),
        'population': int(f.sum()),
        'total': float(sizes.sum()),
        'shares': [float(v) for v in sizes / sizes.sum()],
        'hhi': hhi(sizes),
        'hhi_normalized': (hhi(sizes) - 1 / len(x)) / (1 - 1 / len(x)),
        'cr1': cr(sizes, 1), 'cr2': cr(sizes, 2), 'cr4': cr(sizes, 4),
        'gini': gini(e),
        'gini_corrected': gini(e) * len(e) / (len(e) - 1),
        'cv': cv(e), 'cv_sample': cv(e, sample=True),
        'hoover': hoover_uniform(e),
        'theil_t': ge(e, 1), 'theil_l': ge(e, 0), 'ge_2': ge(e, 2), 'ge_0.5': ge(e, 0.5), 'ge_-1': ge(e, -1),
        'wolfson': wolfson(e),
        'esteban_ray_distinct_1.6': esteban_ray(e, [repr(v) for v in e], 1.6),
        'lorenz_half': float(np.interp(0.5, np.arange(len(e) + 1) / len(e), np.concatenate([[0.0], np.cumsum(np.sort(e)) / e.sum()]))),
    }
    if weights is None:
        out['lorenz'] = lorenz(x)
    if len(e) <= 4000:
        for a in der_alphas:
            out[f'der_{a}'] = der(e, a)
    if labels is not None:
        for a in (0, 1, 0.5, 2, -1):
            out[f'decomposition_ge_{a}'] = ge_decomposition(e, el, a)
        for a in (0.0, 0.5, 1.0, 1.6):
            out[f'esteban_ray_{a}'] = esteban_ray(e, el, a)
        names = list(dict.fromkeys(labels))
        tot = {g: float(sum(sizes[i] for i in range(len(x)) if labels[i] == g)) for g in names}
        grand, mx = sum(tot.values()), max(tot.values())
        out['groups'] = {g: {'units': sum(1 for l in labels if l == g), 'total': tot[g], 'share': tot[g] / grand,
                             'ratio_to_max': tot[g] / mx, 'rank': 1 + sum(1 for h in names if tot[h] > tot[g])} for g in names}
    return out


# ---------------------------------------------------------------- fixtures -------------------------------------

def write_csv(name, header, rows):
    with open(os.path.join(HERE, name), 'w', newline='', encoding='utf-8') as fh:
        w = csv.writer(fh, lineterminator='\n')
        w.writerow(header)
        w.writerows(rows)


def read_csv(name):
    with open(os.path.join(HERE, name), encoding='utf-8') as fh:
        return list(csv.DictReader(fh))


def gazetteer():
    regions = {r['province_code']: (r['region'] or 'Outside', r['short_name'], r['region_zh'])
               for r in csv.DictReader(open(os.path.join(GEO, 'regions.csv'), encoding='utf-8'))}
    nodes = [r for r in csv.DictReader(open(os.path.join(GEO, 'divisions.csv'), encoding='utf-8')) if r['code'] == r['prefecture_code']]
    nodes.sort(key=lambda r: int(r['code']))
    assert len(nodes) == 372
    return regions, nodes


def make_fixtures():
    regions, nodes = gazetteer()
    write_csv('worked.csv', ['value', 'group'], [[1, 'E'], [2, 'E'], [3, 'W'], [6, 'W']])
    write_csv('three_pairs.csv', ['value', 'group'], [[10, 'A'], [20, 'A'], [30, 'B'], [40, 'B'], [100, 'C'], [200, 'C']])
    write_csv('zeros.csv', ['value', 'group'],
              [[0, 'north'], [5, 'north'], [12, 'north'], [0, 'south'], [0, 'south'], [3, 'south'], [7, 'south'],
               [40, 'west'], [0, 'west'], [1, 'west'], [9, 'north'], [2, 'west']])
    rng = np.random.default_rng(7)
    wx = np.round(rng.lognormal(2.0, 1.0, 10), 3)
    wf = rng.integers(1, 7, 10)
    wg = [1, 1, 2, 2, 2, 3, 3, 3, 3, 1]
    write_csv('weighted.csv', ['value', 'weight', 'group'], [[float(a), int(b), c] for a, b, c in zip(wx, wf, wg)])

    rng = np.random.default_rng(20240601)
    level = {'East': 5.0, 'Central': 3.6, 'West': 3.0, 'Northeast': 2.8}
    rows = []
    for code, (reg, short, reg_zh) in regions.items():
        if reg == 'Outside':
            continue
        funds = int(round(rng.lognormal(level[reg], 0.9)))
        capital = round(float(funds * rng.lognormal(1.2, 0.5)), 2)
        pop = int(rng.integers(300, 12000))
        rows.append([short, reg_zh, funds, capital, pop])
    write_csv('provinces.csv', ['省份', '地区', '基金数量', '认缴规模（亿元）', '常住人口（万人）'], rows)

    rng = np.random.default_rng(372)
    rows = []
    for r in nodes:
        reg = regions[r['province_code']][0]
        lam = {'East': 9.0, 'Central': 2.5, 'West': 1.5, 'Northeast': 1.0, 'Outside': 0.0}[reg]
        v = int(rng.poisson(lam) * (rng.random() < 0.6))
        rows.append([r['code'], r['province_code'], reg, v])
    write_csv('cities.csv', ['code', 'province_code', 'region', 'value'], rows)

    # 北京 110000, 上海 310000, 苏州 320500, 杭州 330100, 武汉 420100, 成都 510100, 西安 610100, 沈阳 210100, 深圳 440300
    flows = [
        ('110000', '110000', 30, 41, 900), ('110000', '320500', 6, 8, 150), ('110000', '510100', 2, 2, 60),
        ('310000', '310000', 25, 33, 700), ('310000', '330100', 5, 7, 120), ('310000', '320500', 7, 9, 200),
        ('320500', '320500', 11, 14, 260), ('330100', '330100', 9, 12, 180), ('440300', '440300', 20, 26, 640),
        ('440300', '420100', 3, 3, 70), ('420100', '420100', 4, 5, 55), ('420100', '110000', 1, 1, 15),
        ('510100', '510100', 5, 6, 80), ('510100', '610100', 1, 2, 25), ('610100', '610100', 2, 2, 30),
        ('210100', '210100', 2, 3, 20), ('210100', '110000', 1, 1, 10), ('110000', '210100', 1, 1, 12),
        ('440300', '310000', 4, 5, 90), ('320500', '310000', 2, 2, 40),
    ]
    write_csv('flows.csv', ['source', 'target', 'funds', 'links', 'capital'], flows)


# ---------------------------------------------------------------- flows -----------------------------------------

def haversine_km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * R_EARTH_KM * math.asin(math.sqrt(h))


def flow_reference():
    regions, nodes = gazetteer()
    node = {r['code']: r for r in nodes}
    order = ['East', 'Central', 'West', 'Northeast', 'Outside']
    flows = read_csv('flows.csv')
    out = {'matrix': {}, 'summary': {}, 'regional_local_share': {}, 'city_local_share': {}, 'distance': {}}
    for w in ('funds', 'links', 'capital'):
        m = {a: {b: 0.0 for b in order} for a in order}
        for f in flows:
            a = regions[node[f['source']]['province_code']][0]
            b = regions[node[f['target']]['province_code']][0]
            m[a][b] += float(f[w])
        out['matrix'][w] = m
        summ = {}
        for g in order:
            supplied = sum(m[g].values())
            attracted = sum(m[h][g] for h in order)
            local = m[g][g]
            summ[g] = {'supplied': supplied, 'attracted': attracted, 'local': local, 'net': attracted - supplied,
                       'local_share': local / attracted if attracted else None,
                       'external_share': (attracted - local) / attracted if attracted else None}
        out['summary'][w] = summ
        total = sum(float(f[w]) for f in flows)
        out['regional_local_share'][w] = sum(m[g][g] for g in order) / total
        out['city_local_share'][w] = sum(float(f[w]) for f in flows if f['source'] == f['target']) / total
        d_all, w_all = [], []
        for f in flows:
            s, t = node[f['source']], node[f['target']]
            d = 0.0 if f['source'] == f['target'] else haversine_km(float(s['lat']), float(s['lng']), float(t['lat']), float(t['lng']))
            d_all.append(d)
            w_all.append(int(f[w]))
        d_all, w_all = np.array(d_all), np.array(w_all)
        between = np.array([f['source'] != f['target'] for f in flows])
        out['distance'][w] = {
            'mean': float(np.average(d_all, weights=w_all)),
            'median': float(np.median(np.repeat(d_all, w_all))),
            'mean_between': float(np.average(d_all[between], weights=w_all[between])),
            'median_between': float(np.median(np.repeat(d_all[between], w_all[between]))),
        }
    b, s = node['110000'], node['310000']
    out['beijing_shanghai_km'] = haversine_km(float(b['lat']), float(b['lng']), float(s['lat']), float(s['lng']))
    return out


# ---------------------------------------------------------------- checks of docs/reference/measures.md ------------------

def check_worked_examples():
    x = [1, 2, 3, 6]
    lab = ['E', 'E', 'W', 'W']
    assert abs(hhi(x) - 0.347222) < 1e-6
    assert abs((hhi(x) - 0.25) / 0.75 - 0.129630) < 1e-6
    assert abs(cr(x, 2) - 0.75) < 1e-12
    assert abs(gini_pairwise(x) - 1 / 3) < 1e-12 and abs(gini_sorted_formula(x) - 1 / 3) < 1e-12
    assert abs(ge(x, 1) - 0.187445) < 1e-6 and abs(ge(x, 0) - 0.202733) < 1e-6
    d1, d0 = ge_decomposition(x, lab, 1), ge_decomposition(x, lab, 0)
    assert abs(d1['between'] - 0.130812) < 1e-6 and abs(d1['within'] - 0.056633) < 1e-6
    assert abs(d0['between'] - 0.143841) < 1e-6 and abs(d0['within'] - 0.058892) < 1e-6
    assert abs(cv(x) - 0.623610) < 1e-6 and abs(hoover_uniform(x) - 0.25) < 1e-12
    assert abs(esteban_ray(x, lab, 1) - 0.25) < 1e-12 and abs(esteban_ray(x, lab, 1.6) - 0.164938) < 1e-6
    assert abs(wolfson(x)['value'] - 0.4) < 1e-12
    assert abs(wolfson(list(range(1, 9)))['value'] - 0.305556) < 1e-6
    assert abs(wolfson([6, 6, 8, 8, 10, 10, 12, 12])['value'] / 2 - 1 / 12) < 1e-12   # PySAL's test value is W/2
    d = der(x, 0.5)
    assert abs(d['h'] - 1.367343) < 1e-6 and abs(d['value'] - 0.324426) < 1e-6
    assert abs(der(x, 0)['value'] - 2 / 3) < 1e-12
    two = [1.6, 0.4]  # two equal groups with s = (0.8, 0.2)
    assert abs(esteban_ray(two, ['a', 'b'], 1.6) - 0.197926) < 1e-6 and abs(esteban_ray(two, ['a', 'b'], 0) - 0.6) < 1e-12
    tp = [10, 20, 30, 40, 100, 200]
    assert abs(esteban_ray(tp, list('AABBCC'), 1.0) - 0.3) < 1e-12 and abs(esteban_ray(tp, list('AABBCC'), 1.6) - 0.155185) < 1e-6
    # weighted Gini example of §3.3: x = (10, 20), f = (3, 1) → 0.15
    assert abs(gini(expand([10, 20], [3, 1])) - 0.15) < 1e-12


def main():
    check_worked_examples()
    make_fixtures()
    ref = {'tools': {'python': sys.version.split()[0], 'numpy': np.__version__}}
    for name in ('worked', 'three_pairs', 'zeros'):
        rows = read_csv(name + '.csv')
        ref[name] = figures([float(r['value']) for r in rows], [r['group'] for r in rows])
    rows = read_csv('weighted.csv')
    ref['weighted'] = figures([float(r['value']) for r in rows], [r['group'] for r in rows], [int(r['weight']) for r in rows])
    rows = read_csv('provinces.csv')
    x = [float(r['基金数量']) for r in rows]
    lab = [r['地区'] for r in rows]
    ref['provinces'] = figures(x, lab)
    ref['provinces_weighted'] = figures([float(r['认缴规模（亿元）']) for r in rows], lab, [int(r['常住人口（万人）']) for r in rows])
    funds, pop = np.array(x), np.array([float(r['常住人口（万人）']) for r in rows])
    ref['provinces']['location_quotient'] = [float(v) for v in (funds / funds.sum()) / (pop / pop.sum())]
    ref['provinces']['hoover_vs_population'] = float(0.5 * np.abs(funds / funds.sum() - pop / pop.sum()).sum())
    rows = read_csv('cities.csv')
    cx = [float(r['value']) for r in rows]
    ref['cities'] = figures(cx, [r['region'] for r in rows], der_alphas=(0.5,))
    ref['cities']['decomposition_province_ge_1'] = ge_decomposition(cx, [r['province_code'] for r in rows], 1)
    ref['flows'] = flow_reference()
    with open(os.path.join(HERE, 'reference.json'), 'w', encoding='utf-8') as fh:
        json.dump(ref, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write('\n')
    print('wrote', os.path.join(HERE, 'reference.json'))


if __name__ == '__main__':
    main()

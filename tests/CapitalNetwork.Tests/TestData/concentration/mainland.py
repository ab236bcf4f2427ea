#!/usr/bin/env python3
"""Reference values for the regional groupings that leave Hong Kong, Macao and Taiwan out.

The NBS four-region scheme (East, Central, West, Northeast) covers the 31 mainland provinces only. The library's regional
groupings (Grouping.ByRegion / Grouping.By(…, RollUpLevel.Region) / Grouping.RegionsOfProvinces, hence
Concentration.TheilT/TheilL/GeneralizedEntropy(values, RollUpLevel.Region), Polarization.EstebanRay(values, α, Region),
Flows.Compare(values, Region), Flows.Trend and the capnet keys theil_t_between/_within/_grouped and esteban_ray) therefore
put Hong Kong, Macao and Taiwan (region "Outside") in no group and compute the grouped figures over the mainland units
only; includeOutside: true gives the five-group figures of earlier versions (those are make_reference.py's "cities"
figures, unchanged).

This script recomputes the mainland figures independently of the C# code with the textbook functions of
make_reference.py (GE decomposition from the group-mean vector, Esteban–Ray by its double sum), on the rows that remain
after dropping the Outside rows — the library instead marks those units "left out" and filters inside each measure:

  cities.csv    372 city values (make_reference.py); the 369 mainland rows. The 3 Outside rows hold 0, so the left-out
                total is 0 and only n changes (372 → 369): every p_g, the between part and the total move.
  outside.csv   written here: 11 provinces with Chinese short names, Hong Kong and Macao holding 42 of 404, so the
                left-out share is not zero. Regions are typed in below from the NBS list (not read from the gazetteer).

Writes mainland.json. Tools: Python 3.11.7, numpy 1.24.2. Run from anywhere:
  python3 tests/CapitalNetwork.Tests/TestData/concentration/mainland.py
"""
import csv
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_reference as ref  # noqa: E402  (its main() does not run on import)

OUTSIDE_ROWS = [
    ('北京', 'East', 120), ('上海', 'East', 90), ('江苏', 'East', 60), ('湖北', 'Central', 25), ('河南', 'Central', 15),
    ('四川', 'West', 30), ('陕西', 'West', 10), ('辽宁', 'Northeast', 8), ('黑龙江', 'Northeast', 4),
    ('香港', 'Outside', 40), ('澳门', 'Outside', 2),
]


def grouped(x, labels):
    """The grouped figures the C# tests read, over the given units."""
    out = {
        'n': len(x),
        'theil_t_all_units': ref.ge(x, 1),
        'decomposition_ge_1': ref.ge_decomposition(x, labels, 1),
        'decomposition_ge_2': ref.ge_decomposition(x, labels, 2),
        'decomposition_ge_0.5': ref.ge_decomposition(x, labels, 0.5),
    }
    for a in (0.0, 1.0, 1.6):
        out[f'esteban_ray_{a}'] = ref.esteban_ray(x, labels, a)
    names = list(dict.fromkeys(labels))
    tot = {g: float(sum(v for v, l in zip(x, labels) if l == g)) for g in names}
    grand, mx = sum(tot.values()), max(tot.values())
    out['groups'] = {g: {'units': labels.count(g), 'total': tot[g], 'share': tot[g] / grand, 'ratio_to_max': tot[g] / mx,
                         'rank': 1 + sum(1 for h in names if tot[h] > tot[g])} for g in names}
    return out


def dataset(x, labels):
    """Mainland figures (Outside rows dropped), five-group figures, and what was left out."""
    keep = [i for i, l in enumerate(labels) if l != 'Outside']
    mx, ml = [x[i] for i in keep], [labels[i] for i in keep]
    left = [x[i] for i in range(len(x)) if labels[i] == 'Outside']
    return {
        'mainland': grouped(mx, ml),
        'five_groups': grouped(list(x), list(labels)),
        'theil_t_every_unit': ref.ge(x, 1),
        'left_out': {'units': len(left), 'total': float(sum(left)), 'share': float(sum(left)) / float(sum(x))},
    }


def main():
    ref.write_csv('outside.csv', ['省份', '基金数量'], [[p, v] for p, _, v in OUTSIDE_ROWS])
    rows = ref.read_csv('cities.csv')
    out = {
        'tools': {'python': sys.version.split()[0], 'numpy': ref.np.__version__},
        'cities': dataset([float(r['value']) for r in rows], [r['region'] for r in rows]),
        'outside': dataset([float(v) for _, _, v in OUTSIDE_ROWS], [g for _, g, _ in OUTSIDE_ROWS]),
    }
    c = out['cities']
    assert c['left_out'] == {'units': 3, 'total': 0.0, 'share': 0.0}
    assert c['mainland']['n'] == 369
    # The five-group figures equal make_reference.py's "cities" figures (written by an earlier run of that script).
    old = json.load(open(os.path.join(HERE, 'reference.json'), encoding='utf-8'))['cities']
    assert abs(c['five_groups']['decomposition_ge_1']['between'] - old['decomposition_ge_1']['between']) < 1e-12
    assert abs(c['five_groups']['esteban_ray_1.6'] - old['esteban_ray_1.6']) < 1e-12
    # By hand: dropping zero units only rescales n, so T_mainland = T_all − ln(372/369) (T = Σ s_i ln(n s_i)).
    assert abs(c['mainland']['decomposition_ge_1']['total'] - (c['theil_t_every_unit'] - ref.math.log(372 / 369))) < 1e-12
    o = out['outside']
    assert o['left_out'] == {'units': 2, 'total': 42.0, 'share': 42 / 404}
    with open(os.path.join(HERE, 'mainland.json'), 'w', encoding='utf-8') as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write('\n')
    print('wrote', os.path.join(HERE, 'mainland.json'))


if __name__ == '__main__':
    main()

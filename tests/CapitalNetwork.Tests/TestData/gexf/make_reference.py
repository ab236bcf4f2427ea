#!/usr/bin/env python3
"""Reference values for the export tests (tests/CapitalNetwork.Tests/Export/**).

Tools: Python 3.11.2, standard library only (math, fractions); the Gini uses the pairwise form in exact fractions.
Run:   python3 tests/CapitalNetwork.Tests/TestData/gexf/make_reference.py
Every number printed here is quoted, with this file's name, in the test that uses it.
"""
import math
from fractions import Fraction


def gini_population(x):
    """Population Gini, pairwise form sum |xi - xj| / (2 n^2 mean) (docs/reference/measures.md section 3.3)."""
    n = len(x)
    mean = Fraction(sum(x), n)
    return sum(abs(Fraction(a) - b) for a in x for b in x) / (2 * n * n * mean)


def lorenz(x):
    s = sorted(x)
    total = sum(s)
    out, acc = [(0.0, 0.0)], 0
    for i, v in enumerate(s, 1):
        acc += v
        out.append((i / len(s), acc / total))
    return out


print("# GexfAttributeTests.Size_weight_and_logarithmic_scale_change_the_sizes")
hz = 150_000_000 + 123_456_789.25 + 25_000_000
bj = 500_000.5
print("log size 北京:", round(4 + 36 * math.log(1 + bj) / math.log(1 + hz), 4))

print("# SvgChartsTests: Gini of (1, 2, 3, 6) and of 1..8 (pairwise form, exact fractions)")
print("gini(1,2,3,6) =", gini_population([1, 2, 3, 6]), float(gini_population([1, 2, 3, 6])))
print("gini(1..8)    =", gini_population(list(range(1, 9))), float(gini_population(list(range(1, 9)))))
print("gini(0,0,0,10) =", gini_population([0, 0, 0, 10]))
print("lorenz(1,2,3,6) =", lorenz([1, 2, 3, 6]))
l = lorenz([1, 2, 3, 6])
# top 10 % share: 1 - L(0.9), L interpolated linearly between (0.75, 0.5) and (1, 1)
L09 = l[3][1] + (l[4][1] - l[3][1]) * (0.9 - l[3][0]) / (l[4][0] - l[3][0])
print("top 10% share (1,2,3,6) =", round(1 - L09, 6))

print("# NetworkSvgTests: projection of 北京 (116.405285, 39.904989) and 上海 (121.472644, 31.231706), λ0 = 105, φ0 = 35, k = 1")
c = math.cos(math.radians(35))
for name, lng, lat in [("北京", 116.405285, 39.904989), ("上海", 121.472644, 31.231706)]:
    print(name, (lng - 105) * c, lat - 35)
print("km per degree of latitude:", 6371.0088 * math.pi / 180)

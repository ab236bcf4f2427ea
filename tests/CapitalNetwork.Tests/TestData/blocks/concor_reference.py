#!/usr/bin/env python3
"""Independent CONCOR reference for BlockModel.Concor, written from the textbook definition
(Breiger, Boorman and Arabie 1975; Wasserman and Faust 1994, section 9.4.2), in plain Python
(no numpy: nothing to install). Writes concor-reference.json next to this script.

Definition used (the conventions BlockModel.Concor documents):
  * X = [A; A^T], 2n x n, A with a zero diagonal (loops dropped);
  * diagonal 'ignore' (UCINET's 'Ignore', the default): the diagonal cells a_jj (rows j and n+j of column j) are
    MISSING, r(j, k) = Pearson correlation over the rows where both columns are present (pairwise deletion);
  * diagonal 'reciprocal' (UCINET's default 'Reciprocal'): all 2n rows, but column k's cells of rows j and k (and of
    rows n+j and n+k) are swapped before pairing, so a_jj meets a_kk and a_kj meets a_jk (j's and k's reciprocal cells);
  * r = 0 when undefined; nodes whose column is constant over its present rows are set aside (own block, last);
  * a split: C = the first correlation matrix restricted to the block, C <- corr(columns of C) until
    max | |c| - 1 | <= 1e-6 (cap 100); members with c(first, x) >= 0 join the first member;
    blocks of one or two members are not split (UCINET); depth 2; blocks ordered by smallest member.
  * densities: ties from block k to l over g_k*g_l ordered pairs (g_k*(g_k - 1) inside), loops excluded.
Run: python3 concor_reference.py   (Python 3.11+)
"""
import json
import math
import os
import random


def pearson(xs, ys):
    n = len(xs)
    if n == 0:
        return 0.0
    mx = sum(xs) / n
    my = sum(ys) / n
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    if sxx <= 1e-12 or syy <= 1e-12:
        return 0.0
    return max(-1.0, min(1.0, sxy / math.sqrt(sxx * syy)))


def stacked(a):
    n = len(a)
    # column j: rows 0..n-1 = a[i][j] (received), rows n..2n-1 = a[j][i] (sent); None on the diagonal
    return [[(None if i == j else a[i][j]) for i in range(n)] + [(None if i == j else a[j][i]) for i in range(n)] for j in range(n)]


def first_correlations(a, diagonal="ignore"):
    n = len(a)
    if diagonal == "reciprocal":
        return first_correlations_reciprocal(a)
    cols = stacked(a)
    constant = []
    for j in range(n):
        vals = [v for v in cols[j] if v is not None]
        constant.append(n < 2 or max(vals) - min(vals) == 0)
    c = [[1.0 if j == k else 0.0 for k in range(n)] for j in range(n)]
    for j in range(n):
        for k in range(j + 1, n):
            pairs = [(x, y) for x, y in zip(cols[j], cols[k]) if x is not None and y is not None]
            r = pearson([p[0] for p in pairs], [p[1] for p in pairs])
            c[j][k] = c[k][j] = r
    return c, constant


def first_correlations_reciprocal(a):
    n = len(a)
    # full columns, the (zero) diagonal cells kept
    cols = [[a[i][j] for i in range(n)] + [a[j][i] for i in range(n)] for j in range(n)]
    constant = [n < 2 or max(cols[j]) - min(cols[j]) == 0 for j in range(n)]
    c = [[1.0 if j == k else 0.0 for k in range(n)] for j in range(n)]
    for j in range(n):
        for k in range(j + 1, n):
            y = list(cols[k])
            y[j], y[k] = y[k], y[j]                  # row j: a_jj with a_kk; row k: a_kj with a_jk
            y[n + j], y[n + k] = y[n + k], y[n + j]  # row n+j: a_jj with a_kk; row n+k: a_jk with a_kj
            c[j][k] = c[k][j] = pearson(cols[j], y)
    return c, constant


def correlate(c):
    m = len(c)
    cols = [[c[x][y] for x in range(m)] for y in range(m)]
    return [[1.0 if p == q else pearson(cols[p], cols[q]) for q in range(m)] for p in range(m)]


def deviation(c):
    return max(abs(abs(v) - 1) for row in c for v in row)


def split(c1, members, tol=1e-6, cap=100):
    if len(members) <= 2:
        return members, []
    c = [[c1[x][y] for y in members] for x in members]
    it = 0
    while deviation(c) > tol and it < cap:
        c = correlate(c)
        it += 1
    first = [v for i, v in enumerate(members) if c[0][i] >= 0]
    second = [v for i, v in enumerate(members) if c[0][i] < 0]
    return (members, []) if not second else (first, second)


def concor(a, depth=2, diagonal="ignore"):
    n = len(a)
    c1, constant = first_correlations(a, diagonal)
    blocks = [[v for v in range(n) if not constant[v]]]
    for _ in range(depth):
        nxt = []
        for b in blocks:
            f, s = split(c1, b)
            nxt.append(f)
            if s:
                nxt.append(s)
        blocks = nxt
    blocks = sorted([b for b in blocks if b], key=lambda b: b[0])
    iso = [v for v in range(n) if constant[v]]
    if iso:
        blocks.append(iso)
    return blocks


def figures(a, blocks):
    n = len(a)
    of = {v: k for k, b in enumerate(blocks) for v in b}
    B = len(blocks)
    ties = [[0.0] * B for _ in range(B)]
    for i in range(n):
        for j in range(n):
            if i != j:
                ties[of[i]][of[j]] += a[i][j]
    total = sum(map(sum, ties))
    density = total / (n * (n - 1))
    dens = []
    for k in range(B):
        row = []
        for l in range(B):
            pos = len(blocks[k]) * (len(blocks[l]) - (1 if k == l else 0))
            row.append(ties[k][l] / pos if pos else None)
        dens.append(row)
    return {"network_density": density, "ties": ties, "density": dens}


def random_graph(n, p, seed, weighted=False):
    rng = random.Random(seed)
    return [[(rng.randint(1, 9) if weighted else 1) if i != j and rng.random() < p else 0 for j in range(n)] for i in range(n)]


def main():
    cases = {}
    # two disconnected directed 4-cliques
    cliques = [[1 if i != j and (i < 4) == (j < 4) else 0 for j in range(8)] for i in range(8)]
    cases["two_cliques"] = cliques
    # star: 0 -> 1..5
    cases["out_star"] = [[1 if i == 0 and j > 0 else 0 for j in range(6)] for i in range(6)]
    cases["random_12"] = random_graph(12, 0.3, 7)
    g = random_graph(20, 0.2, 11)
    for j in range(20):  # node 13 isolated
        g[13][j] = g[j][13] = 0
    cases["random_20_isolate"] = g
    cases["weighted_15"] = random_graph(15, 0.3, 3, weighted=True)
    # the sample city network (examples/data/sample-filings.csv, 372 city nodes in code order, loops dropped), its
    # edges exported by ConcorTests as sample-edges.csv (node indices, funds)
    here = os.path.dirname(os.path.abspath(__file__))
    sample = [[0] * 372 for _ in range(372)]
    with open(os.path.join(here, "sample-edges.csv")) as f:
        next(f)
        for line in f:
            s, t, w = line.strip().split(",")
            sample[int(s)][int(t)] = 1
    cases["sample_binary"] = sample
    # the two examples with printed output in the README of R package concorR 0.2.1 (CRAN; Suda and Traxler), depth 1;
    # concorR sets the diagonal to NA and correlates with pairwise deletion, i.e. 'ignore'. Nodes a..e and A..F in order.
    readme_a = [[0] * 5 for _ in range(5)]
    for s, t in ["ab", "ac", "ad", "ae", "bc", "cb", "cd", "dc", "ea", "eb", "ec", "ed"]:
        readme_a["abcde".index(s)]["abcde".index(t)] = 1
    cases["concorR_readme_a"] = readme_a
    cases["concorR_readme_isoA"] = [[0, 1, 1, 1, 1, 0], [1, 0, 1, 1, 1, 0], [1, 1, 0, 1, 1, 0],
                                    [0, 0, 0, 0, 1, 0], [0, 0, 0, 1, 0, 0], [0] * 6]
    out = {}
    for name, a in cases.items():
        depth = 1 if name.startswith("concorR_") else 2
        blocks = concor(a, depth)
        reciprocal = concor(a, depth, "reciprocal")
        if name == "sample_binary":
            out[name] = {"n": len(a), "blocks": blocks, "blocks_reciprocal": reciprocal,
                         "network_density": figures(a, blocks)["network_density"]}
            continue
        out[name] = {"edges": [[i, j, a[i][j]] for i in range(len(a)) for j in range(len(a)) if a[i][j]],
                     "n": len(a), "depth": depth, "blocks": blocks, **figures(a, blocks),
                     "blocks_reciprocal": reciprocal, "density_reciprocal": figures(a, reciprocal)["density"]}
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "concor-reference.json"), "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()

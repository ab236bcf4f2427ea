#!/usr/bin/env python3
"""Exact and NetworkX reference values for the randomised core-periphery measures of CapitalNetwork.

Tools: Python 3.11.7, networkx 3.6.1, numpy 1.24.2 (Debian package python3-numpy; networkx from pip). Run from
this folder (reads karate.csv and florentine.csv written by make_reference.py; writes tiny*.csv and exact.json):

    python3 make_exact.py

The tests read only the files; they never run Python. What each value is:

* rich_club_nx   NetworkX rich_club_coefficient(G, normalized=True, Q=100, seed=s) for s = 0..S-1 on the undirected
                 simple graph. NetworkX divides phi(k) by phi_rand(k) of ONE graph rewired by
                 double_edge_swap(R, Q*E, max_tries=10*Q*E, seed=s); the library divides by the mean phi_rand(k) over
                 its own rewirings. So we record, per k, the mean and standard deviation over the S seeds of
                 phi_rand_s(k) = phi(k) / rho_nx_s(k) (recomputed directly from the rewired graph where rho_nx would
                 divide by zero; the script checks the two agree wherever both exist).
* be_label       Borgatti-Everett permutation test of a GIVEN core by label permutation (a random core of the same
                 size, uniform over the C(n, k) cores): the exact null distribution, by enumerating every core of size
                 k. q_exact = P(null fit >= observed fit - 1e-12 max(1, |obs|)), a NaN null fit counting as >=
                 (the library's rule).
* be_er          Borgatti-Everett test of the FITTED core against G(n, m): every graph with n nodes and m edges
                 is enumerated, the best fit over all 2^n partitions found for each (the library fits graphs this
                 small exhaustively), giving the exact null distribution of the optimised fit; q_exact as above.
* km_exact       Kojaku-Masuda quality maximised by brute force over every assignment: all set partitions of the
                 nodes into pairs (restricted growth strings) times all 2^n core/periphery roles; a node alone as
                 periphery is the same as "no pair" (it contributes 0). Both null models.

Pearson correlation of the BE fit: over unordered pairs i < j of the undirected simple binary view, pattern
x_i OR x_j (core-periphery block = 1, the library's default), NaN when either side is constant.
"""
import csv
import itertools
import json
import math
import os
import sys

sys.path.append('/usr/lib/python3/dist-packages')
import networkx as nx  # noqa: E402
import numpy as np  # noqa: E402

assert nx.__version__ == '3.6.1', nx.__version__
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = {'tools': {'networkx': nx.__version__, 'numpy': np.__version__, 'python': sys.version.split()[0]}}


def read_graph(name):
    """The undirected simple binary view of a CSV written by make_reference.py (loops dropped)."""
    G = nx.Graph()
    with open(os.path.join(HERE, name + '.csv'), newline='') as f:
        for row in csv.DictReader(f):
            if row['target'] == '':
                G.add_node(int(row['source']))
            elif row['source'] != row['target']:
                G.add_edge(int(row['source']), int(row['target']))
    assert list(G.nodes) == list(range(G.number_of_nodes()))
    return G


def write_graph(name, n, edges):
    with open(os.path.join(HERE, name + '.csv'), 'w', newline='') as f:
        wr = csv.writer(f, lineterminator='\n')
        wr.writerow(['source', 'target', 'weight'])
        for v in range(n):
            wr.writerow([v, '', ''])
        for u, v in edges:
            wr.writerow([u, v, 1])


# ---------------------------------------------------------------- rich club against NetworkX
def rich_club_nx(name, seeds, Q=100):
    G = read_graph(name)
    phi = nx.rich_club_coefficient(G, normalized=False)
    E = G.number_of_edges()
    rand = {k: [] for k in phi}
    rho = {k: [] for k in phi}
    for s in range(seeds):
        R = G.copy()
        nx.double_edge_swap(R, Q * E, max_tries=Q * E * 10, seed=s)
        assert sorted(d for _, d in R.degree()) == sorted(d for _, d in G.degree())
        pr = nx.rich_club_coefficient(R, normalized=False)
        try:
            rn = nx.rich_club_coefficient(G, normalized=True, Q=Q, seed=s)
        except ZeroDivisionError:
            rn = None
        for k in phi:
            x = pr.get(k, 0.0)
            rand[k].append(x)
            if rn is not None:
                # same seed, same rewired graph: rho_nx = phi / phi_rand
                assert math.isclose(rn[k], phi[k] / x, rel_tol=1e-12), (k, rn[k], phi[k], x)
                rho[k].append(rn[k])
    return {'seeds': seeds, 'Q': Q, 'edges': E, 'phi': {str(k): v for k, v in phi.items()},
            'rand_mean': {str(k): float(np.mean(v)) for k, v in rand.items()},
            'rand_sd': {str(k): float(np.std(v, ddof=1)) for k, v in rand.items()},
            # seeds at which rich_club_coefficient(G, normalized=True, Q, seed) itself returned (the others divide by a
            # zero phi_rand at a high k) and equalled phi / phi_rand_s at every k
            'nx_normalized_checked': min(len(v) for v in rho.values())}


# ---------------------------------------------------------------- Borgatti-Everett
def pairs_of(n):
    return [(i, j) for i in range(n) for j in range(i + 1, n)]


def be_fits(a, X, P):
    """Fits of every partition row of X (B, n) for pair values a (C,) over pairs P: Pearson(a, x_i | x_j)."""
    I = np.array([i for i, _ in P])
    J = np.array([j for _, j in P])
    D = (X[:, I] | X[:, J]).astype(float)
    C = len(P)
    sa, saa = a.sum(), (a * a).sum()
    sd = D.sum(1)
    sad = D @ a
    vd = C * sd - sd * sd
    va = C * saa - sa * sa
    with np.errstate(invalid='ignore', divide='ignore'):
        r = (C * sad - sa * sd) / np.sqrt(va * vd)
    r[(vd <= 0) | (va <= 0)] = np.nan
    return r


def all_partitions(n):
    masks = np.arange(1 << n, dtype=np.int64)
    return ((masks[:, None] >> np.arange(n)[None, :]) & 1).astype(bool)


def exceed(values, obs):
    tol = 1e-12 * max(1.0, abs(obs))
    return int(np.sum(np.isnan(values) | (values >= obs - tol)))


def distribution(values):
    """Distinct values (rounded to 12 digits, NaN as null) with their exact probabilities."""
    keys, counts = {}, {}
    for x in values:
        key = None if np.isnan(x) else round(float(x), 12)
        counts[key] = counts.get(key, 0) + 1
    total = len(values)
    return [{'fit': k, 'p': c / total} for k, c in sorted(counts.items(), key=lambda t: (t[0] is None, t[0] or 0))]


def be_label(name, n, edges, core):
    P = pairs_of(n)
    E = {tuple(sorted(e)) for e in edges}
    a = np.array([1.0 if p in E else 0.0 for p in P])
    k = len(core)
    cores = list(itertools.combinations(range(n), k))
    X = np.zeros((len(cores), n), dtype=bool)
    for r, c in enumerate(cores):
        X[r, list(c)] = True
    fits = be_fits(a, X, P)
    x = np.zeros((1, n), dtype=bool)
    x[0, core] = True
    obs = float(be_fits(a, x, P)[0])
    return {'file': name + '.csv', 'n': n, 'core': core, 'observed': obs, 'cores': len(cores),
            'q_exact': exceed(fits, obs) / len(cores), 'null': distribution(fits)}


def be_er(name, n, edges):
    P = pairs_of(n)
    m = len(edges)
    E = {tuple(sorted(e)) for e in edges}
    X = all_partitions(n)
    a = np.array([1.0 if p in E else 0.0 for p in P])
    obs = float(np.nanmax(be_fits(a, X, P)))
    best = []
    for chosen in itertools.combinations(range(len(P)), m):
        b = np.zeros(len(P))
        b[list(chosen)] = 1.0
        best.append(np.nanmax(be_fits(b, X, P)))
    best = np.array(best)
    return {'file': name + '.csv', 'n': n, 'm': m, 'observed': obs, 'graphs': len(best),
            'q_exact': exceed(best, obs) / len(best), 'null': distribution(best)}


# ---------------------------------------------------------------- Kojaku-Masuda
def set_partitions(n):
    """All restricted growth strings of length n (each a set partition of 0..n-1)."""
    def rec(prefix, mx):
        if len(prefix) == n:
            yield list(prefix)
            return
        for b in range(mx + 2):
            prefix.append(b)
            yield from rec(prefix, max(mx, b))
            prefix.pop()
    yield from rec([], -1)


def km_exact(name, n, edges):
    A = np.zeros((n, n))
    for u, v in edges:
        A[u, v] = A[v, u] = 1.0
    d = A.sum(1)
    twoM = d.sum()
    p = twoM / (n * (n - 1))
    Bc = A - np.outer(d, d) / twoM                      # configuration: all ordered pairs, i = j included
    Be = (A - p) * (1 - np.eye(n))                      # Erdos-Renyi: i != j only
    roles = all_partitions(n).astype(float)             # (2^n, n)
    res = {}
    for null, B in (('config', Bc), ('er', Be)):
        best, arg = -np.inf, None
        for labels in set_partitions(n):
            lab = np.array(labels)
            S = (lab[:, None] == lab[None, :]).astype(float)
            M = B * S
            # sum_ij M_ij (x_i + x_j - x_i x_j) = 2 x.(M 1) - x M x
            q = (2 * roles @ M.sum(1) - np.einsum('ri,ij,rj->r', roles, M, roles)) / twoM
            r = int(np.argmax(q))
            if q[r] > best + 1e-12:
                best, arg = float(q[r]), (labels, roles[r].astype(int).tolist())
        res[null] = {'q_max': best, 'pair': arg[0], 'core': arg[1]}
    return {'file': name + '.csv', 'n': n, 'm': len(edges), **res}


def random_graph(n, m, rng):
    P = pairs_of(n)
    idx = rng.choice(len(P), size=m, replace=False)
    return sorted(P[i] for i in idx)


rng = np.random.default_rng(20261206)
OUT['rich_club_nx'] = {g: rich_club_nx(g, seeds=200) for g in ('karate', 'florentine')}

tiny = {}
# tiny0: a 3-core with a pendant each and one periphery tie; tiny1..: seeded random graphs
tiny['tiny0'] = (7, [(0, 1), (0, 2), (1, 2), (0, 3), (1, 4), (2, 5), (5, 6), (3, 4)])
tiny['tiny1'] = (7, random_graph(7, 9, rng))
tiny['tiny2'] = (8, random_graph(8, 11, rng))
tiny['tiny3'] = (6, random_graph(6, 7, rng))
tiny['tiny4'] = (9, random_graph(9, 12, rng))
# two stars whose centres are tied (0: leaves 2-4, 1: leaves 5-6) and a triangle 7-8-4 hanging off leaf 4
tiny['tiny5'] = (9, [(0, 1), (0, 2), (0, 3), (0, 4), (1, 5), (1, 6), (4, 7), (7, 8), (4, 8)])
# a tied pair of hubs sharing the rest (q small), and a star with one extra tie (q smaller)
tiny['tiny6'] = (6, [(0, 1), (0, 2), (0, 3), (1, 4), (1, 5), (0, 4), (1, 3)])
tiny['tiny7'] = (6, [(0, 1), (0, 2), (0, 3), (0, 4), (0, 5), (1, 2)])
for g, (n, edges) in tiny.items():
    write_graph(g, n, edges)

OUT['be_label'] = [
    be_label('tiny0', 7, tiny['tiny0'][1], [0, 1, 2]),
    be_label('tiny0', 7, tiny['tiny0'][1], [0, 1]),
    be_label('tiny1', 7, tiny['tiny1'][1], [0, 1]),
    be_label('tiny2', 8, tiny['tiny2'][1], [1, 2, 3]),
    be_label('tiny4', 9, tiny['tiny4'][1], [0, 2, 4, 6]),
]
OUT['be_er'] = [be_er(g, 6, tiny[g][1]) for g in ('tiny3', 'tiny6', 'tiny7')]
OUT['km_exact'] = [km_exact(g, n, e) for g, (n, e) in tiny.items()]

with open(os.path.join(HERE, 'exact.json'), 'w') as f:
    json.dump(OUT, f, indent=1, sort_keys=True)
for t in OUT['be_label'] + OUT['be_er']:
    print(t['file'], 'obs', round(t['observed'], 4), 'q', round(t['q_exact'], 4))
for t in OUT['km_exact']:
    print(t['file'], 'km', t['config']['q_max'], t['er']['q_max'])

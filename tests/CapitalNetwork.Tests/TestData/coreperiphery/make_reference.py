#!/usr/bin/env python3
"""Reference values for the CorePeriphery and Communities tests of CapitalNetwork.

Tools: Python 3.11, networkx 3.6.1, numpy 1.24.2, scipy 1.10.1, python-igraph 0.10.2 (Debian packages
python3-numpy/python3-scipy/python3-igraph; networkx from pip). Run from this folder:

    python3 make_reference.py          # writes *.csv graphs and reference.json

Every graph is written as an edge list `source,target,weight` whose first rows declare the nodes 0..n-1 in order
(a row with an empty target), so node i of the C# FlowNetwork is node i here. What each value is:

* core_number            networkx.core_number on the undirected simple graph (loops dropped, reciprocal pair = 1 edge)
* core_number_in_plus_out networkx.core_number on the DiGraph without self-loops (in + out degree)
* core_number_in/_out    igraph Graph.coreness(mode="in"/"out") on the DiGraph without self-loops
* s_core                 slow definitional peeling (strengths recomputed from scratch at every removal) on the
                         undirected weighted view w_ij + w_ji; checked here against the fixed-point definition
* rich_club              networkx.rich_club_coefficient(G, normalized=False) on the undirected simple graph
* rich_club_directed     direct formula E>k / (N>k (N>k - 1)), degree = in + out arcs (loops dropped)
* rich_club_weighted     Opsahl et al. 2008 formula written out here (richness = degree, weights w_ij + w_ji)
* modularity             networkx.algorithms.community.modularity(G, communities, weight, resolution)
* louvain                networkx louvain_communities(G, weight, resolution, seed=s) for s = 0..9: its modularity
* be_exhaustive          Borgatti-Everett fit maximised by brute force over all 2^n partitions with numpy
                         (Pearson correlation over unordered pairs / ordered pairs when directed), both conventions
* be_given               numpy.corrcoef of a fixed partition's ideal pattern and the observed cells
* continuous             scipy.optimize L-BFGS-B maximising corr(a, c c^T), c >= 0, best of 8 starts (a lower bound)
* minres                 scipy.optimize L-BFGS-B minimising sum_{i<j} (a_ij - c_i c_j)^2, c >= 0, best of 4 starts:
                         c scaled to max 1, its residual and corr(a, c c^T)
* km                     Kojaku-Masuda quality of planted assignments, double sums written out here
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
import scipy  # noqa: E402
import scipy.optimize  # noqa: E402
import igraph  # noqa: E402

assert nx.__version__ == '3.6.1', nx.__version__
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = {'tools': {'networkx': nx.__version__, 'numpy': np.__version__, 'scipy': scipy.__version__,
                 'igraph': igraph.__version__, 'python': sys.version.split()[0]}, 'graphs': {}}


def write_graph(name, n, arcs):
    """arcs: list of (u, v, w) as stored in the C# network (directed, loops allowed, one per ordered pair)."""
    with open(os.path.join(HERE, name + '.csv'), 'w', newline='') as f:
        wr = csv.writer(f, lineterminator='\n')
        wr.writerow(['source', 'target', 'weight'])
        for v in range(n):
            wr.writerow([v, '', ''])
        for u, v, w in arcs:
            wr.writerow([u, v, repr(float(w)) if w != int(w) else int(w)])


def undirected_view(n, arcs, weighted):
    """Undirected simple view: loops dropped, pair value 1 (binary) or w_ij + w_ji."""
    G = nx.Graph()
    G.add_nodes_from(range(n))
    for u, v, w in arcs:
        if u == v:
            continue
        if G.has_edge(u, v):
            if weighted:
                G[u][v]['weight'] += w
        else:
            G.add_edge(u, v, weight=w if weighted else 1)
    return G


def directed_view(n, arcs, weighted, loops=False):
    D = nx.DiGraph()
    D.add_nodes_from(range(n))
    for u, v, w in arcs:
        if u == v and not loops:
            continue
        D.add_edge(u, v, weight=w if weighted else 1)
    return D


def s_core_slow(n, nbrs):
    """nbrs[v] = list of (u, w): strength contributions; peel the least-strength node, strengths from scratch."""
    remaining = set(range(n))
    core = [0.0] * n
    level = 0.0
    while remaining:
        s = {v: sum(w for u, w in nbrs[v] if u in remaining) for v in remaining}
        v = min(remaining, key=lambda x: (s[x], x))
        level = max(level, s[v])
        core[v] = level
        remaining.remove(v)
    # fixed-point check: {v : core >= t} is the t-core for every level t
    for t in sorted(set(core)):
        alive = set(range(n))
        changed = True
        while changed:
            changed = False
            for v in list(alive):
                if sum(w for u, w in nbrs[v] if u in alive) < t - 1e-9:
                    alive.remove(v)
                    changed = True
        assert alive == {v for v in range(n) if core[v] >= t - 1e-9}, (t, alive)
    return core


def rich_club_directed(n, D):
    deg = {v: D.in_degree(v) + D.out_degree(v) for v in D}
    rc = {}
    for k in range(max(deg.values()) + 1):
        rich = [v for v in D if deg[v] > k]
        N = len(rich)
        if N <= 1:
            break
        rs = set(rich)
        E = sum(1 for u, v in D.edges() if u in rs and v in rs)
        rc[k] = E / (N * (N - 1))
    return rc


def rich_club_weighted(G):
    deg = dict(G.degree())
    ws = sorted((d['weight'] for _, _, d in G.edges(data=True)), reverse=True)
    rc = {}
    if G.number_of_edges() == 0:
        return rc
    for k in range(max(deg.values()) + 1):
        rich = {v for v in G if deg[v] > k}
        N = len(rich)
        if N <= 1:
            break
        es = [d['weight'] for u, v, d in G.edges(data=True) if u in rich and v in rich]
        rc[k] = (sum(es) / sum(ws[:len(es)])) if es else None  # None = NaN (0/0)
    return rc


def cells(n, arcs, weighted, directed):
    """Cell list and values a for the BE fit: undirected pairs i<j (value of the undirected view) or ordered i != j."""
    if directed:
        D = directed_view(n, arcs, weighted)
        idx = [(i, j) for i in range(n) for j in range(n) if i != j]
        a = np.array([D[i][j]['weight'] if D.has_edge(i, j) else 0.0 for i, j in idx], dtype=float)
    else:
        G = undirected_view(n, arcs, weighted)
        idx = [(i, j) for i in range(n) for j in range(i + 1, n)]
        a = np.array([G[i][j]['weight'] if G.has_edge(i, j) else 0.0 for i, j in idx], dtype=float)
    I = np.array([i for i, _ in idx])
    J = np.array([j for _, j in idx])
    return I, J, a


def pearson_rows(a, D, valid=None):
    """Row-wise Pearson correlation of a (C,) with each row of D (P, C), over valid cells (P, C) or all."""
    if valid is None:
        valid = np.ones_like(D, dtype=bool)
    V = valid.astype(float)
    N = V.sum(1)
    sa = V @ a
    saa = V @ (a * a)
    Df = D.astype(float) * V
    sd = Df.sum(1)
    sad = Df @ a
    vd = N * sd - sd * sd
    va = N * saa - sa * sa
    with np.errstate(invalid='ignore', divide='ignore'):
        r = (N * sad - sa * sd) / np.sqrt(va * vd)
    r[(vd <= 0) | (va <= 1e-12 * N * saa)] = np.nan
    return r


def be_exhaustive(n, arcs, weighted, directed):
    I, J, a = cells(n, arcs, weighted, directed)
    res = {}
    masks = np.arange(1 << n, dtype=np.int64)
    X = ((masks[:, None] >> np.arange(n)[None, :]) & 1).astype(bool)  # (2^n, n)
    XI = X[:, I]
    XJ = X[:, J]
    for block in ('ones', 'missing'):
        if block == 'ones':
            r = pearson_rows(a, XI | XJ)
        else:
            r = pearson_rows(a, XI & XJ, valid=(XI == XJ))
        best = np.nanmax(r)
        opt = np.where(r >= best - 1e-12)[0]
        res[block] = {'fit': float(best),
                      'optimal_cores': [[int(i) for i in range(n) if (m >> i) & 1] for m in opt[:50]]}
    return res


def be_fit_of(n, arcs, weighted, directed, core, block):
    I, J, a = cells(n, arcs, weighted, directed)
    x = np.zeros(n, dtype=bool)
    x[list(core)] = True
    if block == 'ones':
        d = (x[I] | x[J]).astype(float)
        return float(np.corrcoef(a, d)[0, 1])
    keep = x[I] == x[J]
    d = (x[I] & x[J]).astype(float)
    return float(np.corrcoef(a[keep], d[keep])[0, 1])


def continuous_best(n, arcs, weighted, directed, seed=0):
    I, J, a = cells(n, arcs, weighted, directed)

    def negcorr(c):
        x = c[I] * c[J]
        if x.std() == 0:
            return 1.0
        return -float(np.corrcoef(a, x)[0, 1])

    G = undirected_view(n, arcs, True)
    deg = np.array([G.degree(v, weight='weight') for v in range(n)], dtype=float)
    rng = np.random.default_rng(seed)
    starts = [np.sqrt(deg) + 1e-3]
    A = nx.to_numpy_array(undirected_view(n, arcs, weighted), nodelist=range(n))
    w, V = np.linalg.eigh(A)
    starts.append(np.abs(V[:, -1]) + 1e-3)
    starts += [rng.random(n) for _ in range(6)]
    best = -2.0
    for c0 in starts:
        r = scipy.optimize.minimize(negcorr, c0, method='L-BFGS-B', bounds=[(0, None)] * n,
                                    options={'maxiter': 20000, 'maxfun': 10 ** 7, 'ftol': 1e-15, 'gtol': 1e-10})
        best = max(best, -r.fun)
    return best


def minres_ref(n, arcs, weighted):
    I, J, a = cells(n, arcs, weighted, False)

    def fg(c):
        r = a - c[I] * c[J]
        g = np.zeros(n)
        np.add.at(g, I, -2 * r * c[J])
        np.add.at(g, J, -2 * r * c[I])
        return float(r @ r), g

    G = undirected_view(n, arcs, True)
    deg = np.array([G.degree(v, weight='weight') for v in range(n)], dtype=float)
    rng = np.random.default_rng(1)
    best = None
    for c0 in [np.sqrt(deg) / math.sqrt(deg.sum()) + 1e-3] + [rng.random(n) for _ in range(3)]:
        r = scipy.optimize.minimize(fg, c0, jac=True, method='L-BFGS-B', bounds=[(0, None)] * n,
                                    options={'maxiter': 50000, 'maxfun': 10 ** 7, 'ftol': 1e-16, 'gtol': 1e-13})
        if best is None or r.fun < best.fun:
            best = r
    c = best.x
    return {'c': list(c / c.max()), 'residual': float(best.fun), 'fit': float(np.corrcoef(a, c[I] * c[J])[0, 1])}


def km_quality(n, G, pair, core, null):
    """Q = (1/2M) sum_{i,j} (A_ij - P_ij) delta(c_i,c_j) (x_i + x_j - x_i x_j); config over all i,j (incl. i=j),
    ER over i != j with p = 2M/(n(n-1)); A from the undirected weighted view G (no loops)."""
    A = nx.to_numpy_array(G, nodelist=range(n), weight='weight')
    d = A.sum(1)
    twoM = d.sum()
    p = twoM / (n * (n - 1))
    q = 0.0
    for i in range(n):
        for j in range(n):
            if pair[i] < 0 or pair[i] != pair[j]:
                continue
            f = core[i] + core[j] - core[i] * core[j]
            if null == 'config':
                q += (A[i, j] - d[i] * d[j] / twoM) * f
            elif i != j:
                q += (A[i, j] - p) * f
    return q / twoM


def nx_modularity(G, labels, weight, resolution):
    comms = {}
    for v, c in enumerate(labels):
        comms.setdefault(c, set()).add(v)
    return nx.algorithms.community.modularity(G, list(comms.values()), weight=weight, resolution=resolution)


def louvain_ref(G, weight, resolution):
    vals = []
    for s in range(10):
        comms = nx.algorithms.community.louvain_communities(G, weight=weight, resolution=resolution, seed=s)
        vals.append(nx.algorithms.community.modularity(G, comms, weight=weight, resolution=resolution))
    return vals


def undirected_record(name, n, arcs, be=False, be_weighted=False, louvain=True, partitions=()):
    Gb = undirected_view(n, arcs, False)
    Gw = undirected_view(n, arcs, True)
    rec = {'file': name + '.csv', 'n': n, 'directed': False}
    rec['core_number'] = [nx.core_number(Gb)[v] for v in range(n)]
    rec['rich_club'] = {str(k): v for k, v in nx.rich_club_coefficient(Gb, normalized=False).items()}
    rec['rich_club_weighted'] = {str(k): v for k, v in rich_club_weighted(Gw).items()}
    nbrs = [[(u, Gw[v][u]['weight']) for u in Gw[v]] for v in range(n)]
    rec['s_core'] = s_core_slow(n, nbrs)
    mods = []
    for label, part in partitions:
        for weighted in (True, False):
            for gamma in (1.0, 0.5, 2.0):
                G = Gw if weighted else Gb
                mods.append({'partition': label, 'labels': part, 'weighted': weighted, 'directed': False,
                             'self_loops': False, 'resolution': gamma,
                             'value': nx_modularity(G, part, 'weight', gamma)})
    rec['modularity'] = mods
    if louvain:
        rec['louvain'] = [{'weighted': wtd, 'resolution': g, 'nx_modularity': louvain_ref(Gw if wtd else Gb, 'weight', g)}
                          for wtd in (True, False) for g in (0.5, 1.0, 2.0)]
    if be:
        rec['be_exhaustive'] = {'binary': be_exhaustive(n, arcs, False, False)}
        if be_weighted:
            rec['be_exhaustive']['weighted'] = be_exhaustive(n, arcs, True, False)
    return rec


# ---------------------------------------------------------------- graphs
def from_nx(G, weight=None):
    nodes = list(G.nodes())
    ix = {v: i for i, v in enumerate(nodes)}
    return len(nodes), [(ix[u], ix[v], (d.get(weight, 1) if weight else 1)) for u, v, d in G.edges(data=True)], nodes


# karate (weighted, networkx >= 2.6 carries interaction counts)
K = nx.karate_club_graph()
n, arcs, nodes = from_nx(K, 'weight')
write_graph('karate', n, arcs)
club = [0 if K.nodes[v]['club'] == 'Mr. Hi' else 1 for v in nodes]
rec = undirected_record('karate', n, arcs, partitions=[('club', club)])
rec['be_given'] = [{'core': [0, 1, 2, 3, 8, 13, 30, 31, 32, 33], 'block': b, 'weighted': w,
                    'value': be_fit_of(n, arcs, w, False, [0, 1, 2, 3, 8, 13, 30, 31, 32, 33], b)}
                   for b in ('ones', 'missing') for w in (False, True)]
rec['continuous'] = {'binary': continuous_best(n, arcs, False, False), 'weighted': continuous_best(n, arcs, True, False)}
rec['minres'] = {'binary': minres_ref(n, arcs, False), 'weighted': minres_ref(n, arcs, True)}
OUT['graphs']['karate'] = rec

# Les Miserables (weighted co-appearances)
L = nx.les_miserables_graph()
n, arcs, nodes = from_nx(L, 'weight')
write_graph('lesmis', n, arcs)
gm = nx.algorithms.community.greedy_modularity_communities(L, weight='weight')
lab = {v: i for i, c in enumerate(gm) for v in c}
rec = undirected_record('lesmis', n, arcs, partitions=[('greedy', [lab[v] for v in nodes])])
rec['continuous'] = {'binary': continuous_best(n, arcs, False, False)}
rec['minres'] = {'binary': minres_ref(n, arcs, False), 'weighted': minres_ref(n, arcs, True)}
OUT['graphs']['lesmis'] = rec

# Florentine families (15 nodes: exhaustive BE)
F = nx.florentine_families_graph()
n, arcs, nodes = from_nx(F)
write_graph('florentine', n, arcs)
OUT['graphs']['florentine'] = undirected_record('florentine', n, arcs, be=True,
                                                partitions=[('halves', [0 if i < n // 2 else 1 for i in range(n)])])

# Davis southern women (bipartite, 32 nodes)
S = nx.davis_southern_women_graph()
n, arcs, nodes = from_nx(S)
write_graph('davis', n, arcs)
OUT['graphs']['davis'] = undirected_record('davis', n, arcs, partitions=[('bipartite', [S.nodes[v]['bipartite'] for v in nodes])])
OUT['graphs']['davis']['minres'] = {'binary': minres_ref(n, arcs, False)}

# planted partition graph (300 nodes, 6 groups), seeded
P = nx.planted_partition_graph(6, 50, 0.2, 0.01, seed=7)
n, arcs, nodes = from_nx(P)
write_graph('planted', n, arcs)
OUT['graphs']['planted'] = undirected_record('planted', n, arcs, partitions=[('planted', [v // 50 for v in range(n)])])

# small random graphs for the exhaustive Borgatti-Everett optimum (binary and weighted)
rng = np.random.default_rng(20240501)
smalls = []
for idx, (sn, p) in enumerate([(8, 0.4), (10, 0.3), (12, 0.25), (12, 0.5), (14, 0.2), (14, 0.35), (16, 0.15), (16, 0.3)]):
    # core-periphery-ish: a dense block among the first third plus random ties
    arcs = []
    for i in range(sn):
        for j in range(i + 1, sn):
            pc = 0.8 if (i < sn // 3 and j < sn // 3) else (0.45 if i < sn // 3 else p * 0.6)
            if rng.random() < pc:
                arcs.append((i, j, int(rng.integers(1, 6))))
    name = f'small{idx}'
    write_graph(name, sn, arcs)
    OUT['graphs'][name] = undirected_record(name, sn, arcs, be=True, be_weighted=True, louvain=False)
    smalls.append(name)

# directed graph with reciprocal arcs and self-loops (k-core modes, directed rich club, directed modularity, views)
n = 40
arcs = []
for i in range(n):
    for j in range(n):
        if i == j:
            if rng.random() < 0.3:
                arcs.append((i, i, int(rng.integers(1, 10))))
        elif rng.random() < (0.35 if (i < 8 or j < 8) else 0.06):
            arcs.append((i, j, int(rng.integers(1, 10))))
write_graph('directed', n, arcs)
Db = directed_view(n, arcs, False)
Dw = directed_view(n, arcs, True)
Dwl = directed_view(n, arcs, True, loops=True)
Dbl = directed_view(n, arcs, False, loops=True)
rec = undirected_record('directed', n, arcs, louvain=True)
rec['directed'] = True
rec['core_number_in_plus_out'] = [nx.core_number(Db)[v] for v in range(n)]
ig = igraph.Graph(n=n, edges=[(u, v) for u, v in Db.edges()], directed=True)
rec['core_number_in'] = ig.coreness(mode='in')
rec['core_number_out'] = ig.coreness(mode='out')
rec['rich_club_directed'] = {str(k): v for k, v in rich_club_directed(n, Db).items()}
ins = [[(u, Dw[u][v]['weight']) for u in Dw.predecessors(v)] for v in range(n)]
outs = [[(u, Dw[v][u]['weight']) for u in Dw.successors(v)] for v in range(n)]
# in-s-core: removing u lowers the in-strength of u's out-neighbours, i.e. node v's strength sums its in-arcs
rec['s_core_in'] = s_core_slow(n, ins)
rec['s_core_out'] = s_core_slow(n, outs)
labels = [int(x) for x in rng.integers(0, 4, n)]
Gwl = nx.Graph()
Gwl.add_nodes_from(range(n))
Gbl = nx.Graph()
Gbl.add_nodes_from(range(n))
for u, v, w in arcs:
    if Gwl.has_edge(u, v):
        Gwl[u][v]['weight'] += w if u != v else 0
    else:
        Gwl.add_edge(u, v, weight=w)
        Gbl.add_edge(u, v, weight=1)
dm = []
for gamma in (1.0, 1.5):
    dm.append({'partition': 'random4', 'labels': labels, 'weighted': True, 'directed': True, 'self_loops': False,
               'resolution': gamma, 'value': nx_modularity(Dw, labels, 'weight', gamma)})
    dm.append({'partition': 'random4', 'labels': labels, 'weighted': False, 'directed': True, 'self_loops': False,
               'resolution': gamma, 'value': nx_modularity(Db, labels, 'weight', gamma)})
    dm.append({'partition': 'random4', 'labels': labels, 'weighted': True, 'directed': True, 'self_loops': True,
               'resolution': gamma, 'value': nx_modularity(Dwl, labels, 'weight', gamma)})
    dm.append({'partition': 'random4', 'labels': labels, 'weighted': True, 'directed': False, 'self_loops': True,
               'resolution': gamma, 'value': nx_modularity(Gwl, labels, 'weight', gamma)})
    dm.append({'partition': 'random4', 'labels': labels, 'weighted': False, 'directed': False, 'self_loops': True,
               'resolution': gamma, 'value': nx_modularity(Gbl, labels, 'weight', gamma)})
    dm.append({'partition': 'random4', 'labels': labels, 'weighted': True, 'directed': False, 'self_loops': False,
               'resolution': gamma, 'value': nx_modularity(undirected_view(n, arcs, True), labels, 'weight', gamma)})
rec['modularity'] += dm
rec['louvain_directed'] = [{'weighted': True, 'resolution': g, 'nx_modularity': louvain_ref(Dw, 'weight', g)} for g in (1.0,)]
OUT['graphs']['directed'] = rec

# small directed weighted graph for the exhaustive BE fit on the directed views
n = 11
arcs = []
for i in range(n):
    for j in range(n):
        if i != j and rng.random() < (0.7 if (i < 4 and j < 4) else (0.3 if (i < 4 or j < 4) else 0.08)):
            arcs.append((i, j, int(rng.integers(1, 8))))
arcs.append((2, 2, 5))  # a self-loop: must be ignored
write_graph('smalldirected', n, arcs)
OUT['graphs']['smalldirected'] = {'file': 'smalldirected.csv', 'n': n, 'directed': True,
                                  'be_exhaustive': {'binary': be_exhaustive(n, arcs, False, True),
                                                    'weighted': be_exhaustive(n, arcs, True, True),
                                                    'undirected_binary': be_exhaustive(n, arcs, False, False)}}

# Kojaku-Masuda: two stars whose centres are tied, plus a few periphery ties; and a third dense core
arcs = []
for leaf in range(1, 9):
    arcs.append((0, leaf, 1))
for leaf in range(10, 18):
    arcs.append((9, leaf, 1))
arcs += [(0, 9, 1), (1, 2, 1), (10, 11, 1)]
core3 = [18, 19, 20, 21]
for a_, b_ in itertools.combinations(core3, 2):
    arcs.append((a_, b_, 1))
for leaf in range(22, 28):
    arcs.append((core3[leaf % 4], leaf, 1))
    arcs.append((core3[(leaf + 1) % 4], leaf, 1))
arcs.append((21, 0, 1))
n = 28
write_graph('kmpairs', n, arcs)
G = undirected_view(n, arcs, False)
planted_pair = [0] * 9 + [1] * 9 + [2] * 10
planted_core = [1 if v in (0, 9, 18, 19, 20, 21) else 0 for v in range(n)]
alt_pair = [0] * 18 + [1] * 10
alt_core = [1 if v in (0, 9, 18, 19) else 0 for v in range(n)]
OUT['graphs']['kmpairs'] = {'file': 'kmpairs.csv', 'n': n, 'directed': False, 'km': [
    {'pair': planted_pair, 'core': planted_core, 'config': km_quality(n, G, planted_pair, planted_core, 'config'),
     'er': km_quality(n, G, planted_pair, planted_core, 'er')},
    {'pair': alt_pair, 'core': alt_core, 'config': km_quality(n, G, alt_pair, alt_core, 'config'),
     'er': km_quality(n, G, alt_pair, alt_core, 'er')}]}
K2 = undirected_view(34, [(u, v, w) for u, v, w in from_nx(K, 'weight')[1]], False)
kp = [v % 3 for v in range(34)]
kc = [1 if v in (0, 33, 32, 1, 2) else 0 for v in range(34)]
OUT['graphs']['karate']['km'] = [{'pair': kp, 'core': kc, 'config': km_quality(34, K2, kp, kc, 'config'),
                                  'er': km_quality(34, K2, kp, kc, 'er')}]

with open(os.path.join(HERE, 'reference.json'), 'w') as f:
    json.dump(OUT, f, indent=1, sort_keys=True)
print('wrote', len(OUT['graphs']), 'graphs')

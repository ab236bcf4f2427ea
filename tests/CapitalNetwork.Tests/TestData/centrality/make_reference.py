#!/usr/bin/env python3
"""Reference values for the centrality tests (tests/CapitalNetwork.Tests/Measures/Centrality).

Tools (the versions this file was run with; the script refuses others for networkx):
    Python 3.11, networkx 3.6.1, python-igraph 0.10.2 (Debian python3-igraph), numpy 1.24.2, scipy 1.10.1.

Run:  python3 make_reference.py   (writes reference.json next to this file; deterministic up to summation order:
      networkx iterates sets whose order follows PYTHONHASHSEED, so values move by ≤ 3e-14 between runs)

Every expected vector is stored in node order under graphs[i].expected[KEY] together with the exact call that made it
(graphs[i].calls[KEY]). Conventions:
  * Directed graphs are nx.DiGraph with attribute "weight"; "dist" = 1/weight (as fractions.Fraction where exactness
    matters). Undirected graphs are stored as one directed edge per pair and computed by networkx on nx.Graph.
  * The undirected view of a directed graph ("*_undirected" keys) is an nx.Graph whose weight is the SUM of the two
    reciprocal weights (CapitalNetwork's ReciprocalMerge.Sum); networkx's own to_undirected() keeps one weight instead.
    Path measures drop self-loops (they never lie on a shortest path); spectral ones keep the loop once on the diagonal.
  * Weighted betweenness: networkx with exact rational distances (Fraction(1, w)) gives the mathematically exact value
    ("betweenness_weighted"); python-igraph (epsilon comparisons) is checked to agree with it to 1e-12 here. The raw
    networkx float result (1/w as floats, `==` ties) is stored as "betweenness_weighted_networkx_float" wherever it
    differs from the exact value by more than 1e-12.
  * Iterative measures are run to tight tolerance (tol=1e-15, max_iter=100000) and cross-checked here against dense
    linear algebra (numpy): PageRank against the linear solve, eigenvector against numpy.linalg.eig, HITS against the
    SVD. Where the measure is undefined the key holds null and graphs[i].undefined[KEY] says why.
"""
import json
import math
import random
import sys
from fractions import Fraction

sys.path.append("/usr/lib/python3/dist-packages")
import igraph as ig  # noqa: E402
import networkx as nx  # noqa: E402
import numpy as np  # noqa: E402

assert nx.__version__ == "3.6.1", nx.__version__
TIGHT = dict(tol=1e-15, max_iter=100000)


def vec(d, nodes):
    return [float(d[v]) for v in nodes]


def undirected_sum(G, loops):
    H = nx.Graph()
    H.add_nodes_from(G)
    for u, v, w in G.edges(data="weight"):
        if u == v and not loops:
            continue
        if H.has_edge(u, v) and u != v:
            H[u][v]["weight"] += w
        else:
            H.add_edge(u, v, weight=w)
    return H


def with_dist(G, exact):
    H = G.copy()
    for u, v, d in H.edges(data=True):
        d["dist"] = Fraction(1, int(d["weight"])) if exact else 1.0 / d["weight"]
    return H


def to_igraph(G, nodes):
    index = {v: i for i, v in enumerate(nodes)}
    edges = [(index[u], index[v]) for u, v in G.edges()]
    g = ig.Graph(n=len(nodes), edges=edges, directed=G.is_directed())
    g.es["weight"] = [float(w) for _, _, w in G.edges(data="weight")]
    return g


def pagerank_exact(G, nodes, alpha=0.85, weight="weight", personalization=None):
    n = len(nodes)
    A = nx.to_numpy_array(G, nodelist=nodes, weight=weight)
    s = A.sum(axis=1)
    p = np.full(n, 1.0 / n) if personalization is None else np.array([personalization.get(v, 0.0) for v in nodes], float)
    p = p / p.sum()
    P = np.zeros_like(A)
    for i in range(n):
        P[i] = A[i] / s[i] if s[i] > 0 else p
    x = np.linalg.solve((np.eye(n) - alpha * P).T, (1 - alpha) * p)
    return x / x.sum()


def eigenvector_dense(G, nodes, weight):
    A = nx.to_numpy_array(G, nodelist=nodes, weight=weight)
    w, V = np.linalg.eig(A.T)
    k = int(np.argmax(w.real))
    x = np.abs(V[:, k].real)
    return x / np.linalg.norm(x), float(w[k].real)


def hits_dense(G, nodes):
    A = nx.to_numpy_array(G, nodelist=nodes, weight="weight")
    U, S, Vt = np.linalg.svd(A)
    a = np.abs(Vt[0])
    h = A @ a
    return h / h.sum(), a / a.sum(), S


def close(a, b, tol):
    return all((x is None and y is None) or abs(x - y) <= tol * max(1.0, abs(x), abs(y)) for x, y in zip(a, b))


# ---------------------------------------------------------------------------------------------------------------------
# Graphs
# ---------------------------------------------------------------------------------------------------------------------

def graphs():
    out = []
    # Canonical undirected graphs (stored one direction per pair, computed undirected).
    out.append(("path5", nx.path_graph(5), "P5"))
    out.append(("star7", nx.star_graph(6), "star: centre 0 and 6 leaves"))
    out.append(("cycle6", nx.cycle_graph(6), "C6"))
    out.append(("kite", nx.krackhardt_kite_graph(), "Krackhardt kite"))
    out.append(("karate", nx.karate_club_graph(), "Zachary karate club with networkx 3.x interaction weights"))
    # Directed cycle: strongly connected and periodic; every singular value is 1, so HITS is undefined.
    out.append(("dcycle5", nx.cycle_graph(5, create_using=nx.DiGraph), "directed 5-cycle"))
    # City-like directed graph: self-loops (local capital), reciprocal pairs with different weights, a detached
    # reciprocal pair, an isolated city, sources that nobody reaches, and float ties (1/2 + 1/3 + 1/6 = 1).
    C = nx.DiGraph()
    ids = ["110000", "310000", "440300", "330100", "320500", "510100", "420100", "610100", "500000", "210200",
           "120000", "460100", "650100", "540100"]
    C.add_nodes_from(ids)
    for s, t, w in [
        ("110000", "310000", 6), ("310000", "110000", 4), ("110000", "440300", 5), ("440300", "110000", 2),
        ("310000", "440300", 3), ("440300", "310000", 3), ("110000", "110000", 30), ("310000", "310000", 20),
        ("440300", "440300", 25), ("110000", "330100", 2), ("330100", "320500", 3), ("320500", "310000", 6),
        ("330100", "310000", 1), ("510100", "110000", 1), ("510100", "420100", 2),
        ("420100", "440300", 2), ("610100", "510100", 1), ("610100", "610100", 4), ("500000", "510100", 3),
        ("310000", "420100", 1), ("440300", "330100", 1), ("210200", "120000", 2), ("120000", "210200", 2),
        ("120000", "120000", 1), ("330100", "330100", 3),
    ]:
        C.add_edge(s, t, weight=w)
    out.append(("citylike", C, "city-like directed graph; 460100 isolated, 650100 and 540100 isolated too"))
    # Seeded random directed weighted graph with loops, not strongly connected.
    rnd = random.Random(20260301)
    R = nx.DiGraph()
    R.add_nodes_from(str(i) for i in range(40))
    while R.number_of_edges() < 150:
        s, t = rnd.randrange(40), rnd.randrange(40)
        if s >= 36 and t < 36 and rnd.random() < 0.5:
            continue
        if not R.has_edge(str(s), str(t)):
            R.add_edge(str(s), str(t), weight=rnd.choice([1, 1, 1, 2, 2, 3, 4, 6, 12]))
    for v in (36, 37, 38, 39):  # pure senders: nothing reaches them
        for u in list(R.predecessors(str(v))):
            R.remove_edge(u, str(v))
    out.append(("random40", R, "seeded random directed graph, 40 nodes, integer weights, loops; nodes 36-39 only send"))
    # Two equal disjoint directed 3-cycles: eigenvector and HITS undefined (shared largest eigen/singular value).
    T = nx.DiGraph()
    for a, b in [("a", "b"), ("b", "c"), ("c", "a"), ("x", "y"), ("y", "z"), ("z", "x")]:
        T.add_edge(a, b, weight=1)
    out.append(("twin_cycles", T, "two disjoint directed 3-cycles"))
    # Complete directed graph on 12 nodes: rho = 11, so Katz with networkx's default alpha = 0.1 diverges.
    K = nx.complete_graph(12, create_using=nx.DiGraph)
    out.append(("complete12", K, "complete directed graph K12 (rho = 11)"))
    # Acyclic: eigenvector undefined (every eigenvalue 0).
    D = nx.DiGraph()
    for a, b, w in [("s", "a", 1), ("s", "b", 2), ("a", "t", 1), ("b", "t", 1), ("a", "b", 3)]:
        D.add_edge(a, b, weight=w)
    out.append(("dag", D, "acyclic directed graph"))
    return out


def main():
    result = {"generator": "make_reference.py", "networkx": nx.__version__, "igraph": ig.__version__,
              "numpy": np.__version__, "graphs": []}
    for name, G, note in graphs():
        directed = G.is_directed()
        if not directed:
            for u, v, d in G.edges(data=True):
                d.setdefault("weight", 1)
        else:
            for u, v, d in G.edges(data=True):
                d.setdefault("weight", 1)
        nodes = list(G.nodes())
        n = len(nodes)
        idx = {v: i for i, v in enumerate(nodes)}
        exp, calls, undefined = {}, {}, {}

        def put(key, values, call):
            exp[key] = values
            calls[key] = call

        if directed:
            put("in_degree", [float(G.in_degree(v)) for v in nodes], "G.in_degree(v)")
            put("out_degree", [float(G.out_degree(v)) for v in nodes], "G.out_degree(v)")
            put("degree", [float(G.degree(v)) for v in nodes], "G.degree(v)  (in + out; a loop adds 2)")
            put("in_strength", [float(G.in_degree(v, weight="weight")) for v in nodes], "G.in_degree(v, weight='weight')")
            put("out_strength", [float(G.out_degree(v, weight="weight")) for v in nodes], "G.out_degree(v, weight='weight')")
            put("strength", [float(G.degree(v, weight="weight")) for v in nodes], "G.degree(v, weight='weight')")
            put("in_degree_centrality", vec(nx.in_degree_centrality(G), nodes), "nx.in_degree_centrality(G)")
            put("out_degree_centrality", vec(nx.out_degree_centrality(G), nodes), "nx.out_degree_centrality(G)")
        put("degree_centrality", vec(nx.degree_centrality(G), nodes), "nx.degree_centrality(G)  (degree / (n - 1))")
        Gd = with_dist(G, exact=False)
        Gx = with_dist(G, exact=True)
        # ----- betweenness -----
        put("betweenness", vec(nx.betweenness_centrality(G), nodes), "nx.betweenness_centrality(G)")
        put("betweenness_raw", vec(nx.betweenness_centrality(G, normalized=False), nodes), "nx.betweenness_centrality(G, normalized=False)")
        put("betweenness_endpoints", vec(nx.betweenness_centrality(G, endpoints=True), nodes), "nx.betweenness_centrality(G, endpoints=True)")
        exact = vec(nx.betweenness_centrality(Gx, weight="dist"), nodes)
        put("betweenness_weighted", exact, "nx.betweenness_centrality(G, weight='dist') with dist = Fraction(1, w) (exact ties)")
        flt = vec(nx.betweenness_centrality(Gd, weight="dist"), nodes)
        if not close(flt, exact, 1e-12):
            put("betweenness_weighted_networkx_float", flt, "nx.betweenness_centrality(G, weight='dist') with dist = 1.0 / w (float ==)")
        g = to_igraph(G, nodes)
        raw_ig = g.betweenness(directed=directed, weights=[1.0 / w for w in g.es["weight"]])
        raw_exact = vec(nx.betweenness_centrality(Gx, weight="dist", normalized=False), nodes)
        assert close(raw_ig, raw_exact, 1e-12), (name, "igraph disagrees with the exact weighted betweenness")
        put("betweenness_weighted_raw", raw_exact, "nx.betweenness_centrality(G, weight='dist', normalized=False), Fraction dist; = igraph betweenness(weights=1/w)")
        # ----- closeness / harmonic -----
        put("closeness", vec(nx.closeness_centrality(G), nodes), "nx.closeness_centrality(G)  (incoming, wf_improved=True)")
        put("closeness_weighted", vec(nx.closeness_centrality(Gd, distance="dist"), nodes), "nx.closeness_centrality(G, distance='dist'), dist = 1/w")
        put("closeness_reachable", vec(nx.closeness_centrality(G, wf_improved=False), nodes), "nx.closeness_centrality(G, wf_improved=False)")
        ig_close = [0.0 if math.isnan(x) else x for x in g.closeness(mode="in" if directed else "all", normalized=True)]
        assert close(ig_close, exp["closeness_reachable"], 1e-12), (name, "igraph closeness")
        put("harmonic", vec(nx.harmonic_centrality(G), nodes), "nx.harmonic_centrality(G)  (incoming)")
        put("harmonic_weighted", vec(nx.harmonic_centrality(Gd, distance="dist"), nodes), "nx.harmonic_centrality(G, distance='dist')")
        put("harmonic_igraph", g.harmonic_centrality(mode="in" if directed else "all", normalized=True),
            "igraph harmonic_centrality(mode='in', normalized=True)  (÷ (n−1))")
        if directed:
            Rv, Rd = G.reverse(), Gd.reverse()
            put("closeness_outgoing", vec(nx.closeness_centrality(Rv), nodes), "nx.closeness_centrality(G.reverse())")
            put("closeness_outgoing_weighted", vec(nx.closeness_centrality(Rd, distance="dist"), nodes), "nx.closeness_centrality(G.reverse(), distance='dist')")
            put("harmonic_outgoing", vec(nx.harmonic_centrality(Rv), nodes), "nx.harmonic_centrality(G.reverse())")
            put("harmonic_outgoing_weighted", vec(nx.harmonic_centrality(Rd, distance="dist"), nodes), "nx.harmonic_centrality(G.reverse(), distance='dist')")
            gephi_c = vec(nx.closeness_centrality(Rv, wf_improved=False), nodes)
            reach = [len(nx.descendants(G, v)) for v in nodes]
            gephi_h = [h / r if r > 0 else 0.0 for h, r in zip(vec(nx.harmonic_centrality(Rv), nodes), reach)]
            # The undirected view (weights summed, loops dropped).
            U = undirected_sum(G, loops=False)
            Ux = with_dist(U, exact=True)
            Ud = with_dist(U, exact=False)
            put("betweenness_undirected", vec(nx.betweenness_centrality(U), nodes), "nx.betweenness_centrality(U), U = undirected view with summed weights")
            put("betweenness_weighted_undirected", vec(nx.betweenness_centrality(Ux, weight="dist"), nodes), "nx.betweenness_centrality(U, weight='dist'), Fraction dist")
            put("closeness_undirected_weighted", vec(nx.closeness_centrality(Ud, distance="dist"), nodes), "nx.closeness_centrality(U, distance='dist')")
            put("harmonic_undirected", vec(nx.harmonic_centrality(U), nodes), "nx.harmonic_centrality(U)")
        else:
            gephi_c = exp["closeness_reachable"]
            reach = [len(nx.node_connected_component(G, v)) - 1 for v in nodes]
            gephi_h = [h / r if r > 0 else 0.0 for h, r in zip(exp["harmonic"], reach)]
        put("closeness_gephi", gephi_c, "nx.closeness_centrality(G.reverse(), wf_improved=False)  (Gephi's closeness)")
        put("harmonic_gephi", gephi_h, "nx.harmonic_centrality(G.reverse())[v] / |descendants(v)|  (Gephi's harmonic closeness)")
        # ----- PageRank -----
        pr = nx.pagerank(G, **TIGHT)
        assert close(vec(pr, nodes), list(pagerank_exact(G, nodes)), 1e-13), name
        put("pagerank", vec(pr, nodes), "nx.pagerank(G, tol=1e-15, max_iter=100000)  (weighted; = linear solve)")
        put("pagerank_unweighted", vec(nx.pagerank(G, weight=None, **TIGHT), nodes), "nx.pagerank(G, weight=None, tol=1e-15)")
        pers = {nodes[0]: 3.0, nodes[-1]: 1.0}
        put("pagerank_personalized", vec(nx.pagerank(G, alpha=0.7, personalization=pers, **TIGHT), nodes),
            f"nx.pagerank(G, alpha=0.7, personalization={{{nodes[0]!r}: 3, {nodes[-1]!r}: 1}}, tol=1e-15)")
        pr_ig = g.pagerank(weights="weight", damping=0.85)
        assert close(pr_ig, exp["pagerank"], 1e-9), (name, "igraph pagerank")
        if directed:
            Ul = undirected_sum(G, loops=True)
            put("pagerank_undirected", vec(nx.pagerank(Ul, **TIGHT), [v for v in nodes]), "nx.pagerank(U), U with summed weights, loops kept once")
        # ----- eigenvector -----
        for key, weight in (("eigenvector", "weight"), ("eigenvector_unweighted", None)):
            try:
                ev = nx.eigenvector_centrality(G, weight=weight, **TIGHT)
            except nx.PowerIterationFailedConvergence:
                ev = None
            dense, lam = eigenvector_dense(G, nodes, weight)
            A = nx.to_numpy_array(G, nodelist=nodes, weight=weight)
            eig = np.linalg.eigvals(A)
            top = np.sort(np.abs(eig))[::-1]
            rho = float(max(eig.real))
            comps = (list(nx.strongly_connected_components(G)) if directed else list(nx.connected_components(G)))
            radii = []
            for c in comps:
                sub = nx.to_numpy_array(G.subgraph(c), weight=weight)
                radii.append(float(max(abs(np.linalg.eigvals(sub)))) if len(c) else 0.0)
            attaining = sum(1 for r in radii if r >= rho * (1 - 1e-9) and r > 0)
            if rho <= 1e-12:
                undefined[key] = "no cycle: every eigenvalue is 0"
                put(key, None, "undefined")
            elif attaining > 1:
                undefined[key] = f"{attaining} components share the spectral radius {rho:.6g}"
                put(key, None, "undefined")
            else:
                assert ev is not None and close(vec(ev, nodes), list(dense), 1e-9), (name, key, "nx vs numpy eigenvector")
                put(key, vec(ev, nodes), f"nx.eigenvector_centrality(G, weight={weight!r}, tol=1e-15, max_iter=100000); = numpy.linalg.eig")
                exp[key + "_eigenvalue"] = lam
        # ----- HITS -----
        A = nx.to_numpy_array(G, nodelist=nodes, weight="weight")
        S = np.linalg.svd(A, compute_uv=False)
        if len(S) > 1 and S[1] >= S[0] * (1 - 1e-9):
            undefined["hub"] = undefined["authority"] = f"largest singular value {S[0]:.6g} is not simple (σ2 = {S[1]:.6g})"
            put("hub", None, "undefined")
            put("authority", None, "undefined")
        else:
            h, a = nx.hits(G, tol=1e-15, max_iter=100000)
            hd, ad, _ = hits_dense(G, nodes)
            assert close(vec(h, nodes), list(hd), 1e-9) and close(vec(a, nodes), list(ad), 1e-9), (name, "nx hits vs svd")
            put("hub", vec(h, nodes), "nx.hits(G, tol=1e-15)[0]  (weighted, Σ = 1); = numpy SVD")
            put("authority", vec(a, nodes), "nx.hits(G, tol=1e-15)[1]")
            exp["hits_sigma1"] = float(S[0])
        # ----- Katz -----
        try:
            kz = nx.katz_centrality(G, **TIGHT)
            put("katz", vec(kz, nodes), "nx.katz_centrality(G, tol=1e-15)  (alpha=0.1, beta=1, unweighted, normalized)")
        except nx.PowerIterationFailedConvergence:
            undefined["katz"] = "alpha = 0.1 >= 1/rho(A): networkx raises PowerIterationFailedConvergence"
            put("katz", None, "undefined")
        lam_w = max(abs(np.linalg.eigvals(nx.to_numpy_array(G, nodelist=nodes, weight="weight"))))
        alpha_w = 0.5 / lam_w if lam_w > 0 else 0.1
        put("katz_weighted", vec(nx.katz_centrality(G, alpha=alpha_w, weight="weight", **TIGHT), nodes),
            f"nx.katz_centrality(G, alpha={alpha_w!r}, weight='weight', tol=1e-15)")
        exp["katz_weighted_alpha"] = alpha_w

        result["graphs"].append({
            "name": name, "note": note, "directed": directed, "nodes": [str(v) for v in nodes],
            "edges": [[str(u), str(v), float(w)] for u, v, w in G.edges(data="weight")],
            "expected": exp, "calls": calls, "undefined": undefined,
        })
    with open(__file__.replace("make_reference.py", "reference.json"), "w", encoding="utf-8") as f:
        json.dump(result, f, indent=1, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    main()

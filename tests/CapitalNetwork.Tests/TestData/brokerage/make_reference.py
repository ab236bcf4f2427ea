#!/usr/bin/env python3
"""Reference values for StructuralHoles (constraint, effective size, Gould-Fernandez brokerage).

Writes, for each random directed weighted graph, NAME.edges.csv (source,target,weight), NAME.groups.csv
(node,group; group "" = left out of the grouping, as Hong Kong/Macao/Taiwan under Grouping.ByRegion) and one
reference.json with the values of
  networkx  nx.constraint(G, nodes=G, weight="weight"), nx.effective_size(G, nodes=G, weight="weight"): networkx's
            per-node code path. Its default SciPy path (nodes=None) computes the same formula but needs SciPy >= 1.11:
            with Debian bookworm's SciPy 1.10.1 it returns NaN everywhere (constraint) or raises AttributeError
            (effective_size), and PyPI is not reachable here. The two paths differ only in which nodes are NaN: the
            per-node path gives NaN to every node of a DiGraph without successors (its test is len(G[v]) == 0), the
            SciPy path only to nodes without another neighbour. For a node with predecessors but no successors the
            fixture therefore evaluates the per-node path's own sum without that test, with networkx's own helpers
            (local_constraint, normalized_mutual_weight); "in_only" lists those nodes.
  R sna     brokerage(A, cl)$raw.nli  on the binary adjacency with the diagonal set to 0, where cl gives every
            left-out node a label of its own ("_left_<node>").
Run once: python3 make_reference.py   (needs networkx 3.6.1, numpy, scipy and Rscript with sna; the tests do not).
NaN (networkx's isolates) is written as null.
"""
import json, math, os, random, subprocess, sys, tempfile

sys.path.append("/usr/lib/python3/dist-packages")  # Debian's numpy/scipy beside pyenv's networkx
import networkx as nx
import numpy, scipy

HERE = os.path.dirname(os.path.abspath(__file__))
GROUPS = ["East", "Central", "West", "Northeast"]


def make(name, n, p, seed, isolates=0, left_out=0, components=1, loop=True, groups=4):
    rng = random.Random(seed)
    nodes = [f"v{i:03d}" for i in range(n)]
    active = nodes[: n - isolates]
    # split the active nodes into components; edges only inside a component
    parts = [active[k::components] for k in range(components)]
    edges = {}
    for part in parts:
        for a in part:
            for b in part:
                if a != b and rng.random() < p:
                    edges[(a, b)] = float(rng.randint(1, 9))
    # reciprocal ties with different weights on some pairs
    for (a, b) in list(edges):
        if (b, a) not in edges and rng.random() < 0.3:
            edges[(b, a)] = float(rng.randint(1, 9)) + 0.5
    if loop:
        a = active[0]
        edges[(a, a)] = 3.0
        edges[(active[1], active[1])] = 0.25
    labels = {v: GROUPS[rng.randrange(groups)] for v in nodes}
    for v in rng.sample(nodes, left_out):
        labels[v] = ""
    return name, nodes, sorted(edges.items()), labels


GRAPHS = [
    make("tiny_dense", 8, 0.5, 1),
    make("small_sparse", 20, 0.12, 2, isolates=2, left_out=2),
    make("medium", 60, 0.08, 3, isolates=3, left_out=3, components=3),
    make("dense_two_groups", 40, 0.35, 4, left_out=1, groups=2),
    make("large_sparse", 200, 0.02, 5, isolates=5, left_out=6, components=2),
    make("no_loops", 30, 0.15, 6, isolates=1, loop=False),
]


def sna_brokerage(nodes, edges, labels):
    with tempfile.TemporaryDirectory() as tmp:
        idx = {v: i for i, v in enumerate(nodes)}
        with open(os.path.join(tmp, "e.csv"), "w") as f:
            for (a, b), w in edges:
                f.write(f"{idx[a] + 1},{idx[b] + 1}\n")
        with open(os.path.join(tmp, "g.txt"), "w") as f:
            for v in nodes:
                f.write((labels[v] or f"_left_{v}") + "\n")
        script = f"""
suppressMessages(library(sna))
n <- {len(nodes)}
A <- matrix(0, n, n)
e <- as.matrix(read.csv("{tmp}/e.csv", header=FALSE))
if (nrow(e) > 0) A[e] <- 1
diag(A) <- 0
cl <- readLines("{tmp}/g.txt")
r <- brokerage(A, cl)$raw.nli
write.csv(r, "{tmp}/out.csv", row.names=FALSE)
cat(as.character(packageVersion("sna")), R.version.string, sep="\\n")
"""
        out = subprocess.run(["Rscript", "-e", script], check=True, capture_output=True, text=True).stdout.split("\n")
        rows = open(os.path.join(tmp, "out.csv")).read().strip().split("\n")
        header = [h.strip('"') for h in rows[0].split(",")]
        data = [[float(x) for x in r.split(",")] for r in rows[1:]]
        cols = {h: [int(row[k]) for row in data] for k, h in enumerate(header)}
        return cols, out[0], out[1]


def clean(x):
    return None if math.isnan(x) else x


result = {"generator": "make_reference.py", "networkx": nx.__version__, "numpy": numpy.__version__,
          "scipy": scipy.__version__, "graphs": []}
for name, nodes, edges, labels in GRAPHS:
    G = nx.DiGraph()
    G.add_nodes_from(nodes)
    for (a, b), w in edges:
        G.add_edge(a, b, weight=w)
    con = nx.constraint(G, nodes=G, weight="weight")
    es = nx.effective_size(G, nodes=G, weight="weight")
    sh = nx.algorithms.structuralholes
    in_only = [v for v in nodes if set(nx.all_neighbors(G, v)) - {v} and all(u == v for u in G[v])]
    for v in nodes:
        if not set(nx.all_neighbors(G, v)) - {v}:
            con[v] = es[v] = float("nan")
    for v in in_only:
        nbrs = set(nx.all_neighbors(G, v))
        con[v] = sum(sh.local_constraint(G, v, u, weight="weight") for u in nbrs)
        es[v] = sum(1 - sum(sh.normalized_mutual_weight(G, v, w, weight="weight")
                            * sh.normalized_mutual_weight(G, u, w, norm=max, weight="weight") for w in nbrs) for u in nbrs)
    brk, sna_version, r_version = sna_brokerage(nodes, edges, labels)
    result["sna"] = sna_version
    result["R"] = r_version
    with open(os.path.join(HERE, f"{name}.edges.csv"), "w") as f:
        f.write("source,target,weight\n")
        for (a, b), w in edges:
            f.write(f"{a},{b},{w!r}\n")
    with open(os.path.join(HERE, f"{name}.groups.csv"), "w") as f:
        f.write("node,group\n")
        for v in nodes:
            f.write(f"{v},{labels[v]}\n")
    result["graphs"].append({
        "name": name, "nodes": nodes,
        "recomputed": in_only,
        "calls": {"constraint": 'nx.constraint(G, nodes=G, weight="weight")', "effective_size": 'nx.effective_size(G, nodes=G, weight="weight")',
                  "brokerage": "sna::brokerage(A, cl)$raw.nli, A binary with diag 0, cl unique per left-out node"},
        "constraint": [clean(con[v]) for v in nodes],
        "effective_size": [clean(es[v]) for v in nodes],
        "brokerage": {k: brk[k] for k in ["w_I", "w_O", "b_IO", "b_OI", "b_O", "t"]},
    })
with open(os.path.join(HERE, "reference.json"), "w") as f:
    json.dump(result, f, indent=1)
print("wrote", len(result["graphs"]), "graphs")

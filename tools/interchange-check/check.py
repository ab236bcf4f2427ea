#!/usr/bin/env python3
"""Reads capnet's Pajek and UCINET DL files back with independent readers and compares them with capnet's own figures.

    python3 tools/interchange-check/check.py [CAPNET] [FILINGS]
    # CAPNET: the capnet executable (default src/CapitalNetwork.Cli/bin/Release/net10.0/capnet)
    # FILINGS: default examples/data/sample-filings.csv

Readers: NetworkX read_pajek (networkx 3.6.1), python-igraph Read_Pajek and Read_DL (Debian python3-igraph 0.10.2:
apt-get install python3-igraph). "Ours" is capnet's Gephi spreadsheet export of the same network (nodes.csv,
edges.csv), written from the network by another writer. Checked for every weight (funds, links, capital): node count,
edge count, weight sum and every edge's weight, node labels in order; for Pajek also that the coordinates lie in
Pajek's unit box. igraph's DL reader takes only 0/1 values in a full matrix, so the weighted full matrix is checked by
parsing its DATA block as numbers (numpy), and a 0/1 copy of the network (capnet reading a 0/1 edge list) by igraph.
Exits 1 on any difference.
"""
import csv
import os
import subprocess
import sys
import tempfile

sys.path.append("/usr/lib/python3/dist-packages")  # Debian's python3-igraph
import igraph as ig
import networkx as nx
import numpy as np

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
CAPNET = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "src/CapitalNetwork.Cli/bin/Release/net10.0/capnet")
FILINGS = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, "examples/data/sample-filings.csv")
failures = []


def capnet(*args):
    subprocess.run([CAPNET, *args], check=True, capture_output=True)


def check(what, ours, theirs, tol=0.0):
    ok = abs(ours - theirs) <= tol * max(1.0, abs(ours)) if isinstance(ours, float) else ours == theirs
    sized = isinstance(ours, (list, dict))
    shown = f"{len(ours):>18} items {len(theirs):>12} items" if sized else f"{ours!r:>24} {theirs!r:>24}"
    print(f"{'ok ' if ok else 'BAD'} {what:<58} {shown}")
    if not ok:
        failures.append(what)


def ours_tables(folder):
    with open(os.path.join(folder, "nodes.csv"), encoding="utf-8") as f:
        nodes = list(csv.DictReader(f))
    with open(os.path.join(folder, "edges.csv"), encoding="utf-8") as f:
        edges = list(csv.DictReader(f))
    return nodes, edges


def main():
    tmp = tempfile.mkdtemp(prefix="capnet-interchange-")
    p = lambda name: os.path.join(tmp, name)
    print(f"networkx {nx.__version__}, python-igraph {ig.__version__}, numpy {np.__version__}; input {FILINGS}")
    for weight in ("funds", "links", "capital"):
        capnet("export", FILINGS, "-f", "gephi-csv", "--weight", weight, "--raw-csv", "-o", p(f"gephi-{weight}"))
        nodes, edges = ours_tables(p(f"gephi-{weight}"))
        labels = [n["Label"] for n in nodes]
        index = {n["Id"]: i for i, n in enumerate(nodes)}
        ours_w = {(index[e["Source"]], index[e["Target"]]): float(e[weight]) for e in edges}
        total = sum(ours_w.values())
        n, m = len(nodes), len(edges)

        capnet("export", FILINGS, "-f", "pajek", "--weight", weight, "-o", p(f"{weight}.net"))
        g = nx.read_pajek(p(f"{weight}.net"))  # MultiDiGraph keyed by label
        check(f"pajek/{weight}: networkx read_pajek nodes", n, g.number_of_nodes())
        check(f"pajek/{weight}: networkx read_pajek edges", m, g.number_of_edges())
        check(f"pajek/{weight}: networkx read_pajek weight sum", total, float(g.size(weight="weight")), 1e-12)
        check(f"pajek/{weight}: networkx labels in order", labels, list(g.nodes))
        nx_w = {(labels.index(u), labels.index(v)): float(d["weight"]) for u, v, d in g.edges(data=True)}
        check(f"pajek/{weight}: networkx every edge weight", ours_w, nx_w)

        h = ig.Graph.Read_Pajek(p(f"{weight}.net"))
        check(f"pajek/{weight}: igraph Read_Pajek nodes", n, h.vcount())
        check(f"pajek/{weight}: igraph Read_Pajek edges", m, h.ecount())
        check(f"pajek/{weight}: igraph Read_Pajek weight sum", total, float(sum(h.es["weight"])), 1e-12)
        check(f"pajek/{weight}: igraph labels (id) in order", labels, h.vs["id"])
        check(f"pajek/{weight}: igraph every edge weight", ours_w, {e.tuple: float(e["weight"]) for e in h.es})
        inside = all(0 <= x <= 1 for x in h.vs["x"] + h.vs["y"])
        check(f"pajek/{weight}: coordinates inside the unit box", True, inside)

        capnet("export", FILINGS, "-f", "dl", "--dl-layout", "edgelist1", "--weight", weight, "-o", p(f"{weight}-el.dl"))
        d = ig.Graph.Read_DL(p(f"{weight}-el.dl"), directed=True)
        check(f"dl edgelist1/{weight}: igraph Read_DL nodes", n, d.vcount())
        check(f"dl edgelist1/{weight}: igraph Read_DL edges", m, d.ecount())
        check(f"dl edgelist1/{weight}: igraph Read_DL weight sum", total, float(sum(d.es["weight"])), 1e-12)
        check(f"dl edgelist1/{weight}: igraph names in order", labels, d.vs["name"])
        check(f"dl edgelist1/{weight}: igraph every edge weight", ours_w, {e.tuple: float(e["weight"]) for e in d.es})

        capnet("export", FILINGS, "-f", "dl", "--weight", weight, "-o", p(f"{weight}.dl"))
        text = open(p(f"{weight}.dl"), encoding="utf-8").read().split("DATA:", 1)[1]
        a = np.loadtxt(text.strip().splitlines(), ndmin=2)
        check(f"dl fullmatrix/{weight}: numpy matrix shape", (n, n), a.shape)
        check(f"dl fullmatrix/{weight}: nonzero entries", m, int(np.count_nonzero(a)))
        check(f"dl fullmatrix/{weight}: every entry", ours_w, {(int(i), int(j)): float(a[i, j]) for i, j in zip(*np.nonzero(a))})

    # 0/1 copy for igraph's full-matrix reader (it reads single digits only).
    nodes, edges = ours_tables(p("gephi-funds"))
    with open(p("binary.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["source", "target", "weight"])
        for e in edges:
            w.writerow([e["Source"], e["Target"], 1])
    capnet("export", p("binary.csv"), "-f", "dl", "-o", p("binary.dl"))
    b = ig.Graph.Read_DL(p("binary.dl"), directed=True)
    ids = {n["Id"] for n in nodes if any(e["Source"] == n["Id"] or e["Target"] == n["Id"] for e in edges)}
    check("dl fullmatrix 0/1: igraph Read_DL nodes (cities with an edge)", len(ids), b.vcount())
    check("dl fullmatrix 0/1: igraph Read_DL edges", len(edges), b.ecount())
    print(f"{len(failures)} differences")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

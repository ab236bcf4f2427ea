"""Pajek fixtures written by the reference tools (NetworkX write_pajek, igraph write_pajek) and what those tools
report about each graph (expected.csv). Run from this folder:

    python3 make_fixtures.py        # networkx 3.6.1, python-igraph 0.10.2 (Debian python3-igraph)
    Rscript make_fixtures.R         # R sna 2.7.1 (write.dl), appends to expected.csv

The tests (tests/CapitalNetwork.Tests/Interchange/ReferenceFixtureTests.cs) read the files and compare node count,
directed edge count, weight sum and labels with these rows; they never need Python or R.
"""
import csv
import sys

sys.path.append("/usr/lib/python3/dist-packages")  # Debian's python3-igraph
import igraph as ig
import networkx as nx

rows = []


def record(file, tool, directed, nodes, edges, loops, weight, labels):
    rows.append([file, tool, "directed" if directed else "undirected", nodes, edges, loops, repr(float(weight)), "|".join(labels)])


# NetworkX: a weighted digraph with a self-loop, a label with a space and Chinese labels; an undirected graph.
d = nx.DiGraph()
d.add_nodes_from(["北京市", "上海市", "New York", "b", "isolate"])
d.add_weighted_edges_from([("北京市", "上海市", 3), ("上海市", "北京市", 1.5), ("New York", "b", 2), ("b", "b", 4), ("b", "北京市", 0.25)])
nx.write_pajek(d, "networkx_directed.net")
record("networkx_directed.net", f"networkx {nx.__version__}", True, d.number_of_nodes(), d.number_of_edges(),
       nx.number_of_selfloops(d), d.size(weight="weight"), list(d.nodes))

u = nx.Graph()
u.add_weighted_edges_from([("x", "y", 1), ("y", "z", 2), ("z", "z", 5), ("z", "w", 0.5)])
nx.write_pajek(u, "networkx_undirected.net")
record("networkx_undirected.net", f"networkx {nx.__version__}", False, u.number_of_nodes(), u.number_of_edges(),
       nx.number_of_selfloops(u), u.size(weight="weight"), list(u.nodes))

# igraph: a directed ring with weights and names, and an undirected graph (Zachary's karate club, unweighted).
g = ig.Graph(directed=True)
g.add_vertices(6)
g.vs["name"] = ["v1", "v2", "v3", "v4", "v5", "v6"]
g.add_edges([(0, 1), (1, 2), (2, 3), (3, 4), (4, 5), (5, 0), (0, 3), (2, 2)])
g.es["weight"] = [1, 2, 3, 4, 5, 6, 7.5, 8]
g.write_pajek("igraph_directed.net")
record("igraph_directed.net", f"python-igraph {ig.__version__}", True, g.vcount(), g.ecount(),
       sum(g.is_loop()), sum(g.es["weight"]), [str(i + 1) for i in range(g.vcount())])  # write_pajek writes no vertex lines

k = ig.Graph.Famous("Zachary")
k.vs["name"] = [f"m{i + 1}" for i in range(k.vcount())]
k.write_pajek("igraph_karate.net")
record("igraph_karate.net", f"python-igraph {ig.__version__}", False, k.vcount(), k.ecount(), sum(k.is_loop()), k.ecount(),
       [str(i + 1) for i in range(k.vcount())])

with open("expected.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["file", "tool", "kind", "nodes", "edges", "loops", "weight_sum", "labels"])
    w.writerows(rows)

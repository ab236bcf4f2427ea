"""Checks that NetworkX 3.6.1 reciprocity equals sna's edgewise reciprocity in reference.json once self-loops are
removed, and shows that NetworkX counts a self-loop as an unreciprocated tie (g11: 0.19355 with its three loops, 0.20339
without). Run from this folder: python3 check_networkx.py. Not needed by the tests."""
import csv
import json

import networkx as nx

ref = json.load(open("reference.json"))
for k in range(1, 14):
    name = f"g{k:02d}"
    g = nx.DiGraph()
    for row in csv.DictReader(open(name + ".csv")):
        g.add_node(row["source"])
        if row["target"]:
            g.add_edge(row["source"], row["target"])
    loopless = g.copy()
    loopless.remove_edges_from(list(nx.selfloop_edges(loopless)))
    expected = ref[name]["reciprocity"]
    value = nx.reciprocity(loopless) if loopless.number_of_edges() else None
    assert (expected is None and value is None) or abs(expected - value) < 1e-12, (name, expected, value)
    if nx.number_of_selfloops(g):
        print(f"{name}: networkx with self-loops {nx.reciprocity(g):.5f}, without {value:.5f} (= sna edgewise)")
print(f"networkx {nx.__version__}: reciprocity agrees with sna edgewise on all 13 graphs (self-loops removed)")

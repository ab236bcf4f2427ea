#!/usr/bin/env python3
"""Reads CapitalNetwork's GraphML with two independent readers and compares every figure.

    python3 check_graphml.py > check_graphml.out

Inputs (written by GraphMLWriter / GexfWriter; GraphMLWriterTests keeps them equal to the writers' output):
  ours-cities.graphml   five cities, every node/edge/graph key type (int, long, double, boolean, string), a missing
                        value per user attribute, a self-loop
  ours-cities.gexf      the same network and options as GEXF (the reference: the GEXF path was checked by
                        shared/tools/gexf-check against Gephi's, graphology's and networkx's readers)
  ours-generic.graphml  a plain network whose ids carry & < > " '
Readers: networkx.read_graphml and networkx.read_gexf (networkx 3.6.1), igraph.Graph.Read_GraphML (python3-igraph,
Debian). Checked: node and edge counts, sums of weight/funds/links/capital, every node attribute on every node (GraphML
via networkx = GraphML via igraph = GEXF via networkx, viz position/size/colour included), every edge's weights, the
graph-level keys, and the hand-made totals of GraphMLTestData.SmallCities (funds 12, links 15, capital 328,956,789.75).
Exit status 1 on any difference.
"""
import math
import os
import sys

sys.path.append('/usr/lib/python3/dist-packages')  # Debian's python3-igraph
import igraph  # noqa: E402
import networkx as nx  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
problems = []


def same(a, b):
    if isinstance(a, float) or isinstance(b, float):
        try:
            a, b = float(a), float(b)
        except (TypeError, ValueError):
            return False
        return (math.isnan(a) and math.isnan(b)) or a == b
    return a == b


def check(what, a, b):
    if not same(a, b):
        problems.append(f'{what}: {a!r} != {b!r}')


def ig_value(v):
    # igraph keeps numbers as floats and missing ones as NaN, missing strings as ''
    if isinstance(v, float) and math.isnan(v):
        return None
    if v == '':
        return None
    return v


def main():
    print(f'networkx {nx.__version__}, python-igraph {igraph.__version__}, Python {sys.version.split()[0]}')
    path = os.path.join(HERE, 'ours-cities.graphml')
    G = nx.read_graphml(path)
    g = igraph.Graph.Read_GraphML(path)
    X = nx.read_gexf(os.path.join(HERE, 'ours-cities.gexf'), version='1.3')
    check('nodes nx/igraph', G.number_of_nodes(), g.vcount())
    check('nodes nx/gexf', G.number_of_nodes(), X.number_of_nodes())
    check('edges nx/igraph', G.number_of_edges(), g.ecount())
    check('edges nx/gexf', G.number_of_edges(), X.number_of_edges())
    check('directed', (G.is_directed(), g.is_directed(), X.is_directed()), (True, True, True))
    print(f'ours-cities.graphml: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges in networkx, igraph and the GEXF twin')

    for key in ('weight', 'funds', 'links', 'capital'):
        s_nx = sum(d[key] for _, _, d in G.edges(data=True))
        s_ig = sum(g.es[key])
        s_gx = sum(d[key] for _, _, d in X.edges(data=True))
        check(f'sum {key} nx/igraph', s_nx, s_ig)
        check(f'sum {key} nx/gexf', s_nx, s_gx)
        print(f'  sum {key}: {s_nx!r} (networkx) {s_ig!r} (igraph) {s_gx!r} (GEXF)')
    check('hand total funds', sum(d['funds'] for _, _, d in G.edges(data=True)), 12.0)
    check('hand total links', sum(d['links'] for _, _, d in G.edges(data=True)), 15.0)
    check('hand total capital', sum(d['capital'] for _, _, d in G.edges(data=True)), 328956789.75)

    index = {v['id']: v.index for v in g.vs}
    node_keys = sorted({k for _, d in G.nodes(data=True) for k in d})
    compared = 0
    for n, d in G.nodes(data=True):
        gv = g.vs[index[n]].attributes()
        xv = X.nodes[n]
        for k in node_keys:
            a = d.get(k)
            b = ig_value(gv.get(k))
            if isinstance(a, bool):
                check(f'node {n} {k} nx/igraph', a, None if b is None else bool(b))
            elif isinstance(a, (int, float)):
                # igraph keeps every number as a double: a long above 2^53 is compared as igraph holds it
                check(f'node {n} {k} nx/igraph', float(a), b)
            else:
                check(f'node {n} {k} nx/igraph', a, b)
            # the GEXF twin: viz for the drawing keys, attvalues (titles) for the rest
            if k in ('x', 'y'):
                c = xv['viz']['position'][k]
            elif k == 'size':
                c = xv['viz']['size']
            elif k in ('r', 'g', 'b'):
                c = xv['viz']['color'][k]
            else:
                c = xv.get(k)
            check(f'node {n} {k} nx/gexf', a, c)
            compared += 1
    print(f'  node attributes: {len(node_keys)} keys x {G.number_of_nodes()} nodes = {compared} values equal in the three readings ({", ".join(node_keys)})')

    ig_edges = {(g.vs[e.source]['id'], g.vs[e.target]['id']): e.attributes() for e in g.es}
    for u, v, d in G.edges(data=True):
        for k in ('weight', 'funds', 'links', 'capital'):
            check(f'edge {u}->{v} {k} nx/igraph', d[k], ig_edges[(u, v)][k])
            check(f'edge {u}->{v} {k} nx/gexf', d[k], X.edges[u, v][k])
    print('  edge weights: every edge equal (weight, funds, links, capital)')
    for k in ('density', 'components', 'description', 'creator'):
        check(f'graph {k} nx/igraph', G.graph.get(k), g[k])
    print(f"  graph keys: density {G.graph.get('density')!r}, components {G.graph.get('components')!r}, description {G.graph.get('description')!r}")
    for k, t in (('community', int), ('score', float), ('core', bool), ('note', str), ('big', int), ('in_degree', int), ('lng', float)):
        check(f'type of {k} in networkx', type(G.nodes['110000'][k]), t)
    check('long above 2^53 exact in networkx', G.nodes['110000']['big'], 9007199254740993)
    print('  typed keys: networkx returns int, float, bool, str as declared (attr.type int, long, double, boolean, string);')
    print('  the long 9007199254740993 is exact in networkx; igraph holds numbers as doubles (9007199254740992.0)')

    path = os.path.join(HERE, 'ours-generic.graphml')
    G = nx.read_graphml(path)
    g = igraph.Graph.Read_GraphML(path)
    ids = ['Smith & Sons', '<root>', 'say "hi"', "it's", 'a>b&c<d']
    check('generic ids nx', list(G.nodes), ids)
    # python-igraph 0.10.2 (libxml2 2.9.14) returns '&' inside an XML *attribute* (the node id) as the character reference
    # '&#38;' (text content such as the labels comes back right): an igraph reader quirk, undone here and reported.
    raw = g.vs['id']
    check('generic ids igraph', [i.replace('&#38;', '&') for i in raw], ids)
    if raw != ids:
        print(f'  note: igraph {igraph.__version__} reads the ids {[i for i in raw if "&#38;" in i]} (an igraph quirk: ids are right in networkx and in the file)')
    check('generic labels igraph', g.vs['label'], ['label of ' + i for i in ids])
    check('generic labels', [G.nodes[n]['label'] for n in ids], ['label of ' + i for i in ids])
    check('generic edges', (G.number_of_edges(), g.ecount()), (5, 5))
    check('generic capital', sum(d['capital'] for _, _, d in G.edges(data=True)), 1234.5 + 0.25 + 10 + 7 + 1e12)
    check('generic capital igraph', sum(g.es['capital']), 1234.5 + 0.25 + 10 + 7 + 1e12)
    print(f'ours-generic.graphml: ids with markup characters read back by both; 5 edges; capital {1234.5 + 0.25 + 10 + 7 + 1e12!r}')

    if problems:
        print(f'{len(problems)} DIFFERENCES:')
        for p in problems:
            print('  ' + p)
        sys.exit(1)
    print('OK: no difference')


if __name__ == '__main__':
    main()

#!/usr/bin/env python3
"""Writes the GraphML and GEXF fixtures of other tools and the counts the readers must reproduce.

    python3 make_fixtures.py            (needs networkx, Debian python3-igraph, and node with graphology-gexf 0.13.2
                                          installed by shared/tools/gexf-check in ~/.cache/gexf-check/node_modules)

1. tools/: files written BY networkx (write_graphml, write_gexf 1.1draft/1.2draft, dynamic), python-igraph
   (write_graphml) and graphology-gexf (write), each a small hand-made network (listed below).
2. counts.tsv: for every file in tools/ and real/, the figures GraphMLReaderFixtureTests checks, worked out here by a
   small independent ElementTree reading of the file (not by CapitalNetwork): nodes (declared, then undeclared edge ends),
   <edge> elements, flow edges (distinct ordered pairs once undirected edges count both ways), flow weight (Σ weight,
   undirected non-loop edges twice; a missing weight is 1, a GraphML key default applies), and what networkx and igraph
   report (nodes/edges, or the error they raise) as the writers' own count of the file.
The tests need none of these tools.
"""
import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET

sys.path.append('/usr/lib/python3/dist-packages')
import igraph  # noqa: E402
import networkx as nx  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
TOOLS = os.path.join(HERE, 'tools')
REAL = os.path.join(HERE, 'real')


def write_tool_files():
    os.makedirs(TOOLS, exist_ok=True)
    # networkx: a directed graph with typed node attributes, a loop and an edge without weight
    G = nx.DiGraph()
    G.add_node('a', label='北京', community=1, score=0.5, core=True, note='Smith & Sons')
    G.add_node('b', label='上海', community=2, score=1.25, core=False, note='<x>')
    G.add_node('c', label='杭州', community=1, score=-2.0, core=True, note='')
    G.add_node('d', label='武汉')
    G.add_edge('a', 'b', weight=2.5)
    G.add_edge('b', 'c', weight=1.0)
    G.add_edge('c', 'c', weight=4.0)
    G.add_edge('d', 'a', weight=0.5)
    G.add_edge('a', 'c')
    nx.write_graphml(G, os.path.join(TOOLS, 'networkx-directed.graphml'))
    # networkx: an undirected multigraph with parallel edges and a loop
    M = nx.MultiGraph()
    M.add_nodes_from(['x', 'y', 'z'])
    M.add_edge('x', 'y', weight=1.0)
    M.add_edge('x', 'y', weight=2.0)
    M.add_edge('y', 'z', weight=3.0)
    M.add_edge('z', 'z', weight=1.0)
    nx.write_graphml(M, os.path.join(TOOLS, 'networkx-multigraph.graphml'))
    # networkx GEXF: the undirected graph in 1.2draft (networkx's default) and 1.1draft
    U = nx.Graph()
    U.add_edge('p', 'q', weight=2.0)
    U.add_edge('q', 'r', weight=0.5)
    U.add_edge('r', 'r', weight=1.0)
    U.nodes['p']['kind'] = 'seed'
    nx.write_gexf(U, os.path.join(TOOLS, 'networkx-undirected-1.2draft.gexf'))
    nx.write_gexf(U, os.path.join(TOOLS, 'networkx-undirected-1.1draft.gexf'), version='1.1draft')
    # networkx GEXF dynamic: nodes and edges with integer start/end (spells), as networkx writes them
    D = nx.DiGraph(mode='dynamic')
    D.add_node('s', start=2018, end=2021)
    D.add_node('t', start=2019, end=2021)
    D.add_edge('s', 't', weight=3.0, start=2019, end=2020)
    D.add_edge('t', 's', weight=1.0, start=2021, end=2021)
    nx.write_gexf(D, os.path.join(TOOLS, 'networkx-dynamic.gexf'))
    # igraph: directed with names, labels and weights (a parallel pair), and undirected with a loop
    g = igraph.Graph(directed=True)
    g.add_vertices(4)
    g.vs['name'] = ['n1', 'n2', 'n3', 'n4']
    g.vs['label'] = ['one', 'two', 'three', 'four']
    g.vs['size'] = [1.0, 2.0, 3.0, 4.0]
    g.add_edges([(0, 1), (1, 2), (2, 0), (0, 1), (3, 3)])
    g.es['weight'] = [1.5, 2.0, 0.25, 0.5, 7.0]
    g.write_graphml(os.path.join(TOOLS, 'igraph-directed.graphml'))
    h = igraph.Graph([(0, 1), (1, 2), (2, 2), (1, 0)], directed=False)
    h.vs['name'] = ['u', 'v', 'w']
    h.es['weight'] = [1.0, 2.0, 3.0, 4.0]
    h.write_graphml(os.path.join(TOOLS, 'igraph-undirected.graphml'))
    # graphology-gexf 0.13.2: a mixed graph (one directed, one undirected edge)
    js = r"""
const {MultiGraph} = require('graphology'); const gexf = require('graphology-gexf');
const g = new MultiGraph({type: 'mixed'});
g.addNode('a', {label: 'A', weight: 3}); g.addNode('b', {label: 'B'}); g.addNode('c', {label: 'C'});
g.addDirectedEdge('a', 'b', {weight: 2}); g.addUndirectedEdge('b', 'c', {weight: 5}); g.addDirectedEdge('a', 'b', {weight: 1});
process.stdout.write(gexf.write(g));
"""
    deps = os.environ.get('GEXF_CHECK_DEPS', os.path.expanduser('~/.cache/gexf-check'))
    out = subprocess.run(['node', '-e', js], cwd=deps, capture_output=True, check=True,
                         env=dict(os.environ, NODE_PATH=os.path.join(deps, 'node_modules')))
    with open(os.path.join(TOOLS, 'graphology-mixed.gexf'), 'wb') as f:
        f.write(out.stdout)
    return {
        'networkx': nx.__version__, 'python-igraph': igraph.__version__,
        'graphology-gexf': json.load(open(os.path.join(deps, 'node_modules', 'graphology-gexf', 'package.json')))['version'],
        'graphology': json.load(open(os.path.join(deps, 'node_modules', 'graphology', 'package.json')))['version'],
    }


def local(tag):
    return tag.rsplit('}', 1)[-1].lower()


def count_gexf(root):
    graph = next(e for e in root.iter() if local(e.tag) == 'graph')
    default = (graph.get('defaultedgetype') or 'undirected').strip().lower()
    nodes = [n.get('id') for n in graph.iter() if local(n.tag) == 'node']
    edges = []
    for e in (x for x in graph.iter() if local(x.tag) == 'edge'):
        kind = (e.get('type') or default).strip().lower()
        edges.append((e.get('source'), e.get('target'), kind != 'directed', float(e.get('weight', '1'))))
    return nodes, edges


def count_graphml(root):
    keys = {}
    for k in (x for x in root if local(x.tag) == 'key'):
        default = next((d.text for d in k if local(d.tag) == 'default'), None)
        keys[k.get('id')] = ((k.get('attr.name') or k.get('id')).lower(), default, k.get('for', 'all'))
    weight_keys = [i for i, (n, _, f) in keys.items() if n == 'weight' and f in ('edge', 'all')]
    graph = next(e for e in root if local(e.tag) == 'graph')
    nodes, edges = [], []

    def walk(g, directed):
        for x in g:
            if local(x.tag) == 'node':
                nodes.append(x.get('id'))
                for sub in x:
                    if local(sub.tag) == 'graph':
                        walk(sub, (sub.get('edgedefault') == 'directed') if sub.get('edgedefault') else directed)
            elif local(x.tag) == 'edge':
                d = x.get('directed')
                und = (not directed) if d is None else d.strip().lower() in ('false', '0')
                w = 1.0
                if weight_keys:
                    wk = weight_keys[-1]
                    data = [y.text for y in x if local(y.tag) == 'data' and y.get('key') == wk]
                    if data:
                        w = float(data[0])
                    elif keys[wk][1] is not None:
                        w = float(keys[wk][1])
                edges.append((x.get('source'), x.get('target'), und, w))
    walk(graph, graph.get('edgedefault') == 'directed')
    return nodes, edges


def figures(path):
    root = ET.parse(path).getroot()
    nodes, edges = count_gexf(root) if path.endswith('.gexf') else count_graphml(root)
    order = list(dict.fromkeys(nodes))
    for s, t, _, _ in edges:          # undeclared ends join after the declared nodes (GEXF) / at first mention (GraphML)
        for v in (s, t):
            if v not in order:
                order.append(v)
    pairs = set()
    weight = 0.0
    for s, t, und, w in edges:
        pairs.add((s, t))
        weight += w
        if und and s != t:
            pairs.add((t, s))
            weight += w
    return len(order), len(edges), len(pairs), weight


def reported(path):
    out = []
    try:
        G = nx.read_gexf(path) if path.endswith('.gexf') else nx.read_graphml(path)
        out.append(f'networkx {G.number_of_nodes()}/{G.number_of_edges()}')
    except Exception as e:  # noqa: BLE001 - the error is the finding
        out.append(f'networkx error: {type(e).__name__}: {str(e)[:60]}')
    if path.endswith('.graphml'):
        try:
            g = igraph.Graph.Read_GraphML(path)
            out.append(f'igraph {g.vcount()}/{g.ecount()}')
        except Exception as e:  # noqa: BLE001
            out.append(f'igraph error: {str(e)[:60]}')
    return '; '.join(out).replace('\t', ' ').replace('\n', ' ')


def main():
    import warnings
    warnings.simplefilter('ignore')
    versions = write_tool_files()
    rows = []
    for folder in ('tools', 'real'):
        for name in sorted(os.listdir(os.path.join(HERE, folder))):
            if not name.endswith(('.gexf', '.graphml')):
                continue
            path = os.path.join(HERE, folder, name)
            n, m, pairs, w = figures(path)
            rows.append((f'{folder}/{name}', str(n), str(m), str(pairs), repr(w), reported(path)))
    with open(os.path.join(HERE, 'counts.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('# written by make_fixtures.py (%s; Python %s)\n' % (', '.join(f'{k} {v}' for k, v in versions.items()), sys.version.split()[0]))
        f.write('file\tnodes\tedge_elements\tflow_edges\tflow_weight\twriters_and_readers_report\n')
        for r in rows:
            f.write('\t'.join(r) + '\n')
    print(open(os.path.join(HERE, 'counts.tsv'), encoding='utf-8').read())


if __name__ == '__main__':
    main()

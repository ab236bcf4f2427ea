#!/usr/bin/env python3
"""Times CapitalNetwork's network build, k-core, Louvain, PageRank / eigenvector / HITS and GEXF writing against
python-igraph, graph-tool and networkx on one seeded edge list, in one run; checks that the answers agree; prints the
ratios. The centralities' full comparison with networkx (and betweenness, closeness, harmonic, Katz) is
benchmarks/compare/centrality/compare.py; this script adds graph-tool and covers what that one does not.

    python3 benchmarks/compare/graph/compare.py [--nodes 10000] [--edges 100000] [--repeat 3]
        [--keys build,coreness,...] [--nx-max-edges 200000] [--write FILE.md]

Input: `GraphTiming generate N M` (CentralityGraphs.Synthetic, seed 20260301: directed, heavy-tailed senders and
attractors, 2 % self-loops, integer weights 1–40) into $TMPDIR/capnet-centrality-compare/synthetic-N-M.csv — the file
the centrality comparison reads, so benchmarks/compare/run.sh generates each graph once for both.

What is timed (wall clock, best of --repeat after one untimed warm-up; process CPU time alongside):
  * ours: the call inside benchmarks/compare/graph/GraphTiming (edge list loaded once), all cores; pagerank,
    eigenvector and hits are warmed up inside GraphTiming until fully optimised (they take milliseconds).
  * igraph (python-igraph, single-threaded), graph-tool (OpenMP, all cores), networkx: the call computing the same
    thing on a graph prepared outside the timing (undirected / loop-free views as each key needs).
Keys and agreement rules:
  build         n AddNode + m AddFlow + Build from in-memory arrays | igraph Graph(n, edges) + weights | graph-tool
                add_edge_list(numpy, eprops) | networkx DiGraph.add_weighted_edges_from. Agree: n, m, total weight.
  coreness      k-core, undirected simple view (direction ignored, reciprocal pair = one edge, loops dropped) |
                igraph coreness() | graph-tool kcore_decomposition | networkx core_number, all on that view. Agree: exact.
  coreness_all  k-core by in + out degree, loops dropped (CoreMode.InPlusOut) | igraph coreness(mode="all") |
                graph-tool kcore_decomposition (directed: total degree) | networkx core_number(DiGraph). Agree: exact.
  louvain       one run (LouvainOptions.Runs = 1) on the undirected view w_ij + w_ji without loops, γ = 1 | igraph
                community_multilevel(weights) | networkx louvain_communities(seed=42). A heuristic: partitions differ,
                so the check is that our reported Q equals igraph's modularity() of our membership (to 1e-9), and the
                table shows each tool's Q (all evaluated by igraph). louvain10 = our default, best of 10 runs.
  pagerank, eigenvector, hits   weighted, tolerance 1e-13 (ours) | igraph (as the centrality comparison) | graph-tool
                pagerank / eigenvector / hits with epsilon 1e-12 (its total-delta criterion). Agree: max relative
                difference after normalising like NetworkX (PageRank Σ = 1, eigenvector unit norm, HITS Σ = 1).
  gexf          GexfWriter.Write to a file | networkx write_gexf (igraph and graph-tool write no GEXF). Agree: networkx
                read_gexf of our file (a streaming ElementTree count above --nx-max-edges) has the same nodes, edges and
                total weight.
networkx runs on graphs with at most --nx-max-edges edges (pure Python). Exit code 1 when an answer disagrees.
"""
import argparse
import csv
import datetime
import json
import os
import platform
import subprocess
import sys
import tempfile
import time

sys.path.append("/usr/lib/python3/dist-packages")
import igraph as ig  # noqa: E402
import networkx as nx  # noqa: E402
import numpy as np  # noqa: E402

try:
    import graph_tool.all as gt  # noqa: E402
except ImportError:  # graph-tool is optional: its columns show "–"
    gt = None

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
TOOL_PROJECT = os.path.join(ROOT, "benchmarks", "compare", "graph", "GraphTiming")
TOOL_DLL = os.path.join(TOOL_PROJECT, "bin", "Release", "net10.0", "GraphTiming.dll")
ALL_KEYS = ["build", "coreness", "coreness_all", "louvain", "louvain10", "pagerank", "eigenvector", "hits", "gexf"]
TARGETS = {  # issue 8: ours / igraph at most this (None: no igraph target); everything ≥ 50× faster than networkx
    "coreness": 1.0, "coreness_all": 1.0, "pagerank": 1.0, "eigenvector": 1.0, "hits": 1.0,
}


def sh(args):
    done = subprocess.run(args, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"{' '.join(args)} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    return done.stdout


def best_of(repeat, fn, warm=True):
    """Best wall and CPU time of `repeat` calls after one untimed warm-up; a warm-up over 20 s is the timing itself."""
    if warm:
        w0, c0 = time.perf_counter(), time.process_time()
        out = fn()
        wall, cpu = time.perf_counter() - w0, time.process_time() - c0
        if wall > 20:
            return wall, cpu, out
    walls, cpus, out = [], [], None
    for _ in range(max(repeat, 1)):
        w0, c0 = time.perf_counter(), time.process_time()
        out = fn()
        walls.append(time.perf_counter() - w0)
        cpus.append(time.process_time() - c0)
        if walls[-1] > 20:
            break
    return min(walls), min(cpus), out


def rel_diff(a, b):
    a, b = np.asarray(a, float), np.asarray(b, float)
    absd = np.abs(a - b)
    rel = absd / np.maximum(np.maximum(np.abs(a), np.abs(b)), 1e-300)
    rel[absd <= 1e-15] = 0
    return float(rel.max()) if len(rel) else 0.0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--nodes", type=int, default=10000)
    ap.add_argument("--edges", type=int, default=100000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--keys", default=",".join(ALL_KEYS))
    ap.add_argument("--nx-max-edges", type=int, default=200000)
    ap.add_argument("--no-build", action="store_true", help="GraphTiming is already built (run.sh builds it)")
    ap.add_argument("--write", default=None, help="append the markdown table to this file")
    args = ap.parse_args()
    keys = [k for k in args.keys.split(",") if k]

    workdir = os.path.join(tempfile.gettempdir(), "capnet-centrality-compare")
    os.makedirs(workdir, exist_ok=True)
    if not args.no_build or not os.path.exists(TOOL_DLL):
        sh(["dotnet", "build", "-c", "Release", TOOL_PROJECT, "-nologo", "-v", "q"])
    edges = os.path.join(workdir, f"synthetic-{args.nodes}-{args.edges}.csv")
    if not os.path.exists(edges):
        sh(["dotnet", TOOL_DLL, "generate", str(args.nodes), str(args.edges), edges])

    # ----- load once, prepare every tool's views outside the timing -----
    with open(edges, newline="") as f:
        rows = list(csv.reader(f))[1:]
    n = sum(1 for r in rows if r[1] == "")
    E = [(int(r[0]), int(r[1])) for r in rows if r[1] != ""]
    W = [float(r[2]) for r in rows if r[1] != ""]
    del rows
    m = len(E)
    Ea = np.array(E, dtype=np.int64)
    Wa = np.array(W, dtype=float)
    run_nx = m <= args.nx_max_edges
    print(f"graph: {edges}: n = {n}, m = {m} (self-loops {int((Ea[:, 0] == Ea[:, 1]).sum())}); networkx "
          + ("runs" if run_nx else f"skipped (m > --nx-max-edges {args.nx_max_edges})"), flush=True)
    g = ig.Graph(n=n, edges=E, directed=True)
    g.es["weight"] = W
    g_noloop = g.copy()
    g_noloop.simplify(multiple=False, loops=True)  # directed, loops dropped (one arc per ordered pair already)
    u_simple = g_noloop.as_undirected(mode="collapse")  # undirected simple view
    u_weighted = g_noloop.as_undirected(mode="collapse", combine_edges=dict(weight="sum"))  # w_ij + w_ji
    uw = u_weighted.es["weight"]
    if gt is not None:
        gt_dir = gt.Graph(directed=True)
        gt_dir.add_vertex(n)
        gt_w = gt_dir.new_edge_property("double")
        gt_dir.add_edge_list(np.column_stack([Ea, Wa]), eprops=[gt_w])
        gt_noloop = gt.Graph(directed=True)
        gt_noloop.add_vertex(n)
        gt_noloop.add_edge_list(np.array(g_noloop.get_edgelist(), dtype=np.int64))
        gt_und = gt.Graph(directed=False)
        gt_und.add_vertex(n)
        gt_und.add_edge_list(np.array(u_simple.get_edgelist(), dtype=np.int64))
    if run_nx:
        G = nx.DiGraph()
        G.add_nodes_from(range(n))
        G.add_weighted_edges_from((s, t, w) for (s, t), w in zip(E, W))
        G_noloop = G.copy()
        G_noloop.remove_edges_from(list(nx.selfloop_edges(G_noloop)))
        Gu = nx.Graph()
        Gu.add_nodes_from(range(n))
        Gu.add_weighted_edges_from((e.source, e.target, e["weight"]) for e in u_weighted.es)

    def ours(key):
        out = os.path.join(workdir, f"graph-ours-{key}-{n}.txt")
        first = json.loads(sh(["dotnet", TOOL_DLL, "time", edges, key, "--repeat", str(args.repeat), "--out", out])
                           .strip().splitlines()[-1])
        with open(out) as f:
            lines = [line.strip() for line in f if line.strip()]
        return first, lines

    def vec(line):
        return np.array([float(x) for x in line.split(",")])

    rows_out, failures = [], []
    for key in keys:
        load0 = os.getloadavg()[0]
        o, lines = ours(key)
        row = {"key": key, "ours": o["best"], "ours_cpu": o["cpu"], "agree": []}
        peers = {}  # name -> (fn, check(out) -> (ok, text))

        if key == "build":
            total = float(Wa.sum())
            mine = vec(lines[0])

            def ig_build():
                h = ig.Graph(n=n, edges=E, directed=True)
                h.es["weight"] = W
                return h.vcount(), h.ecount(), float(np.sum(h.es["weight"]))

            def gt_build():
                h = gt.Graph(directed=True)
                h.add_vertex(n)
                p = h.new_edge_property("double")
                h.add_edge_list(np.column_stack([Ea, Wa]), eprops=[p])
                return h.num_vertices(), h.num_edges(), float(p.a.sum())

            def nx_build():
                h = nx.DiGraph()
                h.add_nodes_from(range(n))
                h.add_weighted_edges_from((s, t, w) for (s, t), w in zip(E, W))
                return h.number_of_nodes(), h.number_of_edges(), float(h.size(weight="weight"))

            def same(out):
                ok = int(out[0]) == int(mine[0]) and int(out[1]) == int(mine[1]) and abs(out[2] - mine[2]) <= 1e-9 * total
                return ok, f"n {out[0]}, m {out[1]}"
            peers = {"igraph": (ig_build, same), "networkx": (nx_build, same)}
            if gt is not None:
                peers["graph-tool"] = (gt_build, same)
            ok = int(mine[0]) == n and int(mine[1]) == m and abs(mine[2] - total) <= 1e-9 * total
            row["agree"].append(("ours vs input", bool(ok), f"n {int(mine[0])}, m {int(mine[1])}"))

        elif key in ("coreness", "coreness_all"):
            mine = vec(lines[0]).astype(int)

            def exact(out):
                out = np.asarray(out, dtype=int)
                bad = int((out != mine).sum())
                return bad == 0, f"{bad} of {n} differ"
            if key == "coreness":
                peers["igraph"] = (lambda: u_simple.coreness(), exact)
                if gt is not None:
                    peers["graph-tool"] = (lambda: gt.kcore_decomposition(gt_und).a.copy(), exact)
                if run_nx:
                    Gs = nx.Graph(u_simple.get_edgelist())
                    Gs.add_nodes_from(range(n))
                    peers["networkx"] = (lambda: [c for _, c in sorted(nx.core_number(Gs).items())], exact)
            else:
                peers["igraph"] = (lambda: g_noloop.coreness(mode="all"), exact)
                if gt is not None:
                    peers["graph-tool"] = (lambda: gt.kcore_decomposition(gt_noloop).a.copy(), exact)
                if run_nx:
                    peers["networkx"] = (lambda: [c for _, c in sorted(nx.core_number(G_noloop).items())], exact)
            row["kmax"] = int(mine.max())

        elif key in ("louvain", "louvain10"):
            mine = vec(lines[0]).astype(int)
            q_ig_of_ours = u_weighted.modularity(list(mine), weights=uw)
            ok = abs(q_ig_of_ours - o["modularity"]) <= 1e-9
            row["agree"].append(("our Q = igraph modularity(our membership)", bool(ok),
                                 f"{o['modularity']:.6f} vs {q_ig_of_ours:.6f}"))
            row["q"] = {"ours": q_ig_of_ours}
            row["communities"] = {"ours": o["communities"]}

            def q_of(name):
                def check(out):
                    memb = out
                    row["q"][name] = u_weighted.modularity(memb, weights=uw)
                    row["communities"][name] = len(set(memb))
                    return True, f"Q {row['q'][name]:.6f}"
                return check

            if key == "louvain":
                peers["igraph"] = (lambda: u_weighted.community_multilevel(weights="weight").membership, q_of("igraph"))
                if run_nx:
                    def nx_louvain():
                        comms = nx.community.louvain_communities(Gu, weight="weight", resolution=1, seed=42)
                        memb = [0] * n
                        for c, members in enumerate(comms):
                            for v in members:
                                memb[v] = c
                        return memb
                    peers["networkx"] = (nx_louvain, q_of("networkx"))

        elif key in ("pagerank", "eigenvector", "hits"):
            mine = [vec(line) for line in lines]
            if key == "pagerank":
                ig_fn = lambda: [np.asarray(g.pagerank(weights=W, damping=0.85))]  # noqa: E731
                gt_fn = lambda: [gt.pagerank(gt_dir, damping=0.85, weight=gt_w, epsilon=1e-12).a.copy()]  # noqa: E731
                norm = lambda x: x / x.sum()  # noqa: E731
            elif key == "eigenvector":
                ig_fn = lambda: [np.asarray(g.eigenvector_centrality(directed=True, weights=W, scale=True))]  # noqa: E731
                gt_fn = lambda: [gt.eigenvector(gt_dir, weight=gt_w, epsilon=1e-12)[1].a.copy()]  # noqa: E731
                norm = lambda x: x / np.linalg.norm(x)  # noqa: E731
            else:
                ig_fn = lambda: [np.asarray(g.hub_score(weights=W, scale=True)),  # noqa: E731
                                 np.asarray(g.authority_score(weights=W, scale=True))]

                def gt_fn():
                    _, auth, hub = gt.hits(gt_dir, weight=gt_w, epsilon=1e-12)
                    return [hub.a.copy(), auth.a.copy()]
                norm = lambda x: x / x.sum()  # noqa: E731

            def close(out):
                d = max(rel_diff(a, norm(np.asarray(b, float))) for a, b in zip(mine, out))
                return d <= 1e-6, f"max rel. diff {d:.1e}"
            peers["igraph"] = (ig_fn, close)
            if gt is not None:
                peers["graph-tool"] = (gt_fn, close)

        elif key == "gexf":
            our_file = lines[0]
            if run_nx:
                mine_g = nx.read_gexf(our_file)
                rn, rm, rw = mine_g.number_of_nodes(), mine_g.number_of_edges(), mine_g.size(weight="weight")
                reader = "networkx read_gexf(ours)"
                del mine_g
            else:  # networkx's reader holds the whole tree (gigabytes at 1M edges): stream-count instead
                import xml.etree.ElementTree as ET
                rn = rm = 0
                rw = 0.0
                for _, el in ET.iterparse(our_file):
                    tag = el.tag.rsplit("}", 1)[-1]
                    if tag == "node":
                        rn += 1
                    elif tag == "edge":
                        rm += 1
                        rw += float(el.get("weight", "1"))
                    if tag in ("node", "edge"):
                        el.clear()
                reader = "ElementTree iterparse(ours)"
            ok = rn == n and rm == m and abs(rw - Wa.sum()) <= 1e-9 * Wa.sum()
            row["agree"].append((reader, bool(ok), f"n {rn}, m {rm}"))
            row["bytes"] = o.get("bytes")
            if run_nx:
                nx_file = os.path.join(workdir, f"graph-networkx-{n}.gexf")
                peers["networkx"] = (lambda: nx.write_gexf(G, nx_file), lambda out: (True, "written"))

        for name, (fn, check) in peers.items():
            repeat = 1 if name == "networkx" else args.repeat
            wall, cpu, out = best_of(repeat, fn, warm=name != "networkx")
            row[name], row[name + "_cpu"] = wall, cpu
            ok, text = check(out)
            row["agree"].append((name, bool(ok), text))
        row["load"] = (load0 + os.getloadavg()[0]) / 2
        for who, ok, text in row["agree"]:
            if not ok:
                failures.append(f"{key}: {who}: {text}")
        rows_out.append(row)
        print(json.dumps(row, default=str), flush=True)

    # ----- report -----
    cpu_model = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")),
                     platform.processor())
    versions = {"dotnet": sh(["dotnet", "--version"]).strip(), "python": platform.python_version(),
                "python-igraph": ig.__version__, "graph-tool": gt.__version__.split()[0] if gt else "absent",
                "networkx": nx.__version__, "numpy": np.__version__}
    lines = [
        f"### {n:,} nodes / {m:,} edges",
        "",
        f"Graph: CentralityGraphs.Synthetic({n}, {m}) seed 20260301. Machine: {cpu_model}, {os.cpu_count()} cores; "
        f"{datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC; "
        + ", ".join(f"{k} {v}" for k, v in versions.items()) + ".",
        "Seconds, wall clock, best of runs (networkx: one run). ours and graph-tool use both cores, igraph and networkx one.",
        "",
        "| operation | ours | igraph | graph-tool | networkx | **ours/igraph** (target) | ours/graph-tool | "
        "**networkx/ours** | CPU s ours / igraph | agreement | load |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|",
    ]

    def cell(r, name):
        return f"{r[name]:.4g}" if name in r else "–"
    for r in rows_out:
        tgt = TARGETS.get(r["key"].split()[0])
        ratio = f"{r['ours'] / r['igraph']:.2f}" if "igraph" in r else "–"
        if "igraph" in r and tgt is not None:
            ratio += f" (≤ {tgt:g}: {'met' if r['ours'] / r['igraph'] <= tgt else 'MISSED'})"
        nxr = f"{r['networkx'] / r['ours']:.0f}×" if "networkx" in r else "–"
        if "networkx" in r:
            nxr += "" if r["networkx"] / r["ours"] >= 50 else " (< 50×)"
        agree = "; ".join(f"{'ok' if ok else 'DIFFERS'}: {who} {text}" for who, ok, text in r["agree"])
        if "q" in r:
            agree += "; Q (igraph-evaluated) " + ", ".join(f"{k} {v:.5f} ({r['communities'][k]} comm.)" for k, v in r["q"].items())
        if "kmax" in r:
            agree += f"; max core {r['kmax']}"
        if r.get("bytes"):
            agree += f"; {r['bytes'] / 1e6:.1f} MB"
        lines.append("| " + " | ".join([
            r["key"], f"{r['ours']:.4g}", cell(r, "igraph"), cell(r, "graph-tool"), cell(r, "networkx"), ratio,
            f"{r['ours'] / r['graph-tool']:.2f}" if "graph-tool" in r else "–", nxr,
            f"{r['ours_cpu']:.3g} / {r['igraph_cpu']:.3g}" if "igraph" in r else f"{r['ours_cpu']:.3g} / –",
            agree, f"{r['load']:.1f}"]) + " |")
    lines.append("")
    text = "\n".join(lines)
    print()
    print(text)
    if args.write:
        with open(args.write, "a", encoding="utf-8") as f:
            f.write(text + "\n")
    if failures:
        print("DISAGREEMENT:\n  " + "\n  ".join(failures))
        sys.exit(1)
    print("graph compare: all answers agree")


if __name__ == "__main__":
    main()

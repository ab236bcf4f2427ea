#!/usr/bin/env python3
"""Times CapitalNetwork's centralities against python-igraph (single-threaded) and networkx on the same seeded edge list,
in one run, checks that the values agree, and prints the ratios.

    python3 benchmarks/compare/centrality/compare.py [--nodes 10000] [--edges 100000] [--repeat 3]
        [--nx-sample 50] [--full-networkx] [--keys betweenness,pagerank,...] [--rows ROWS.jsonl]
        [--table-from ROWS.jsonl[,MORE.jsonl]] [--write TABLE.md]

The command line is stable (benchmarks/compare/'s top-level runner calls it); see README.md next to this file.

What is timed (wall clock: median and best of --repeat runs; process CPU time alongside):
  * ours: the measure call inside benchmarks/compare/centrality/CentralityTiming (network loaded once; untimed warm-up
    calls until the code is fully optimised), with all cores (the default) and, for runs under 20 s, with one thread.
    Keys and conventions are those of `capnet measures` (NetworkX's).
  * igraph: the python-igraph call that computes the same thing (its own conventions; converted for the agreement
    check outside the timing); a first call under 1 s is discarded as warm-up. python-igraph is single-threaded;
    OMP_NUM_THREADS=1 is set anyway.
  * networkx: the same call with the same tolerance as ours (iterative measures: tol=1e-13, as our default). Path
    measures run one search per node in pure Python (minutes to hours on 10,000 nodes): unless --full-networkx is
    given they are timed on --nx-sample sources and scaled by n / sample (closeness: one reversed-graph copy, unscaled,
    plus the per-node loop of nx.closeness_centrality on the sample).
Agreement: ours vs igraph on every node (converted to NetworkX conventions); ours vs networkx where networkx ran in
full (iterative measures) or on the sampled nodes (closeness, harmonic).

The edge list is generated once per (nodes, edges) by `CentralityTiming generate` (CentralityGraphs.Synthetic, seed
20260301) into $TMPDIR/capnet-centrality-compare/.
"""
import argparse
import datetime
import json
import math
import os
import platform
import random
import subprocess
import sys
import tempfile
import time

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
sys.path.append("/usr/lib/python3/dist-packages")
import igraph as ig  # noqa: E402
import networkx as nx  # noqa: E402
import numpy as np  # noqa: E402
import scipy  # noqa: E402
import scipy.sparse.linalg  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
TOOL_PROJECT = os.path.join(ROOT, "benchmarks", "compare", "centrality", "CentralityTiming")
TOOL_DLL = os.path.join(TOOL_PROJECT, "bin", "Release", "net10.0", "CentralityTiming.dll")
ALL_KEYS = ["betweenness", "betweenness_weighted", "closeness", "closeness_weighted", "harmonic", "harmonic_weighted",
            "pagerank", "eigenvector", "hits", "katz"]
TIGHT = 1e-13


def sh(args, **kw):
    done = subprocess.run(args, capture_output=True, text=True, **kw)
    if done.returncode != 0:
        sys.exit(f"{' '.join(args)} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    return done.stdout


def best_of(repeat, fn, warmup=False):
    """(best wall, median wall, best CPU, result) of up to `repeat` calls; stops early once a call takes over 20 s.
    With warmup, a first call under 1 s is discarded (first-call set-up); a slower first call counts as a run."""
    walls, cpus, out = [], [], None
    for i in range(repeat + (1 if warmup else 0)):
        w0, c0 = time.perf_counter(), time.process_time()
        out = fn()
        walls.append(time.perf_counter() - w0)
        cpus.append(time.process_time() - c0)
        if warmup and i == 0 and walls[0] < 1:
            walls.clear()
            cpus.clear()
            continue
        if walls[-1] > 20 or len(walls) >= repeat:
            break
    return min(walls), sorted(walls)[len(walls) // 2], min(cpus), out


def ours(edges, key, repeat, threads, alpha, workdir):
    out = os.path.join(workdir, f"ours-{key}-{threads}.txt")
    args = ["dotnet", TOOL_DLL, "time", edges, key, "--repeat", str(repeat), "--out", out] + (["--alpha", repr(alpha)] if alpha else [])
    if threads:
        args += ["--threads", str(threads)]
    first = json.loads(sh(args).strip().splitlines()[-1])
    values = np.loadtxt(out, delimiter=",", ndmin=2)
    return first, values


def load(edges):
    import csv
    with open(edges, newline="") as f:
        rows = list(csv.reader(f))[1:]
    n = sum(1 for r in rows if r[1] == "")
    E = [(int(r[0]), int(r[1])) for r in rows if r[1] != ""]
    W = [float(r[2]) for r in rows if r[1] != ""]
    g = ig.Graph(n=n, edges=E, directed=True)
    g.es["weight"] = W
    G = nx.DiGraph()
    G.add_nodes_from(range(n))
    G.add_weighted_edges_from((s, t, w) for (s, t), w in zip(E, W))
    for s, t, d in G.edges(data=True):
        d["dist"] = 1.0 / d["weight"]
    return n, E, W, g, G


def diff(a, b):
    a = np.asarray(a, float)
    b = np.asarray(b, float)
    absd = np.abs(a - b)
    rel = absd / np.maximum(np.maximum(np.abs(a), np.abs(b)), 1e-300)
    rel[absd <= 1e-15] = 0
    return float(absd.max()), float(rel.max())


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--nodes", type=int, default=10000)
    ap.add_argument("--edges", type=int, default=100000)
    ap.add_argument("--repeat", type=int, default=3, help="timed runs per tool (fewer once a run takes over 20 s)")
    ap.add_argument("--nx-sample", type=int, default=50, help="sources networkx's path measures are timed on")
    ap.add_argument("--full-networkx", action="store_true", help="run networkx's path measures on every source")
    ap.add_argument("--keys", default=",".join(ALL_KEYS), help="comma-separated subset of " + ",".join(ALL_KEYS))
    ap.add_argument("--rows", default=None, help="also append each measured row as a JSON line to this file")
    ap.add_argument("--table-from", default=None,
                    help="measure nothing: build the table from JSON-line files written by --rows (comma-separated)")
    ap.add_argument("--write", default=None, help="write the markdown results table to this file")
    args = ap.parse_args()
    keys = [k for k in args.keys.split(",") if k]
    unknown = [k for k in keys if k not in ALL_KEYS]
    if unknown:
        sys.exit(f"unknown keys {unknown}; known: {ALL_KEYS}")

    if args.table_from:
        rows = []
        for f in args.table_from.split(","):
            with open(f, encoding="utf-8") as fh:
                rows += [json.loads(line) for line in fh if line.strip()]
        order = {k: i for i, k in enumerate(ALL_KEYS)}
        rows.sort(key=lambda r: order.get(r["key"], 99))
        report(rows, args)
        return

    workdir = os.path.join(tempfile.gettempdir(), "capnet-centrality-compare")
    os.makedirs(workdir, exist_ok=True)
    sh(["dotnet", "build", "-c", "Release", TOOL_PROJECT, "-nologo", "-v", "q"])
    edges = os.path.join(workdir, f"synthetic-{args.nodes}-{args.edges}.csv")
    if not os.path.exists(edges):
        sh(["dotnet", TOOL_DLL, "generate", str(args.nodes), str(args.edges), edges])
    n, E, W, g, G = load(edges)
    inv = [1.0 / w for w in W]
    m = len(E)
    print(f"graph: {edges}: n = {n}, m = {m} (self-loops {sum(1 for s, t in E if s == t)})", flush=True)
    # Untimed helpers for the agreement check, computed only for the keys that need them: r_in (nodes reaching each
    # node, for igraph's closeness) is one search per node, hours on the 100k graph.
    r_in = np.array(g.neighborhood_size(order=n, mode="in")) - 1 if any(k.startswith("closeness") for k in keys) else None
    katz_alpha = None
    if "katz" in keys:
        A = nx.to_scipy_sparse_array(G, nodelist=range(n), weight=None, dtype=float)
        rho = float(abs(scipy.sparse.linalg.eigs(A.T, k=1, which="LM", return_eigenvectors=False)[0]))
        katz_alpha = float(f"{0.5 / rho:.3g}")
    rnd = random.Random(1)
    sample = sorted(rnd.sample(range(n), min(args.nx_sample, n)))
    scale_nx = n / len(sample)

    def igraph_call(key):
        if key == "betweenness":
            return lambda: g.betweenness(directed=True)
        if key == "betweenness_weighted":
            return lambda: g.betweenness(directed=True, weights=inv)
        if key == "closeness":
            return lambda: g.closeness(mode="in", normalized=True)
        if key == "closeness_weighted":
            return lambda: g.closeness(mode="in", weights=inv, normalized=True)
        if key == "harmonic":
            return lambda: g.harmonic_centrality(mode="in", normalized=False)
        if key == "harmonic_weighted":
            return lambda: g.harmonic_centrality(mode="in", weights=inv, normalized=False)
        if key == "pagerank":
            return lambda: g.pagerank(weights=W, damping=0.85)
        if key == "eigenvector":
            return lambda: g.eigenvector_centrality(directed=True, weights=W, scale=True)
        if key == "hits":
            return lambda: (g.hub_score(weights=W, scale=True), g.authority_score(weights=W, scale=True))
        return None

    def igraph_convert(key, v):
        if key.startswith("betweenness"):
            return [np.asarray(v) / ((n - 1) * (n - 2))]
        if key.startswith("closeness"):
            c = np.nan_to_num(np.asarray(v, float))
            return [c * r_in / (n - 1)]
        if key == "eigenvector":
            x = np.asarray(v)
            return [x / np.linalg.norm(x)]
        if key == "hits":
            h, a = (np.asarray(x) for x in v)
            return [h / h.sum(), a / a.sum()]
        return [np.asarray(v)]

    def networkx_call(key):
        """(function, scale, sampled nodes or None, fixed seconds added unscaled)."""
        full = args.full_networkx
        if key in ("betweenness", "betweenness_weighted"):
            w = "dist" if key.endswith("weighted") else None
            if full:
                return (lambda: nx.betweenness_centrality(G, weight=w)), 1.0, None, 0.0
            return (lambda: nx.betweenness_centrality(G, k=len(sample), seed=1, weight=w)), scale_nx, None, 0.0
        if key in ("closeness", "closeness_weighted"):
            if full:
                d = "dist" if key.endswith("weighted") else None
                return (lambda: list(nx.closeness_centrality(G, distance=d).values())), 1.0, None, 0.0
            # nx.closeness_centrality(G, u=u) copies the reversed graph on every call; the full call copies it once and
            # then runs the loop below for every node. Time the copy once (unscaled) and the per-node loop on `sample`.
            w0 = time.perf_counter()
            R = G.reverse()
            t_copy = time.perf_counter() - w0
            weighted = key.endswith("weighted")

            def run():
                out = []
                for u in sample:
                    sp = (nx.single_source_dijkstra_path_length(R, u, weight="dist") if weighted
                          else nx.single_source_shortest_path_length(R, u))
                    tot = sum(sp.values())
                    c = 0.0
                    if tot > 0.0 and n > 1:
                        c = (len(sp) - 1.0) / tot * ((len(sp) - 1.0) / (n - 1))
                    out.append(c)
                return out
            return run, scale_nx, sample, t_copy
        if key in ("harmonic", "harmonic_weighted"):
            d = "dist" if key.endswith("weighted") else None
            nodes = list(range(n)) if full else sample

            def run_h():
                h = nx.harmonic_centrality(G, nbunch=nodes, distance=d)
                return [h[u] for u in nodes]
            return run_h, (1.0 if full else scale_nx), (None if full else sample), 0.0
        if key == "pagerank":
            return (lambda: nx.pagerank(G, tol=TIGHT, max_iter=100000)), 1.0, None, 0.0
        if key == "eigenvector":
            return (lambda: nx.eigenvector_centrality(G, weight="weight", tol=TIGHT, max_iter=100000)), 1.0, None, 0.0
        if key == "hits":
            return (lambda: nx.hits(G, tol=TIGHT, max_iter=100000)), 1.0, None, 0.0
        if key == "katz":
            return (lambda: nx.katz_centrality(G, alpha=katz_alpha, tol=TIGHT, max_iter=100000)), 1.0, None, 0.0
        raise KeyError(key)

    def nx_values(key, out, nodes):
        if nodes is not None or key.startswith("closeness") or key.startswith("harmonic"):
            return [np.asarray(out, float)]
        if key == "hits":
            return [np.array([out[0][i] for i in range(n)]), np.array([out[1][i] for i in range(n)])]
        return [np.array([out[i] for i in range(n)])]

    rows = []
    for key in keys:
        load0 = os.getloadavg()[0]
        o2, vals2 = ours(edges, key, args.repeat, None, katz_alpha, workdir)
        row = {"key": key, "n": n, "m": m, "ours": o2["best"], "ours_median": o2["median"], "ours_cpu": o2["cpu"],
               "threads": o2["threads"], "iterations": o2.get("iterations"), "converged": o2.get("converged")}
        if o2["best"] < 20:  # the one-thread run is skipped for the slow path measures (their CPU time says the same)
            o1, _ = ours(edges, key, args.repeat, 1, katz_alpha, workdir)
            row["ours_1t"], row["ours_1t_median"] = o1["best"], o1["median"]
        call = igraph_call(key)
        if call is not None:
            wall, median, cpu, out = best_of(args.repeat, call, warmup=True)
            row["igraph"], row["igraph_median"], row["igraph_cpu"] = wall, median, cpu
            ref = igraph_convert(key, out)
            row["vs_igraph"] = [diff(a, b) for a, b in zip(vals2, ref)]
        fn, scale, nodes, fixed = networkx_call(key)
        wall, _, cpu, out = best_of(1, fn)
        row["networkx_first"] = fixed + wall * scale
        if scale == 1.0 and wall < 2:
            # A call under 2 s (PageRank, HITS) is timed three more times and their median counts: one call is one
            # sample of a machine whose speed swings over seconds (ours and igraph's are medians too).
            _, wall, cpu, _ = best_of(3, fn)
            row["networkx_runs"] = 3
        row["networkx"], row["networkx_scaled"] = fixed + wall * scale, scale != 1.0
        if key not in ("betweenness", "betweenness_weighted") or args.full_networkx:
            ref = nx_values(key, out, nodes)
            mine = [v[nodes] if nodes is not None else v for v in vals2]
            row["vs_networkx"] = [diff(a, b) for a, b in zip(mine, ref)]
        row["load"] = (load0 + os.getloadavg()[0]) / 2
        row["when"] = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
        row["katz_alpha"] = katz_alpha
        row["nx_sample"] = None if args.full_networkx else len(sample)
        rows.append(row)
        print(json.dumps(row), flush=True)
        if args.rows:
            with open(args.rows, "a", encoding="utf-8") as f:
                f.write(json.dumps(row) + "\n")
    report(rows, args)


def report(rows, args):
    """Prints (and with --write, writes) the markdown table of `rows`."""
    cpu_model = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
    versions = {
        "dotnet": sh(["dotnet", "--version"]).strip(), "python": platform.python_version(),
        "python-igraph": ig.__version__, "networkx": nx.__version__, "numpy": np.__version__, "scipy": scipy.__version__,
    }
    n = rows[0]["n"] if rows else args.nodes
    m = rows[0]["m"] if rows else args.edges
    sample = next((r.get("nx_sample") for r in rows if r.get("nx_sample")), None)
    katz_alpha = next((r.get("katz_alpha") for r in rows if r.get("katz_alpha")), None)
    lines = [
        f"Graph: CentralityGraphs.Synthetic({n}, {m}) seed 20260301 (directed, heavy-tailed, 2 % self-loops, integer weights 1–40).",
        f"Machine: {cpu_model}, {os.cpu_count()} cores; "
        + ", ".join(f"{k} {v}" for k, v in versions.items()) + ".",
        "Times in seconds, wall clock: median (best) of the runs. ours = CapitalNetwork with all cores; 1t = one thread; "
        "igraph = python-igraph, single-threaded; networkx"
        + (f" path measures = {sample} sampled sources × n/{sample}" if sample else " in full") + ".",
        "",
        "| measure | ours | ours 1t | igraph | **ours/igraph** | networkx | **networkx/ours** | CPU s: ours / igraph "
        "| max rel. diff vs igraph | vs networkx | load avg | when |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for r in rows:
        has_ig = "igraph" in r
        ours_med = r.get("ours_median", r["ours"])
        ig_med = r.get("igraph_median", r.get("igraph"))
        vi = max((d[1] for d in r.get("vs_igraph", [])), default=None)
        vn = max((d[1] for d in r.get("vs_networkx", [])), default=None)
        cells = [
            r["key"], f"{ours_med:.4g} ({r['ours']:.4g})",
            f"{r.get('ours_1t_median', r['ours_1t']):.4g}" if "ours_1t" in r else "–",
            f"{ig_med:.4g} ({r['igraph']:.4g})" if has_ig else "–",
            f"{ours_med / ig_med:.2f}" if has_ig else "–",
            f"{r['networkx']:.4g}{'*' if r['networkx_scaled'] else ''}",
            f"{r['networkx'] / ours_med:.0f}×",
            f"{r['ours_cpu']:.3g} / {r['igraph_cpu']:.3g}" if has_ig else f"{r['ours_cpu']:.3g} / –",
            "–" if vi is None else f"{vi:.1e}",
            "–" if vn is None else f"{vn:.1e}",
            f"{r['load']:.1f}",
            r.get("when", "–"),
        ]
        lines.append("| " + " | ".join(cells) + " |")
    lines.append("")
    lines.append("\\* extrapolated from sampled sources (closeness: one reversed-graph copy + n/sample × the per-node loop "
                 "of nx.closeness_centrality). Katz: no igraph equivalent"
                 + (f"; α = {katz_alpha} = 0.5/ρ(A) rounded (the default 0.1 diverges on this graph)." if katz_alpha else "."))
    text = "\n".join(lines)
    print()
    print(text)
    if args.write:
        with open(args.write, "w", encoding="utf-8") as f:
            f.write(text + "\n")


if __name__ == "__main__":
    main()

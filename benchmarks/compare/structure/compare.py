#!/usr/bin/env python3
"""Times CapitalNetwork's brokerage, constraint, effective size and CONCOR against R sna (brokerage), a plain R CONCOR
(the same iteration with cor(), as concorR does it) and networkx (constraint, effective_size) on the same seeded edge
list, in one run; checks that the answers agree and prints the ratios.

    python3 benchmarks/compare/structure/compare.py [--nodes 10000] [--edges 100000] [--nx-sample 200]
        [--concor-sizes 500,1000,2000] [--skip-concor-10k | --concor-row ROW.json] [--write TABLE.md]

What is timed (CPU seconds of the measure call, so a busy shared machine inflates them less than wall time; wall time
alongside):
  * ours: benchmarks/compare/structure/StructureTiming (network loaded once; warm-up calls first for the fast keys,
    one collected run for CONCOR);
  * sna: system.time(brokerage(el, cl)) in benchmarks/compare/structure/reference.R (groups: node v in group v mod 4);
  * networkx: nx.constraint / nx.effective_size on --nx-sample random nodes (seed 7), time.process_time() around the
    call, scaled by n / sample (networkx's per-node loop is independent per node; its hubs make the scaling rough);
  * R CONCOR: the first correlations cor(X, use = "pairwise.complete.obs") of [A; A^T] with the diagonal NA, then cor()
    iterated to 1e-6, depth 1, on the --concor-sizes graphs (CentralityGraphs.Synthetic(n, 10 n)); a run at 10,000
    nodes would take hours, so its time is extrapolated as first + iterations x per-iteration, each scaled by (10000/n)^3
    from the largest size measured. Ours runs depth 1 on the same graphs (partitions compared) and depth 2 at 10,000.
Agreement: brokerage on every node and column (exact counts); constraint and effective size on the sampled nodes
(relative difference); CONCOR's depth-1 partition on each --concor-sizes graph (same sides, up to swapping).
"""
import argparse
import json
import os
import platform
import random
import subprocess
import sys
import tempfile
import time

sys.path.append("/usr/lib/python3/dist-packages")
import networkx as nx  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
HERE = os.path.join(ROOT, "benchmarks", "compare", "structure")
TOOL_PROJECT = os.path.join(HERE, "StructureTiming")
TOOL_DLL = os.path.join(TOOL_PROJECT, "bin", "Release", "net10.0", "StructureTiming.dll")
R_SCRIPT = os.path.join(HERE, "reference.R")


def sh(args):
    done = subprocess.run(args, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"{' '.join(args)} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    return done.stdout


def graph(workdir, n, m):
    path = os.path.join(workdir, f"synthetic-{n}-{m}.csv")
    if not os.path.exists(path):
        sh(["dotnet", TOOL_DLL, "generate", str(n), str(m), path])
    return path


def ours(edges, key, workdir, repeat=3, depth=None):
    out = os.path.join(workdir, f"ours-{key}-{os.path.basename(edges)}")
    args = ["dotnet", TOOL_DLL, "time", edges, key, "--repeat", str(repeat), "--out", out]
    if depth:
        args += ["--depth", str(depth)]
    row = json.loads(sh(args).strip().splitlines()[-1])
    with open(out) as f:
        values = [[float(x) for x in line.split(",")] for line in f if line.strip()]
    return row, values


def rscript(mode, edges, workdir):
    out = os.path.join(workdir, f"r-{mode}-{os.path.basename(edges)}")
    line = sh(["Rscript", R_SCRIPT, mode, edges, out]).strip().splitlines()[-1].split()
    extra = dict(kv.split("=") for kv in line[3:])
    with open(out) as f:
        rows = [r.strip().split(",") for r in f.readlines()[1:]]
    return float(line[1]), float(line[2]), extra, rows


def load_nx(edges):
    G = nx.DiGraph()
    with open(edges) as f:
        next(f)
        for line in f:
            s, t, w = line.rstrip("\n").split(",")
            if t == "":
                G.add_node(int(s))
            else:
                G.add_edge(int(s), int(t), weight=float(w))
    return G


def rel(a, b):
    return abs(a - b) / max(abs(a), abs(b), 1e-300)


def same_split(x, y):
    """Two depth-1 labellings (0/1, 2 = constant) describe the same partition (sides may be swapped)."""
    swap = {0: 1, 1: 0, 2: 2}
    return x == y or x == [swap[v] for v in y]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--nodes", type=int, default=10000)
    ap.add_argument("--edges", type=int, default=100000)
    ap.add_argument("--nx-sample", type=int, default=200)
    ap.add_argument("--concor-sizes", default="500,1000,2000")
    ap.add_argument("--skip-concor-10k", action="store_true", help="do not run our CONCOR at --nodes (minutes)")
    ap.add_argument("--concor-row", default=None,
                    help="instead of running our CONCOR at --nodes, read its JSON line (StructureTiming's output for the same graph)")
    ap.add_argument("--write", default=None)
    args = ap.parse_args()
    workdir = os.path.join(tempfile.gettempdir(), "capnet-structure-compare")
    os.makedirs(workdir, exist_ok=True)
    sh(["dotnet", "build", "-c", "Release", TOOL_PROJECT, "-nologo", "-v", "q"])
    r_version = sh(["Rscript", "-e", "cat(R.version.string, 'sna', as.character(packageVersion('sna')))"]).strip()
    edges = graph(workdir, args.nodes, args.edges)
    n = args.nodes
    rows = []
    print(f"graph {edges}; {r_version}; networkx {nx.__version__}; {platform.processor() or platform.machine()}", flush=True)

    # brokerage: ours vs sna on every node
    o, ov = ours(edges, "brokerage", workdir)
    ruser, relapsed, _, rv = rscript("brokerage", edges, workdir)
    mismatches = sum(1 for v in range(n) for c in range(5) if int(ov[c][v]) != int(float(rv[v][c])))
    rows.append(("brokerage (5 roles)", o, "sna `brokerage(el, cl)`", ruser, relapsed, f"{mismatches} of {5 * n} counts differ"))
    print(rows[-1], flush=True)

    # constraint, effective size: ours vs networkx on a sample
    G = load_nx(edges)
    sample = random.Random(7).sample(sorted(G.nodes), args.nx_sample)
    for key, fn in (("constraint", nx.constraint), ("effective_size", nx.effective_size)):
        o, ov = ours(edges, key, workdir)
        c0, w0 = time.process_time(), time.perf_counter()
        ref = fn(G, nodes=sample, weight="weight")
        cpu, wall = time.process_time() - c0, time.perf_counter() - w0
        worst = max(rel(ov[0][v], ref[v]) for v in sample if ref[v] == ref[v])
        rows.append((key, o, f"networkx `nx.{fn.__name__}` ({args.nx_sample} nodes × {n // args.nx_sample})",
                     cpu * n / args.nx_sample, wall * n / args.nx_sample, f"max relative difference {worst:.1e} on the sample"))
        print(rows[-1], flush=True)

    # CONCOR: ours vs plain R at the small sizes, R extrapolated to n
    last = None
    for size in [int(x) for x in args.concor_sizes.split(",") if x]:
        small = graph(workdir, size, 10 * size)
        o, ov = ours(small, "concor", workdir, repeat=1, depth=1)
        ruser, relapsed, extra, rv = rscript("concor", small, workdir)
        agree = same_split([int(x) for x in ov[0]], [int(r[0]) for r in rv])
        rows.append((f"CONCOR depth 1, {size} nodes", o, "plain R `cor()` iteration", ruser, relapsed,
                     f"partition {'equal' if agree else 'DIFFERS'}; R {extra['iterations']} iterations, ours {o['iterations']}"))
        print(rows[-1], flush=True)
        last = (size, extra)
    if not args.skip_concor_10k:
        if args.concor_row:
            with open(args.concor_row) as f:
                o = json.loads(f.read().strip().splitlines()[-1])
        else:
            o, _ = ours(edges, "concor", workdir, repeat=1, depth=2)
        size, extra = last
        scale = (n / size) ** 3
        est = float(extra["first"]) * scale + int(o["iterations"]) * float(extra["per_iteration"]) * scale
        rows.append((f"CONCOR depth 2, {n} nodes", o, f"plain R, extrapolated from {size} nodes × (n/{size})³", est, None,
                     f"ours: {o['iterations']} iterations, blocks {o.get('sizes')}"))
        print(rows[-1], flush=True)

    lines = ["| measure | ours (CPU s / wall s) | reference | reference CPU s (wall s) | reference / ours (CPU) | agreement |",
             "|---|---:|---|---:|---:|---|"]
    for name, o, tool, rcpu, rwall, note in rows:
        wall = f"{rwall:.2f}" if rwall is not None else "–"
        lines.append(f"| {name} | {o['cpu']:.3f} / {o['best']:.3f} | {tool} | {rcpu:.2f} ({wall}) | {rcpu / max(o['cpu'], 1e-9):,.0f}× | {note} |")
    table = "\n".join(lines)
    print(table)
    if args.write:
        with open(args.write, "w") as f:
            f.write(table + "\n")


if __name__ == "__main__":
    main()

using System.Runtime.CompilerServices;

namespace CapitalNetwork.Measures.Fitting;

/// <summary>k-core numbers (Batagelj–Zaversnik bucket peeling on the network's own arrays) and s-core numbers (heap
/// peeling on a <see cref="CompactGraph"/>).</summary>
internal static class CoreDecomposition
{
    /// <summary>
    /// Core numbers by Batagelj–Zaversnik (2003, arXiv:cs/0310049) bucket peeling, O(n + m), on a compact adjacency
    /// streamed from the network's own edge arrays (no view is built). Each row lists, with multiplicity, the nodes
    /// whose degree drops by one when the row's node is peeled: <see cref="CoreMode.Undirected"/> the distinct
    /// neighbours in either direction (a reciprocal pair once); <see cref="CoreMode.InPlusOut"/> the out- then the
    /// in-neighbours (a reciprocal pair twice); <see cref="CoreMode.In"/> the out-neighbours; <see cref="CoreMode.Out"/> the
    /// in-neighbours. Self-loops never count. The degree of a node is the number of times it appears in the rows.
    /// </summary>
    /// <param name="network">The network.</param>
    /// <param name="mode">Which degree is peeled.</param>
    public static int[] KCore(FlowNetwork network, CoreMode mode)
    {
        if (!Enum.IsDefined(mode)) throw new ArgumentOutOfRangeException(nameof(mode), mode, null);
        var n = network.NodeCount;
        if (mode == CoreMode.Undirected)
        {
            var simple = UndirectedAdjacency.Build(network, withEdges: false);
            return Peel(n, simple.Start, simple.Neighbor, symmetric: true);
        }
        var sources = network.Sources;
        var targets = network.Targets;
        var start = new int[n + 1];
        var affected = new int[mode == CoreMode.InPlusOut ? 2 * targets.Length : targets.Length];
        var k = 0;
        for (var v = 0; v < n; v++)
        {
            if (mode != CoreMode.Out) // removing v lowers the in-degree of its out-neighbours
            {
                var range = network.OutEdges(v);
                for (var e = range.Start.Value; e < range.End.Value; e++)
                    if (targets[e] != v) affected[k++] = targets[e];
            }
            if (mode != CoreMode.In) // … and the out-degree of its in-neighbours
            {
                foreach (var e in network.InEdges(v))
                    if (sources[e] != v) affected[k++] = sources[e];
            }
            start[v + 1] = k;
        }
        return Peel(n, start, affected, symmetric: mode == CoreMode.InPlusOut);
    }

    /// <summary>Batagelj–Zaversnik peeling of the rows <paramref name="affected"/>[start[v] … start[v + 1]): the nodes
    /// are kept sorted by current degree in <c>vert</c> with bucket starts <c>bin</c>; peeling v in that order lowers
    /// each affected u once per occurrence, never below the degree of v. The starting degree of u is the number of
    /// times u occurs in the rows, which is the length of row u when the rows are <paramref name="symmetric"/> (u in
    /// row v as often as v in row u). Returns the core numbers.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // a one-shot O(n + m) loop: skip the unoptimised first tier
    private static int[] Peel(int n, int[] start, int[] affected, bool symmetric)
    {
        var deg = new int[n];
        if (symmetric)
            for (var v = 0; v < n; v++) deg[v] = start[v + 1] - start[v];
        else
            for (var k = 0; k < start[n]; k++) deg[affected[k]]++;
        var md = 0;
        for (var v = 0; v < n; v++) md = Math.Max(md, deg[v]);
        var bin = new int[md + 2];
        for (var v = 0; v < n; v++) bin[deg[v] + 1]++;
        for (var d = 0; d <= md; d++) bin[d + 1] += bin[d]; // bin[d] = first position of degree d
        var pos = new int[n];
        var vert = new int[n];
        for (var v = 0; v < n; v++)
        {
            pos[v] = bin[deg[v]]++;
            vert[pos[v]] = v;
        }
        for (var d = md; d > 0; d--) bin[d] = bin[d - 1];
        bin[0] = 0;
        for (var i = 0; i < n; i++)
        {
            var v = vert[i];
            var dv = deg[v];
            for (var k = start[v]; k < start[v + 1]; k++)
            {
                var u = affected[k];
                var du = deg[u];
                if (du <= dv) continue;
                // move u to the front of its bucket, then shift the bucket boundary past it
                var pu = pos[u];
                var pw = bin[du];
                var w = vert[pw];
                if (u != w)
                {
                    pos[u] = pw;
                    vert[pu] = w;
                    pos[w] = pu;
                    vert[pw] = u;
                }
                bin[du]++;
                deg[u] = du - 1;
            }
        }
        return deg;
    }

    /// <summary>
    /// s-core numbers (generalised cores with the strength as the vertex function; Batagelj–Zaversnik 2002,
    /// Eidsaa–Almaas 2013): repeatedly remove the node of least remaining strength; its s-core number is the largest
    /// least-strength seen so far. O(m log m) with a binary heap.
    /// </summary>
    /// <param name="g">An undirected weighted view for <see cref="CoreMode.Undirected"/>/<see cref="CoreMode.InPlusOut"/>, a directed one otherwise.</param>
    /// <param name="mode">Which strength is peeled.</param>
    public static double[] SCore(CompactGraph g, CoreMode mode)
    {
        var n = g.NodeCount;
        var s = new double[n];
        int[] start, nbr;
        double[] w;
        switch (mode)
        {
            case CoreMode.Undirected:
            case CoreMode.InPlusOut:
                start = g.Offsets;
                nbr = g.Neighbors;
                w = g.PairSum;
                for (var v = 0; v < n; v++)
                    for (var k = start[v]; k < start[v + 1]; k++) s[v] += w[k];
                break;
            case CoreMode.In:
            {
                var (os, ot, ow) = g.OutArcs();
                (start, nbr, w) = (os, ot, ow);
                for (var k = 0; k < ot.Length; k++) s[ot[k]] += ow[k];
                break;
            }
            case CoreMode.Out:
            {
                var (ins, isrc, iw) = g.InArcs();
                (start, nbr, w) = (ins, isrc, iw);
                for (var k = 0; k < isrc.Length; k++) s[isrc[k]] += iw[k];
                break;
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(mode), mode, null);
        }
        var core = new double[n];
        var removed = new bool[n];
        var heap = new PriorityQueue<int, (double, int)>(n);
        for (var v = 0; v < n; v++) heap.Enqueue(v, (s[v], v));
        var level = 0.0;
        while (heap.TryDequeue(out var v, out var key))
        {
            if (removed[v] || key.Item1 != s[v]) continue;
            removed[v] = true;
            level = Math.Max(level, s[v]);
            core[v] = level;
            for (var k = start[v]; k < start[v + 1]; k++)
            {
                var u = nbr[k];
                if (removed[u]) continue;
                s[u] -= w[k];
                heap.Enqueue(u, (s[u], u));
            }
        }
        return core;
    }
}

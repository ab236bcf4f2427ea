using CapitalNetwork.Measures.CorePeriphery;

namespace CapitalNetwork.Internals;

/// <summary>k-core (Batagelj–Zaversnik bucket peeling) and s-core (heap peeling) numbers on a <see cref="CorePeripheryGraph"/>.</summary>
internal static class CorePeripheryCores
{
    /// <summary>
    /// Core numbers by Batagelj–Zaversnik (2003) bucket peeling, O(n + m). The peeled node v lowers the degree of each
    /// affected neighbour u once per arc (so a reciprocal pair counts twice in <see cref="CoreMode.InPlusOut"/>),
    /// never below the degree of v.
    /// </summary>
    /// <param name="g">An undirected binary view for <see cref="CoreMode.Undirected"/>, a directed binary view otherwise.</param>
    /// <param name="mode">Which degree is peeled.</param>
    public static int[] KCore(CorePeripheryGraph g, CoreMode mode)
    {
        var n = g.NodeCount;
        var deg = new int[n];
        // affected(v): nodes whose degree drops when v goes, with multiplicity
        int[] start, nbr;
        int[]? mult = null;
        switch (mode)
        {
            case CoreMode.Undirected:
            case CoreMode.InPlusOut:
                start = g.Offsets;
                nbr = g.Neighbors;
                if (mode == CoreMode.InPlusOut)
                {
                    mult = new int[nbr.Length];
                    for (var k = 0; k < nbr.Length; k++) mult[k] = (int)Math.Round(g.PairSum[k]);
                }
                for (var v = 0; v < n; v++)
                    for (var k = start[v]; k < start[v + 1]; k++) deg[v] += mult?[k] ?? 1;
                break;
            case CoreMode.In:
            {
                var (os, ot, _) = g.OutArcs();
                start = os;
                nbr = ot; // removing v lowers the in-degree of its out-neighbours
                for (var k = 0; k < ot.Length; k++) deg[ot[k]]++;
                break;
            }
            case CoreMode.Out:
            {
                var (ins, isrc, _) = g.InArcs();
                start = ins;
                nbr = isrc; // removing v lowers the out-degree of its in-neighbours
                for (var k = 0; k < isrc.Length; k++) deg[isrc[k]]++;
                break;
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(mode), mode, null);
        }
        var md = 0;
        for (var v = 0; v < n; v++) md = Math.Max(md, deg[v]);
        var bin = new int[md + 1];
        for (var v = 0; v < n; v++) bin[deg[v]]++;
        var s = 0;
        for (var d = 0; d <= md; d++)
        {
            var c = bin[d];
            bin[d] = s;
            s += c;
        }
        var pos = new int[n];
        var vert = new int[n];
        for (var v = 0; v < n; v++)
        {
            pos[v] = bin[deg[v]];
            vert[pos[v]] = v;
            bin[deg[v]]++;
        }
        for (var d = md; d > 0; d--) bin[d] = bin[d - 1];
        if (md >= 0) bin[0] = 0;
        for (var i = 0; i < n; i++)
        {
            var v = vert[i];
            for (var k = start[v]; k < start[v + 1]; k++)
            {
                var u = nbr[k];
                var times = mult?[k] ?? 1;
                for (var t = 0; t < times; t++)
                {
                    if (deg[u] <= deg[v]) break;
                    var du = deg[u];
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
                    deg[u]--;
                }
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
    public static double[] SCore(CorePeripheryGraph g, CoreMode mode)
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

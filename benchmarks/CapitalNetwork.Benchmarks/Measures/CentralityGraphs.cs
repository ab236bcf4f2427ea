using System.Globalization;

namespace CapitalNetwork.Benchmarks.Measures;

/// <summary>
/// Seeded synthetic graphs for the centrality benchmarks and the igraph/networkx comparison
/// (benchmarks/compare/centrality): same seed, same graph, on every machine and .NET version.
/// </summary>
/// <remarks>
/// A directed Chung–Lu-like graph shaped like a capital network: node i sends with propensity (i+1)^-0.6 and
/// attracts with propensity (π(i)+1)^-0.6 for a seeded permutation π, so senders and attractors are heavy-tailed
/// but different; ordered pairs are drawn from these propensities without repetition (no parallel edges), 2 % of
/// the edges are self-loops (local capital) on random nodes, and weights are small integers 1..40 (geometric-like,
/// mostly 1–3), so 1/weight path lengths tie often. Node ids are "0".."n−1" in index order.
/// </remarks>
public static class CentralityGraphs
{
    /// <summary>The seed of every published figure.</summary>
    public const ulong DefaultSeed = 20_260_301;

    /// <summary>Builds the graph.</summary>
    /// <param name="nodes">n.</param>
    /// <param name="edges">m (self-loops included); at most about n²/4.</param>
    /// <param name="seed">Seed.</param>
    /// <returns>The network (one weight stored in all three channels).</returns>
    public static FlowNetwork Synthetic(int nodes, int edges, ulong seed = DefaultSeed)
    {
        var rng = new SplitMix64(seed);
        var outCum = Cumulative(nodes, Enumerable.Range(0, nodes).ToArray());
        var perm = Enumerable.Range(0, nodes).ToArray();
        for (var i = nodes - 1; i > 0; i--)
        {
            var j = (int)rng.Below((ulong)(i + 1));
            (perm[i], perm[j]) = (perm[j], perm[i]);
        }
        var inCum = Cumulative(nodes, perm);
        var loops = edges / 50;
        var seen = new HashSet<long>(edges);
        var pairs = new List<(int S, int T)>(edges);
        while (pairs.Count < edges - loops)
        {
            var s = Draw(outCum, rng.NextDouble());
            var t = Draw(inCum, rng.NextDouble());
            if (s == t || !seen.Add(((long)s << 32) | (uint)t)) continue;
            pairs.Add((s, t));
        }
        while (pairs.Count < edges)
        {
            var v = (int)rng.Below((ulong)nodes);
            if (!seen.Add(((long)v << 32) | (uint)v)) continue;
            pairs.Add((v, v));
        }
        var b = new FlowNetworkBuilder();
        for (var v = 0; v < nodes; v++) b.AddNode(v.ToString(CultureInfo.InvariantCulture));
        foreach (var (s, t) in pairs)
        {
            var w = 1.0 + Math.Min(39, (int)Math.Floor(-Math.Log(1 - rng.NextDouble()) * 1.5));
            b.AddFlow(s, t, w, w, w);
        }
        return b.Build();
    }

    /// <summary>Writes an edge list <c>source,target,weight</c> (first one <c>id,,</c> row per node, so readers number nodes 0..n−1 in order).</summary>
    /// <param name="network">The network.</param>
    /// <param name="path">Output file.</param>
    public static void WriteEdgeList(FlowNetwork network, string path)
    {
        using var w = new StreamWriter(path, false, new System.Text.UTF8Encoding(false), 1 << 16);
        w.WriteLine("source,target,weight");
        foreach (var node in network.Nodes) w.WriteLine($"{node.Id},,");
        var src = network.Sources;
        var dst = network.Targets;
        var wt = network.Weights(EdgeWeight.Funds);
        for (var e = 0; e < network.EdgeCount; e++)
            w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{network.Nodes[src[e]].Id},{network.Nodes[dst[e]].Id},{wt[e]:R}"));
    }

    private static double[] Cumulative(int n, int[] rank)
    {
        var cum = new double[n];
        var total = 0.0;
        for (var v = 0; v < n; v++)
        {
            total += Math.Pow(rank[v] + 1, -0.6);
            cum[v] = total;
        }
        for (var v = 0; v < n; v++) cum[v] /= total;
        return cum;
    }

    private static int Draw(double[] cum, double u)
    {
        var i = Array.BinarySearch(cum, u);
        if (i < 0) i = ~i;
        return Math.Min(i, cum.Length - 1);
    }

    private sealed class SplitMix64(ulong seed)
    {
        private ulong _state = seed;

        public ulong Next()
        {
            var z = _state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }

        public double NextDouble() => (Next() >> 11) * (1.0 / (1UL << 53));

        public ulong Below(ulong bound) => Next() % bound;
    }
}

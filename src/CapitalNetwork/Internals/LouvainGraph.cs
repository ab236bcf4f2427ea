using CapitalNetwork.Graph;
using CapitalNetwork.Measures.CorePeriphery;

namespace CapitalNetwork.Internals;

/// <summary>
/// The weighted graph Louvain and modularity work on, in one "doubled directed" form a_uv that serves both cases:
/// undirected graphs store every edge in both directions (a_uv = a_vu = w) and a self-loop as a_uu = 2w, directed graphs
/// store the arcs as they are. Then M = Σ a_uv, k_out = row sums, k_in = column sums, and
/// Q = Σ_c [L_c / M − γ K_out(c) K_in(c) / M²] with L_c = Σ_{u,v ∈ c} a_uv is NetworkX's modularity in both cases
/// (undirected: M = 2m, L_c = 2 × internal weight, K_out = K_in = degree sum). Per node: neighbours v ≠ u with the
/// combined weight a_uv + a_vu, the self weight a_uu, k_out and k_in.
/// </summary>
internal sealed class LouvainGraph
{
    private LouvainGraph(int n, int[] offsets, int[] neighbors, double[] weights, double[] self, double[] kOut, double[] kIn)
    {
        NodeCount = n;
        Offsets = offsets;
        Neighbors = neighbors;
        Weights = weights;
        Self = self;
        KOut = kOut;
        KIn = kIn;
        Total = kOut.Sum();
    }

    public int NodeCount { get; }
    public int[] Offsets { get; }
    public int[] Neighbors { get; }
    public double[] Weights { get; }
    public double[] Self { get; }
    public double[] KOut { get; }
    public double[] KIn { get; }
    public double Total { get; }

    public static LouvainGraph FromNetwork(FlowNetwork network, EdgeWeight? weight, bool directed, bool selfLoops)
    {
        var view = new NetworkView { Directed = directed, Weight = weight };
        var g = CorePeripheryGraph.FromNetwork(network, view);
        var n = g.NodeCount;
        var self = new double[n];
        if (selfLoops)
        {
            var w = weight is { } ew ? network.Weights(ew) : default;
            for (var e = 0; e < network.EdgeCount; e++)
            {
                var u = network.Sources[e];
                if (u != network.Targets[e]) continue;
                var x = weight is null ? 1.0 : w[e];
                self[u] = directed ? x : 2 * x;
            }
        }
        var kOut = (double[])self.Clone();
        var kIn = (double[])self.Clone();
        for (var e = 0; e < g.EdgeCount; e++)
        {
            var x = g.Weight[e];
            kOut[g.Source[e]] += x;
            kIn[g.Target[e]] += x;
            if (!directed)
            {
                kOut[g.Target[e]] += x;
                kIn[g.Source[e]] += x;
            }
        }
        var combined = directed ? (double[])g.PairSum.Clone() : g.PairSum.Select(x => 2 * x).ToArray();
        return new LouvainGraph(n, g.Offsets, g.Neighbors, combined, self, kOut, kIn);
    }

    /// <summary>Modularity of a membership (community ids 0 … count − 1) at resolution γ; NaN when M = 0. O(n + m).</summary>
    public double Modularity(int[] membership, int count, double resolution)
    {
        if (!(Total > 0)) return double.NaN;
        var inside = new double[count];
        var kout = new double[count];
        var kin = new double[count];
        for (var u = 0; u < NodeCount; u++)
        {
            var c = membership[u];
            inside[c] += Self[u];
            kout[c] += KOut[u];
            kin[c] += KIn[u];
            for (var k = Offsets[u]; k < Offsets[u + 1]; k++)
                if (membership[Neighbors[k]] == c) inside[c] += Weights[k] / 2;
        }
        var q = 0.0;
        for (var c = 0; c < count; c++) q += inside[c] / Total - resolution * kout[c] * kin[c] / (Total * Total);
        return q;
    }

    /// <summary>The graph of communities: node c = community c, a_CD = Σ_{u∈C, v∈D} a_uv (so a_CC holds the internal weight).</summary>
    public LouvainGraph Aggregate(int[] membership, int count)
    {
        var self = new double[count];
        var kOut = new double[count];
        var kIn = new double[count];
        var rows = new Dictionary<int, double>[count];
        for (var c = 0; c < count; c++) rows[c] = [];
        for (var u = 0; u < NodeCount; u++)
        {
            var c = membership[u];
            self[c] += Self[u];
            kOut[c] += KOut[u];
            kIn[c] += KIn[u];
            for (var k = Offsets[u]; k < Offsets[u + 1]; k++)
            {
                var d = membership[Neighbors[k]];
                if (d == c) self[c] += Weights[k] / 2; // a_uv + a_vu seen from u and from v: half each time
                else rows[c][d] = rows[c].GetValueOrDefault(d) + Weights[k];
            }
        }
        var offsets = new int[count + 1];
        for (var c = 0; c < count; c++) offsets[c + 1] = offsets[c] + rows[c].Count;
        var nbr = new int[offsets[count]];
        var w = new double[offsets[count]];
        for (var c = 0; c < count; c++)
        {
            var i = offsets[c];
            foreach (var (d, x) in rows[c].OrderBy(kv => kv.Key))
            {
                nbr[i] = d;
                w[i++] = x;
            }
        }
        return new LouvainGraph(count, offsets, nbr, w, self, kOut, kIn);
    }
}

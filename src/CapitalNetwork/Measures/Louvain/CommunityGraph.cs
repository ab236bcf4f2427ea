namespace CapitalNetwork.Measures.Louvain;

/// <summary>
/// The weighted graph Louvain and modularity work on, in one "doubled directed" form a_uv that serves both cases:
/// undirected graphs store every edge in both directions (a_uv = a_vu = w) and a self-loop as a_uu = 2w, directed graphs
/// store the arcs as they are. Then M = Σ a_uv, k_out = row sums, k_in = column sums, and
/// Q = Σ_c [L_c / M − γ K_out(c) K_in(c) / M²] with L_c = Σ_{u,v ∈ c} a_uv is NetworkX's modularity in both cases
/// (undirected: M = 2m, L_c = 2 × internal weight, K_out = K_in = degree sum). Per node: neighbours v ≠ u with the
/// combined weight a_uv + a_vu, the self weight a_uu, k_out and k_in.
/// </summary>
internal sealed class CommunityGraph
{
    private CommunityGraph(int n, int[] offsets, int[] neighbors, double[] weights, double[] self, double[] kOut, double[] kIn)
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

    /// <summary>
    /// The graph of the network's view (self-loops dropped unless <paramref name="selfLoops"/>), built in O(n + m) from
    /// the network's own sorted edge arrays: row v lists the distinct neighbours u ≠ v in increasing order (a merge of
    /// the out-targets and in-sources of v) with a_vu + a_uv, i.e. 2 × (w_vu + w_uv) undirected (binary: 2) and
    /// x_vu + x_uv directed. k_out and k_in start at the self weight and add the arcs in neighbour order.
    /// </summary>
    public static CommunityGraph FromNetwork(FlowNetwork network, EdgeWeight? weight, bool directed, bool selfLoops)
    {
        ArgumentNullException.ThrowIfNull(network);
        var n = network.NodeCount;
        var weighted = weight is not null;
        var w = weight is { } ew ? network.Weights(ew) : default;
        var sources = network.Sources;
        var targets = network.Targets;
        var self = new double[n];
        if (selfLoops)
        {
            for (var e = 0; e < sources.Length; e++)
            {
                var u = sources[e];
                if (u != targets[e]) continue;
                var x = weighted ? w[e] : 1.0;
                self[u] = directed ? x : 2 * x;
            }
        }
        var adjacency = UndirectedAdjacency.Build(network, withEdges: true);
        var offsets = adjacency.Start;
        var size = offsets[n];
        var neighbors = adjacency.Neighbor.AsSpan(0, size).ToArray();
        var outEdge = adjacency.OutEdge!;
        var inEdge = adjacency.InEdge!;
        var combined = new double[size];
        var kOut = (double[])self.Clone();
        var kIn = (double[])self.Clone();
        for (var v = 0; v < n; v++)
        {
            for (var k = offsets[v]; k < offsets[v + 1]; k++)
            {
                int o = outEdge[k], i = inEdge[k];
                var xo = o < 0 ? 0 : weighted ? w[o] : 1.0;
                var xi = i < 0 ? 0 : weighted ? w[i] : 1.0;
                if (directed)
                {
                    combined[k] = xo + xi; // a missing side is 0
                    if (o >= 0) kOut[v] += xo;
                    if (i >= 0) kIn[v] += xi;
                }
                else
                {
                    // the undirected simple view: one edge of value w_vu + w_uv (binary: 1), stored both ways
                    var pair = !weighted ? 1.0 : xo + xi;
                    combined[k] = 2 * pair;
                    kOut[v] += pair;
                    kIn[v] += pair;
                }
            }
        }
        return new CommunityGraph(n, offsets, neighbors, combined, self, kOut, kIn);
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

    /// <summary>The graph of communities: node c = community c, a_CD = Σ_{u∈C, v∈D} a_uv (so a_CC holds the internal
    /// weight). The nodes are bucketed by community (counting sort, increasing index within a community); each row is
    /// accumulated in a dense array over the communities it touches, which are then listed in increasing order. Every
    /// sum adds its terms in node-then-neighbour order. O(n + m + Σ_C t_C log t_C) for t_C touched communities.</summary>
    public CommunityGraph Aggregate(int[] membership, int count)
    {
        var self = new double[count];
        var kOut = new double[count];
        var kIn = new double[count];
        var first = new int[count + 1];
        for (var u = 0; u < NodeCount; u++) first[membership[u] + 1]++;
        for (var c = 0; c < count; c++) first[c + 1] += first[c];
        var members = new int[NodeCount];
        var fill = (int[])first.Clone();
        for (var u = 0; u < NodeCount; u++) members[fill[membership[u]]++] = u;
        var offsets = new int[count + 1];
        var nbr = new int[Offsets[NodeCount]];
        var w = new double[Offsets[NodeCount]];
        var acc = new double[count];
        var seen = new bool[count];
        var touched = new int[count];
        var at = 0;
        for (var c = 0; c < count; c++)
        {
            var t = 0;
            for (var j = first[c]; j < first[c + 1]; j++)
            {
                var u = members[j];
                self[c] += Self[u];
                kOut[c] += KOut[u];
                kIn[c] += KIn[u];
                for (var k = Offsets[u]; k < Offsets[u + 1]; k++)
                {
                    var d = membership[Neighbors[k]];
                    if (d == c)
                    {
                        self[c] += Weights[k] / 2; // a_uv + a_vu seen from u and from v: half each time
                        continue;
                    }
                    if (!seen[d])
                    {
                        seen[d] = true;
                        touched[t++] = d;
                    }
                    acc[d] += Weights[k];
                }
            }
            var row = touched.AsSpan(0, t);
            row.Sort();
            foreach (var d in row)
            {
                nbr[at] = d;
                w[at++] = acc[d];
                acc[d] = 0;
                seen[d] = false;
            }
            offsets[c + 1] = at;
        }
        Array.Resize(ref nbr, at);
        Array.Resize(ref w, at);
        return new CommunityGraph(count, offsets, nbr, w, self, kOut, kIn);
    }
}

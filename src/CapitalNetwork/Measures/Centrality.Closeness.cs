using CapitalNetwork.Measures.Paths;

namespace CapitalNetwork.Measures;

public static partial class Centrality
{
    /// <summary>
    /// Closeness centrality: the inverse mean distance between u and the nodes it is connected to, corrected for
    /// networks that are not strongly connected. By default over <b>incoming</b> distances d(v → u) — how easily capital
    /// from other cities reaches fund city u — as NetworkX.
    /// </summary>
    /// <remarks>
    /// <para><b>Formula.</b> Let r = number of nodes v ≠ u at finite distance (from v to u for incoming, from u to v for
    /// outgoing) and S = Σ of those distances; n = nodes in the network. Default
    /// (<see cref="ClosenessScale.WassermanFaust"/>): C(u) = (r / S) · (r / (n − 1)) — NetworkX
    /// <c>closeness_centrality(G, distance=…, wf_improved=True)</c>; on a strongly connected network it is (n − 1)/S.
    /// <see cref="ClosenessScale.ReachableOnly"/>: r / S (NetworkX <c>wf_improved=False</c>, python-igraph
    /// <c>normalized=True</c>, Gephi). <see cref="ClosenessScale.InverseTotal"/>: 1 / S (R igraph). A node that nobody
    /// reaches (r = 0) scores 0 (igraph returns NaN there).</para>
    /// <para><b>Conventions elsewhere.</b> python-igraph's default <c>mode="all"</c> ignores direction (use
    /// <c>Directed = false</c>); R igraph and Gephi use outgoing distances; Gephi's closeness is
    /// <see cref="ClosenessOptions.Gephi"/> = NetworkX <c>closeness_centrality(G.reverse(), wf_improved=False)</c>.</para>
    /// <para><b>Lengths</b>: hops (default), 1/weight or the weight; self-loops ignored; weighted lengths leave out edges
    /// of weight 0; undirected view merges reciprocal weights by <see cref="PathCentralityOptions.Merge"/>.</para>
    /// <para><b>Complexity.</b> One BFS (O(m)) or Dijkstra (O(m log n)) per node: O(n·m) or O(n·m·log n). Results are
    /// identical for every thread count.</para>
    /// <para>References: Bavelas (1950) doi:10.1121/1.1906679; Wasserman and Faust (1994), <i>Social Network Analysis</i>,
    /// p. 201, doi:10.1017/CBO9780511815478.</para>
    /// </remarks>
    /// <param name="network">The network.</param>
    /// <param name="options">Options; <c>null</c> for <see cref="ClosenessOptions.Default"/>.</param>
    /// <returns>One value per node, with the options.</returns>
    public static CentralityResult<ClosenessOptions> Closeness(FlowNetwork network, ClosenessOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        options ??= ClosenessOptions.Default;
        options.Validate();
        var n = network.NodeCount;
        var sums = DistanceSums(network, options, options.Direction);
        var values = new double[n];
        for (var u = 0; u < n; u++)
        {
            var (r, s) = (sums.Reached[u], sums.Total[u]);
            if (!(s > 0)) continue;
            values[u] = options.Scale switch
            {
                ClosenessScale.ReachableOnly => r / s,
                ClosenessScale.InverseTotal => 1 / s,
                _ => n > 1 ? (r / s) * (r / (n - 1.0)) : 0,
            };
        }
        return new CentralityResult<ClosenessOptions>(new NodeValues(network, options.ToString(), values), options);
    }

    /// <summary>
    /// (r, S, H) of every node: r = nodes at finite distance, S = Σ distances, H = Σ 1/distance. Hops: bit-parallel
    /// BFS, 64 sources per sweep; weighted: one Dijkstra per node. Parallel; each node's figures come from one thread.
    /// </summary>
    private static (double[] Reached, double[] Total, double[] Harmonic) DistanceSums(FlowNetwork network, PathCentralityOptions options, PathDirection direction)
    {
        var n = network.NodeCount;
        var reached = new double[n];
        var total = new double[n];
        var harmonic = new double[n];
        if (n == 0) return (reached, total, harmonic);
        var reverse = direction == PathDirection.Incoming;
        var degree = CentralityParallel.DegreeOfParallelism(options.MaxDegreeOfParallelism);
        if (!options.Weighted)
        {
            // The BFS from u walks `reverse ? in-edges : out-edges`; the bit-parallel sweep pulls over its transpose.
            var transposed = PathAdjacency.Build(network, options.Directed, reverse: !reverse, options.Distance, options.Weight, options.Merge);
            var batches = (n + 63) / 64;
            CentralityParallel.ForChunks(batches, degree, () => new BitParallelBfs(n), (b, bfs) =>
                bfs.Run(transposed, 64 * b, Math.Min(64, n - 64 * b), reached, total, harmonic));
            return (reached, total, harmonic);
        }
        var g = PathAdjacency.Build(network, options.Directed, reverse, options.Distance, options.Weight, options.Merge);
        var chunks = Math.Clamp(n / 32, 1, 1024);
        CentralityParallel.ForChunks(chunks, degree, () => new BrandesWorkspace(g, weighted: true, brandes: false), (c, ws) =>
        {
            var (lo, hi) = CentralityParallel.Chunk(n, chunks, c);
            for (var u = lo; u < hi; u++)
                (reached[u], total[u], harmonic[u]) = BrandesKernel.DistanceSumsWeighted(g, u, ws);
        });
        return (reached, total, harmonic);
    }
}

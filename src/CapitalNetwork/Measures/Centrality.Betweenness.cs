using CapitalNetwork.Measures.Paths;

namespace CapitalNetwork.Measures;

public static partial class Centrality
{
    /// <summary>
    /// Shortest-path betweenness c_B(v) = Σ_{s ≠ v ≠ t} σ(s, t | v) / σ(s, t): the share of shortest paths between other
    /// cities that pass through v — a city brokering capital between others. Brandes' algorithm.
    /// </summary>
    /// <remarks>
    /// <para><b>Pairs.</b> Directed: every ordered pair (s, t). Undirected view: every unordered pair once (the ordered
    /// sum halved). <b>Normalised</b> (default, NetworkX <c>normalized=True</c>): the ordered sum divided by
    /// (n−1)(n−2) — i.e. directed ÷ (n−1)(n−2), undirected ÷ (n−1)(n−2)/2; with <see cref="BetweennessOptions.Endpoints"/>
    /// n replaces n − 1; n ≤ 2 (or n ≤ 1 with endpoints): no scaling. Raw values equal igraph's <c>betweenness()</c>
    /// and Gephi's (normalize off).</para>
    /// <para><b>Lengths.</b> Hops (default), or 1/weight, or the weight (<see cref="PathCentralityOptions.Distance"/>).
    /// Weighted path lengths that differ by at most <see cref="PathCentralityOptions.TieTolerance"/> (relative) are
    /// equally short, so mathematically equal paths tie even when their float sums differ in the last bit
    /// (1/2 + 1/3 + 1/6 = 0.9999999999999999 vs 1): this matches igraph and the exact rational answer. NetworkX compares
    /// float sums with <c>==</c> and misses such ties (on the weighted karate club it gets node 0 wrong: 0.394886 vs
    /// the exact 0.395833); <c>TieTolerance = 0</c> reproduces NetworkX.</para>
    /// <para><b>Self-loops</b> never lie on a shortest path and do not change betweenness. Weighted lengths leave out
    /// edges of weight 0. Undirected view: reciprocal weights merged by <see cref="PathCentralityOptions.Merge"/>.</para>
    /// <para><b>Complexity.</b> O(n·m) for hops, O(n·m·log n) for weighted lengths; memory O(n + m) per thread. The
    /// result is identical for every thread count.</para>
    /// <para>References: Freeman (1977) doi:10.2307/3033543; Brandes (2001) doi:10.1080/0022250X.2001.9990249;
    /// Brandes (2008) doi:10.1016/j.socnet.2007.11.001 (endpoint and normalisation variants).</para>
    /// </remarks>
    /// <param name="network">The network.</param>
    /// <param name="options">Options; <c>null</c> for <see cref="BetweennessOptions.Default"/>.</param>
    /// <returns>One value per node, with the options.</returns>
    /// <example><code>
    /// var b = Centrality.Betweenness(net, new BetweennessOptions { Distance = EdgeDistance.InverseWeight });
    /// foreach (var (city, value) in b.Top(10)) Console.WriteLine($"{city.Label} {value:F4}");
    /// </code></example>
    public static CentralityResult<BetweennessOptions> Betweenness(FlowNetwork network, BetweennessOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        options ??= BetweennessOptions.Default;
        options.Validate();
        var n = network.NodeCount;
        var g = PathAdjacency.Build(network, options.Directed, reverse: false, options.Distance, options.Weight, options.Merge);
        var degree = CentralityParallel.DegreeOfParallelism(options.MaxDegreeOfParallelism);
        var chunks = Math.Max(1, Math.Min(n, CentralityParallel.AccumulatorChunks));
        var accumulators = new double[]?[chunks];
        var weighted = options.Weighted;
        var endpoints = options.Endpoints;
        var tol = options.TieTolerance;
        if (weighted) _ = g.ReverseStart; // predecessor slots, built once before the workers share g
        if (n > 0)
        {
            CentralityParallel.ForChunks(chunks, degree, () => new BrandesWorkspace(g, weighted, brandes: true), (c, ws) =>
            {
                var (lo, hi) = CentralityParallel.Chunk(n, chunks, c);
                var acc = new double[n];
                for (var s = lo; s < hi; s++)
                {
                    if (weighted) BrandesKernel.AccumulateWeighted(g, s, ws, acc, endpoints, tol);
                    else BrandesKernel.AccumulateHops(g, s, ws, acc, endpoints);
                }
                accumulators[c] = acc;
            });
        }
        var bc = CentralityParallel.SumInOrder(accumulators, n, degree);
        var pairs = endpoints ? n : n - 1;
        if (pairs >= 2)
        {
            var scale = options.Normalized ? 1.0 / ((double)pairs * (pairs - 1)) : options.Directed ? 1.0 : 0.5;
            if (scale != 1.0)
                for (var v = 0; v < n; v++) bc[v] *= scale;
        }
        return new CentralityResult<BetweennessOptions>(new NodeValues(network, options.ToString(), bc), options);
    }
}

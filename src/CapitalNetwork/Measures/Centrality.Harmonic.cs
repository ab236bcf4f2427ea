namespace CapitalNetwork.Measures;

public static partial class Centrality
{
    /// <summary>
    /// Harmonic centrality H(u) = Σ_{v ≠ u} 1 / d(v → u) (incoming distances by default, as NetworkX): unreachable pairs
    /// contribute 0, so it needs no correction for networks that are not strongly connected.
    /// </summary>
    /// <remarks>
    /// <para><b>Scale.</b> Default unscaled (NetworkX <c>harmonic_centrality</c>, R igraph <c>normalized=FALSE</c>);
    /// <see cref="HarmonicScale.NodesMinusOne"/> divides by n − 1 (python-igraph's default <c>normalized=True</c>, whose
    /// default <c>mode="all"</c> also ignores direction); <see cref="HarmonicScale.Reachable"/> divides by the number r
    /// of nodes at finite distance, 0 when r = 0 (Gephi's "harmonic closeness", which also uses outgoing distances:
    /// <see cref="HarmonicOptions.Gephi"/>).</para>
    /// <para><b>Lengths</b>: hops (default), 1/weight or the weight; self-loops ignored; weighted lengths leave out edges
    /// of weight 0; undirected view merges reciprocal weights by <see cref="PathCentralityOptions.Merge"/>.</para>
    /// <para><b>Complexity.</b> One BFS or Dijkstra per node: O(n·m) or O(n·m·log n). Results are identical for every
    /// thread count.</para>
    /// <para>References: Marchiori and Latora (2000) doi:10.1016/S0378-4371(00)00311-3; Boldi and Vigna (2014)
    /// doi:10.1080/15427951.2013.865686.</para>
    /// </remarks>
    /// <param name="network">The network.</param>
    /// <param name="options">Options; <c>null</c> for <see cref="HarmonicOptions.Default"/>.</param>
    /// <returns>One value per node, with the options.</returns>
    public static CentralityResult<HarmonicOptions> Harmonic(FlowNetwork network, HarmonicOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        options ??= HarmonicOptions.Default;
        options.Validate();
        var n = network.NodeCount;
        var sums = DistanceSums(network, options, options.Direction);
        var values = new double[n];
        for (var u = 0; u < n; u++)
        {
            var (r, h) = (sums.Reached[u], sums.Harmonic[u]);
            values[u] = options.Scale switch
            {
                HarmonicScale.NodesMinusOne => n > 1 ? h / (n - 1) : 0,
                HarmonicScale.Reachable => r > 0 ? h / r : 0,
                _ => h,
            };
        }
        return new CentralityResult<HarmonicOptions>(new NodeValues(network, options.ToString(), values), options);
    }
}

using CapitalNetwork.Graph;

namespace CapitalNetwork.Measures.Centrality;

/// <summary>Centrality measures of a <see cref="FlowNetwork"/>. One file per measure.</summary>
public static partial class Centrality
{
    /// <summary>
    /// In-degree k_in(j) = |{i : w_ij &gt; 0}|, the number of cities that send capital into j. A self-loop counts 1
    /// (as NetworkX's <c>DiGraph.in_degree</c>; igraph with <c>loops=True</c> agrees). Unnormalised. O(n).
    /// </summary>
    /// <param name="network">The network.</param>
    /// <returns>One value per node.</returns>
    public static NodeValues InDegree(FlowNetwork network) =>
        new(network, "in_degree", Enumerable.Range(0, network.NodeCount).Select(v => (double)network.InDegree(v)));

    /// <summary>Out-degree k_out(i) = |{j : w_ij &gt; 0}|, the number of cities i invests in; a self-loop counts 1. O(n).</summary>
    /// <param name="network">The network.</param>
    /// <returns>One value per node.</returns>
    public static NodeValues OutDegree(FlowNetwork network) =>
        new(network, "out_degree", Enumerable.Range(0, network.NodeCount).Select(v => (double)network.OutDegree(v)));

    /// <summary>Total degree k(v) = k_in(v) + k_out(v); a self-loop adds 2 (NetworkX <c>DiGraph.degree</c>). O(n).</summary>
    /// <param name="network">The network.</param>
    /// <returns>One value per node.</returns>
    public static NodeValues Degree(FlowNetwork network) =>
        new(network, "degree", Enumerable.Range(0, network.NodeCount).Select(v => (double)(network.InDegree(v) + network.OutDegree(v))));
}

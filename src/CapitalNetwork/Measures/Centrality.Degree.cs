namespace CapitalNetwork.Measures;

/// <summary>Centrality measures of a <see cref="FlowNetwork"/>. One method per measure.</summary>
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

    /// <summary>
    /// In-degree centrality k_in(j) / (n − 1): the share of the other cities that send capital into j (NetworkX
    /// <c>in_degree_centrality</c>; a self-loop counts 1, so a value can exceed 1 only by it). A network of one node gives
    /// 1, as NetworkX. O(n).
    /// </summary>
    /// <param name="network">The network.</param>
    /// <returns>One value per node.</returns>
    public static NodeValues InDegreeCentrality(FlowNetwork network) => Normalized(network, "in_degree_centrality", network.InDegree);

    /// <summary>
    /// Out-degree centrality k_out(i) / (n − 1): the share of the other cities i invests in (NetworkX
    /// <c>out_degree_centrality</c>). One node gives 1. O(n).
    /// </summary>
    /// <param name="network">The network.</param>
    /// <returns>One value per node.</returns>
    public static NodeValues OutDegreeCentrality(FlowNetwork network) => Normalized(network, "out_degree_centrality", network.OutDegree);

    /// <summary>
    /// Degree centrality (k_in(v) + k_out(v)) / (n − 1), NetworkX's <c>degree_centrality</c> of a directed graph (up to
    /// 2 without self-loops; a self-loop adds 2 to the degree). For an undirected network stored with one edge per pair it is the undirected degree
    /// over n − 1, as NetworkX on the undirected graph. One node gives 1. O(n).
    /// </summary>
    /// <param name="network">The network.</param>
    /// <returns>One value per node.</returns>
    public static NodeValues DegreeCentrality(FlowNetwork network) =>
        Normalized(network, "degree_centrality", v => network.InDegree(v) + network.OutDegree(v));

    /// <summary>degree(v) · 1/(n − 1), NetworkX's product; 1 for a one-node network.</summary>
    private static NodeValues Normalized(FlowNetwork network, string name, Func<int, int> degree)
    {
        var n = network.NodeCount;
        var scale = 1.0 / (n - 1);
        return new(network, name, Enumerable.Range(0, n).Select(v => n == 1 ? 1.0 : degree(v) * scale));
    }
}

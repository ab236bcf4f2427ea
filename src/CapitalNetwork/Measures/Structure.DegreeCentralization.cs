using CapitalNetwork.Measures.Ties;

namespace CapitalNetwork.Measures;

public static partial class Structure
{
    /// <summary>
    /// Freeman degree centralization of the binary directed network: Σ_i (max k − k_i) / (2(n − 1)(n − 2)), k_i = k_in(i) +
    /// k_out(i) (self-loops left out). The maximum is that of a star with ties both ways, sna's
    /// <c>degree(tmaxdev = TRUE, cmode = "freeman")</c> = (n − 1)(2(n − 1) − 2): R sna
    /// <c>centralization(g, degree, cmode = "freeman")</c>. UCINET reports the in- and out- figures apart
    /// (<see cref="InDegreeCentralization"/>, <see cref="OutDegreeCentralization"/>); NetworkX has no centralization.
    /// Undefined for n &lt; 3. O(n + m).
    /// </summary>
    /// <remarks>Freeman (1979), Social Networks 1:215–239, doi:10.1016/0378-8733(78)90021-7.</remarks>
    /// <param name="network">The network.</param>
    /// <param name="weight">The weight whose positive values make a tie (funds by default).</param>
    /// <returns>Key <c>degree_centralization</c>.</returns>
    public static MeasureValue DegreeCentralization(FlowNetwork network, EdgeWeight weight = EdgeWeight.Funds)
    {
        var g = BinaryDigraph.Of(network, weight);
        var n = (double)g.NodeCount;
        return Centralized("degree_centralization", Variant("sna centralization(g, degree, cmode = \"freeman\")", weight),
            Enumerable.Range(0, g.NodeCount).Select(v => (double)(g.Out(v).Length + g.In(v).Length)), (n - 1) * (2 * (n - 1) - 2));
    }

    /// <summary>
    /// Freeman in-degree centralization: Σ_i (max k_in − k_in(i)) / (n − 1)², the maximum reached by an in-star. R sna
    /// <c>centralization(g, degree, cmode = "indegree")</c>, UCINET's in-centralization. Undefined for n &lt; 2. O(n + m).
    /// </summary>
    /// <remarks>Freeman (1979), Social Networks 1:215–239, doi:10.1016/0378-8733(78)90021-7.</remarks>
    /// <param name="network">The network.</param>
    /// <param name="weight">The weight whose positive values make a tie (funds by default).</param>
    /// <returns>Key <c>indegree_centralization</c>.</returns>
    public static MeasureValue InDegreeCentralization(FlowNetwork network, EdgeWeight weight = EdgeWeight.Funds)
    {
        var g = BinaryDigraph.Of(network, weight);
        var n = (double)g.NodeCount;
        return Centralized("indegree_centralization", Variant("sna centralization(g, degree, cmode = \"indegree\")", weight),
            Enumerable.Range(0, g.NodeCount).Select(v => (double)g.In(v).Length), (n - 1) * (n - 1));
    }

    /// <summary>
    /// Freeman out-degree centralization: Σ_i (max k_out − k_out(i)) / (n − 1)², the maximum reached by an out-star. R sna
    /// <c>centralization(g, degree, cmode = "outdegree")</c>, UCINET's out-centralization. Undefined for n &lt; 2. O(n + m).
    /// </summary>
    /// <remarks>Freeman (1979), Social Networks 1:215–239, doi:10.1016/0378-8733(78)90021-7.</remarks>
    /// <param name="network">The network.</param>
    /// <param name="weight">The weight whose positive values make a tie (funds by default).</param>
    /// <returns>Key <c>outdegree_centralization</c>.</returns>
    public static MeasureValue OutDegreeCentralization(FlowNetwork network, EdgeWeight weight = EdgeWeight.Funds)
    {
        var g = BinaryDigraph.Of(network, weight);
        var n = (double)g.NodeCount;
        return Centralized("outdegree_centralization", Variant("sna centralization(g, degree, cmode = \"outdegree\")", weight),
            Enumerable.Range(0, g.NodeCount).Select(v => (double)g.Out(v).Length), (n - 1) * (n - 1));
    }

    /// <summary>Σ (max c − c_i) / <paramref name="most"/>; undefined when the maximum is not positive.</summary>
    private static MeasureValue Centralized(string key, string variant, IEnumerable<double> values, double most)
    {
        if (!(most > 0)) return MeasureValue.Undefined(key, variant, "too few nodes: the largest possible centralization is 0");
        var c = values.ToArray();
        var max = c.Max();
        double sum = 0;
        foreach (var x in c) sum += max - x;
        return MeasureValue.Of(key, variant, sum / most);
    }
}

namespace CapitalNetwork.Measures;

public static partial class Flows
{
    /// <summary>
    /// City-level local share Σ_v w_vv / Σ_e w_e: the share of all capital (funds, links) whose partner sits in the fund's
    /// own city (self-loops over the total). For the region level use <see cref="FlowMatrix.LocalShare(EdgeWeight)"/>.
    /// Undefined when the total is zero. O(n log m).
    /// </summary>
    /// <param name="network">The network.</param>
    /// <param name="weight">The weight.</param>
    /// <returns>Key <c>local_share</c>.</returns>
    public static MeasureValue LocalShare(FlowNetwork network, EdgeWeight weight = EdgeWeight.Capital)
    {
        ArgumentNullException.ThrowIfNull(network);
        var variant = "self-loops / total, weight " + weight.ToString().ToLowerInvariant();
        var total = network.TotalWeight(weight);
        if (!(total > 0)) return MeasureValue.Undefined("local_share", variant, "the total weight is zero");
        double local = 0;
        for (var v = 0; v < network.NodeCount; v++) local += network.LocalStrength(v, weight);
        return MeasureValue.Of("local_share", variant, local / total);
    }

    /// <summary>
    /// Per city, the share of what its funds attracted that comes from partners in the same city: w_vv / s_in(v); NaN for a
    /// city that attracted nothing. O(n log m).
    /// </summary>
    /// <param name="network">The network.</param>
    /// <param name="weight">The weight.</param>
    /// <returns>One share per node, named <c>local_share(weight=…)</c>.</returns>
    public static NodeValues LocalShares(FlowNetwork network, EdgeWeight weight = EdgeWeight.Capital)
    {
        ArgumentNullException.ThrowIfNull(network);
        return new NodeValues(network, $"local_share(weight={weight.ToString().ToLowerInvariant()})",
            Enumerable.Range(0, network.NodeCount).Select(v =>
            {
                var s = network.InStrength(v, weight);
                return s > 0 ? network.LocalStrength(v, weight) / s : double.NaN;
            }));
    }
}

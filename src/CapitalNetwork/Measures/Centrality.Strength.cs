using System.Text.Json;

namespace CapitalNetwork.Measures;

public static partial class Centrality
{
    /// <summary>
    /// In-strength s_in(j) = Σ_i w_ij including the self-loop w_jj: funds, links or capital a city attracts
    /// (local capital included). Equals NetworkX <c>G.in_degree(weight=…)</c>. O(m).
    /// </summary>
    /// <param name="network">The network.</param>
    /// <param name="weight">Which weight.</param>
    /// <returns>One value per node.</returns>
    public static NodeValues InStrength(FlowNetwork network, EdgeWeight weight = EdgeWeight.Funds) =>
        new(network, $"in_strength(weight={Name(weight)})", Enumerable.Range(0, network.NodeCount).Select(v => network.InStrength(v, weight)));

    /// <summary>Out-strength s_out(i) = Σ_j w_ij including the self-loop: what a city sends out. O(m).</summary>
    /// <param name="network">The network.</param>
    /// <param name="weight">Which weight.</param>
    /// <returns>One value per node.</returns>
    public static NodeValues OutStrength(FlowNetwork network, EdgeWeight weight = EdgeWeight.Funds) =>
        new(network, $"out_strength(weight={Name(weight)})", Enumerable.Range(0, network.NodeCount).Select(v => network.OutStrength(v, weight)));

    /// <summary>Total strength s(v) = s_in(v) + s_out(v); the self-loop weight counts twice (NetworkX <c>DiGraph.degree(weight=…)</c>). O(m).</summary>
    /// <param name="network">The network.</param>
    /// <param name="weight">Which weight.</param>
    /// <returns>One value per node.</returns>
    public static NodeValues Strength(FlowNetwork network, EdgeWeight weight = EdgeWeight.Funds) =>
        new(network, $"strength(weight={Name(weight)})",
            Enumerable.Range(0, network.NodeCount).Select(v => network.InStrength(v, weight) + network.OutStrength(v, weight)));

    /// <summary>Local strength w_vv: the weight of the self-loop, i.e. capital from partners in the fund's own city. O(n log m).</summary>
    /// <param name="network">The network.</param>
    /// <param name="weight">Which weight.</param>
    /// <returns>One value per node.</returns>
    public static NodeValues LocalStrength(FlowNetwork network, EdgeWeight weight = EdgeWeight.Funds) =>
        new(network, $"local_strength(weight={Name(weight)})", Enumerable.Range(0, network.NodeCount).Select(v => network.LocalStrength(v, weight)));

    private static string Name(EdgeWeight weight) => JsonNamingPolicy.SnakeCaseLower.ConvertName(weight.ToString());
}

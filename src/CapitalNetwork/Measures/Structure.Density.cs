using System.Globalization;
using CapitalNetwork.Measures.Ties;

namespace CapitalNetwork.Measures;

/// <summary>
/// Whole-network structure figures as city-network papers report them from UCINET and R sna: density, reciprocity,
/// transitivity, Krackhardt's connectedness, hierarchy, efficiency and least-upper-boundedness, Freeman
/// centralizations and the E–I index. Every figure reads the <b>binary directed</b> network: a tie i → j (i ≠ j) exists
/// where the chosen weight of the edge i → j is positive (funds by default); self-loops (local capital) are left out,
/// as sna's <c>diag = FALSE</c> default. Each returns a <see cref="MeasureValue"/>, undefined with a reason where the
/// ratio has a zero denominator; the variant names the tool function whose value it reproduces.
/// </summary>
public static partial class Structure
{
    /// <summary>
    /// Density L / (n(n − 1)): the share of ordered pairs of distinct nodes joined by a tie. R sna
    /// <c>gden(g, mode = "digraph", diag = FALSE)</c>, UCINET density of a binary digraph, NetworkX <c>density</c>
    /// (NetworkX counts self-loops in L; here they are left out, as sna). Undefined for n &lt; 2 (sna gives NaN). O(n + m).
    /// </summary>
    /// <remarks>Wasserman and Faust (1994), <i>Social Network Analysis</i>, §4.2, doi:10.1017/CBO9780511815478.</remarks>
    /// <param name="network">The network.</param>
    /// <param name="weight">The weight whose positive values make a tie (funds by default).</param>
    /// <returns>Key <c>density</c>.</returns>
    public static MeasureValue Density(FlowNetwork network, EdgeWeight weight = EdgeWeight.Funds)
    {
        var g = BinaryDigraph.Of(network, weight);
        var variant = Variant("sna gden", weight);
        var n = (double)g.NodeCount;
        return g.NodeCount < 2
            ? MeasureValue.Undefined("density", variant, "fewer than two nodes: no pair to tie")
            : MeasureValue.Of("density", variant, g.ArcCount / (n * (n - 1)));
    }

    /// <summary>The variant text: the tool function, then what a tie is.</summary>
    private static string Variant(string tool, EdgeWeight weight) =>
        string.Create(CultureInfo.InvariantCulture, $"{tool}; binary directed ties ({Name(weight)} > 0), self-loops left out");

    private static string Name(EdgeWeight weight) => weight.ToString().ToLowerInvariant();
}

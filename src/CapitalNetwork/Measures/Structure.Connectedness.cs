using CapitalNetwork.Measures.Ties;

namespace CapitalNetwork.Measures;

public static partial class Structure
{
    /// <summary>
    /// Krackhardt's connectedness: the share of unordered pairs of distinct nodes joined by a semipath (a path when
    /// direction is ignored), Σ_c s_c(s_c − 1) / (n(n − 1)) over the weak components of sizes s_c. 1 when the network is
    /// weakly connected. R sna <c>connectedness</c>, UCINET Krackhardt GTD "connectedness" (网络关联度). Undefined for
    /// n &lt; 2 (sna returns 1). O(n + m).
    /// </summary>
    /// <remarks>Krackhardt (1994), Graph theoretical dimensions of informal organizations, in Carley and Prietula (eds.),
    /// <i>Computational Organization Theory</i>, 89–111, doi:10.4324/9781315806648.</remarks>
    /// <param name="network">The network.</param>
    /// <param name="weight">The weight whose positive values make a tie (funds by default).</param>
    /// <returns>Key <c>connectedness</c>.</returns>
    public static MeasureValue Connectedness(FlowNetwork network, EdgeWeight weight = EdgeWeight.Funds)
    {
        var g = BinaryDigraph.Of(network, weight);
        var variant = Variant("Krackhardt: sna connectedness", weight);
        if (g.NodeCount < 2) return MeasureValue.Undefined("connectedness", variant, "fewer than two nodes: no pair (sna returns 1)");
        var (_, sizes) = g.WeakComponents();
        double joined = 0;
        foreach (var s in sizes) joined += (double)s * (s - 1);
        var n = (double)g.NodeCount;
        return MeasureValue.Of("connectedness", variant, joined / (n * (n - 1)));
    }
}

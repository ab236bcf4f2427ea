using CapitalNetwork.Measures.Ties;

namespace CapitalNetwork.Measures;

public static partial class Structure
{
    /// <summary>
    /// Krackhardt's efficiency: 1 − (L − Σ_c (s_c − 1)) / Σ_c (s_c − 1)², over the weak components of sizes s_c. L − Σ (s_c − 1)
    /// counts the ties beyond the fewest that keep each component connected; (s_c − 1)² = s_c(s_c − 1) − (s_c − 1) is the most
    /// such ties a component of s_c nodes can hold (arcs counted one per ordered pair). 1 for a forest of spanning trees, 0
    /// when every component is complete. R sna <c>efficiency(g, diag = FALSE)</c>, UCINET Krackhardt GTD "efficiency"
    /// (网络效率). Undefined when every node is isolated (sna gives NaN). O(n + m).
    /// </summary>
    /// <remarks>Krackhardt (1994), in <i>Computational Organization Theory</i>, 89–111, doi:10.4324/9781315806648.</remarks>
    /// <param name="network">The network.</param>
    /// <param name="weight">The weight whose positive values make a tie (funds by default).</param>
    /// <returns>Key <c>efficiency</c>.</returns>
    public static MeasureValue Efficiency(FlowNetwork network, EdgeWeight weight = EdgeWeight.Funds)
    {
        var g = BinaryDigraph.Of(network, weight);
        var variant = Variant("Krackhardt: sna efficiency", weight);
        var (_, sizes) = g.WeakComponents();
        double required = 0, most = 0;
        foreach (var s in sizes)
        {
            required += s - 1;
            most += (double)(s - 1) * (s - 1);
        }
        return most == 0
            ? MeasureValue.Undefined("efficiency", variant, "no ties between distinct nodes: no component of two or more nodes")
            : MeasureValue.Of("efficiency", variant, 1 - (g.ArcCount - required) / most);
    }
}

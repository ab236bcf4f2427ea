using CapitalNetwork.Measures.Ties;

namespace CapitalNetwork.Measures;

public static partial class Structure
{
    /// <summary>
    /// Weak transitivity: among the two-paths i → j → k of distinct nodes, the share closed by a tie i → k —
    /// Σ_{i≠k} a_ik (A²)_ik / Σ_{i≠k} (A²)_ik. R sna <c>gtrans(g, measure = "weak")</c> (its default); UCINET's
    /// "transitivity" of a digraph (percentage of ordered triples i→j→k with i→k). NetworkX <c>transitivity</c> is the
    /// undirected triangle ratio and differs. Undefined when there is no two-path (sna returns 1 by convention). O(Σ_j
    /// k_in(j)·k_out(j)).
    /// </summary>
    /// <remarks>Holland and Leinhardt (1971), Comparative Group Studies 2:107–124, doi:10.1177/104649647100200201;
    /// Wasserman and Faust (1994), §14.3, doi:10.1017/CBO9780511815478.</remarks>
    /// <param name="network">The network.</param>
    /// <param name="weight">The weight whose positive values make a tie (funds by default).</param>
    /// <returns>Key <c>transitivity</c>.</returns>
    public static MeasureValue Transitivity(FlowNetwork network, EdgeWeight weight = EdgeWeight.Funds)
    {
        var g = BinaryDigraph.Of(network, weight);
        var variant = Variant("weak: sna gtrans(measure = \"weak\")", weight);
        var mark = new int[g.NodeCount];
        long closed = 0, paths = 0;
        for (var i = 0; i < g.NodeCount; i++)
        {
            var stamp = i + 1;
            foreach (var k in g.Out(i)) mark[k] = stamp;
            foreach (var j in g.Out(i))
                foreach (var k in g.Out(j))
                {
                    if (k == i) continue;
                    paths++;
                    if (mark[k] == stamp) closed++;
                }
        }
        return paths == 0
            ? MeasureValue.Undefined("transitivity", variant, "no two-path i → j → k (sna gtrans returns 1)")
            : MeasureValue.Of("transitivity", variant, (double)closed / paths);
    }
}

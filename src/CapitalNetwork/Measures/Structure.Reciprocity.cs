using CapitalNetwork.Measures.Ties;

namespace CapitalNetwork.Measures;

public static partial class Structure
{
    /// <summary>
    /// Reciprocity of the binary directed network, from the dyad census: M mutual pairs (i ⇄ j), A asymmetric pairs,
    /// N null pairs, L = 2M + A ties.
    /// <list type="bullet">
    /// <item><see cref="ReciprocityMeasure.Edgewise"/> (default): 2M / L, the share of ties whose reverse tie exists —
    /// NetworkX <c>reciprocity</c>, igraph <c>reciprocity()</c>, sna <c>grecip(measure = "edgewise")</c>. Undefined without
    /// ties (NetworkX raises, sna gives NaN). NetworkX counts a self-loop as a tie without a reverse; here loops are left
    /// out, as sna.</item>
    /// <item><see cref="ReciprocityMeasure.Dyadic"/>: (M + N) / (n(n − 1)/2), sna's default <c>grecip(g)</c>; null pairs
    /// count as symmetric, so a sparse network scores near 1. Undefined for n &lt; 2.</item>
    /// <item><see cref="ReciprocityMeasure.DyadicNonNull"/>: M / (M + A), sna <c>"dyadic.nonnull"</c>, UCINET's dyad
    /// reciprocity. Undefined without ties.</item>
    /// </list>
    /// O(n + m log d_max).
    /// </summary>
    /// <remarks>Wasserman and Faust (1994), §13.2, doi:10.1017/CBO9780511815478; Garlaschelli and Loffredo (2004),
    /// Phys. Rev. Lett. 93:268701, doi:10.1103/PhysRevLett.93.268701.</remarks>
    /// <param name="network">The network.</param>
    /// <param name="measure">Which reciprocity (edgewise by default).</param>
    /// <param name="weight">The weight whose positive values make a tie (funds by default).</param>
    /// <returns>Key <c>reciprocity</c>.</returns>
    public static MeasureValue Reciprocity(FlowNetwork network, ReciprocityMeasure measure = ReciprocityMeasure.Edgewise, EdgeWeight weight = EdgeWeight.Funds)
    {
        var g = BinaryDigraph.Of(network, weight);
        var tool = measure switch
        {
            ReciprocityMeasure.Edgewise => "edgewise: NetworkX reciprocity, sna grecip(measure = \"edgewise\")",
            ReciprocityMeasure.Dyadic => "dyadic: sna grecip(measure = \"dyadic\")",
            ReciprocityMeasure.DyadicNonNull => "dyadic non-null: sna grecip(measure = \"dyadic.nonnull\")",
            _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, "Not a ReciprocityMeasure value."),
        };
        var variant = Variant(tool, weight);
        long twiceMutual = 0;
        for (var i = 0; i < g.NodeCount; i++)
            foreach (var j in g.Out(i))
                if (g.HasArc(j, i)) twiceMutual++;
        double ties = g.ArcCount;
        var mutual = twiceMutual / 2.0;
        var asymmetric = ties - twiceMutual;
        switch (measure)
        {
            case ReciprocityMeasure.Edgewise:
                return ties == 0
                    ? MeasureValue.Undefined("reciprocity", variant, "no ties between distinct nodes")
                    : MeasureValue.Of("reciprocity", variant, twiceMutual / ties);
            case ReciprocityMeasure.DyadicNonNull:
                return ties == 0
                    ? MeasureValue.Undefined("reciprocity", variant, "no ties between distinct nodes")
                    : MeasureValue.Of("reciprocity", variant, mutual / (mutual + asymmetric));
            default:
                var n = (double)g.NodeCount;
                if (g.NodeCount < 2) return MeasureValue.Undefined("reciprocity", variant, "fewer than two nodes: no pair");
                var pairs = n * (n - 1) / 2;
                return MeasureValue.Of("reciprocity", variant, (pairs - asymmetric) / pairs);
        }
    }
}

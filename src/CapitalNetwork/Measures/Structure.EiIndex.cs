using System.Globalization;
using CapitalNetwork.Measures.Ties;

namespace CapitalNetwork.Measures;

public static partial class Structure
{
    /// <summary>
    /// Krackhardt–Stern E–I index (E − I) / (E + I) of the binary directed network: E ties between groups, I ties within a
    /// group, each ordered pair counted once (a mutual pair is two ties); −1 when every tie stays inside its group, +1 when
    /// every tie crosses. UCINET's whole-network E–I index counts the same ties (NetworkX has none); no normalisation for
    /// group sizes (UCINET's rescaled E–I and the permutation test are not computed). Ties touching a node in no group
    /// (<see cref="Grouping.LeftOut"/>: Hong Kong, Macao and Taiwan under the four mainland regions) are left out of both E
    /// and I, and the variant says how many; the figure is over the ties among grouped nodes. Undefined when no tie joins
    /// two grouped nodes. O(n + m).
    /// </summary>
    /// <remarks>Krackhardt and Stern (1988), Social Psychology Quarterly 51:123–140, doi:10.2307/2786835.</remarks>
    /// <param name="network">The network.</param>
    /// <param name="groups">A grouping of the network's nodes (<see cref="Grouping.UnitCount"/> = n), e.g.
    /// <see cref="Grouping.ByRegion"/> or <see cref="Grouping.FromLabels(IReadOnlyList{string})"/>.</param>
    /// <param name="weight">The weight whose positive values make a tie (funds by default).</param>
    /// <returns>Key <c>ei_index</c>; the variant names the grouping and the ties left out.</returns>
    /// <exception cref="ArgumentException">The grouping does not have one unit per node.</exception>
    public static MeasureValue EiIndex(FlowNetwork network, Grouping groups, EdgeWeight weight = EdgeWeight.Funds)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var g = BinaryDigraph.Of(network, weight);
        if (groups.UnitCount != g.NodeCount)
            throw new ArgumentException($"The grouping has {groups.UnitCount} units; the network has {g.NodeCount} nodes.", nameof(groups));
        long external = 0, internalTies = 0, leftOut = 0;
        for (var i = 0; i < g.NodeCount; i++)
        {
            var gi = groups.GroupOf(i);
            foreach (var j in g.Out(i))
            {
                var gj = groups.GroupOf(j);
                if (gi < 0 || gj < 0) leftOut++;
                else if (gi == gj) internalTies++;
                else external++;
            }
        }
        var coverage = groups.Description + (groups.LeftOut.IsEmpty ? "" : string.Create(CultureInfo.InvariantCulture,
            $" ({groups.LeftOut.Length} unit{(groups.LeftOut.Length == 1 ? "" : "s")}; {leftOut} tie{(leftOut == 1 ? "" : "s")} touching them left out)"));
        var variant = Variant("Krackhardt–Stern E–I over " + coverage, weight);
        return external + internalTies == 0
            ? MeasureValue.Undefined("ei_index", variant, "no tie between two grouped nodes")
            : MeasureValue.Of("ei_index", variant, (double)(external - internalTies) / (external + internalTies));
    }

    /// <summary>
    /// The E–I index of a city network over the four mainland statistical regions (<see cref="Grouping.ByRegion"/>: ties
    /// touching Hong Kong, Macao or Taiwan left out); see <see cref="EiIndex(FlowNetwork, Grouping, EdgeWeight)"/>. O(n + m).
    /// </summary>
    /// <remarks>Krackhardt and Stern (1988), Social Psychology Quarterly 51:123–140, doi:10.2307/2786835.</remarks>
    /// <param name="network">A city network.</param>
    /// <param name="weight">The weight whose positive values make a tie (funds by default).</param>
    /// <returns>Key <c>ei_index</c>.</returns>
    /// <exception cref="InvalidOperationException">The network is not a city network (give a grouping).</exception>
    public static MeasureValue EiIndex(FlowNetwork network, EdgeWeight weight = EdgeWeight.Funds) =>
        EiIndex(network, Grouping.ByRegion(network), weight);
}

namespace CapitalNetwork.Measures;

public static partial class Flows
{
    /// <summary>
    /// Group-to-group flow matrices for capital, funds and links: M_w[g, h] = Σ of weight w over edges i → j with i in g
    /// and j in h (self-loops go to the diagonal). Any grouping of the nodes works (regions, provinces, a user's city
    /// clusters). The matrix keeps every flow, so the grouping must put every node in a group. O(m + G²).
    /// </summary>
    /// <param name="network">The network.</param>
    /// <param name="groups">A grouping of its nodes (<see cref="Grouping.UnitCount"/> = node count).</param>
    /// <returns>The matrices.</returns>
    /// <exception cref="ArgumentException">The grouping does not cover the nodes, or leaves some out (<see cref="Grouping.LeftOut"/>).</exception>
    public static FlowMatrix Matrix(FlowNetwork network, Grouping groups)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(groups);
        if (groups.UnitCount != network.NodeCount)
            throw new ArgumentException($"The grouping covers {groups.UnitCount} units but the network has {network.NodeCount} nodes.", nameof(groups));
        if (!groups.LeftOut.IsEmpty)
            throw new ArgumentException(
                $"A flow matrix keeps every flow, but the grouping ({groups.Description}) leaves {groups.LeftOut.Length} nodes out; " +
                "group every node, e.g. Grouping.ByRegion(network, includeOutside: true).", nameof(groups));
        var g = groups.Count;
        var cells = new double[3][];
        var sources = network.Sources;
        var targets = network.Targets;
        foreach (var w in Enum.GetValues<EdgeWeight>())
        {
            var c = cells[(int)w] = new double[g * g];
            var weights = network.Weights(w);
            for (var e = 0; e < network.EdgeCount; e++)
                c[groups.GroupOf(sources[e]) * g + groups.GroupOf(targets[e])] += weights[e];
        }
        return new FlowMatrix(groups, cells);
    }

    /// <summary>
    /// Region-to-region or province-to-province flow matrices of a city network. A flow matrix keeps every flow, so by
    /// region it has five rows and columns: East, Central, West, Northeast and Outside (Hong Kong, Macao, Taiwan, whose
    /// capital flows into mainland funds), as <see cref="FlowNetwork.RollUp"/>. O(m + G²).
    /// </summary>
    /// <param name="network">A city network.</param>
    /// <param name="level">Region (default) or province.</param>
    /// <returns>The matrices.</returns>
    /// <exception cref="InvalidOperationException">The network is not a city network.</exception>
    public static FlowMatrix Matrix(FlowNetwork network, RollUpLevel level = RollUpLevel.Region) =>
        Matrix(network, level == RollUpLevel.Region ? Grouping.ByRegion(network, includeOutside: true) : Grouping.By(network, level));
}

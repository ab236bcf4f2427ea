using System.Collections.Immutable;

namespace CapitalNetwork.Measures;

/// <summary>
/// A partition of the nodes into communities, numbered 0, 1, … by size (largest first, ties by smallest node index),
/// with its modularity. Immutable.
/// </summary>
public sealed class CommunityPartition
{
    internal CommunityPartition(FlowNetwork network, int[] membership, double modularity, LouvainOptions options, int levels)
    {
        Network = network;
        Membership = [.. membership];
        Count = membership.Length == 0 ? 0 : membership.Max() + 1;
        Modularity = modularity;
        Options = options;
        Levels = levels;
    }

    /// <summary>The network.</summary>
    public FlowNetwork Network { get; }

    /// <summary>The community of each node, in node order.</summary>
    public ImmutableArray<int> Membership { get; }

    /// <summary>Number of communities (isolated nodes are communities of their own).</summary>
    public int Count { get; }

    /// <summary>Modularity Q_γ of the partition at <see cref="LouvainOptions.Resolution"/> on the graph Louvain saw (NaN without edges).</summary>
    public double Modularity { get; }

    /// <summary>The options used.</summary>
    public LouvainOptions Options { get; }

    /// <summary>Louvain levels that moved nodes.</summary>
    public int Levels { get; }

    /// <summary>The members of each community, ascending, communities in id order.</summary>
    /// <returns>The communities.</returns>
    public IReadOnlyList<IReadOnlyList<int>> Communities()
    {
        var lists = Enumerable.Range(0, Count).Select(_ => new List<int>()).ToArray();
        for (var v = 0; v < Membership.Length; v++) lists[Membership[v]].Add(v);
        return lists;
    }

    /// <summary>The community id per node as node values, measure <c>community(…)</c>.</summary>
    /// <returns>The values.</returns>
    public NodeValues ToNodeValues() =>
        new(Network, $"community(louvain,resolution={Options.Resolution.ToString(System.Globalization.CultureInfo.InvariantCulture)},seed={Options.Seed})",
            Membership.Select(x => (double)x));

    /// <inheritdoc />
    public override string ToString() => $"Louvain: {Count} communities, Q = {Modularity:0.####} (γ = {Options.Resolution})";
}

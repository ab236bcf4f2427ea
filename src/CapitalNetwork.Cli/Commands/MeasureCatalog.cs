using CapitalNetwork.Graph;
using CapitalNetwork.Measures;
using CapitalNetwork.Measures.Centrality;

namespace CapitalNetwork.Cli.Commands;

/// <summary>
/// The keys <c>capnet measures</c> knows: node measures (one value per node) and network figures. Each measure
/// family adds its keys here; keys are snake_case and stable (they are the JSON/CSV column names).
/// </summary>
internal static class MeasureCatalog
{
    public static readonly IReadOnlyList<(string Key, Func<FlowNetwork, EdgeWeight, NodeValues> Compute)> Node =
    [
        ("in_degree", (n, _) => Centrality.InDegree(n)),
        ("out_degree", (n, _) => Centrality.OutDegree(n)),
        ("in_strength", Centrality.InStrength),
        ("out_strength", Centrality.OutStrength),
        ("local_strength", Centrality.LocalStrength),
    ];

    public static readonly IReadOnlyList<(string Key, Func<FlowNetwork, EdgeWeight, object?> Compute)> Network =
    [
        ("node_count", (n, _) => n.NodeCount),
        ("edge_count", (n, _) => n.EdgeCount),
        ("total_weight", (n, w) => n.TotalWeight(w)),
        ("local_share", (n, w) => n.TotalWeight(w) > 0 ? Enumerable.Range(0, n.NodeCount).Sum(v => n.LocalStrength(v, w)) / n.TotalWeight(w) : null),
    ];

    public static IEnumerable<string> AllKeys => Node.Select(x => x.Key).Concat(Network.Select(x => x.Key));
}

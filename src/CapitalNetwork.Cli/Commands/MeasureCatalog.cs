using CapitalNetwork.Graph;
using CapitalNetwork.Measures;
using CapitalNetwork.Measures.Centrality;

namespace CapitalNetwork.Cli.Commands;

/// <summary>
/// What a catalogued measure is computed with: the options of <c>capnet measures</c>. Also collects, per run, why keys
/// came out undefined (<see cref="Notes"/>, printed to stderr) and computations several keys share (HITS gives both
/// <c>hub</c> and <c>authority</c>).
/// </summary>
internal sealed record MeasureContext(EdgeWeight Weight, double Alpha, ulong Seed, int Permutations, double KatzAlpha = 0.1)
{
    private readonly Dictionary<(string, FlowNetwork), object> _shared = [];
    private readonly List<string> _notes = [];

    /// <summary>One line per key that came out undefined, saying why (in the order the keys were computed).</summary>
    public IReadOnlyList<string> Notes => _notes;

    /// <summary><paramref name="compute"/>'s result for this network, computed once per context.</summary>
    public T Shared<T>(string name, FlowNetwork network, Func<T> compute) where T : notnull
    {
        if (_shared.TryGetValue((name, network), out var done)) return (T)done;
        var result = compute();
        _shared[(name, network)] = result;
        return result;
    }

    /// <summary>Notes that <paramref name="key"/> is undefined when <paramref name="reason"/> is not null; returns <paramref name="values"/>.</summary>
    public NodeValues Defined(string key, NodeValues values, string? reason)
    {
        if (reason is not null) _notes.Add($"{key} is undefined (null): {reason}");
        return values;
    }
}

/// <summary>A per-node measure: one value per node (NaN is written as null).</summary>
internal sealed record NodeMeasure(string Key, Func<FlowNetwork, MeasureContext, NodeValues> Compute);

/// <summary>A network figure: a number, null when undefined, or a map (written as a JSON object).</summary>
internal sealed record NetworkMeasure(string Key, Func<FlowNetwork, MeasureContext, object?> Compute);

/// <summary>
/// The keys <c>capnet measures</c> knows. Each measure family keeps its keys in its own partial file
/// (<c>MeasureCatalog.&lt;Family&gt;.cs</c>) and is listed here once; keys are snake_case and stable
/// (they are the JSON/CSV column names).
/// </summary>
internal static partial class MeasureCatalog
{
    private static readonly NodeMeasure[] BasicNode =
    [
        new("in_degree", (n, _) => Centrality.InDegree(n)),
        new("out_degree", (n, _) => Centrality.OutDegree(n)),
        new("in_strength", (n, c) => Centrality.InStrength(n, c.Weight)),
        new("out_strength", (n, c) => Centrality.OutStrength(n, c.Weight)),
        new("local_strength", (n, c) => Centrality.LocalStrength(n, c.Weight)),
        new("in_degree_centrality", (n, _) => Centrality.InDegreeCentrality(n)),
        new("out_degree_centrality", (n, _) => Centrality.OutDegreeCentrality(n)),
        new("degree_centrality", (n, _) => Centrality.DegreeCentrality(n)),
    ];

    private static readonly NetworkMeasure[] BasicNetwork =
    [
        new("node_count", (n, _) => n.NodeCount),
        new("edge_count", (n, _) => n.EdgeCount),
        new("total_weight", (n, c) => n.TotalWeight(c.Weight)),
        new("local_share", (n, c) => n.TotalWeight(c.Weight) > 0
            ? Enumerable.Range(0, n.NodeCount).Sum(v => n.LocalStrength(v, c.Weight)) / n.TotalWeight(c.Weight)
            : null),
    ];

    public static IReadOnlyList<NodeMeasure> Node { get; } = [.. BasicNode, .. CentralityNode, .. CorePeripheryNode];

    public static IReadOnlyList<NetworkMeasure> Network { get; } = [.. BasicNetwork, .. ConcentrationNetwork, .. CorePeripheryNetwork];

    public static IEnumerable<string> AllKeys => Node.Select(x => x.Key).Concat(Network.Select(x => x.Key));
}

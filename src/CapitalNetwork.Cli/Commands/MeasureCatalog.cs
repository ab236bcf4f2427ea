using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using CapitalNetwork.Measures;

namespace CapitalNetwork.Cli.Commands;

/// <summary>
/// What a catalogued measure is computed with: the options of <c>capnet measures</c>; <see cref="Notes"/> collects,
/// for the run that made the context, why keys came out undefined.
/// </summary>
/// <param name="Groups">The groups of the keys that compare groups (<c>ei_index</c>, brokerage roles), resolved once per run
/// from <c>--group-by</c>/<c>--groups</c> (<see cref="GroupArguments"/>): regions by default on a city network; null when the
/// network has none (the group keys are then null with a note).</param>
internal sealed record MeasureContext(EdgeWeight Weight, double Alpha, ulong Seed, int Permutations, double KatzAlpha = 0.1, bool SelfLoops = true, Grouping? Groups = null)
{
    /// <summary>Why keys came out undefined (null), one line each, in the order they were computed (printed to stderr).
    /// A <c>with</c> copy writes to the same list: it is the same run.</summary>
    public MeasureNotes Notes { get; } = new();

    /// <summary>Notes that <paramref name="key"/> is undefined when <paramref name="reason"/> is not null; returns <paramref name="values"/>.</summary>
    public NodeValues Defined(string key, NodeValues values, string? reason)
    {
        if (reason is not null) Notes.Add($"{key} is undefined (null): {reason}");
        return values;
    }
}

/// <summary>The undefined-key notes of one run (thread-safe).</summary>
internal sealed class MeasureNotes
{
    private readonly List<string> _lines = [];

    /// <summary>Adds a line.</summary>
    public void Add(string line)
    {
        lock (_lines) _lines.Add(line);
    }

    /// <summary>The lines so far.</summary>
    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_lines) return [.. _lines];
        }
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
    private static readonly ConditionalWeakTable<FlowNetwork, ConcurrentDictionary<object, object>> Shared = [];

    /// <summary>
    /// A computation several keys share (a fit, a partition, one HITS run for <c>hub</c> and <c>authority</c>): made
    /// once per network and <paramref name="key"/> — a tuple of the computation's name and exactly the options it
    /// reads — and kept while the network lives.
    /// </summary>
    internal static T Memo<T>(FlowNetwork network, object key, Func<T> compute) where T : class =>
        (T)Shared.GetValue(network, _ => new()).GetOrAdd(key, _ => compute());

    private static readonly NodeMeasure[] BasicNode =
    [
        new("in_degree", (n, _) => Centrality.InDegree(n)),
        new("out_degree", (n, _) => Centrality.OutDegree(n)),
        new("in_strength", (n, c) => Centrality.InStrength(n, c.Weight)),
        new("out_strength", (n, c) => Centrality.OutStrength(n, c.Weight)),
        new("local_strength", (n, c) => Centrality.LocalStrength(n, c.Weight)),
        new("registered_funds", (n, _) => Centrality.RegisteredFunds(n)),
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

    public static IReadOnlyList<NodeMeasure> Node { get; } = [.. BasicNode, .. CentralityNode, .. CorePeripheryNode, .. BrokerageNode];

    public static IReadOnlyList<NetworkMeasure> Network { get; } = [.. BasicNetwork, .. ConcentrationNetwork, .. CorePeripheryNetwork, .. StructureNetwork];

    public static IEnumerable<string> AllKeys => Node.Select(x => x.Key).Concat(Network.Select(x => x.Key));
}

using System.Collections.Immutable;

namespace CapitalNetwork.Measures;

/// <summary>
/// An immutable per-node result of a measure: one value per node of <see cref="Network"/>, with look-up by node
/// index or id, a ranking and top-k. <see cref="Measure"/> names what was computed and with which options.
/// </summary>
public sealed class NodeValues
{
    /// <summary>Creates a result.</summary>
    /// <param name="network">The network the values belong to.</param>
    /// <param name="measure">What was computed, e.g. <c>in_strength(weight=funds)</c>.</param>
    /// <param name="values">One value per node, in node order.</param>
    /// <exception cref="ArgumentException">The number of values differs from the number of nodes.</exception>
    public NodeValues(FlowNetwork network, string measure, IEnumerable<double> values)
    {
        Network = network ?? throw new ArgumentNullException(nameof(network));
        Measure = measure;
        Values = [.. values];
        if (Values.Length != network.NodeCount)
            throw new ArgumentException($"Expected {network.NodeCount} values, got {Values.Length}.", nameof(values));
    }

    /// <summary>The network.</summary>
    public FlowNetwork Network { get; }

    /// <summary>The measure's name and options.</summary>
    public string Measure { get; }

    /// <summary>The values in node order.</summary>
    public ImmutableArray<double> Values { get; }

    /// <summary>The value of a node by index.</summary>
    /// <param name="node">Node index.</param>
    public double this[int node] => Values[node];

    /// <summary>The value of a node by id (a city code such as <c>"110000"</c>).</summary>
    /// <param name="id">Node id.</param>
    public double this[string id] => Values[Network.IndexOf(id)];

    /// <summary>Σ of the values.</summary>
    public double Sum => Values.Sum();

    /// <summary>Node indices ordered by value, largest first; ties keep node order (city code order). O(n log n).</summary>
    /// <returns>The ranking.</returns>
    public IReadOnlyList<int> Ranking() =>
        Enumerable.Range(0, Values.Length).OrderByDescending(i => Values[i]).ThenBy(i => i).ToArray();

    /// <summary>The <paramref name="k"/> nodes with the largest values (ties in node order).</summary>
    /// <param name="k">How many.</param>
    /// <returns>(node, value) pairs, largest first.</returns>
    public IReadOnlyList<(NetworkNode Node, double Value)> Top(int k) =>
        Ranking().Take(k).Select(i => (Network.Nodes[i], Values[i])).ToArray();

    /// <inheritdoc />
    public override string ToString() => $"{Measure}: {Values.Length} nodes, Σ = {Sum:G6}";
}

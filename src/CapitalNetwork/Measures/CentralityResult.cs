namespace CapitalNetwork.Measures;

/// <summary>
/// An immutable result of a shortest-path centrality: per-node values (look-up by node index or city id, ranking,
/// top-k) together with the options that produced them.
/// </summary>
/// <typeparam name="TOptions">The options record of the measure.</typeparam>
public sealed class CentralityResult<TOptions>
    where TOptions : class
{
    internal CentralityResult(NodeValues values, TOptions options)
    {
        Values = values;
        Options = options;
    }

    /// <summary>The values, one per node in node order (<see cref="NodeValues.Measure"/> names the measure and options).</summary>
    public NodeValues Values { get; }

    /// <summary>The options that produced the values.</summary>
    public TOptions Options { get; }

    /// <summary>The network measured.</summary>
    public FlowNetwork Network => Values.Network;

    /// <summary>The value of a node by index.</summary>
    /// <param name="node">Node index.</param>
    public double this[int node] => Values[node];

    /// <summary>The value of a node by id (a city code such as <c>"110000"</c>).</summary>
    /// <param name="id">Node id.</param>
    public double this[string id] => Values[id];

    /// <summary>Node indices ordered by value, largest first; ties in node order.</summary>
    /// <returns>The ranking.</returns>
    public IReadOnlyList<int> Ranking() => Values.Ranking();

    /// <summary>The <paramref name="k"/> nodes with the largest values (ties in node order).</summary>
    /// <param name="k">How many.</param>
    /// <returns>(node, value) pairs, largest first.</returns>
    public IReadOnlyList<(NetworkNode Node, double Value)> Top(int k) => Values.Top(k);

    /// <inheritdoc />
    public override string ToString() => Values.ToString();
}

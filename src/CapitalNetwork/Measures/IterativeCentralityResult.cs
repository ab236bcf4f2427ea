namespace CapitalNetwork.Measures;

/// <summary>
/// An immutable result of an iterative centrality (eigenvector, PageRank, Katz): per-node values, the options, whether
/// the measure is defined on this network (and why not), and how the iteration ended.
/// </summary>
/// <typeparam name="TOptions">The options record of the measure.</typeparam>
/// <remarks>
/// When <see cref="IsDefined"/> is false every value is NaN and <see cref="UndefinedReason"/> says why (for example an
/// eigenvector centrality whose largest eigenvalue is shared by two strongly connected components). When the
/// iteration stops at the iteration cap, <see cref="Converged"/> is false and the values are the last iterate.
/// </remarks>
public sealed class IterativeCentralityResult<TOptions>
    where TOptions : class
{
    internal IterativeCentralityResult(NodeValues values, TOptions options, string? undefinedReason, bool converged, int iterations, double residual, double eigenvalue)
    {
        Values = values;
        Options = options;
        UndefinedReason = undefinedReason;
        Converged = converged;
        Iterations = iterations;
        Residual = residual;
        Eigenvalue = eigenvalue;
    }

    /// <summary>The values, one per node in node order (all NaN when the measure is undefined).</summary>
    public NodeValues Values { get; }

    /// <summary>The options that produced the values.</summary>
    public TOptions Options { get; }

    /// <summary>The network measured.</summary>
    public FlowNetwork Network => Values.Network;

    /// <summary>True when the measure has a unique answer on this network.</summary>
    public bool IsDefined => UndefinedReason is null;

    /// <summary>Why the measure is undefined, or <c>null</c> when it is defined.</summary>
    public string? UndefinedReason { get; }

    /// <summary>True when the iteration met its tolerance (false when undefined or stopped at the cap).</summary>
    public bool Converged { get; }

    /// <summary>Iterations made.</summary>
    public int Iterations { get; }

    /// <summary>The last change Σ_v |x_v − x_v^prev| of the iterate (the quantity tested against n · tolerance).</summary>
    public double Residual { get; }

    /// <summary>Eigenvector centrality: the dominant eigenvalue λ₁ of the adjacency matrix. NaN for other measures.</summary>
    public double Eigenvalue { get; }

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
    public override string ToString() =>
        IsDefined ? $"{Values} ({(Converged ? "converged" : "NOT converged")} in {Iterations} iterations, residual {Residual:G3})"
                  : $"{Values.Measure}: undefined — {UndefinedReason}";
}

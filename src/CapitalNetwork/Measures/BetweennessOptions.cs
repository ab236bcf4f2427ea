namespace CapitalNetwork.Measures;

/// <summary>Options of <see cref="Centrality.Betweenness"/>: NetworkX's conventions by default (hops, directed, normalized, endpoints excluded).</summary>
public sealed record BetweennessOptions : PathCentralityOptions
{
    /// <summary>NetworkX's defaults: hops, directed, normalized, no endpoints.</summary>
    public static BetweennessOptions Default { get; } = new();

    /// <summary>Gephi's betweenness (and igraph's): hops, raw sums (Gephi's "Normalize" box is off by default).</summary>
    public static BetweennessOptions Gephi { get; } = new() { Normalized = false };

    /// <summary>
    /// True (default): divide by the number of pairs that can pass through v — directed (n−1)(n−2), undirected
    /// (n−1)(n−2)/2 (NetworkX <c>normalized=True</c>). False: raw sums, undirected pairs counted once. n ≤ 2: no scaling.
    /// </summary>
    public bool Normalized { get; init; } = true;

    /// <summary>
    /// True: count the endpoints of each path too (NetworkX <c>endpoints=True</c>: the source gains the number of nodes it
    /// reaches, every reached node gains 1, normalisation uses n instead of n − 1). Default false.
    /// </summary>
    public bool Endpoints { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"betweenness({Describe()}{(Normalized ? ", normalized" : "")}{(Endpoints ? ", endpoints" : "")})";
}

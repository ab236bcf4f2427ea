using System.Text.Json;

namespace CapitalNetwork.Measures;

/// <summary>
/// What the shortest-path measures (betweenness, closeness, harmonic) share: the edge length, the weight channel,
/// directed or undirected view, the tie tolerance and the thread count. Change with <c>with</c>.
/// </summary>
/// <remarks>
/// Self-loops are always left out (they never lie on a shortest path). The undirected view ignores direction: the
/// pair {i, j} is linked when i → j or j → i exists, with the two weights merged by <see cref="Merge"/>.
/// </remarks>
public abstract record PathCentralityOptions
{
    /// <summary>Edge length: <see cref="EdgeDistance.Hops"/> (default, NetworkX's default), 1/weight, or the weight itself.</summary>
    public EdgeDistance Distance { get; init; } = EdgeDistance.Hops;

    /// <summary>The weight channel a weighted <see cref="Distance"/> reads (default <see cref="EdgeWeight.Funds"/>); ignored for hops.</summary>
    public EdgeWeight Weight { get; init; } = EdgeWeight.Funds;

    /// <summary>True (default): paths follow edge direction. False: the undirected view.</summary>
    public bool Directed { get; init; } = true;

    /// <summary>Undirected view only: how the weights of a reciprocal pair are merged (default: summed).</summary>
    public ReciprocalMerge Merge { get; init; } = ReciprocalMerge.Sum;

    /// <summary>
    /// Weighted paths: two path lengths a, b are equally short when |a − b| ≤ tolerance · max(a, b) (default 1e-10, as
    /// igraph's epsilon comparison). 0 reproduces NetworkX's exact float comparison.
    /// </summary>
    public double TieTolerance { get; init; } = 1e-10;

    /// <summary>Threads to use (default: all processors). Results are identical for every value.</summary>
    public int? MaxDegreeOfParallelism { get; init; }

    /// <summary>True when edge lengths come from weights.</summary>
    public bool Weighted => Distance != EdgeDistance.Hops;

    /// <summary>A short description of these options, e.g. <c>distance=inverse_weight(funds), directed</c>.</summary>
    /// <returns>The description.</returns>
    protected string Describe() =>
        (Distance == EdgeDistance.Hops ? "distance=hops" : $"distance={JsonNamingPolicy.SnakeCaseLower.ConvertName(Distance.ToString())}({JsonNamingPolicy.SnakeCaseLower.ConvertName(Weight.ToString())})")
        + (Directed ? ", directed" : $", undirected(merge={JsonNamingPolicy.SnakeCaseLower.ConvertName(Merge.ToString())})");

    internal void Validate()
    {
        if (!(TieTolerance >= 0 && TieTolerance < 1e-3)) throw new ArgumentOutOfRangeException(nameof(TieTolerance), "TieTolerance must be in [0, 1e-3).");
        if (MaxDegreeOfParallelism is < 1) throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism), "MaxDegreeOfParallelism must be ≥ 1.");
    }
}

using System.Collections.Frozen;

namespace CapitalNetwork.Measures;

/// <summary>Options of <see cref="Centrality.PageRank"/>: NetworkX's conventions (weighted, α = 0.85, uniform teleport and dangling).</summary>
public sealed record PageRankOptions : IterativeCentralityOptions
{
    /// <summary>α = 0.85, weighted by funds, uniform personalization, tolerance 1e-13.</summary>
    public static PageRankOptions Default { get; } = new();

    /// <summary>True (default, as NetworkX which reads the <c>weight</c> attribute unasked): transition probabilities ∝ weight.</summary>
    public override bool Weighted { get; init; } = true;

    /// <summary>Damping α in [0, 1) (default 0.85): the probability of following an edge rather than teleporting.</summary>
    public double Alpha { get; init; } = 0.85;

    /// <summary>
    /// Teleport distribution p by node id (missing ids = 0; normalised to sum 1); <c>null</c> = uniform. Copied when
    /// set, so these options — and the results that carry them — do not change when the caller's dictionary does
    /// (two options objects compare equal only when they hold the same copy, e.g. one made from the other by
    /// <c>with</c>).
    /// </summary>
    public IReadOnlyDictionary<string, double>? Personalization
    {
        get => _personalization;
        init => _personalization = value?.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>
    /// Where a dangling node (out-strength 0) sends its walker, by node id (normalised); <c>null</c> = the teleport
    /// distribution. Copied when set, like <see cref="Personalization"/>.
    /// </summary>
    public IReadOnlyDictionary<string, double>? Dangling
    {
        get => _dangling;
        init => _dangling = value?.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private readonly IReadOnlyDictionary<string, double>? _personalization;
    private readonly IReadOnlyDictionary<string, double>? _dangling;

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"pagerank(alpha={Alpha}, {Describe()}{(Personalization is null ? "" : ", personalized")}{(Dangling is null ? "" : ", dangling")})");
}

using System.Text.Json;
namespace CapitalNetwork.Measures;

/// <summary>Options of <see cref="Centrality.Hits"/>: NetworkX's conventions (weighted, each vector sums to 1).</summary>
public sealed record HitsOptions : IterativeCentralityOptions
{
    /// <summary>Weighted by funds, sum-normalised, tolerance 1e-13.</summary>
    public static HitsOptions Default { get; } = new();

    /// <summary>
    /// Gephi's HITS: unweighted, self-loops left out, unit Euclidean norm (Gephi stops at a loose tolerance, 1e-4, so
    /// its values agree with these to about 4 digits).
    /// </summary>
    public static HitsOptions Gephi { get; } = new() { Weighted = false, SelfLoops = false, Normalization = VectorNormalization.Euclidean };

    /// <summary>True (default, as NetworkX which reads the <c>weight</c> attribute unasked).</summary>
    public override bool Weighted { get; init; } = true;

    /// <summary>Scaling of each vector: Σ = 1 (default, NetworkX), max = 1 (igraph), unit norm (Gephi). <see cref="VectorNormalization.None"/> is not allowed.</summary>
    public VectorNormalization Normalization { get; init; } = VectorNormalization.Sum;

    /// <inheritdoc />
    public override string ToString() =>
        $"hits({Describe()}{(Normalization == VectorNormalization.Sum ? "" : ", normalization=" + JsonNamingPolicy.SnakeCaseLower.ConvertName(Normalization.ToString()))})";
}

using System.Text.Json;
namespace CapitalNetwork.Measures;

/// <summary>Options of <see cref="Centrality.Katz"/>: NetworkX's defaults (α = 0.1, β = 1, unweighted, unit norm).</summary>
public sealed record KatzOptions : IterativeCentralityOptions
{
    /// <summary>α = 0.1, β = 1, unweighted, unit Euclidean norm, tolerance 1e-13.</summary>
    public static KatzOptions Default { get; } = new();

    /// <summary>False (default, as NetworkX <c>weight=None</c>): A is the 0/1 adjacency matrix.</summary>
    public override bool Weighted { get; init; }

    /// <summary>Attenuation α &gt; 0 (default 0.1). The series converges only when α &lt; 1/ρ(A), ρ the spectral radius.</summary>
    public double Alpha { get; init; } = 0.1;

    /// <summary>The constant β added to every node (default 1).</summary>
    public double Beta { get; init; } = 1;

    /// <summary>Scaling (default unit Euclidean norm, NetworkX <c>normalized=True</c>; <see cref="VectorNormalization.None"/> = NetworkX <c>normalized=False</c>).</summary>
    public VectorNormalization Normalization { get; init; } = VectorNormalization.Euclidean;

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"katz(alpha={Alpha}, beta={Beta}, {Describe()}{(Normalization == VectorNormalization.Euclidean ? "" : ", normalization=" + JsonNamingPolicy.SnakeCaseLower.ConvertName(Normalization.ToString()))})");
}

using System.Collections.Immutable;

namespace CapitalNetwork.Measures;

/// <summary>Options of <see cref="Gravity.Ppml(DyadMatrix, IReadOnlyList{DyadMatrix}, GravityOptions?, CancellationToken)"/>. Change with <c>with</c>.</summary>
public sealed record GravityOptions
{
    /// <summary>Origin and destination fixed effects, diagonal left out, at most 100 iterations, tolerance 1e-9.</summary>
    public static GravityOptions Default { get; } = new();

    /// <summary>
    /// Masses instead of fixed effects: when not empty, the model has an intercept and ln(mass) of each
    /// <see cref="GravityMass"/> instead of origin and destination fixed effects. Empty (default): fixed effects.
    /// </summary>
    public ImmutableArray<GravityMass> Masses { get; init; } = [];

    /// <summary>Use the diagonal (local capital, i = j) too; a <c>local</c> indicator (1 when i = j) is then added, which
    /// absorbs the placeholder distance of the diagonal. Default false.</summary>
    public bool IncludeDiagonal { get; init; }

    /// <summary>Iteration cap of IRLS (default 100).</summary>
    public int MaxIterations { get; init; } = 100;

    /// <summary>Converged when no parameter (fixed effects included) moves by more than this in an iteration (default 1e-9).</summary>
    public double Tolerance { get; init; } = 1e-9;
}

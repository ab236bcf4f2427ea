namespace CapitalNetwork.Measures;

/// <summary>
/// Options of the concentration, inequality and polarization measures: optional population weights, an optional
/// grouping and the estimator. Immutable; change with <c>with</c>.
/// </summary>
/// <remarks>
/// <para><b>Weights</b> f_i ≥ 0 (e.g. population of a province whose value x_i is per capita). The inequality and
/// polarization measures (Gini, Theil, GE, CV, Hoover, Lorenz, Wolfson, Esteban–Ray, Duclos–Esteban–Ray) treat unit
/// i as f_i people each holding x_i, so that for integer weights the result equals the unweighted measure of the
/// vector in which x_i is repeated f_i times (population-weighted regional inequality). The concentration measures
/// (shares, HHI, CR_k) use the unit's size f_i·x_i (per-capita value × population = the unit's total). Without
/// weights f_i = 1.</para>
/// <para><b>Groups</b>: when set, decomposable measures report between- and within-group parts and Esteban–Ray uses
/// the group means; the grouping must be of exactly the n units. Units it puts in no group (<see cref="Grouping.LeftOut"/>:
/// Hong Kong, Macao and Taiwan under the four mainland regions) take no part in those grouped figures, which report
/// them apart (<see cref="GroupCoverage"/>); the measures that use no grouping (Gini, CV, Hoover, Lorenz, Wolfson,
/// Duclos–Esteban–Ray) cover every unit.</para>
/// </remarks>
public sealed record InequalityOptions
{
    /// <summary>No weights, no groups, population estimators.</summary>
    public static InequalityOptions Default { get; } = new();

    /// <summary>Population weights f_i ≥ 0, one per value; <c>null</c> for f_i = 1.</summary>
    public IReadOnlyList<double>? Weights { get; init; }

    /// <summary>The grouping of the units, or <c>null</c>.</summary>
    public Grouping? Groups { get; init; }

    /// <summary>Population (default) or sample-corrected Gini and CV.</summary>
    public InequalityVariant Variant { get; init; } = InequalityVariant.Population;
}

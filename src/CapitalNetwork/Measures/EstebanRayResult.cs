using System.Collections.Immutable;
using System.Globalization;

namespace CapitalNetwork.Measures;

/// <summary>
/// An Esteban–Ray polarization index ER_α = Σ_g Σ_h p_g^(1+α) p_h |r_g − r_h| with the α and the formulation used.
/// Immutable.
/// </summary>
public sealed class EstebanRayResult
{
    internal EstebanRayResult(double alpha, EstebanRayFormulation formulation, double value, IReadOnlyList<EstebanRayGroup> groups,
        GroupCoverage? coverage, string? undefinedReason)
    {
        Coverage = coverage;
        Alpha = alpha;
        Formulation = formulation;
        Value = value;
        Groups = [.. groups];
        UndefinedReason = undefinedReason;
    }

    /// <summary>The identification sensitivity α.</summary>
    public double Alpha { get; }

    /// <summary>Group means or distinct values.</summary>
    public EstebanRayFormulation Formulation { get; }

    /// <summary>
    /// The scale constant: K = 1/μ applied to group means, i.e. positions are relative means r_g = μ_g/μ, which makes
    /// the index scale-invariant; α = 0 gives twice the Gini of the group-mean distribution. Halve <see cref="Value"/>
    /// for the K = 1/(2μ) normalization.
    /// </summary>
    public string Normalization => "K = 1/μ (relative means r_g = μ_g/μ); α = 0 gives 2 × Gini of the group means";

    /// <summary>ER_α; NaN when undefined.</summary>
    public double Value { get; }

    /// <summary>The points (groups) with their masses and positions, in grouping order (ascending value for distinct values).</summary>
    public ImmutableArray<EstebanRayGroup> Groups { get; }

    /// <summary>
    /// The grouping and the units it leaves out (Hong Kong, Macao and Taiwan under the four mainland regions), with their
    /// share of the total; <c>null</c> for <see cref="EstebanRayFormulation.DistinctValues"/>.
    /// </summary>
    public GroupCoverage? Coverage { get; }

    /// <summary>
    /// What was computed: α, the formulation, the grouping with the units it leaves out (e.g. <c>four mainland regions;
    /// Hong Kong, Macao, Taiwan left out (3 units, 0.00 % of the total)</c>) and the normalization.
    /// </summary>
    public string Variant => string.Create(CultureInfo.InvariantCulture,
        $"α = {Alpha:R}; {Formulation}{(Coverage is null ? "" : "; " + Coverage)}; {Normalization}");

    /// <summary>True when defined.</summary>
    public bool IsDefined => UndefinedReason is null;

    /// <summary>Why undefined (no unit, every value zero), or <c>null</c>.</summary>
    public string? UndefinedReason { get; }

    /// <summary>The value as a <see cref="MeasureValue"/> (key <c>esteban_ray</c>).</summary>
    /// <returns>The value.</returns>
    public MeasureValue ToMeasureValue() => new("esteban_ray", Variant, Value, UndefinedReason);

    /// <inheritdoc />
    public override string ToString() => IsDefined
        ? string.Create(CultureInfo.InvariantCulture, $"esteban_ray(α = {Alpha:R}, {Formulation}) = {Value:G10}{(Coverage is null ? "" : " — " + Coverage)}")
        : $"esteban_ray: undefined — {UndefinedReason}";
}

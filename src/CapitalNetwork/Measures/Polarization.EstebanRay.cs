using System.Globalization;

namespace CapitalNetwork.Measures;

/// <summary>
/// Polarization measures over non-negative values with optional population weights and grouping
/// (<see cref="InequalityOptions"/>): Esteban–Ray, Wolfson bipolarization and the Duclos–Esteban–Ray estimator.
/// Each measure states its formula, normalisation and reference.
/// </summary>
/// <remarks>
/// Negative or non-finite values throw <see cref="ArgumentException"/> naming the index; undefined cases (every value
/// zero, a zero median for Wolfson) return results with <c>IsDefined</c> false and the reason.
/// </remarks>
public static partial class Polarization
{
    /// <summary>Largest α the Esteban–Ray axioms allow (α* ≈ 1.6).</summary>
    public const double MaxEstebanRayAlpha = 1.6;

    /// <summary>
    /// Esteban–Ray polarization ER_α = Σ_g Σ_h p_g^(1+α) p_h |r_g − r_h| with p_g = F_g/F the population share of group
    /// g (share of cities, or of weight), s_g = X_g/X its share of the total and r_g = s_g/p_g = μ_g/μ its relative mean
    /// (this library's formulation: K = 1/μ applied to group means, so the index is scale-invariant; Esteban and Ray leave
    /// the constant K a normalisation choice). With a
    /// grouping the groups are its groups (<see cref="EstebanRayFormulation.GroupMeans"/>); without one every distinct
    /// value is a point (<see cref="EstebanRayFormulation.DistinctValues"/>). One group gives 0. α = 0 is accepted and
    /// gives twice the Gini of the group-mean distribution. Units in no group of the grouping (<see cref="Grouping.LeftOut"/>)
    /// are left out, and the result says so (<see cref="EstebanRayResult.Coverage"/>). Undefined: no unit or every value
    /// zero. O(n + G²).
    /// Examples: x = (1, 2, 3, 6) in groups (E, E, W, W): ER_1 = 0.25, ER_1.6 = 0.164938.
    /// </summary>
    /// <remarks>Esteban, J.-M. &amp; Ray, D. (1994), On the measurement of polarization, Econometrica 62(4):819–851, doi:10.2307/2951734.</remarks>
    /// <param name="values">Non-negative values.</param>
    /// <param name="alpha">α in [0, 1.6] (polarization proper: (0, 1.6]).</param>
    /// <param name="options">Weights and groups.</param>
    /// <returns>The index with α and the formulation.</returns>
    /// <exception cref="ArgumentOutOfRangeException">α is outside [0, 1.6].</exception>
    /// <exception cref="ArgumentException">A value or weight is negative or not finite, or a length differs.</exception>
    public static EstebanRayResult EstebanRay(ReadOnlySpan<double> values, double alpha, InequalityOptions? options = null)
    {
        if (!(alpha >= 0 && alpha <= MaxEstebanRayAlpha))
            throw new ArgumentOutOfRangeException(nameof(alpha), alpha, "Esteban–Ray α must be in [0, 1.6] (polarization proper: (0, 1.6]; α = 0 is the Gini limit).");
        options ??= InequalityOptions.Default;
        ConcentrationMath.Validate(values, options.Weights, options.Groups);
        if (options.Groups is not { } groups) return EstebanRay(values, options.Weights, null, alpha, null);
        var coverage = GroupCoverage.Of(values, options.Weights, groups);
        if (groups.LeftOut.IsEmpty) return EstebanRay(values, options.Weights, groups, alpha, coverage);
        var (kept, keptWeights, keptGroups) = ConcentrationMath.InGroups(values, options.Weights, groups);
        return EstebanRay(kept, keptWeights, keptGroups, alpha, coverage);
    }

    /// <summary>ER_α over validated values whose units all belong to a group of <paramref name="groups"/> (distinct values when null).</summary>
    private static EstebanRayResult EstebanRay(ReadOnlySpan<double> values, IReadOnlyList<double>? weights, Grouping? groups, double alpha, GroupCoverage? coverage)
    {
        var formulation = groups is null ? EstebanRayFormulation.DistinctValues : EstebanRayFormulation.GroupMeans;
        var (f, x) = ConcentrationMath.Totals(values, weights);
        if (f <= 0) return new EstebanRayResult(alpha, formulation, double.NaN, [], coverage, "no units (or every weight is zero)");
        if (x <= 0) return new EstebanRayResult(alpha, formulation, double.NaN, [], coverage, "every value is zero: relative means are undefined");

        string[] names;
        double[] fg, xg;
        if (groups is { } grouping)
        {
            names = [.. grouping.Names];
            fg = new double[grouping.Count];
            xg = new double[grouping.Count];
            for (var i = 0; i < values.Length; i++)
            {
                var w = ConcentrationMath.WeightOf(weights, i);
                fg[grouping.GroupOf(i)] += w;
                xg[grouping.GroupOf(i)] += w * values[i];
            }
        }
        else
        {
            var (xs, fs) = ConcentrationMath.SortAscending(values, weights);
            var points = new List<(double Value, double F)>();
            for (var k = 0; k < xs.Length; k++)
            {
                if (points.Count > 0 && points[^1].Value == xs[k]) points[^1] = (xs[k], points[^1].F + fs[k]);
                else points.Add((xs[k], fs[k]));
            }
            names = [.. points.Select(p => p.Value.ToString("R", CultureInfo.InvariantCulture))];
            fg = [.. points.Select(p => p.F)];
            xg = [.. points.Select(p => p.F * p.Value)];
        }
        var g = names.Length;
        var masses = new EstebanRayGroup[g];
        for (var k = 0; k < g; k++)
        {
            var p = fg[k] / f;
            var s = xg[k] / x;
            masses[k] = new EstebanRayGroup(names[k], p, s, p > 0 ? s / p : double.NaN);
        }
        double er = 0;
        for (var a = 0; a < g; a++)
        {
            if (masses[a].PopulationShare <= 0) continue;
            var pa = Math.Pow(masses[a].PopulationShare, 1 + alpha);
            for (var b = 0; b < g; b++)
                if (b != a && masses[b].PopulationShare > 0)
                    er += pa * masses[b].PopulationShare * Math.Abs(masses[a].RelativeMean - masses[b].RelativeMean);
        }
        return new EstebanRayResult(alpha, formulation, er, masses, coverage, null);
    }

    /// <inheritdoc cref="EstebanRay(ReadOnlySpan{double}, double, InequalityOptions?)"/>
    public static EstebanRayResult EstebanRay(IReadOnlyList<double> values, double alpha, InequalityOptions? options = null) =>
        EstebanRay(ConcentrationMath.ToArray(values), alpha, options);

    /// <summary>
    /// Esteban–Ray polarization of per-node values of a city network between the four mainland regions (East, Central,
    /// West, Northeast) or between provinces. By region, Hong Kong, Macao and Taiwan are in no region and are left out:
    /// p_g and r_g are shares of the mainland cities, and <see cref="EstebanRayResult.Coverage"/> (also in the variant)
    /// gives the units left out and their share of the total. For the five-group figure of earlier versions (港澳台 as a
    /// group Outside) pass <c>new InequalityOptions { Groups = Grouping.ByRegion(network, includeOutside: true) }</c>
    /// (<see cref="EstebanRay(NodeValues, double, InequalityOptions)"/>). O(n + G²).
    /// </summary>
    /// <param name="values">Per-node values of a city network (every node, zeros included).</param>
    /// <param name="alpha">α in [0, 1.6].</param>
    /// <param name="groupBy">Region (the reference study's four regions) or province.</param>
    /// <returns>The index.</returns>
    /// <exception cref="InvalidOperationException">The network is not a city network.</exception>
    public static EstebanRayResult EstebanRay(NodeValues values, double alpha, RollUpLevel groupBy = RollUpLevel.Region)
    {
        ArgumentNullException.ThrowIfNull(values);
        return EstebanRay(values.Values.AsSpan(), alpha, new InequalityOptions { Groups = Grouping.By(values.Network, groupBy) });
    }

    /// <summary>Esteban–Ray polarization of per-node values (every node, zeros included) with the weights and grouping of <paramref name="options"/> (distinct values without a grouping). O(n log n + G²).</summary>
    /// <param name="values">Per-node values.</param>
    /// <param name="alpha">α in [0, 1.6].</param>
    /// <param name="options">Weights and groups, e.g. <c>new InequalityOptions { Groups = Grouping.ByRegion(network, includeOutside: true) }</c>.</param>
    /// <returns>The index.</returns>
    /// <exception cref="ArgumentOutOfRangeException">α is outside [0, 1.6].</exception>
    /// <exception cref="ArgumentException">A weight is negative or not finite, or a length differs.</exception>
    public static EstebanRayResult EstebanRay(NodeValues values, double alpha, InequalityOptions options)
    {
        ArgumentNullException.ThrowIfNull(values);
        return EstebanRay(values.Values.AsSpan(), alpha, options);
    }
}

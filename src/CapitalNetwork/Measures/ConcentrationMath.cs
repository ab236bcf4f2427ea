namespace CapitalNetwork.Measures;

/// <summary>
/// Shared arithmetic of the concentration and polarization measures: input validation, totals, sorting with weights,
/// the weighted median and the Lorenz ordinate. Weights are population (frequency) weights f_i ≥ 0; a missing weight
/// vector means f_i = 1. Units with f_i = 0 take no part in the population-weighted measures.
/// </summary>
internal static class ConcentrationMath
{
    /// <summary>Checks values (finite, ≥ 0), weights (same length, finite, ≥ 0) and the grouping (same length).</summary>
    public static void Validate(ReadOnlySpan<double> values, IReadOnlyList<double>? weights, Grouping? groups)
    {
        for (var i = 0; i < values.Length; i++)
        {
            var x = values[i];
            if (double.IsNaN(x) || double.IsInfinity(x))
                throw new ArgumentException($"values[{i}] = {x} is not a finite number.", nameof(values));
            if (x < 0)
                throw new ArgumentException(
                    $"values[{i}] = {x.ToString("R", System.Globalization.CultureInfo.InvariantCulture)} is negative; concentration, inequality and polarization measures are defined for non-negative values only.",
                    nameof(values));
        }
        if (weights is not null)
        {
            if (weights.Count != values.Length)
                throw new ArgumentException($"There are {weights.Count} weights for {values.Length} values.", nameof(weights));
            for (var i = 0; i < weights.Count; i++)
            {
                var f = weights[i];
                if (!double.IsFinite(f) || f < 0)
                    throw new ArgumentException(
                        $"weights[{i}] = {f.ToString("R", System.Globalization.CultureInfo.InvariantCulture)} is not a finite non-negative number.",
                        nameof(weights));
            }
        }
        if (groups is not null && groups.UnitCount != values.Length)
            throw new ArgumentException($"The grouping covers {groups.UnitCount} units but there are {values.Length} values.", nameof(groups));
    }

    public static double WeightOf(IReadOnlyList<double>? weights, int i) => weights is null ? 1.0 : weights[i];

    /// <summary>
    /// The values and weights of the units in a group, with the grouping over them (the input itself when no unit is
    /// left out): what the grouped measures compute over.
    /// </summary>
    public static (double[] Values, IReadOnlyList<double>? Weights, Grouping Groups) InGroups(ReadOnlySpan<double> values, IReadOnlyList<double>? weights, Grouping groups)
    {
        if (groups.LeftOut.IsEmpty) return (values.ToArray(), weights, groups);
        var n = groups.UnitCount - groups.LeftOut.Length;
        var x = new double[n];
        var f = weights is null ? null : new double[n];
        var k = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (groups.GroupOf(i) < 0) continue;
            x[k] = values[i];
            if (f is not null) f[k] = weights![i];
            k++;
        }
        return (x, f, groups.WithoutLeftOut());
    }

    /// <summary>F = Σ f_i and X = Σ f_i x_i.</summary>
    public static (double F, double X) Totals(ReadOnlySpan<double> values, IReadOnlyList<double>? weights)
    {
        double f = 0, x = 0;
        for (var i = 0; i < values.Length; i++)
        {
            var w = WeightOf(weights, i);
            f += w;
            x += w * values[i];
        }
        return (f, x);
    }

    /// <summary>The units with a positive weight, sorted ascending by value (stable): values and weights.</summary>
    public static (double[] X, double[] F) SortAscending(ReadOnlySpan<double> values, IReadOnlyList<double>? weights)
    {
        var pairs = new List<(double Key, int Index)>(values.Length);
        for (var i = 0; i < values.Length; i++)
            if (WeightOf(weights, i) > 0) pairs.Add((values[i], i));
        // Ties keep index order (reproducible); no formula here depends on the order of tied values.
        pairs.Sort(static (a, b) => a.Key != b.Key ? a.Key.CompareTo(b.Key) : a.Index.CompareTo(b.Index));
        var xs = new double[pairs.Count];
        var fs = new double[pairs.Count];
        for (var k = 0; k < pairs.Count; k++)
        {
            xs[k] = pairs[k].Key;
            fs[k] = WeightOf(weights, pairs[k].Index);
        }
        return (xs, fs);
    }

    /// <summary>
    /// Population Gini from sorted values: G = Σ_i f_i x_i (2 F_{&lt;i} + f_i − F) / (F X), the sorted form of
    /// Σ_i Σ_j f_i f_j |x_i − x_j| / (2 F² μ).
    /// </summary>
    public static double GiniSorted(double[] xs, double[] fs, double total, double sum)
    {
        double before = 0, acc = 0;
        for (var k = 0; k < xs.Length; k++)
        {
            acc += fs[k] * xs[k] * (2 * before + fs[k] - total);
            before += fs[k];
        }
        return acc / (total * sum);
    }

    /// <summary>
    /// The median of the population in which unit k stands for f_k people: the value at cumulative weight F/2; when
    /// the cumulative weight hits F/2 exactly at the end of a unit, the mean of that value and the next one (the
    /// ordinary sample median for unit weights).
    /// </summary>
    public static double WeightedMedian(double[] xs, double[] fs, double total)
    {
        var half = total / 2;
        var tol = 1e-12 * total;
        double cum = 0;
        for (var k = 0; k < xs.Length; k++)
        {
            cum += fs[k];
            if (cum < half - tol) continue;
            if (cum > half + tol) return xs[k];
            for (var j = k + 1; j < xs.Length; j++)
                if (fs[j] > 0) return (xs[k] + xs[j]) / 2;
            return xs[k];
        }
        return xs.Length > 0 ? xs[^1] : double.NaN;
    }

    /// <summary>Lorenz ordinates: population shares P_k = F_k/F and value shares L_k = X_k/X, with (0, 0) first.</summary>
    public static (double[] P, double[] L) LorenzPoints(double[] xs, double[] fs, double total, double sum)
    {
        var p = new double[xs.Length + 1];
        var l = new double[xs.Length + 1];
        double cf = 0, cx = 0;
        for (var k = 0; k < xs.Length; k++)
        {
            cf += fs[k];
            cx += fs[k] * xs[k];
            p[k + 1] = cf / total;
            l[k + 1] = cx / sum;
        }
        p[^1] = 1;
        l[^1] = 1;
        return (p, l);
    }

    /// <summary>Linear interpolation of the Lorenz curve at population share <paramref name="at"/>.</summary>
    public static double Interpolate(ReadOnlySpan<double> p, ReadOnlySpan<double> l, double at)
    {
        if (at <= 0) return 0;
        if (at >= 1) return 1;
        for (var k = 1; k < p.Length; k++)
        {
            if (p[k] < at) continue;
            var width = p[k] - p[k - 1];
            return width <= 0 ? l[k] : l[k - 1] + (l[k] - l[k - 1]) * (at - p[k - 1]) / width;
        }
        return 1;
    }

    /// <summary>Copies a list into an array (no copy for arrays).</summary>
    public static double[] ToArray(IReadOnlyList<double> values) =>
        values as double[] ?? [.. values];

    public static string Format(double x) => x.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
}

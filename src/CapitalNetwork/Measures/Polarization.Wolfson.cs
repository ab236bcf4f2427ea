namespace CapitalNetwork.Measures;

public static partial class Polarization
{
    /// <summary>
    /// Wolfson bipolarization W = 2(2T − G)·μ/m: T = 0.5 − L(0.5) with L(0.5) interpolated linearly between the Lorenz
    /// points (k/n, L_k), G the population Gini, μ the mean and m the ordinary median (mean of the two middle values
    /// for an even count) — Wolfson's (1994) scalar index; PySAL's <c>wolfson()</c> returns W/2
    /// (<see cref="WolfsonResult.HalfValue"/>). With population weights each unit stands for f_i people (integer weights:
    /// the same as repeating x_i). Examples: x = (1, 2, 3, 6) → 0.4; x = 1..8 → 0.305556. Undefined: no unit, every value
    /// zero, or a zero median (μ/m infinite — common when most cities have no funds). Groups are ignored. O(n log n).
    /// </summary>
    /// <remarks>Wolfson, M. C. (1994), When inequalities diverge, American Economic Review 84(2):353–358 (JSTOR 2117858; no DOI).</remarks>
    /// <param name="values">Non-negative values.</param>
    /// <param name="options">Weights (groups and variant are ignored: the Gini is the population one).</param>
    /// <returns>The index and its ingredients.</returns>
    /// <exception cref="ArgumentException">A value or weight is negative or not finite, or the lengths differ.</exception>
    public static WolfsonResult Wolfson(ReadOnlySpan<double> values, InequalityOptions? options = null)
    {
        options ??= InequalityOptions.Default;
        ConcentrationMath.Validate(values, options.Weights, null);
        var variant = "W = 2(2T − G)·μ/m (Wolfson 1994 scalar; PySAL returns W/2); L(0.5) by linear interpolation; sample median"
            + (options.Weights is null ? "" : "; population-weighted");
        var (f, x) = ConcentrationMath.Totals(values, options.Weights);
        if (f <= 0) return new WolfsonResult(double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, variant, "no units (or every weight is zero)");
        var mean = x / f;
        if (x <= 0) return new WolfsonResult(double.NaN, mean, 0, double.NaN, double.NaN, variant, "every value is zero: the mean is zero");
        var (xs, fs) = ConcentrationMath.SortAscending(values, options.Weights);
        var median = ConcentrationMath.WeightedMedian(xs, fs, f);
        var gini = Math.Max(0, ConcentrationMath.GiniSorted(xs, fs, f, x));
        var (p, l) = ConcentrationMath.LorenzPoints(xs, fs, f, x);
        var half = ConcentrationMath.Interpolate(p, l, 0.5);
        if (median <= 0)
            return new WolfsonResult(double.NaN, mean, median, gini, half, variant, "the median is zero: μ/m is infinite");
        var w = 2 * (2 * (0.5 - half) - gini) * mean / median;
        return new WolfsonResult(w, mean, median, gini, half, variant, null);
    }

    /// <inheritdoc cref="Wolfson(ReadOnlySpan{double}, InequalityOptions?)"/>
    public static WolfsonResult Wolfson(IReadOnlyList<double> values, InequalityOptions? options = null) =>
        Wolfson(ConcentrationMath.ToArray(values), options);

    /// <summary>Wolfson bipolarization of per-node values over every node (zeros included; undefined when the median node has 0). O(n log n).</summary>
    /// <param name="values">Per-node values.</param>
    /// <param name="options">Weights, if any.</param>
    /// <returns>The index.</returns>
    public static WolfsonResult Wolfson(NodeValues values, InequalityOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        return Wolfson(values.Values.AsSpan(), options);
    }
}

namespace CapitalNetwork.Measures;

public static partial class Concentration
{
    /// <summary>
    /// Hoover (Robin Hood) index H = ½ Σ |s_i − r_i|: the share of the total that would have to move to match the
    /// reference distribution. Here s_i = f_i x_i / X and r_i = f_i / F, i.e. the uniform reference r_i = 1/n without
    /// weights (REAT <c>hoover(x)</c>, ineq <c>RS</c>) and the population shares with population weights (spatial
    /// concentration relative to population). Range [0, 1 − 1/n] unweighted. Undefined: no unit or every value zero. O(n).
    /// </summary>
    /// <remarks>Hoover, E. M. (1936), The measurement of industrial localization, Review of Economics and Statistics 18(4):162–171, doi:10.2307/1927875.</remarks>
    /// <param name="values">Non-negative values.</param>
    /// <param name="options">Weights (the reference shares), groups ignored.</param>
    /// <returns>Key <c>hoover</c>.</returns>
    /// <exception cref="ArgumentException">A value or weight is negative or not finite, or the lengths differ.</exception>
    public static MeasureValue Hoover(ReadOnlySpan<double> values, InequalityOptions? options = null)
    {
        options ??= InequalityOptions.Default;
        ConcentrationMath.Validate(values, options.Weights, null);
        var variant = options.Weights is null ? "uniform reference r_i = 1/n" : "reference r_i = population shares f_i/F";
        var (f, x) = ConcentrationMath.Totals(values, options.Weights);
        if (f <= 0) return MeasureValue.Undefined("hoover", variant, "no units (or every weight is zero)");
        if (x <= 0) return MeasureValue.Undefined("hoover", variant, "every value is zero: shares are undefined");
        double h = 0;
        for (var i = 0; i < values.Length; i++)
        {
            var w = ConcentrationMath.WeightOf(options.Weights, i);
            h += Math.Abs(w * values[i] / x - w / f);
        }
        return MeasureValue.Of("hoover", variant, h / 2);
    }

    /// <inheritdoc cref="Hoover(ReadOnlySpan{double}, InequalityOptions?)"/>
    public static MeasureValue Hoover(IReadOnlyList<double> values, InequalityOptions? options = null) =>
        Hoover(ConcentrationMath.ToArray(values), options);

    /// <summary>
    /// Hoover index against an explicit reference distribution: H = ½ Σ |x_i/X − r_i/R| (e.g. funds against population
    /// or GDP, REAT <c>hoover(x, ref)</c>). Undefined when either total is zero. O(n).
    /// </summary>
    /// <remarks>Hoover (1936), doi:10.2307/1927875.</remarks>
    /// <param name="values">Non-negative values.</param>
    /// <param name="reference">Non-negative reference values, same length.</param>
    /// <returns>Key <c>hoover</c>.</returns>
    /// <exception cref="ArgumentException">A value is negative or not finite, or the lengths differ.</exception>
    public static MeasureValue Hoover(ReadOnlySpan<double> values, ReadOnlySpan<double> reference)
    {
        ConcentrationMath.Validate(values, null, null);
        if (reference.Length != values.Length)
            throw new ArgumentException($"There are {reference.Length} reference values for {values.Length} values.", nameof(reference));
        ValidateReference(reference);
        const string variant = "reference shares r_i/R";
        double x = 0, r = 0;
        for (var i = 0; i < values.Length; i++) { x += values[i]; r += reference[i]; }
        if (x <= 0) return MeasureValue.Undefined("hoover", variant, "every value is zero: shares are undefined");
        if (r <= 0) return MeasureValue.Undefined("hoover", variant, "every reference value is zero: reference shares are undefined");
        double h = 0;
        for (var i = 0; i < values.Length; i++) h += Math.Abs(values[i] / x - reference[i] / r);
        return MeasureValue.Of("hoover", variant, h / 2);
    }

    /// <summary>Hoover index of per-node values against the uniform distribution over all nodes. O(n).</summary>
    /// <param name="values">Per-node values.</param>
    /// <param name="options">Weights (reference shares), if any.</param>
    /// <returns>Key <c>hoover</c>.</returns>
    public static MeasureValue Hoover(NodeValues values, InequalityOptions? options = null) => Hoover(Span(values), options);

    private static void ValidateReference(ReadOnlySpan<double> reference)
    {
        for (var i = 0; i < reference.Length; i++)
            if (!double.IsFinite(reference[i]) || reference[i] < 0)
                throw new ArgumentException($"reference[{i}] = {ConcentrationMath.Format(reference[i])} is not a finite non-negative number.", nameof(reference));
    }
}

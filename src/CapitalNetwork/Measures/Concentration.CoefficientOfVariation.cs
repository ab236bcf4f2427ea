namespace CapitalNetwork.Measures;

public static partial class Concentration
{
    /// <summary>
    /// Coefficient of variation CV = σ/μ. Population form (default): σ² = Σ f_i (x_i − μ)² / F (R ineq
    /// <c>var.coeff</c>, the reference's <c>cv</c>); sample form (<see cref="InequalityVariant.SampleCorrected"/>):
    /// σ² = Σ f_i (x_i − μ)² / (F − 1) (REAT <c>cv</c> default). F = Σ f (n without weights), μ = Σ f x / F; GE(2) = CV²/2
    /// in the population form. Undefined: no unit, every value zero (μ = 0), or F ≤ 1 for the sample form. O(n).
    /// </summary>
    /// <remarks>Cowell, F. A. (2011), Measuring Inequality, 3rd ed., Oxford University Press, doi:10.1093/acprof:osobl/9780199594030.001.0001.</remarks>
    /// <param name="values">Non-negative values.</param>
    /// <param name="options">Weights and variant (groups are ignored).</param>
    /// <returns>Key <c>cv</c>.</returns>
    /// <exception cref="ArgumentException">A value or weight is negative or not finite, or the lengths differ.</exception>
    public static MeasureValue CoefficientOfVariation(ReadOnlySpan<double> values, InequalityOptions? options = null)
    {
        options ??= InequalityOptions.Default;
        ConcentrationMath.Validate(values, options.Weights, null);
        var sample = options.Variant == InequalityVariant.SampleCorrected;
        var variant = (sample ? "sample σ (÷ n−1)" : "population σ (÷ n)") + (options.Weights is null ? "" : "; population-weighted");
        var (f, x) = ConcentrationMath.Totals(values, options.Weights);
        if (f <= 0) return MeasureValue.Undefined("cv", variant, "no units (or every weight is zero)");
        if (x <= 0) return MeasureValue.Undefined("cv", variant, "every value is zero: the mean is zero");
        if (sample && f <= 1) return MeasureValue.Undefined("cv", variant, "n ≤ 1: the sample variance is undefined");
        var mean = x / f;
        double ss = 0;
        for (var i = 0; i < values.Length; i++)
        {
            var d = values[i] - mean;
            ss += ConcentrationMath.WeightOf(options.Weights, i) * d * d;
        }
        return MeasureValue.Of("cv", variant, Math.Sqrt(ss / (sample ? f - 1 : f)) / mean);
    }

    /// <inheritdoc cref="CoefficientOfVariation(ReadOnlySpan{double}, InequalityOptions?)"/>
    public static MeasureValue CoefficientOfVariation(IReadOnlyList<double> values, InequalityOptions? options = null) =>
        CoefficientOfVariation(ConcentrationMath.ToArray(values), options);

    /// <summary>CV of per-node values over every node (zeros included). O(n).</summary>
    /// <param name="values">Per-node values.</param>
    /// <param name="options">Variant and weights (population σ by default).</param>
    /// <returns>Key <c>cv</c>.</returns>
    public static MeasureValue CoefficientOfVariation(NodeValues values, InequalityOptions? options = null) =>
        CoefficientOfVariation(Span(values), options);
}

namespace CapitalNetwork.Measures;

public static partial class Concentration
{
    /// <summary>
    /// Gini coefficient. Population form (default): G = Σ_i Σ_j f_i f_j |x_i − x_j| / (2 F² μ), F = Σ f, μ = Σ f x / F,
    /// computed in O(n log n) from the sorted values as G = Σ_(i) f_i x_i (2 F_&lt;i + f_i − F) / (F · Σ f x), which for
    /// unit weights is 2 Σ i x_(i) / (n X) − (n + 1)/n; range [0, 1 − 1/n], zeros allowed and counted in n (R ineq
    /// <c>Gini</c>, REAT <c>gini</c>, PySAL <c>Gini</c>). Sample-corrected (<see cref="InequalityVariant.SampleCorrected"/>):
    /// G · F/(F − 1), range [0, 1] (<c>ineq::Gini(corr = TRUE)</c>). With weights f_i the result equals the Gini of x_i
    /// repeated f_i times (e.g. x = (10, 20), f = (3, 1) → 0.15). Undefined: no unit, every value zero, or F ≤ 1 for the
    /// sample-corrected form. n = 1 gives 0 (population form). Not additively decomposable by groups (groups are ignored).
    /// </summary>
    /// <remarks>Gini (1912), Variabilità e mutabilità; see Ceriani &amp; Verme (2012), J. Econ. Inequality 10:421–443, doi:10.1007/s10888-011-9188-x.</remarks>
    /// <param name="values">Non-negative values.</param>
    /// <param name="options">Weights and variant (groups are ignored).</param>
    /// <returns>Key <c>gini</c>; the variant names the form and the weighting.</returns>
    /// <exception cref="ArgumentException">A value or weight is negative or not finite, or the lengths differ.</exception>
    public static MeasureValue Gini(ReadOnlySpan<double> values, InequalityOptions? options = null)
    {
        options ??= InequalityOptions.Default;
        ConcentrationMath.Validate(values, options.Weights, null);
        var corrected = options.Variant == InequalityVariant.SampleCorrected;
        var variant = (corrected ? "sample-corrected n/(n−1)" : "population") + (options.Weights is null ? "" : "; population-weighted");
        var (f, x) = ConcentrationMath.Totals(values, options.Weights);
        if (f <= 0) return MeasureValue.Undefined("gini", variant, "no units (or every weight is zero)");
        if (x <= 0) return MeasureValue.Undefined("gini", variant, "every value is zero: the mean is zero");
        if (corrected && f <= 1) return MeasureValue.Undefined("gini", variant, "n ≤ 1: the correction n/(n − 1) is undefined");
        var (xs, fs) = ConcentrationMath.SortAscending(values, options.Weights);
        var g = ConcentrationMath.GiniSorted(xs, fs, f, x);
        if (corrected) g *= f / (f - 1);
        return MeasureValue.Of("gini", variant, Math.Max(0, g));
    }

    /// <inheritdoc cref="Gini(ReadOnlySpan{double}, InequalityOptions?)"/>
    public static MeasureValue Gini(IReadOnlyList<double> values, InequalityOptions? options = null) =>
        Gini(ConcentrationMath.ToArray(values), options);

    /// <summary>Gini of per-node values over every node (zeros included). O(n log n).</summary>
    /// <param name="values">Per-node values.</param>
    /// <param name="options">Variant and weights (population form by default).</param>
    /// <returns>Key <c>gini</c>.</returns>
    public static MeasureValue Gini(NodeValues values, InequalityOptions? options = null) => Gini(Span(values), options);
}

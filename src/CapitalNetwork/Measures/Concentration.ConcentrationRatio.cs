using System.Globalization;

namespace CapitalNetwork.Measures;

public static partial class Concentration
{
    /// <summary>
    /// Concentration ratio CR_k = Σ of the k largest shares s_i = f_i x_i / Σ f x (ties do not matter); CR_k = 1 when
    /// k ≥ n. Undefined when there is no unit or every value is zero. O(n log n).
    /// </summary>
    /// <remarks>Hall, M. &amp; Tideman, N. (1967), Measures of concentration, Journal of the American Statistical Association 62:162–168 (the textbook formula; the reference study reports CR4).</remarks>
    /// <param name="values">Non-negative values.</param>
    /// <param name="k">How many of the largest units (k ≥ 1; CR4 in the reference study).</param>
    /// <param name="options">Weights (groups are ignored).</param>
    /// <returns>Key <c>cr{k}</c>, e.g. <c>cr4</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">k &lt; 1.</exception>
    /// <exception cref="ArgumentException">A value or weight is negative or not finite, or the lengths differ.</exception>
    public static MeasureValue ConcentrationRatio(ReadOnlySpan<double> values, int k, InequalityOptions? options = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        options ??= InequalityOptions.Default;
        ConcentrationMath.Validate(values, options.Weights, null);
        var key = "cr" + k.ToString(CultureInfo.InvariantCulture);
        var variant = $"share of the {k} largest units";
        var (_, total) = ConcentrationMath.Totals(values, options.Weights);
        if (values.Length == 0) return MeasureValue.Undefined(key, variant, "no units");
        if (total <= 0) return MeasureValue.Undefined(key, variant, "every value is zero: shares are undefined");
        var sizes = new double[values.Length];
        for (var i = 0; i < sizes.Length; i++) sizes[i] = ConcentrationMath.WeightOf(options.Weights, i) * values[i];
        Array.Sort(sizes);
        double top = 0;
        for (var j = 0; j < k && j < sizes.Length; j++) top += sizes[^(j + 1)];
        return MeasureValue.Of(key, variant, Math.Min(1, top / total));
    }

    /// <inheritdoc cref="ConcentrationRatio(ReadOnlySpan{double}, int, InequalityOptions?)"/>
    public static MeasureValue ConcentrationRatio(IReadOnlyList<double> values, int k, InequalityOptions? options = null) =>
        ConcentrationRatio(ConcentrationMath.ToArray(values), k, options);

    /// <summary>CR_k of per-node values: the share of the k leading nodes (e.g. CR4 = share of the four leading cities). O(n log n).</summary>
    /// <param name="values">Per-node values.</param>
    /// <param name="k">How many.</param>
    /// <param name="options">Weights, if any.</param>
    /// <returns>Key <c>cr{k}</c>.</returns>
    public static MeasureValue ConcentrationRatio(NodeValues values, int k, InequalityOptions? options = null) => ConcentrationRatio(Span(values), k, options);
}

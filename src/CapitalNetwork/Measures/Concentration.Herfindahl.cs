namespace CapitalNetwork.Measures;

public static partial class Concentration
{
    /// <summary>
    /// Herfindahl–Hirschman index H = Σ s_i², shares as fractions (H ∈ [1/n, 1]; multiply by 10 000 for the
    /// antitrust "points" scale). With weights the shares are of the unit sizes f_i·x_i. 1/H is the numbers-equivalent.
    /// Zero units add nothing to H but count in n for <see cref="HerfindahlNormalized(ReadOnlySpan{double}, InequalityOptions?)"/>.
    /// Undefined when there is no unit or every value is zero. O(n).
    /// </summary>
    /// <remarks>Hirschman, A. O. (1964), The paternity of an index, American Economic Review 54(5):761, doi:10.2307/1818582; Herfindahl (1950), Columbia University thesis.</remarks>
    /// <param name="values">Non-negative values.</param>
    /// <param name="options">Weights (groups are ignored).</param>
    /// <returns>Key <c>hhi</c>.</returns>
    /// <exception cref="ArgumentException">A value or weight is negative or not finite, or the lengths differ.</exception>
    public static MeasureValue Herfindahl(ReadOnlySpan<double> values, InequalityOptions? options = null)
    {
        options ??= InequalityOptions.Default;
        ConcentrationMath.Validate(values, options.Weights, null);
        var variant = options.Weights is null ? "shares as fractions" : "shares of f_i·x_i as fractions";
        if (!TryHhi(values, options.Weights, out var h, out var reason)) return MeasureValue.Undefined("hhi", variant, reason);
        return MeasureValue.Of("hhi", variant, h);
    }

    /// <inheritdoc cref="Herfindahl(ReadOnlySpan{double}, InequalityOptions?)"/>
    public static MeasureValue Herfindahl(IReadOnlyList<double> values, InequalityOptions? options = null) =>
        Herfindahl(ConcentrationMath.ToArray(values), options);

    /// <summary>HHI of per-node values over every node (zeros included). O(n).</summary>
    /// <param name="values">Per-node values.</param>
    /// <param name="options">Weights, if any.</param>
    /// <returns>Key <c>hhi</c>.</returns>
    public static MeasureValue Herfindahl(NodeValues values, InequalityOptions? options = null) => Herfindahl(Span(values), options);

    /// <summary>
    /// Normalized HHI H* = (H − 1/n)/(1 − 1/n) ∈ [0, 1], where n counts every unit including zeros (dropping zero
    /// units changes H*). Undefined for n ≤ 1 and when every value is zero. O(n).
    /// </summary>
    /// <remarks>See <see cref="Herfindahl(ReadOnlySpan{double}, InequalityOptions?)"/>; doi:10.2307/1818582.</remarks>
    /// <param name="values">Non-negative values.</param>
    /// <param name="options">Weights (groups are ignored).</param>
    /// <returns>Key <c>hhi_normalized</c>.</returns>
    /// <exception cref="ArgumentException">A value or weight is negative or not finite, or the lengths differ.</exception>
    public static MeasureValue HerfindahlNormalized(ReadOnlySpan<double> values, InequalityOptions? options = null)
    {
        options ??= InequalityOptions.Default;
        ConcentrationMath.Validate(values, options.Weights, null);
        const string variant = "(H − 1/n)/(1 − 1/n), n counts zero units";
        if (values.Length <= 1) return MeasureValue.Undefined("hhi_normalized", variant, $"n = {values.Length}: 1 − 1/n is not positive");
        if (!TryHhi(values, options.Weights, out var h, out var reason)) return MeasureValue.Undefined("hhi_normalized", variant, reason);
        var n = (double)values.Length;
        return MeasureValue.Of("hhi_normalized", variant, (h - 1 / n) / (1 - 1 / n));
    }

    /// <inheritdoc cref="HerfindahlNormalized(ReadOnlySpan{double}, InequalityOptions?)"/>
    public static MeasureValue HerfindahlNormalized(IReadOnlyList<double> values, InequalityOptions? options = null) =>
        HerfindahlNormalized(ConcentrationMath.ToArray(values), options);

    /// <summary>Normalized HHI of per-node values, n = number of nodes (zeros included). O(n).</summary>
    /// <param name="values">Per-node values.</param>
    /// <param name="options">Weights, if any.</param>
    /// <returns>Key <c>hhi_normalized</c>.</returns>
    public static MeasureValue HerfindahlNormalized(NodeValues values, InequalityOptions? options = null) => HerfindahlNormalized(Span(values), options);

    private static bool TryHhi(ReadOnlySpan<double> values, IReadOnlyList<double>? weights, out double h, out string reason)
    {
        h = double.NaN;
        var (_, total) = ConcentrationMath.Totals(values, weights);
        if (values.Length == 0) { reason = "no units"; return false; }
        if (total <= 0) { reason = "every value is zero: shares are undefined"; return false; }
        h = 0;
        for (var i = 0; i < values.Length; i++)
        {
            var s = ConcentrationMath.WeightOf(weights, i) * values[i] / total;
            h += s * s;
        }
        reason = "";
        return true;
    }

    private static ReadOnlySpan<double> Span(NodeValues values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return values.Values.AsSpan();
    }
}

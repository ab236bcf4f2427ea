using System.Collections.Immutable;

namespace CapitalNetwork.Measures;

public static partial class Concentration
{
    /// <summary>
    /// Lorenz curve points (0, 0), (F_k/F, L_k = Σ_{j≤k} f_j x_(j) / X) for the units sorted ascending (k/n without
    /// weights; n + 1 points; units with zero weight are left out). Undefined when there is no unit or every value is
    /// zero. O(n log n).
    /// </summary>
    /// <remarks>Lorenz, M. O. (1905), Methods of measuring the concentration of wealth, Publications of the American Statistical Association 9(70):209–219, doi:10.2307/2276207.</remarks>
    /// <param name="values">Non-negative values.</param>
    /// <param name="options">Weights (groups are ignored).</param>
    /// <returns>The curve.</returns>
    /// <exception cref="ArgumentException">A value or weight is negative or not finite, or the lengths differ.</exception>
    public static LorenzCurve Lorenz(ReadOnlySpan<double> values, InequalityOptions? options = null)
    {
        options ??= InequalityOptions.Default;
        ConcentrationMath.Validate(values, options.Weights, null);
        var variant = options.Weights is null ? "unweighted" : "population-weighted";
        var (f, x) = ConcentrationMath.Totals(values, options.Weights);
        if (f <= 0) return new LorenzCurve([], variant, "no units (or every weight is zero)");
        if (x <= 0) return new LorenzCurve([], variant, "every value is zero: shares are undefined");
        var (xs, fs) = ConcentrationMath.SortAscending(values, options.Weights);
        var (p, l) = ConcentrationMath.LorenzPoints(xs, fs, f, x);
        return new LorenzCurve([.. p.Select((pk, k) => new LorenzPoint(pk, l[k]))], variant, null);
    }

    /// <inheritdoc cref="Lorenz(ReadOnlySpan{double}, InequalityOptions?)"/>
    public static LorenzCurve Lorenz(IReadOnlyList<double> values, InequalityOptions? options = null) =>
        Lorenz(ConcentrationMath.ToArray(values), options);

    /// <summary>Lorenz curve of per-node values over every node (zeros included). O(n log n).</summary>
    /// <param name="values">Per-node values.</param>
    /// <param name="options">Weights, if any.</param>
    /// <returns>The curve.</returns>
    public static LorenzCurve Lorenz(NodeValues values, InequalityOptions? options = null) => Lorenz(Span(values), options);
}

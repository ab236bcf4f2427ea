using System.Collections.Immutable;

namespace CapitalNetwork.Measures;

/// <summary>
/// Concentration and inequality measures over non-negative values x_1..x_n (per-node figures such as the funds or
/// capital each city attracts, or any vector), with optional population weights and an optional grouping (see
/// <see cref="InequalityOptions"/>). Each measure states its formula, normalisation, the variant names of R ineq, REAT
/// and PySAL where they differ, and its reference.
/// </summary>
/// <remarks>
/// Conventions: n counts every unit, zeros included (city networks hold all 372 cities, so the cities without funds
/// count); negative or non-finite values throw <see cref="ArgumentException"/> naming the index and the value; a
/// measure that is undefined for the input (all values zero, n = 1 for a sample estimator, a zero value for Theil L)
/// returns an explicit undefined result (<see cref="MeasureValue.IsDefined"/> false, value NaN, with the reason).
/// Every overload taking <see cref="NodeValues"/> uses the values of all nodes, in node order.
/// </remarks>
public static partial class Concentration
{
    /// <summary>
    /// Shares s_i = f_i x_i / Σ_j f_j x_j (f_i = 1 without weights): each unit's share of the total. O(n).
    /// </summary>
    /// <param name="values">Non-negative values.</param>
    /// <param name="weights">Optional weights f_i (the unit's size is f_i·x_i); <c>null</c> for 1.</param>
    /// <returns>The shares (summing to 1); all NaN when the total is zero (undefined).</returns>
    /// <exception cref="ArgumentException">A value or weight is negative or not finite, or the lengths differ.</exception>
    public static ImmutableArray<double> Shares(ReadOnlySpan<double> values, IReadOnlyList<double>? weights = null)
    {
        ConcentrationMath.Validate(values, weights, null);
        var (_, total) = ConcentrationMath.Totals(values, weights);
        var shares = new double[values.Length];
        for (var i = 0; i < values.Length; i++)
            shares[i] = total > 0 ? ConcentrationMath.WeightOf(weights, i) * values[i] / total : double.NaN;
        return [.. shares];
    }

    /// <summary>Shares s_i = x_i / Σ x of a list of values (see <see cref="Shares(ReadOnlySpan{double}, IReadOnlyList{double}?)"/>). O(n).</summary>
    /// <param name="values">Non-negative values.</param>
    /// <param name="weights">Optional weights.</param>
    /// <returns>The shares; all NaN when the total is zero.</returns>
    public static ImmutableArray<double> Shares(IReadOnlyList<double> values, IReadOnlyList<double>? weights = null) =>
        Shares(ConcentrationMath.ToArray(values), weights);

    /// <summary>Each node's share of the network total, s_v = x_v / Σ x (NaN for every node when the total is zero). O(n).</summary>
    /// <param name="values">Per-node values, e.g. <c>Centrality.InStrength(net)</c>.</param>
    /// <returns>One share per node, named <c>share(…)</c>.</returns>
    public static NodeValues Shares(NodeValues values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return new NodeValues(values.Network, $"share({values.Measure})", Shares(values.Values.AsSpan()));
    }
}

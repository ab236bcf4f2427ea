using System.Collections.Immutable;

namespace CapitalNetwork.Measures;

public static partial class Concentration
{
    /// <summary>
    /// Location quotients LQ_i = (x_i / X) / (r_i / R): a unit's share of the indicator over its share of a reference
    /// (LQ &gt; 1: the unit holds more than its reference share, i.e. specialization). With x = the units' figures in one
    /// sector j (e_ij) and r = the units' totals over all sectors (e_i), this is the classical (e_ij/e_i)/(e_j/e)
    /// (REAT <c>locq</c>). An element is NaN (undefined) where r_i = 0, and every element is NaN when X or R is zero. O(n).
    /// </summary>
    /// <remarks>Isard, W. (1960), Methods of Regional Analysis, MIT Press (no DOI); the classical formula, as REAT's <c>locq</c> (whose <c>LQ.method = "a"</c> returns the difference of shares instead).</remarks>
    /// <param name="values">Non-negative values x_i.</param>
    /// <param name="reference">Non-negative reference values r_i, same length.</param>
    /// <returns>One quotient per unit.</returns>
    /// <exception cref="ArgumentException">A value is negative or not finite, or the lengths differ.</exception>
    public static ImmutableArray<double> LocationQuotient(ReadOnlySpan<double> values, ReadOnlySpan<double> reference)
    {
        ConcentrationMath.Validate(values, null, null);
        if (reference.Length != values.Length)
            throw new ArgumentException($"There are {reference.Length} reference values for {values.Length} values.", nameof(reference));
        ValidateReference(reference);
        double x = 0, r = 0;
        for (var i = 0; i < values.Length; i++) { x += values[i]; r += reference[i]; }
        var lq = new double[values.Length];
        for (var i = 0; i < lq.Length; i++)
            lq[i] = x > 0 && r > 0 && reference[i] > 0 ? values[i] / x / (reference[i] / r) : double.NaN;
        return [.. lq];
    }

    /// <inheritdoc cref="LocationQuotient(ReadOnlySpan{double}, ReadOnlySpan{double})"/>
    public static ImmutableArray<double> LocationQuotient(IReadOnlyList<double> values, IReadOnlyList<double> reference) =>
        LocationQuotient(ConcentrationMath.ToArray(values), ConcentrationMath.ToArray(reference));

    /// <summary>Location quotients of per-node values against a per-node reference on the same network (e.g. capital attracted against funds registered). O(n).</summary>
    /// <param name="values">Per-node values.</param>
    /// <param name="reference">Per-node reference values on the same network.</param>
    /// <returns>One quotient per node (NaN where undefined), named <c>location_quotient(…; …)</c>.</returns>
    /// <exception cref="ArgumentException">The two belong to different networks.</exception>
    public static NodeValues LocationQuotient(NodeValues values, NodeValues reference)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(reference);
        if (!ReferenceEquals(values.Network, reference.Network) && values.Network.NodeCount != reference.Network.NodeCount)
            throw new ArgumentException("The values and the reference must belong to the same network.", nameof(reference));
        return new NodeValues(values.Network, $"location_quotient({values.Measure}; {reference.Measure})",
            LocationQuotient(values.Values.AsSpan(), reference.Values.AsSpan()));
    }
}

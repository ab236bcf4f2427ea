using System.Collections.Immutable;

namespace CapitalNetwork.Measures;

/// <summary>
/// A Lorenz curve: (0, 0) and, for the units sorted ascending, the points (F_k/F, L_k) with L_k the cumulative share of
/// the total (n + 1 points without weights, as PySAL's <c>lorenz_curve</c>); linear between points. Immutable.
/// </summary>
public sealed class LorenzCurve
{
    internal LorenzCurve(ImmutableArray<LorenzPoint> points, string variant, string? undefinedReason)
    {
        Points = points;
        Variant = variant;
        UndefinedReason = undefinedReason;
    }

    /// <summary>The points, from (0, 0) to (1, 1); empty when undefined.</summary>
    public ImmutableArray<LorenzPoint> Points { get; }

    /// <summary>Unweighted or population-weighted.</summary>
    public string Variant { get; }

    /// <summary>True when the curve is defined (positive total).</summary>
    public bool IsDefined => UndefinedReason is null;

    /// <summary>Why the curve is undefined (no unit, every value zero), or <c>null</c>.</summary>
    public string? UndefinedReason { get; }

    /// <summary>L(p) by linear interpolation between the points (e.g. L(0.5), the share of the poorer half); NaN when undefined. O(n).</summary>
    /// <param name="population">Population share p in [0, 1].</param>
    /// <returns>The cumulative value share.</returns>
    /// <exception cref="ArgumentOutOfRangeException">p is outside [0, 1].</exception>
    public double ShareAt(double population)
    {
        if (!(population >= 0 && population <= 1)) throw new ArgumentOutOfRangeException(nameof(population), population, "Must be in [0, 1].");
        if (!IsDefined) return double.NaN;
        var p = Points.Select(x => x.Population).ToArray();
        var l = Points.Select(x => x.Share).ToArray();
        return ConcentrationMath.Interpolate(p, l, population);
    }

    /// <inheritdoc />
    public override string ToString() => IsDefined ? $"Lorenz curve: {Points.Length} points" : $"Lorenz curve: undefined — {UndefinedReason}";
}

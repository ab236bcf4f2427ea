using System.Globalization;

namespace CapitalNetwork.Measures;

/// <summary>
/// Wolfson's bipolarization index W = 2(2T − G)·μ/m with its ingredients. Immutable.
/// </summary>
public sealed class WolfsonResult
{
    internal WolfsonResult(double value, double mean, double median, double gini, double lorenzAtHalf, string variant, string? undefinedReason)
    {
        Value = value;
        Mean = mean;
        Median = median;
        Gini = gini;
        LorenzAtHalf = lorenzAtHalf;
        Variant = variant;
        UndefinedReason = undefinedReason;
    }

    /// <summary>W = 2(2T − G)·μ/m, Wolfson's (1994) scalar index (1 for a perfectly bipolar two-point distribution; can exceed 1 for strongly right-skewed data); NaN when undefined.</summary>
    public double Value { get; }

    /// <summary>W/2 = (2T − G)·μ/m, what PySAL's <c>inequality.wolfson.wolfson</c> returns.</summary>
    public double HalfValue => Value / 2;

    /// <summary>μ, the (weighted) mean.</summary>
    public double Mean { get; }

    /// <summary>m, the (weighted) median: the mean of the two middle values for an even count.</summary>
    public double Median { get; }

    /// <summary>G, the population Gini.</summary>
    public double Gini { get; }

    /// <summary>L(0.5), the Lorenz curve at the population median by linear interpolation between Lorenz points.</summary>
    public double LorenzAtHalf { get; }

    /// <summary>T = 0.5 − L(0.5), the gap between the equality line and the Lorenz curve at the median.</summary>
    public double Gap => 0.5 - LorenzAtHalf;

    /// <summary>What was computed.</summary>
    public string Variant { get; }

    /// <summary>True when defined.</summary>
    public bool IsDefined => UndefinedReason is null;

    /// <summary>Why undefined (every value zero, median zero), or <c>null</c>.</summary>
    public string? UndefinedReason { get; }

    /// <summary>The value as a <see cref="MeasureValue"/> (key <c>wolfson</c>).</summary>
    /// <returns>The value.</returns>
    public MeasureValue ToMeasureValue() => new("wolfson", Variant, Value, UndefinedReason);

    /// <inheritdoc />
    public override string ToString() => IsDefined
        ? string.Create(CultureInfo.InvariantCulture, $"wolfson = {Value:G10} (μ = {Mean:G6}, m = {Median:G6}, G = {Gini:G6}, L(0.5) = {LorenzAtHalf:G6})")
        : $"wolfson: undefined — {UndefinedReason}";
}

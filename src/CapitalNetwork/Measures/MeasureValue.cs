using System.Globalization;

namespace CapitalNetwork.Measures;

/// <summary>
/// The value of a scalar concentration, inequality or polarization measure, with the variant computed, or an
/// explicit "undefined" with the reason (e.g. all values are zero, n = 1 for a sample-corrected estimator, a zero
/// value for Theil L). Immutable.
/// </summary>
/// <param name="Measure">The measure's key, e.g. <c>gini</c>, <c>hhi_normalized</c>, <c>cr4</c>.</param>
/// <param name="Variant">What exactly was computed, e.g. <c>population; weighted</c>.</param>
/// <param name="Value">The value; <see cref="double.NaN"/> when undefined.</param>
/// <param name="UndefinedReason">Why the measure is undefined, or <c>null</c> when it is defined.</param>
public sealed record MeasureValue(string Measure, string Variant, double Value, string? UndefinedReason)
{
    /// <summary>True when the measure is defined for this input.</summary>
    public bool IsDefined => UndefinedReason is null;

    /// <summary>The value, or <c>null</c> when undefined (what the CLI writes).</summary>
    public double? ValueOrNull => IsDefined ? Value : null;

    internal static MeasureValue Of(string measure, string variant, double value) => new(measure, variant, value, null);

    internal static MeasureValue Undefined(string measure, string variant, string reason) => new(measure, variant, double.NaN, reason);

    /// <inheritdoc />
    public override string ToString() => IsDefined
        ? string.Create(CultureInfo.InvariantCulture, $"{Measure} ({Variant}) = {Value:G10}")
        : $"{Measure} ({Variant}): undefined — {UndefinedReason}";
}

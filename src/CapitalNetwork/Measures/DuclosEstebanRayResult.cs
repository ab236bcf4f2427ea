using System.Globalization;

namespace CapitalNetwork.Measures;

/// <summary>The Duclos–Esteban–Ray polarization estimate P̂_α with its α and kernel bandwidth. Immutable.</summary>
public sealed class DuclosEstebanRayResult
{
    internal DuclosEstebanRayResult(double alpha, double bandwidth, string bandwidthRule, double value, string? undefinedReason)
    {
        Alpha = alpha;
        Bandwidth = bandwidth;
        BandwidthRule = bandwidthRule;
        Value = value;
        UndefinedReason = undefinedReason;
    }

    /// <summary>α (identification sensitivity).</summary>
    public double Alpha { get; }

    /// <summary>The Gaussian kernel bandwidth h used, on the mean-normalized scale y = x/μ (0 when α = 0: no density is needed).</summary>
    public double Bandwidth { get; }

    /// <summary>How h was chosen: <c>4.7 n^(-1/2) σ α^0.1</c> (DER 2004) or <c>given</c>.</summary>
    public string BandwidthRule { get; }

    /// <summary>P̂_α; NaN when undefined.</summary>
    public double Value { get; }

    /// <summary>True when defined.</summary>
    public bool IsDefined => UndefinedReason is null;

    /// <summary>Why undefined, or <c>null</c>.</summary>
    public string? UndefinedReason { get; }

    /// <summary>The value as a <see cref="MeasureValue"/> (key <c>duclos_esteban_ray</c>).</summary>
    /// <returns>The value.</returns>
    public MeasureValue ToMeasureValue() =>
        new("duclos_esteban_ray", string.Create(CultureInfo.InvariantCulture, $"α = {Alpha:R}; h = {Bandwidth:R} ({BandwidthRule}); y = x/μ"), Value, UndefinedReason);

    /// <inheritdoc />
    public override string ToString() => IsDefined
        ? string.Create(CultureInfo.InvariantCulture, $"duclos_esteban_ray(α = {Alpha:R}, h = {Bandwidth:G6}) = {Value:G10}")
        : $"duclos_esteban_ray: undefined — {UndefinedReason}";
}

namespace CapitalNetwork.Measures;

/// <summary>
/// The result of a Borgatti–Everett permutation test: the observed partition and fit, the null distribution and the
/// p-value p = (1 + #{null ≥ observed}) / (1 + P) (Davison &amp; Hinkley 1997; Phipson &amp; Smyth 2010,
/// doi:10.2202/1544-6115.1585), where a null value counts as ≥ when it is within 1e-12 (relative) of the observed fit
/// or undefined. Immutable.
/// </summary>
public sealed class CorePeripherySignificance
{
    internal CorePeripherySignificance(CorePeripheryPartition observed, NullDistribution nulls, double pValue,
        CorePeripheryNullModel nullModel, PermutationTestOptions options)
    {
        Observed = observed;
        Null = nulls;
        PValue = pValue;
        NullModel = nullModel;
        Options = options;
    }

    /// <summary>The observed partition.</summary>
    public CorePeripheryPartition Observed { get; }

    /// <summary>The observed fit.</summary>
    public double ObservedFit => Observed.Fit;

    /// <summary>The fits of the null samples (re-optimised on each null graph for a fitted partition; the given
    /// partition evaluated for a given one).</summary>
    public NullDistribution Null { get; }

    /// <summary>The one-sided p-value (NaN when the observed fit is undefined).</summary>
    public double PValue { get; }

    /// <summary>The null model used.</summary>
    public CorePeripheryNullModel NullModel { get; }

    /// <summary>The test options.</summary>
    public PermutationTestOptions Options { get; }

    /// <summary>Null fits above the observed one, in standard deviations: (ρ − mean) / sd.</summary>
    public double ZScore => (ObservedFit - Null.Mean) / Null.StandardDeviation;

    /// <inheritdoc />
    public override string ToString() =>
        $"fit {ObservedFit:0.####}, p = {PValue:0.####} ({NullModel}, P = {Options.Permutations}); {Null}";
}

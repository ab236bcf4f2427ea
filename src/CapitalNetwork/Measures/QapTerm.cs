namespace CapitalNetwork.Measures;

/// <summary>One term of an MRQAP regression.</summary>
/// <param name="Name">The predictor's matrix name, or <c>(intercept)</c>.</param>
/// <param name="Coefficient">The OLS coefficient b_k.</param>
/// <param name="StandardizedCoefficient">b_k · sd(X_k) / sd(Y) over the used dyads (NaN for the intercept).</param>
/// <param name="StandardError">The classical OLS standard error √(s² (XᵀX)⁻¹_kk) (for reference only: dyads are not independent).</param>
/// <param name="TValue">b_k / standard error, the statistic that is permuted.</param>
/// <param name="ShareAtLeast">Proportion of permuted t-values ≥ the observed one (sna <c>pgreq</c>).</param>
/// <param name="ShareAtMost">Proportion ≤ the observed one (sna <c>pleeq</c>).</param>
/// <param name="ShareAsExtreme">Proportion with |t| ≥ |observed t| (sna <c>pgreqabs</c>), the two-sided p-value.</param>
public sealed record QapTerm(
    string Name,
    double Coefficient,
    double StandardizedCoefficient,
    double StandardError,
    double TValue,
    double ShareAtLeast,
    double ShareAtMost,
    double ShareAsExtreme);

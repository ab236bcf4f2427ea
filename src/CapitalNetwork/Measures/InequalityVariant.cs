namespace CapitalNetwork.Measures;

/// <summary>Which estimator the Gini coefficient and the coefficient of variation use.</summary>
public enum InequalityVariant
{
    /// <summary>Descriptive (population) form: Gini with divisor n² (range [0, 1 − 1/n]), CV with σ over n. Default of R ineq, REAT's <c>gini</c> and PySAL.</summary>
    Population,

    /// <summary>Sample-corrected form: Gini × n/(n − 1) (range [0, 1]), CV with σ over n − 1 (REAT <c>cv(is.sample = TRUE)</c>). Undefined for n ≤ 1.</summary>
    SampleCorrected,
}

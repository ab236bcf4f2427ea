namespace CapitalNetwork.Measures;

/// <summary>The permutation null of an MRQAP regression (sna <c>netlm</c>'s <c>nullhyp</c>).</summary>
public enum QapNullHypothesis
{
    /// <summary>
    /// Double semi-partialling (Dekker, Krackhardt and Snijders 2007, <i>Psychometrika</i> 72:563–581; sna
    /// <c>nullhyp = "qapspp"</c>): for each term k (the intercept too), regress X_k on the other columns, permute the
    /// residual matrix's rows and columns together, regress Y on the other columns and the permuted residuals, and compare
    /// that column's t-value with the observed one. Robust to collinear predictors and skewed data.
    /// </summary>
    DoubleSemiPartialling,

    /// <summary>Y-permutation (Krackhardt 1988; sna <c>nullhyp = "qapy"</c>): permute the rows and columns of Y together and refit; every term's t-value against its permuted values.</summary>
    YPermutation,
}

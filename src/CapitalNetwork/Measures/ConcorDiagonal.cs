namespace CapitalNetwork.Measures;

/// <summary>
/// How CONCOR's first correlations treat the diagonal cells of the stacked matrix [A; Aᵀ] (UCINET's "Diagonal" choice
/// of CONCOR, analytictech.com/ucinet/help/lf_v5j.htm). Self-loops are never used, so a_jj = 0 here.
/// </summary>
public enum ConcorDiagonal
{
    /// <summary>
    /// UCINET's "Ignore" (the library's default): the diagonal is missing. The correlation of columns j and k leaves out
    /// rows j, k, n+j and n+k (pairwise deletion, 2n − 4 rows), since each of them holds a diagonal cell of j or of k.
    /// A node whose column is constant over its 2n − 2 off-diagonal rows (an isolate, or a node tied both ways to all
    /// others) cannot be correlated.
    /// </summary>
    Ignore,

    /// <summary>
    /// UCINET's default "Reciprocal": all 2n rows are used, but in rows j, k, n+j and n+k the diagonal cell a_jj of
    /// column j is compared with a_kk of column k (both 0), and a_jk with a_kj — j's tie to k against k's tie to j, the
    /// reciprocal cells — instead of a_jk (or a_kj) with a diagonal cell. A node whose column is constant over its 2n rows
    /// (an isolate) cannot be correlated.
    /// </summary>
    Reciprocal,
}

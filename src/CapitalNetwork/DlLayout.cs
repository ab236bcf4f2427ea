namespace CapitalNetwork;

/// <summary>The data layout <see cref="DlWriter"/> writes (UCINET's <c>FORMAT =</c>).</summary>
public enum DlLayout
{
    /// <summary><c>FULLMATRIX</c>: n rows of n values, row i column j = the weight of i → j (0 without a tie); UCINET's
    /// default and what its matrix editor shows.</summary>
    FullMatrix,

    /// <summary><c>EDGELIST1</c>: one line <c>i j value</c> per edge (vertex numbers 1…n); compact for sparse networks.</summary>
    EdgeList1,
}

namespace CapitalNetwork.Measures;

/// <summary>Options of <see cref="BlockModel.Concor"/>. Change with <c>with</c>.</summary>
public sealed record ConcorOptions
{
    /// <summary>Binary ties, diagonal ignored, depth 2, tolerance 1e-6, at most 100 iterations a split, α = the network's density, "~none" = 10 %.</summary>
    public static ConcorOptions Default { get; } = new();

    /// <summary>Number of split levels (default 2: at most 4 blocks, plus one block of nodes with constant columns). 1–10.</summary>
    public int Depth { get; init; } = 2;

    /// <summary>
    /// The weight whose values fill A, or <c>null</c> (default) for binary ties: a_ij = 1 when i ≠ j and the edge i → j
    /// carries a positive weight. Densities, tie counts and roles then sum these weights.
    /// </summary>
    public EdgeWeight? Weight { get; init; }

    /// <summary>
    /// How the first correlations treat the diagonal cells of [A; Aᵀ] (UCINET's CONCOR "Diagonal" choice,
    /// analytictech.com/ucinet/help/lf_v5j.htm). <see cref="ConcorDiagonal.Ignore"/> (default): the diagonal is missing;
    /// columns j and k are correlated over the 2n − 4 rows other than j, k, n+j and n+k. <see cref="ConcorDiagonal.Reciprocal"/>
    /// (UCINET's own default): all 2n rows, with a_jj compared with a_kk and a_jk with a_kj in those four rows. The later
    /// iterations correlate the correlation matrix itself and are the same under both.
    /// </summary>
    public ConcorDiagonal Diagonal { get; init; } = ConcorDiagonal.Ignore;

    /// <summary>A split stops iterating when every entry c of the correlation matrix has | |c| − 1 | ≤ this (default 1e-6).</summary>
    public double Tolerance { get; init; } = 1e-6;

    /// <summary>Iteration cap of one split (default 100); a split that reaches it is made by sign anyway and reported as not converged.</summary>
    public int MaxIterations { get; init; } = 100;

    /// <summary>The α of the image matrix (a block pair is 1 when its density ≥ α), or <c>null</c> (default) for the whole network's density.</summary>
    public double? Alpha { get; init; }

    /// <summary>
    /// A block "receives ~none from outside" when the ties it receives from other blocks are at most this share of its
    /// ties with other blocks (received / (received + sent out); default 0.1). A block with no ties to other blocks
    /// receives none. 0–1.
    /// </summary>
    public double ReceivesNoneShare { get; init; } = 0.1;
}

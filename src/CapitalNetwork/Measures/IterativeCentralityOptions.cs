using System.Text.Json;
using CapitalNetwork.Measures.Spectral;

namespace CapitalNetwork.Measures;

/// <summary>
/// What the iterative centralities (eigenvector, PageRank, HITS, Katz) share: which matrix A they iterate on and when
/// they stop. A[i, j] = w_ij for the edge i → j (the chosen weight, or 1 when unweighted; zero weights left out), the
/// self-loop w_ii on the diagonal unless <see cref="SelfLoops"/> is false. Change with <c>with</c>.
/// </summary>
public abstract record IterativeCentralityOptions
{
    /// <summary>True: A holds the weights; false: A is the 0/1 adjacency matrix. Each measure states its default.</summary>
    public abstract bool Weighted { get; init; }

    /// <summary>The weight channel when <see cref="Weighted"/> (default <see cref="EdgeWeight.Funds"/>).</summary>
    public EdgeWeight Weight { get; init; } = EdgeWeight.Funds;

    /// <summary>True (default): the directed matrix. False: the symmetric matrix of the undirected view (reciprocal weights merged by <see cref="Merge"/>, the loop once on the diagonal).</summary>
    public bool Directed { get; init; } = true;

    /// <summary>Undirected view only: how the weights of a reciprocal pair are merged (default: summed).</summary>
    public ReciprocalMerge Merge { get; init; } = ReciprocalMerge.Sum;

    /// <summary>True (default, as NetworkX and igraph): self-loops (local capital) stay on the diagonal of A. False: left out (as Gephi's PageRank and HITS).</summary>
    public bool SelfLoops { get; init; } = true;

    /// <summary>
    /// Stop when Σ_v |x_v − x_v^prev| &lt; n · tolerance (NetworkX's test). Default 1e-13, tight enough that values agree
    /// with an exact solve to about 1e-12; NetworkX's own defaults (1e-6, 100 iterations) only give about 6 digits.
    /// </summary>
    public double Tolerance { get; init; } = 1e-13;

    /// <summary>Iteration cap (default 10,000); reaching it leaves <see cref="IterativeCentralityResult{TOptions}.Converged"/> false.</summary>
    public int MaxIterations { get; init; } = 10_000;

    /// <summary>Threads to use (default: all processors). Results are identical for every value.</summary>
    public int? MaxDegreeOfParallelism { get; init; }

    /// <summary>
    /// Matrices with at least this many stored entries run their chunked products on several threads (below it one
    /// thread is faster than waking workers) and the HITS product splits into chunk accumulators. Values depend on it
    /// but never on <see cref="MaxDegreeOfParallelism"/>. Internal: lowered only by the determinism tests to force
    /// the parallel paths on small matrices.
    /// </summary>
    internal int ParallelEntries { get; init; } = SparseMatrix.DefaultParallelEntries;

    /// <summary>
    /// HITS and eigenvector centrality on a matrix with at least this many entries (and fewer than
    /// <see cref="ParallelEntries"/>) share their products with a second thread (<see cref="Measures.Spectral.HelperThread"/>)
    /// when <see cref="MaxDegreeOfParallelism"/> allows.
    /// Values never depend on it. Internal: lowered only by the determinism tests.
    /// </summary>
    internal int SharedEntries { get; init; } = SparseMatrix.DefaultSharedEntries;

    /// <summary>A short description of the matrix options, e.g. <c>weight=funds, directed</c>.</summary>
    /// <returns>The description.</returns>
    protected string Describe() =>
        (Weighted ? $"weight={JsonNamingPolicy.SnakeCaseLower.ConvertName(Weight.ToString())}" : "unweighted")
        + (Directed ? ", directed" : $", undirected(merge={JsonNamingPolicy.SnakeCaseLower.ConvertName(Merge.ToString())})")
        + (SelfLoops ? "" : ", no_self_loops");

    internal void Validate()
    {
        if (!(Tolerance > 0) || double.IsInfinity(Tolerance)) throw new ArgumentOutOfRangeException(nameof(Tolerance), "Tolerance must be positive and finite.");
        if (MaxIterations < 1) throw new ArgumentOutOfRangeException(nameof(MaxIterations), "MaxIterations must be ≥ 1.");
        if (MaxDegreeOfParallelism is < 1) throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism), "MaxDegreeOfParallelism must be ≥ 1.");
    }
}

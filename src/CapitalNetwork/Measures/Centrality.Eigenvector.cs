using System.Globalization;
using CapitalNetwork.Measures.Spectral;

namespace CapitalNetwork.Measures;

public static partial class Centrality
{
    /// <summary>
    /// Eigenvector centrality over <b>in-edges</b>: λ x_j = Σ_i A[i, j] x_i — a city is central when central cities send
    /// capital to it (the left dominant eigenvector of A, as NetworkX and python-igraph). Unit Euclidean norm by default.
    /// </summary>
    /// <remarks>
    /// <para><b>Method.</b> Power iteration on (A + cI)ᵀ from the uniform vector, normalised to unit length each step,
    /// stopped when Σ|x − x_prev| &lt; n · tolerance (NetworkX's algorithm and test; the shift c does not change the
    /// eigenvector and makes periodic networks converge). λ₁ is reported in
    /// <see cref="IterativeCentralityResult{TOptions}.Eigenvalue"/>. O(m) per iteration. Values are identical for every
    /// thread count.</para>
    /// <para><b>When it is defined.</b> The answer is unique exactly when one strongly connected component carries the
    /// spectral radius ρ(A) &gt; 0 (Perron–Frobenius for reducible matrices). On a strongly connected network it is the
    /// positive Perron vector; on other networks the eigenvector is 0 at nodes that the dominant component cannot reach,
    /// and the iteration leaves there values that decay geometrically from the uniform start (1e-33 to 1e-27 at 240 of
    /// the 372 cities of the sample filings, far below the tolerance; NetworkX's power iteration leaves similar ones).
    /// The result is <b>undefined</b> (NaN values, <see cref="IterativeCentralityResult{TOptions}.UndefinedReason"/> set) when the
    /// network has no edges or no cycle (ρ = 0), or when two or more components share ρ (e.g. two equal disjoint
    /// cycles): NetworkX then returns a start-vector-dependent vector or fails to converge, igraph's ARPACK likewise.</para>
    /// <para><b>Conventions.</b> Self-loops are on the diagonal (NetworkX, igraph); <c>SelfLoops = false</c> drops them.
    /// Weighted by default (NetworkX's default is unweighted: set <c>Weighted = false</c>). Undirected view: symmetric
    /// A. igraph and Gephi scale to max 1 (<see cref="VectorNormalization.Max"/>); R igraph ignores direction by default;
    /// Gephi runs a fixed 100 unweighted iterations that accumulate a running sum (so its values differ by 0.5–2 % from
    /// the eigenvector).</para>
    /// <para>References: Bonacich (1972) doi:10.1080/0022250X.1972.9989806; Bonacich (1987) doi:10.1086/228631.</para>
    /// </remarks>
    /// <param name="network">The network.</param>
    /// <param name="options">Options; <c>null</c> for <see cref="EigenvectorOptions.Default"/>.</param>
    /// <returns>The values with convergence information, or an undefined result.</returns>
    /// <exception cref="ArgumentException"><see cref="EigenvectorOptions.Normalization"/> is <see cref="VectorNormalization.None"/>.</exception>
    public static IterativeCentralityResult<EigenvectorOptions> Eigenvector(FlowNetwork network, EigenvectorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        options ??= EigenvectorOptions.Default;
        options.Validate();
        if (options.Normalization == VectorNormalization.None)
            throw new ArgumentException("An eigenvector has no natural scale: choose Euclidean, Sum or Max.", nameof(options));
        if (options.Shift is { } sh && !(sh >= 0 && double.IsFinite(sh)))
            throw new ArgumentOutOfRangeException(nameof(options), "Shift must be finite and ≥ 0.");
        var n = network.NodeCount;
        IterativeCentralityResult<EigenvectorOptions> Undefined(string reason) =>
            new(new NodeValues(network, options.ToString(), DenseVectors.NaNs(n)), options, reason, false, 0, double.NaN, double.NaN);
        if (n == 0) return Undefined("the network has no nodes");
        var a = SparseMatrix.Build(network, options.Weighted, options.Weight, options.Directed, options.Merge, options.SelfLoops, options.ParallelEntries);
        if (a.EntryCount == 0) return Undefined("the network has no edges with positive weight, so every eigenvalue is 0");
        var degree = CentralityParallel.DegreeOfParallelism(options.MaxDegreeOfParallelism);
        // Products between the two thresholds are shared with a helper thread (bit-identical; it
        // starts while the components are found).
        using var helper = degree > 1 && a.Shareable(options.SharedEntries) ? HelperThread.Start() : null;
        var (comp, count) = StrongComponents.Strong(n, a.RowStart, a.RowIndex);
        if (!Spectrum.HasCycle(a, comp, count))
            return Undefined("the network has no cycle (acyclic, no self-loop), so every eigenvalue is 0");
        var shift = options.Shift ?? (options.Weighted ? a.MeanEntry() : 1.0);
        var x = new double[n];
        var y = new double[n];
        Array.Fill(x, 1.0 / n);
        var converged = false;
        var iterations = 0;
        var residual = double.NaN;
        while (iterations < options.MaxIterations)
        {
            iterations++;
            var norm = Math.Sqrt(a.MultiplyTransposedSumOfSquares(x, y, shift, degree, helper));
            residual = a.ScaleAndL1Distance(y, norm > 0 ? 1 / norm : 1, x, degree);
            (x, y) = (y, x);
            if (residual < n * options.Tolerance)
            {
                converged = true;
                break;
            }
        }
        a.MultiplyTransposed(x, y, 0, degree, helper);
        var lambda = a.Sum(y, degree) / a.Sum(x, degree);
        var attaining = Spectrum.Attaining(a, comp, count, lambda, shift, options.MaxIterations);
        if (attaining.Count > 1)
        {
            var kind = options.Directed ? "strongly connected components" : "connected components";
            var examples = string.Join(", ", attaining.Take(3).Select(c => "{" + string.Join(", ", c.Take(3).Select(v => network.Nodes[v].Id)) + (c.Length > 3 ? ", …" : "") + "}"));
            return Undefined(string.Create(CultureInfo.InvariantCulture,
                $"the largest eigenvalue {lambda:G6} is shared by {attaining.Count} {kind} ({examples}), so the eigenvector is not unique"));
        }
        DenseVectors.Normalize(x, options.Normalization, a, degree);
        return new IterativeCentralityResult<EigenvectorOptions>(new NodeValues(network, options.ToString(), x), options, null, converged, iterations, residual, lambda);
    }
}

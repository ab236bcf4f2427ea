using System.Globalization;
using CapitalNetwork.Measures.Spectral;

namespace CapitalNetwork.Measures;

public static partial class Centrality
{
    /// <summary>
    /// Katz centrality over in-edges: x_j = α Σ_i A[i, j] x_i + β — every walk that ends in j counts, attenuated by α per
    /// step. NetworkX's defaults: α = 0.1, β = 1, unweighted, unit Euclidean norm.
    /// </summary>
    /// <remarks>
    /// <para><b>Method.</b> x ← α Aᵀ x + β from x = 0 until Σ|x − x_prev| &lt; n · tolerance, then scaled
    /// (NetworkX <c>katz_centrality</c>); the limit is β (I − α Aᵀ)⁻¹ 1. O(m) per iteration.</para>
    /// <para><b>When it is defined.</b> The series converges only when α &lt; 1/ρ(A). Dense networks such as the 372-city
    /// network often have ρ(A) &gt; 10, so the default α = 0.1 diverges there: the result is then <b>undefined</b> (NaN,
    /// with the estimated ρ in the reason) rather than a number — NetworkX raises
    /// <c>PowerIterationFailedConvergence</c>. Choose α below 1/ρ (for example 0.85/λ₁ from
    /// <see cref="Eigenvector"/>'s <see cref="IterativeCentralityResult{TOptions}.Eigenvalue"/>).</para>
    /// <para><b>Conventions.</b> Self-loops on the diagonal (NetworkX); undirected view symmetric. igraph has no Katz
    /// centrality.</para>
    /// <para>Reference: Katz (1953) doi:10.1007/BF02289026.</para>
    /// </remarks>
    /// <param name="network">The network.</param>
    /// <param name="options">Options; <c>null</c> for <see cref="KatzOptions.Default"/>.</param>
    /// <returns>The values with convergence information, or an undefined result when the series diverges.</returns>
    /// <exception cref="ArgumentOutOfRangeException">α ≤ 0 or β not finite.</exception>
    public static IterativeCentralityResult<KatzOptions> Katz(FlowNetwork network, KatzOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        options ??= KatzOptions.Default;
        options.Validate();
        if (!(options.Alpha > 0) || double.IsInfinity(options.Alpha)) throw new ArgumentOutOfRangeException(nameof(options), "Alpha must be positive and finite.");
        if (!double.IsFinite(options.Beta)) throw new ArgumentOutOfRangeException(nameof(options), "Beta must be finite.");
        var n = network.NodeCount;
        var name = options.ToString();
        if (n == 0) return new(new NodeValues(network, name, []), options, "the network has no nodes", false, 0, double.NaN, double.NaN);
        var a = SparseMatrix.Build(network, options.Weighted, options.Weight, options.Directed, options.Merge, options.SelfLoops, options.ParallelEntries);
        var degree = CentralityParallel.DegreeOfParallelism(options.MaxDegreeOfParallelism);
        var alpha = options.Alpha;
        var beta = options.Beta;
        var colStart = a.ColStart;
        var colIndex = a.ColIndex;
        var colValue = a.ColValue;
        var x = new double[n];
        var y = new double[n];
        var converged = false;
        var iterations = 0;
        var residual = double.NaN;
        var previous = double.NaN;
        var first = double.NaN;
        string? undefined = null;
        while (iterations < options.MaxIterations)
        {
            iterations++;
            var xs = x;
            var ys = y;
            residual = a.ForChunks(a.ColChunks, degree, (lo, hi) =>
            {
                var err = 0.0;
                for (var j = lo; j < hi; j++)
                {
                    var v = alpha * SparseMatrix.Gather(colIndex, colValue, xs, colStart[j], colStart[j + 1]) + beta;
                    ys[j] = v;
                    err += Math.Abs(v - xs[j]);
                }
                return err;
            });
            (x, y) = (y, x);
            if (residual < n * options.Tolerance)
            {
                converged = true;
                break;
            }
            if (iterations == 1) first = residual;
            // The change grows like (αρ)^k when αρ > 1: stop once it is astronomically larger than the first change.
            if (!double.IsFinite(residual) || residual > 1e15 * first)
            {
                undefined = Diverged(residual / previous);
                break;
            }
            previous = residual;
        }
        if (!converged && undefined is null && iterations > 1 && residual / previous >= 1 - 1e-12)
            undefined = Diverged(residual / previous);
        if (undefined is not null)
            return new(new NodeValues(network, name, DenseVectors.NaNs(n)), options, undefined, false, iterations, residual, double.NaN);
        DenseVectors.Normalize(x, options.Normalization, a, degree);
        return new IterativeCentralityResult<KatzOptions>(new NodeValues(network, name, x), options, null, converged, iterations, residual, double.NaN);

        string Diverged(double ratio) => string.Create(CultureInfo.InvariantCulture,
            $"the Katz series diverges: α = {alpha:G6} is not below 1/ρ(A) (ρ(A) ≈ {ratio / alpha:G6} from the growth of the iterates); choose α < {alpha / ratio:G4}");
    }
}

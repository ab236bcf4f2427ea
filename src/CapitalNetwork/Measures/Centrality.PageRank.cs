using CapitalNetwork.Measures.Spectral;

namespace CapitalNetwork.Measures;

public static partial class Centrality
{
    /// <summary>
    /// PageRank: the stationary distribution of a walker that follows capital flows with probability α (choosing an
    /// out-edge in proportion to its weight) and teleports with probability 1 − α. Σ = 1.
    /// </summary>
    /// <remarks>
    /// <para><b>Formula.</b> P = D_out⁻¹ A (row-stochastic; the self-loop stays on the diagonal, so the walker may stay
    /// in its city); x = α (x P + (Σ_{dangling} x) d) + (1 − α) p, where p is the teleport distribution (uniform or
    /// <see cref="PageRankOptions.Personalization"/>), d the dangling distribution (<see cref="PageRankOptions.Dangling"/>,
    /// default p) and dangling nodes have out-strength 0 — NetworkX's <c>pagerank(G, alpha, personalization, weight,
    /// dangling)</c> (which reads the <c>weight</c> attribute unasked), whose fixed point solves x (I − αP̃) = (1 − α) p.</para>
    /// <para><b>Method.</b> Gauss–Seidel sweeps over the nodes from the uniform vector (as igraph's PRPACK; NetworkX runs
    /// the power iteration to the same fixed point), each node solved for its own self-loop and dangling mass with the
    /// newest values of the others; stop when a sweep changes Σ|x − x_prev| by less than n · tolerance, then rescale to
    /// Σ = 1. When the sweep-to-sweep change settles into a steady geometric decay, one Aitken Δ² extrapolation step
    /// removes the slow mode (cf. Kamvar, Haveliwala, Manning and Golub 2003, doi:10.1145/775152.775190); the fixed
    /// point and the stopping test are unchanged. <see cref="IterativeCentralityResult{TOptions}.Iterations"/> counts
    /// sweeps. The sweep is sequential: it runs on the calling thread whatever
    /// <see cref="IterativeCentralityOptions.MaxDegreeOfParallelism"/> says (that option is only validated).</para>
    /// <para><b>Gephi</b> differs: unweighted by default, self-loops excluded when weighted, a one-sided relative stopping
    /// test at ε = 0.001 and no final renormalisation (values agree to about 1e-4 on simple graphs).</para>
    /// <para><b>Undirected view</b>: each edge usable both ways (symmetric A). <b>Complexity</b>: O(n + m) per sweep, at
    /// most about log(n·tol)/log(α) sweeps.</para>
    /// <para>References: Brin and Page (1998) doi:10.1016/S0169-7552(98)00110-X; Langville and Meyer (2004)
    /// doi:10.1080/15427951.2004.10129091.</para>
    /// </remarks>
    /// <param name="network">The network.</param>
    /// <param name="options">Options; <c>null</c> for <see cref="PageRankOptions.Default"/>.</param>
    /// <returns>The values (summing to 1) with convergence information; undefined only for a network without nodes.</returns>
    /// <exception cref="ArgumentException">α outside [0, 1); a personalization or dangling map with an unknown id, a
    /// negative or non-finite value, or a zero sum.</exception>
    public static IterativeCentralityResult<PageRankOptions> PageRank(FlowNetwork network, PageRankOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        options ??= PageRankOptions.Default;
        options.Validate();
        if (!(options.Alpha >= 0 && options.Alpha < 1)) throw new ArgumentOutOfRangeException(nameof(options), "Alpha must be in [0, 1).");
        var n = network.NodeCount;
        if (n == 0)
            return new(new NodeValues(network, options.ToString(), []), options, "the network has no nodes", false, 0, double.NaN, double.NaN);
        var p = Distribution(network, options.Personalization, nameof(PageRankOptions.Personalization)) ?? Uniform(n);
        var d = Distribution(network, options.Dangling, nameof(PageRankOptions.Dangling)) ?? p;
        var alpha = options.Alpha;
        // Gauss–Seidel on x_j = α (Σ_i P[i, j] x_i + D d_j) + (1 − α) p_j, D = Σ_{dangling} x: node j is solved for its
        // own diagonal term (self-loop, and its own dangling mass) using the newest values of all other nodes. With
        // y_i = x_i · α / s_i (s the out-strengths), α Σ_i P[i, j] x_i = Σ_i A[i, j] y_i: the sweep reads the columns of
        // A as they are (for a directed network, the network's own in-edge index: nothing to build) and keeps y beside x.
        var a = SparseMatrix.Build(network, options.Weighted, options.Weight, options.Directed, options.Merge, options.SelfLoops, options.ParallelEntries);
        var colStart = a.ColStart;
        var colIndex = a.ColIndex;
        var colValue = a.ColValue;
        var loops = new double[n];
        var strength = a.RowSumsAndDiagonal(loops);
        // Per node, side by side (one stream in the sweep): A[j, j], α/s_j (0 when dangling), 1/(1 − α P̃[j, j]),
        // α d_j and (1 − α) p_j.
        var nodes = new SweepNode[n];
        var danglingNodes = new List<int>();
        for (var j = 0; j < n; j++)
        {
            var dangles = strength[j] == 0;
            if (dangles) danglingNodes.Add(j);
            var scale = dangles ? 0 : alpha / strength[j];
            var loop = loops[j];
            nodes[j] = new SweepNode(loop, scale, 1 / (1 - loop * scale - (dangles ? alpha * d[j] : 0.0)), alpha * d[j], (1 - alpha) * p[j]);
        }
        var x = Uniform(n);
        var y = new double[n];
        for (var j = 0; j < n; j++) y[j] = x[j] * nodes[j].Scale;
        var converged = false;
        var iterations = 0;
        var residual = double.NaN;
        var extrapolation = new SweepExtrapolation(n);
        var difference = extrapolation.Difference;
        while (iterations < options.MaxIterations)
        {
            iterations++;
            var danglingMass = 0.0;
            foreach (var j in danglingNodes) danglingMass += x[j];
            double change = 0, cross = 0, squares = 0;
            for (var j = 0; j < n; j++)
            {
                // Σ_i A[i, j] y_i over column j, then the self-loop taken out.
                var sum = SparseMatrix.Gather(colIndex, colValue, y, colStart[j], colStart[j + 1]);
                ref readonly var node = ref nodes[j];
                sum -= node.Loop * y[j];
                var old = x[j];
                var dangles = node.Scale == 0;
                var others = dangles ? danglingMass - old : danglingMass;
                var value = (sum + others * node.Dangling + node.Teleport) * node.InverseDenominator;
                var dj = value - old;
                change += Math.Abs(dj);
                cross += dj * difference[j];
                squares += dj * dj;
                difference[j] = dj;
                if (dangles) danglingMass += dj;
                x[j] = value;
                y[j] = value * node.Scale;
            }
            residual = change;
            if (residual < n * options.Tolerance)
            {
                converged = true;
                break;
            }
            if (extrapolation.AfterSweep(x, change, cross, squares))
                for (var j = 0; j < n; j++) y[j] = x[j] * nodes[j].Scale;
        }
        var total = 0.0;
        foreach (var v in x) total += v;
        for (var j = 0; j < n; j++) x[j] /= total;
        return new IterativeCentralityResult<PageRankOptions>(new NodeValues(network, options.ToString(), x), options, null, converged, iterations, residual, double.NaN);
    }

    /// <summary>One node's constants in the PageRank sweep (see <see cref="PageRank"/>).</summary>
    private readonly record struct SweepNode(double Loop, double Scale, double InverseDenominator, double Dangling, double Teleport);

    private static double[] Uniform(int n)
    {
        var u = new double[n];
        Array.Fill(u, 1.0 / n);
        return u;
    }

    /// <summary>A per-node distribution from a map by node id (missing = 0), normalised to sum 1; null when no map.</summary>
    private static double[]? Distribution(FlowNetwork network, IReadOnlyDictionary<string, double>? map, string name)
    {
        if (map is null) return null;
        var x = new double[network.NodeCount];
        foreach (var (id, value) in map)
        {
            if (!network.TryGetIndex(id, out var v)) throw new ArgumentException($"{name}: no node with id '{id}'.", name);
            if (!(value >= 0) || double.IsInfinity(value)) throw new ArgumentException($"{name}: the value of '{id}' must be finite and ≥ 0.", name);
            x[v] = value;
        }
        var sum = x.Sum();
        if (!(sum > 0)) throw new ArgumentException($"{name}: the values sum to 0.", name);
        for (var v = 0; v < x.Length; v++) x[v] /= sum;
        return x;
    }
}

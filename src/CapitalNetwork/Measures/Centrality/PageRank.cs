using CapitalNetwork.Graph;
using CapitalNetwork.Internals;

namespace CapitalNetwork.Measures.Centrality;

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
    /// Σ = 1. Typically half the sweeps of the power iteration and a smaller error at the same stopping test. Runs on one
    /// thread (the sweep is sequential), so values trivially do not depend on the thread count.</para>
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
        // own diagonal term (self-loop, and its own dangling mass) using the newest values of all other nodes.
        // Off-diagonal column entries hold α·P[i, j]; node j's update is (Σ + α·D'·d_j + (1 − α) p_j) / (1 − α·P̃[j, j]).
        var (offStart, offIndex, offProb, diagonal, strength) = TransitionColumns(network, options, alpha);
        var inverseDenominator = new double[n];
        var danglingTerm = new double[n];
        var teleport = new double[n];
        var danglingNodes = new List<int>();
        for (var j = 0; j < n; j++)
        {
            var dangles = strength[j] == 0;
            if (dangles) danglingNodes.Add(j);
            danglingTerm[j] = alpha * d[j];
            teleport[j] = (1 - alpha) * p[j];
            inverseDenominator[j] = 1 / (1 - alpha * (diagonal[j] + (dangles ? d[j] : 0.0)));
        }
        var x = Uniform(n);
        var converged = false;
        var iterations = 0;
        var residual = double.NaN;
        while (iterations < options.MaxIterations)
        {
            iterations++;
            var danglingMass = 0.0;
            foreach (var j in danglingNodes) danglingMass += x[j];
            var change = 0.0;
            for (var j = 0; j < n; j++)
            {
                var sum = CentralityMatrix.Gather(offIndex, offProb, x, offStart[j], offStart[j + 1]);
                var old = x[j];
                var dangles = strength[j] == 0;
                var others = dangles ? danglingMass - old : danglingMass;
                var value = (sum + others * danglingTerm[j] + teleport[j]) * inverseDenominator[j];
                change += Math.Abs(value - old);
                if (dangles) danglingMass += value - old;
                x[j] = value;
            }
            residual = change;
            if (residual < n * options.Tolerance)
            {
                converged = true;
                break;
            }
        }
        var total = 0.0;
        foreach (var v in x) total += v;
        for (var j = 0; j < n; j++) x[j] /= total;
        return new IterativeCentralityResult<PageRankOptions>(new NodeValues(network, options.ToString(), x), options, null, converged, iterations, residual, double.NaN);
    }

    /// <summary>
    /// The transition matrix P = D_out⁻¹ A by columns, for the Gauss–Seidel sweep: the off-diagonal entries of column j
    /// as α·P[i, j] (rows i at <c>index[start[j]..start[j+1]]</c>), the diagonal P[j, j] apart, and the out-strengths.
    /// Directed networks are read straight from the in-edge index; the undirected view goes through the symmetric matrix.
    /// </summary>
    private static (int[] Start, int[] Index, double[] Prob, double[] Diagonal, double[] Strength) TransitionColumns(
        FlowNetwork network, PageRankOptions options, double alpha)
    {
        var n = network.NodeCount;
        var start = new int[n + 1];
        var diagonal = new double[n];
        var strength = new double[n];
        if (!options.Directed)
        {
            var a = CentralityMatrix.Build(network, options.Weighted, options.Weight, directed: false, options.Merge, options.SelfLoops);
            var sums = a.RowSums();
            var idx = new int[a.EntryCount];
            var prob = new double[a.EntryCount];
            var k = 0;
            for (var j = 0; j < n; j++)
            {
                for (var e = a.ColStart[j]; e < a.ColStart[j + 1]; e++)
                {
                    var i = a.ColIndex[e];
                    var pij = a.ColValue[e] / sums[i];
                    if (i == j)
                    {
                        diagonal[j] += pij;
                        continue;
                    }
                    idx[k] = i;
                    prob[k++] = alpha * pij;
                }
                start[j + 1] = k;
            }
            return (start, idx, prob, diagonal, sums);
        }
        var src = network.Sources;
        var dst = network.Targets;
        var w = network.Weights(options.Weight);
        var weighted = options.Weighted;
        var selfLoops = options.SelfLoops;
        var entries = 0;
        for (var e = 0; e < src.Length; e++)
        {
            if ((src[e] == dst[e] && !selfLoops) || (weighted && !(w[e] > 0))) continue;
            strength[src[e]] += weighted ? w[e] : 1.0;
            entries++;
        }
        var index = new int[entries];
        var probability = new double[entries];
        var m = 0;
        for (var j = 0; j < n; j++)
        {
            foreach (var e in network.InEdges(j))
            {
                var i = src[e];
                if ((i == j && !selfLoops) || (weighted && !(w[e] > 0))) continue;
                var pij = (weighted ? w[e] : 1.0) / strength[i];
                if (i == j)
                {
                    diagonal[j] += pij;
                    continue;
                }
                index[m] = i;
                probability[m++] = alpha * pij;
            }
            start[j + 1] = m;
        }
        return (start, index, probability, diagonal, strength);
    }

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

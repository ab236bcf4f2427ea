namespace CapitalNetwork.Measures.Spectral;

/// <summary>
/// Which strongly connected components of a nonnegative matrix A carry its spectral radius ρ (Perron–Frobenius for
/// reducible matrices): ρ(A) = max over components C of ρ(A_CC); the nonnegative eigenvector for ρ is unique (up to
/// scale) when exactly one component attains ρ, and then power iteration from a positive start converges to it.
/// </summary>
/// <remarks>
/// Each component's radius is bounded without iterating where possible: a singleton's radius is its loop weight; a
/// larger component's radius is at most min(max internal row sum, max internal column sum). Components whose bound
/// reaches ρ(1 − 1e-9) are candidates; when more than one remains, each candidate's radius is pinned between the
/// Collatz–Wielandt bounds min_j (A_CCᵀx)_j / x_j ≤ ρ(A_CC) ≤ max_j (A_CCᵀx)_j / x_j of a shifted power iteration.
/// </remarks>
internal static class Spectrum
{
    public const double RelativeGap = 1e-9;

    /// <summary>Whether any component has a cycle (a loop or two or more nodes); if not, A is nilpotent and ρ = 0.</summary>
    public static bool HasCycle(SparseMatrix a, int[] comp, int count)
    {
        var size = new int[count];
        foreach (var c in comp) size[c]++;
        if (size.Any(s => s > 1)) return true;
        for (var i = 0; i < a.N; i++)
            for (var k = a.RowStart[i]; k < a.RowStart[i + 1]; k++)
                if (a.RowIndex[k] == i) return true;
        return false;
    }

    /// <summary>The components whose radius is ρ (within <see cref="RelativeGap"/>), at most a few, each as its node list.</summary>
    public static List<int[]> Attaining(SparseMatrix a, int[] comp, int count, double rho, double shift, int maxIterations)
    {
        var n = a.N;
        var rowSum = new double[n];
        var colSum = new double[n];
        for (var i = 0; i < n; i++)
        {
            for (var k = a.RowStart[i]; k < a.RowStart[i + 1]; k++)
            {
                var j = a.RowIndex[k];
                if (comp[j] != comp[i]) continue;
                rowSum[i] += a.RowValue[k];
                colSum[j] += a.RowValue[k];
            }
        }
        var maxRow = new double[count];
        var maxCol = new double[count];
        var members = new List<int>[count];
        for (var v = 0; v < n; v++)
        {
            var c = comp[v];
            maxRow[c] = Math.Max(maxRow[c], rowSum[v]);
            maxCol[c] = Math.Max(maxCol[c], colSum[v]);
            (members[c] ??= []).Add(v);
        }
        var threshold = rho * (1 - RelativeGap);
        var candidates = Enumerable.Range(0, count).Where(c => Math.Min(maxRow[c], maxCol[c]) >= threshold && Math.Min(maxRow[c], maxCol[c]) > 0).ToList();
        if (candidates.Count <= 1) return candidates.Select(c => members[c].ToArray()).ToList();
        var attaining = new List<int[]>();
        foreach (var c in candidates)
        {
            var nodes = members[c].ToArray();
            // Singletons: the radius is the loop weight, already ≥ threshold.
            if (nodes.Length == 1 || RadiusReaches(a, comp, c, nodes, threshold, shift, maxIterations)) attaining.Add(nodes);
        }
        return attaining;
    }

    private static bool RadiusReaches(SparseMatrix a, int[] comp, int c, int[] nodes, double threshold, double shift, int maxIterations)
    {
        var m = nodes.Length;
        var local = new Dictionary<int, int>(m);
        for (var i = 0; i < m; i++) local[nodes[i]] = i;
        var x = new double[m];
        var y = new double[m];
        Array.Fill(x, 1.0 / Math.Sqrt(m));
        for (var it = 0; it < maxIterations; it++)
        {
            double lo = double.PositiveInfinity, hi = 0, norm = 0;
            for (var jl = 0; jl < m; jl++)
            {
                var j = nodes[jl];
                var s = shift * x[jl];
                for (var k = a.ColStart[j]; k < a.ColStart[j + 1]; k++)
                {
                    var i = a.ColIndex[k];
                    if (comp[i] == c) s += a.ColValue[k] * x[local[i]];
                }
                y[jl] = s;
                var ratio = s / x[jl];
                lo = Math.Min(lo, ratio);
                hi = Math.Max(hi, ratio);
                norm += s * s;
            }
            lo -= shift;
            hi -= shift;
            if (hi < threshold) return false;
            if (lo >= threshold) return true;
            if (hi - lo <= 1e-12 * hi) return hi >= threshold;
            norm = Math.Sqrt(norm);
            for (var jl = 0; jl < m; jl++) x[jl] = y[jl] / norm;
        }
        return true; // undecided after the cap: treat as attaining (the answer is then reported as undefined)
    }
}

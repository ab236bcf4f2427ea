using CapitalNetwork.Measures;
using CapitalNetwork.Measures.Spectral;

namespace CapitalNetwork.Tests.Measures;


/// <summary>
/// The solvers behind PageRank and HITS, checked against closed forms and dense linear algebra done here (Gaussian
/// elimination, cyclic Jacobi on the full matrix), independent of the library's sparse iterations:
/// the sweep extrapolation, PageRank's Gauss–Seidel on the network's in-edge index (self-loop subtracted),
/// Lanczos with partial reorthogonalisation, the fused AᵀA product on one or eight chunks (and shared with a helper
/// thread), and the zero-copy and transposed column views.
/// </summary>
public class IterativeSolverTests
{
    // ---- SweepExtrapolation on x ← M x + c with M diagonal: fixed point x*_i = c_i / (1 − m_i) (closed form) ----

    private static (double[] X, int Sweeps, int Extrapolations) Iterate(double[] m, double[] c, bool extrapolate, double tolerance = 1e-14)
    {
        var x = new double[m.Length];
        var ex = new SweepExtrapolation(m.Length);
        for (var sweep = 1; sweep <= 10_000; sweep++)
        {
            double change = 0, cross = 0, squares = 0;
            for (var i = 0; i < x.Length; i++)
            {
                var d = m[i] * x[i] + c[i] - x[i];
                change += Math.Abs(d);
                cross += d * ex.Difference[i];
                squares += d * d;
                ex.Difference[i] = d;
                x[i] += d;
            }
            if (change < tolerance) return (x, sweep, ex.Count);
            if (extrapolate) ex.AfterSweep(x, change, cross, squares);
        }
        return (x, 10_000, ex.Count);
    }

    [Fact]
    public void Extrapolation_removes_a_slow_mode_and_keeps_the_fixed_point()
    {
        // Modes 0.95 (slow), 0.3 and 0.1: plain iteration needs about ln(1e-14)/ln(0.95) ≈ 630 sweeps.
        double[] m = [0.95, 0.3, 0.1, 0.95];
        double[] c = [1, 2, 3, -0.5];
        var plain = Iterate(m, c, extrapolate: false);
        var fast = Iterate(m, c, extrapolate: true);
        for (var i = 0; i < m.Length; i++)
        {
            Assert.Equal(c[i] / (1 - m[i]), plain.X[i], 1e-11);
            Assert.Equal(c[i] / (1 - m[i]), fast.X[i], 1e-11);
        }
        Assert.True(plain.Sweeps > 500, $"plain {plain.Sweeps}");
        Assert.True(fast.Extrapolations >= 1 && fast.Sweeps < 60, $"extrapolated {fast.Sweeps} sweeps, {fast.Extrapolations} extrapolations");
    }

    [Fact]
    public void Extrapolation_handles_an_oscillating_mode()
    {
        // A negative eigenvalue: differences alternate in sign, r ≈ −0.9, the step d·r/(1 − r) goes the other way.
        double[] m = [-0.9, 0.2];
        double[] c = [1, 1];
        var fast = Iterate(m, c, extrapolate: true);
        Assert.Equal(1 / 1.9, fast.X[0], 1e-12);
        Assert.Equal(1 / 0.8, fast.X[1], 1e-12);
        Assert.True(fast.Extrapolations >= 1 && fast.Sweeps < 60, $"{fast.Sweeps} sweeps");
    }

    [Fact]
    public void A_rotating_mode_is_never_mistaken_for_a_steady_one()
    {
        // x ← 0.9·R(θ)x + c (complex eigenvalues 0.9·e^{±iθ}): the difference ratio never settles, so nothing is
        // extrapolated and the plain iteration reaches the fixed point (I − 0.9R)⁻¹c, solved here by hand (2×2).
        const double rho = 0.9, theta = 0.7;
        double a = rho * Math.Cos(theta), b = rho * Math.Sin(theta);
        double c0 = 1, c1 = 2;
        var x = new double[2];
        var ex = new SweepExtrapolation(2);
        var converged = false;
        for (var sweep = 0; sweep < 5_000 && !converged; sweep++)
        {
            var x0 = a * x[0] - b * x[1] + c0;
            var x1 = b * x[0] + a * x[1] + c1;
            double d0 = x0 - x[0], d1 = x1 - x[1];
            var change = Math.Abs(d0) + Math.Abs(d1);
            var cross = d0 * ex.Difference[0] + d1 * ex.Difference[1];
            (ex.Difference[0], ex.Difference[1]) = (d0, d1);
            x[0] = x0;
            x[1] = x1;
            converged = change < 1e-14;
            if (!converged) ex.AfterSweep(x, change, cross, d0 * d0 + d1 * d1);
        }
        // (I − M) = [[1 − a, b], [−b, 1 − a]], det = (1 − a)² + b².
        var det = (1 - a) * (1 - a) + b * b;
        Assert.True(converged);
        Assert.Equal(((1 - a) * c0 - b * c1) / det, x[0], 1e-12);
        Assert.Equal((b * c0 + (1 - a) * c1) / det, x[1], 1e-12);
        Assert.Equal(0, ex.Count);
    }

    // ---- PageRank against the exact solve x (I − α P̃) = (1 − α) p by Gaussian elimination ----

    /// <summary>Dense PageRank: P̃ = rows of D⁻¹A, dangling rows replaced by p (uniform); solve and normalise.</summary>
    private static double[] ExactPageRank(FlowNetwork net, double alpha)
    {
        var n = net.NodeCount;
        var w = net.Weights(EdgeWeight.Funds);
        var p = new double[n, n];
        var strength = new double[n];
        for (var e = 0; e < net.EdgeCount; e++) strength[net.Sources[e]] += w[e];
        for (var e = 0; e < net.EdgeCount; e++) p[net.Sources[e], net.Targets[e]] += w[e] / strength[net.Sources[e]];
        for (var i = 0; i < n; i++)
            if (strength[i] == 0)
                for (var j = 0; j < n; j++) p[i, j] = 1.0 / n;
        // Transposed system (I − α P̃ᵀ) x = (1 − α) p.
        var m = new double[n, n + 1];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++) m[i, j] = (i == j ? 1 : 0) - alpha * p[j, i];
            m[i, n] = (1 - alpha) / n;
        }
        var x = Gauss(m, n);
        var sum = x.Sum();
        return x.Select(v => v / sum).ToArray();
    }

    private static double[] Gauss(double[,] m, int n)
    {
        for (var col = 0; col < n; col++)
        {
            var pivot = col;
            for (var r = col + 1; r < n; r++)
                if (Math.Abs(m[r, col]) > Math.Abs(m[pivot, col])) pivot = r;
            for (var k = 0; k <= n; k++) (m[col, k], m[pivot, k]) = (m[pivot, k], m[col, k]);
            for (var r = 0; r < n; r++)
            {
                if (r == col || m[r, col] == 0) continue;
                var f = m[r, col] / m[col, col];
                for (var k = col; k <= n; k++) m[r, k] -= f * m[col, k];
            }
        }
        var x = new double[n];
        for (var i = 0; i < n; i++) x[i] = m[i, n] / m[i, i];
        return x;
    }

    /// <summary>Seeded heavy-tailed directed graph with self-loops (a few of them dominant) and dangling nodes.</summary>
    private static FlowNetwork RandomGraph(int n, int m, int seed, double loopWeight)
    {
        var rng = new Random(seed);
        var b = new FlowNetworkBuilder();
        for (var i = 0; i < n; i++) b.AddNode($"v{i:D3}");
        for (var e = 0; e < m; e++)
        {
            var s = (int)(n * Math.Pow(rng.NextDouble(), 2));
            var t = (int)(n * Math.Pow(rng.NextDouble(), 1.5));
            if (s >= n - 5) continue; // the last nodes send nothing: dangling
            var w = 1 + rng.Next(40);
            b.AddFlow(s, t, w, w, w);
        }
        for (var v = 0; v < n - 5; v += 7) b.AddFlow(v, v, loopWeight, loopWeight, loopWeight);
        return b.Build();
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(500.0)] // self-loops that dominate their columns: the sweep subtracts A[j, j]·y_j from the column sum
    public void PageRank_reaches_the_exact_solution(double loopWeight)
    {
        var net = RandomGraph(300, 2_400, 11, loopWeight);
        var exact = ExactPageRank(net, 0.85);
        var pr = Centrality.PageRank(net, new() { Tolerance = 1e-15 });
        Assert.True(pr.Converged);
        for (var v = 0; v < net.NodeCount; v++) Assert.Equal(exact[v], pr.Values[v], 1e-13);
        // The default tolerance (1e-13) meets the 1e-9 absolute agreement asked of iterative measures by far.
        var standard = Centrality.PageRank(net);
        for (var v = 0; v < net.NodeCount; v++) Assert.Equal(exact[v], standard.Values[v], 1e-11);
    }

    // ---- HITS: Lanczos with partial reorthogonalisation against a dense Jacobi eigen-solve of AᵀA ----

    private static double[] DenseTopEigenvector(double[,] s, int n)
    {
        var a = (double[,])s.Clone();
        var v = new double[n, n];
        for (var i = 0; i < n; i++) v[i, i] = 1;
        for (var sweep = 0; sweep < 60; sweep++)
        {
            var off = 0.0;
            for (var p = 0; p < n; p++)
                for (var q = p + 1; q < n; q++) off += a[p, q] * a[p, q];
            if (off < 1e-30) break;
            for (var p = 0; p < n; p++)
            {
                for (var q = p + 1; q < n; q++)
                {
                    if (Math.Abs(a[p, q]) < 1e-300) continue;
                    var zeta = (a[q, q] - a[p, p]) / (2 * a[p, q]);
                    var t = (zeta >= 0 ? 1 : -1) / (Math.Abs(zeta) + Math.Sqrt(1 + zeta * zeta));
                    var c = 1 / Math.Sqrt(1 + t * t);
                    var sn = t * c;
                    for (var k = 0; k < n; k++)
                    {
                        var akp = a[k, p];
                        var akq = a[k, q];
                        a[k, p] = c * akp - sn * akq;
                        a[k, q] = sn * akp + c * akq;
                    }
                    for (var k = 0; k < n; k++)
                    {
                        var apk = a[p, k];
                        var aqk = a[q, k];
                        a[p, k] = c * apk - sn * aqk;
                        a[q, k] = sn * apk + c * aqk;
                    }
                    for (var k = 0; k < n; k++)
                    {
                        var vkp = v[k, p];
                        var vkq = v[k, q];
                        v[k, p] = c * vkp - sn * vkq;
                        v[k, q] = sn * vkp + c * vkq;
                    }
                }
            }
        }
        var top = 0;
        for (var i = 1; i < n; i++)
            if (a[i, i] > a[top, top]) top = i;
        var x = new double[n];
        for (var i = 0; i < n; i++) x[i] = v[i, top];
        var sum = x.Sum();
        return x.Select(e => e / sum).ToArray();
    }

    private static double[,] NormalMatrix(FlowNetwork net)
    {
        var n = net.NodeCount;
        var a = new double[n, n];
        var w = net.Weights(EdgeWeight.Funds);
        for (var e = 0; e < net.EdgeCount; e++) a[net.Sources[e], net.Targets[e]] += w[e];
        var b = new double[n, n];
        for (var i = 0; i < n; i++)
            for (var j = 0; j < n; j++)
            {
                var s = 0.0;
                for (var k = 0; k < n; k++) s += a[k, i] * a[k, j];
                b[i, j] = s;
            }
        return b;
    }

    [Fact]
    public void Lanczos_with_partial_reorthogonalisation_matches_a_dense_eigen_solve()
    {
        // 120 nodes, 1,500 weighted edges: the top of AᵀA's spectrum is crowded enough that the Lanczos basis grows
        // past the point where Simon's estimate passes √ε, so at least one vector is reorthogonalised.
        var net = RandomGraph(120, 1_500, 5, 1.0);
        var expected = DenseTopEigenvector(NormalMatrix(net), net.NodeCount);
        var matrix = SparseMatrix.Build(net, true, EdgeWeight.Funds, directed: true, ReciprocalMerge.Sum, selfLoops: true);
        var (x, _, products, _, converged, reorthogonalized) = Lanczos.Dominant(matrix, 1e-13, 10_000, 1);
        Assert.True(converged);
        Assert.True(reorthogonalized > 0, $"{products} products, no reorthogonalisation: the test graph no longer exercises it");
        var sum = x.Sum();
        for (var v = 0; v < net.NodeCount; v++) Assert.Equal(expected[v], x[v] / sum, 1e-12);
        var hits = Centrality.Hits(net);
        for (var v = 0; v < net.NodeCount; v++) Assert.Equal(expected[v], hits.Authorities[v], 1e-12);
    }

    [Fact]
    public void The_fused_normal_product_equals_the_dense_one_on_one_and_eight_chunks()
    {
        var net = RandomGraph(200, 3_000, 3, 2.0);
        var dense = NormalMatrix(net);
        var n = net.NodeCount;
        var rng = new Random(1);
        var v = Enumerable.Range(0, n).Select(_ => rng.NextDouble() - 0.3).ToArray();
        var expected = new double[n];
        for (var i = 0; i < n; i++)
            for (var j = 0; j < n; j++) expected[i] += dense[i, j] * v[j];
        foreach (var threshold in new[] { SparseMatrix.DefaultParallelEntries, 0 })
        {
            var a = SparseMatrix.Build(net, true, EdgeWeight.Funds, directed: true, ReciprocalMerge.Sum, selfLoops: true, threshold);
            var h = new double[n];
            var w = new double[n];
            var squares = a.MultiplyNormal(v, h, w, degree: 2);
            for (var i = 0; i < n; i++) Assert.Equal(expected[i], w[i], 1e-9 * Math.Max(1, Math.Abs(expected[i])));
            Assert.Equal(expected.Sum(e => e * e), squares, 1e-9 * squares);
        }
    }

    // ---- HelperThread: a second thread sharing the one-pass products must not change a bit ----

    [Fact]
    public void A_helper_thread_shares_the_one_pass_products_without_changing_a_bit()
    {
        // Expected: the same product on the calling thread alone (the one-pass scatter), compared bit for bit; the
        // dense AᵀA check above establishes that one. Funds: columns from the network; unweighted without loops:
        // columns transposed from copied rows. Large enough that rows and columns fall into several chunks to share.
        var net = RandomGraph(3_000, 80_000, 5, 3.0);
        var n = net.NodeCount;
        var rng = new Random(2);
        var v = Enumerable.Range(0, n).Select(_ => rng.NextDouble() - 0.4).ToArray();
        using var helper = HelperThread.Start();
        Assert.True(SpinWait.SpinUntil(() => helper.Serving, 30_000));
        foreach (var (weighted, loops) in new[] { (true, true), (false, false) })
        {
            var a = SparseMatrix.Build(net, weighted, EdgeWeight.Funds, directed: true, ReciprocalMerge.Sum, selfLoops: loops);
            Assert.True(a.Shareable(0));
            Assert.True(a.RowChunks.Length > 3 && a.ColChunks.Length > 3, $"{a.RowChunks.Length - 1} row and {a.ColChunks.Length - 1} column chunks");
            var (h1, w1, h2, w2) = (new double[n], new double[n], new double[n], new double[n]);
            for (var round = 0; round < 20; round++)
            {
                var alone = a.MultiplyNormal(v, h1, w1, degree: 1);
                var shared = a.MultiplyNormal(v, h2, w2, degree: 2, helper);
                Assert.Equal(alone, shared);
                Assert.Equal(h1, h2);
                Assert.Equal(w1, w2);
                a.Multiply(w1, h1, degree: 1);
                a.Multiply(w1, h2, degree: 2, helper);
                Assert.Equal(h1, h2);
                // Eigenvector's pull over columns, with its ordered sum of squares, and without the sum.
                Assert.Equal(a.MultiplyTransposedSumOfSquares(v, h1, 0.7, degree: 1), a.MultiplyTransposedSumOfSquares(v, h2, 0.7, degree: 2, helper));
                Assert.Equal(h1, h2);
                a.MultiplyTransposed(w1, h1, 0, degree: 1);
                a.MultiplyTransposed(w1, h2, 0, degree: 2, helper);
                Assert.Equal(h1, h2);
                var norm = Math.Sqrt(alone);
                for (var i = 0; i < n; i++) v[i] = w1[i] / norm - 0.01 * (i % 3);
            }
        }
    }

    [Fact]
    public void A_helper_reports_its_side_tasks_failure_and_then_does_not_serve()
    {
        using var failing = HelperThread.Start(() => throw new InvalidOperationException("side failed"), serve: true);
        Assert.Equal("side failed", Assert.Throws<InvalidOperationException>(failing.WaitSide).Message);
        Assert.False(failing.Serving);
        // Run still completes every chunk, on the calling thread alone.
        var done = new int[8];
        failing.Run(8, c => done[c]++);
        Assert.All(done, d => Assert.Equal(1, d));
        using var sideOnly = HelperThread.Start(serve: false);
        sideOnly.WaitSide();
        Assert.False(sideOnly.Serving);
        // A serving helper: every chunk of every loop runs exactly once, whoever claims it.
        using var serving = HelperThread.Start();
        Assert.True(SpinWait.SpinUntil(() => serving.Serving, 30_000));
        var counts = new int[1000];
        for (var loop = 0; loop < 200; loop++) serving.Run(counts.Length, c => Interlocked.Increment(ref counts[c]));
        Assert.All(counts, d => Assert.Equal(200, d));
        // A chunk that throws, on whichever thread: Run rethrows once all chunks are done, and the helper keeps serving.
        var ran = new int[64];
        var thrown = Assert.Throws<ArgumentException>(() => serving.Run(ran.Length, c =>
        {
            Interlocked.Increment(ref ran[c]);
            if (c == 37) throw new ArgumentException("chunk 37");
        }));
        Assert.Equal("chunk 37", thrown.Message);
        Assert.All(ran, d => Assert.Equal(1, d));
        serving.Run(counts.Length, c => Interlocked.Increment(ref counts[c]));
        Assert.All(counts, d => Assert.Equal(201, d));
        // After the spin limit without a loop the helper blocks; the next Run wakes it (or runs alone meanwhile).
        Thread.Sleep(HelperThread.SpinLimit * 20);
        serving.Run(counts.Length, c => Interlocked.Increment(ref counts[c]));
        Assert.All(counts, d => Assert.Equal(202, d));
        // Disposing twice is harmless; a helper whose side task the owner took never runs it a second time.
        serving.Dispose();
        var sides = 0;
        using var late = HelperThread.Start(() => Interlocked.Increment(ref sides), serve: true);
        late.WaitSide();
        late.Dispose();
        Thread.Sleep(50);
        Assert.Equal(1, sides);
    }

    // ---- Column views: the network's in-edge index (nothing dropped) and the transposed rows (something dropped) ----

    [Fact]
    public void Column_views_list_each_columns_rows_ascending_with_their_weights()
    {
        // Funds all positive: the matrix shares the network's arrays. Links has a zero: rows are copied without that
        // edge and the columns transposed from them. Expected columns straight from the edge list, sorted here.
        var b = new FlowNetworkBuilder();
        for (var i = 0; i < 6; i++) b.AddNode($"c{i}");
        (int S, int T, double F, double L)[] edges = [(0, 1, 2, 1), (0, 3, 1, 0), (1, 1, 5, 5), (2, 1, 3, 3), (4, 3, 1, 1), (5, 1, 4, 4), (3, 0, 2, 2), (2, 3, 6, 6)];
        foreach (var (s, t, f, l) in edges) b.AddFlow(s, t, f, l, 1);
        var net = b.Build();
        foreach (var (weight, pick) in new (EdgeWeight, Func<(int S, int T, double F, double L), double>)[] { (EdgeWeight.Funds, e => e.F), (EdgeWeight.Links, e => e.L) })
        {
            var a = SparseMatrix.Build(net, true, weight, directed: true, ReciprocalMerge.Sum, selfLoops: true);
            for (var j = 0; j < 6; j++)
            {
                var expected = edges.Where(e => e.T == j && pick(e) > 0).OrderBy(e => e.S).Select(e => (e.S, pick(e))).ToArray();
                var actual = Enumerable.Range(a.ColStart[j], a.ColStart[j + 1] - a.ColStart[j]).Select(k => (a.ColIndex[k], a.ColValue[k])).ToArray();
                Assert.Equal(expected, actual);
            }
        }
        // The network's in-edge arrays agree with InEdges.
        var (inStart, inSources, inWeights) = net.InEdgeArrays(EdgeWeight.Funds);
        for (var j = 0; j < 6; j++)
        {
            var ins = net.InEdges(j).ToArray();
            Assert.Equal(ins.Select(e => net.Sources[e]), inSources[inStart[j]..inStart[j + 1]]);
            Assert.Equal(ins.Select(e => net.Weights(EdgeWeight.Funds)[e]), inWeights[inStart[j]..inStart[j + 1]]);
        }
    }
}

using MathNet.Numerics.LinearAlgebra;

namespace CapitalNetwork.Measures.Regression;

/// <summary>
/// Poisson pseudo-maximum likelihood with origin and destination fixed effects, by iteratively reweighted least squares
/// (the Newton method of the canonical log link). The parameters are α (one per origin, no intercept), δ (one per
/// destination but the first, the reference) and β (the dense columns). The normal matrix
/// [[D, H_αR], [H_αRᵀ, H_RR]] has a diagonal origin block D, which is eliminated: the Schur complement
/// S = H_RR − H_αRᵀ D⁻¹ H_αR (size destinations + columns) is factored by Cholesky (MathNet), so an iteration costs
/// O(N·k² + origins·(destinations + k)²) instead of the cube of all parameters. The robust (HC0, Eicker–Huber–White)
/// covariance of β is G ᵀ(Σ u² x xᵀ) G with G = H⁻¹'s β columns, found by the same block solve.
/// </summary>
internal sealed class PoissonFit
{
    public required double[] Beta { get; init; }

    public required double[,] Covariance { get; init; }

    public required double[] Mu { get; init; }

    public required int Iterations { get; init; }

    public required bool Converged { get; init; }

    public required double Deviance { get; init; }

    /// <param name="origin">Per observation: origin effect index, or −1 (no origin effects).</param>
    /// <param name="destination">Per observation: destination effect index, or −1 (reference destination or none).</param>
    /// <param name="origins">Number of origin effects.</param>
    /// <param name="destinations">Number of destination effects.</param>
    /// <param name="y">Flows, ≥ 0.</param>
    /// <param name="x">Dense columns, each one value per observation.</param>
    /// <param name="maxIterations">Iteration cap.</param>
    /// <param name="tolerance">Converged when no parameter moves by more than this.</param>
    /// <param name="cancel">Stops the iterations.</param>
    public static PoissonFit Fit(int[] origin, int[] destination, int origins, int destinations, double[] y, double[][] x,
        int maxIterations, double tolerance, CancellationToken cancel)
    {
        var n = y.Length;
        var k = x.Length;
        var q = destinations + k;
        var mean = y.Average();
        var eta = new double[n];
        var mu = new double[n];
        for (var i = 0; i < n; i++)
        {
            mu[i] = (y[i] + mean) / 2;
            eta[i] = Math.Log(mu[i]);
        }
        var alpha = new double[origins];
        var rest = new double[q];
        var deviance = PoissonDeviance(y, mu);
        var converged = false;
        var iterations = 0;
        var blocks = new Blocks(origins, q);
        while (iterations < maxIterations)
        {
            cancel.ThrowIfCancellationRequested();
            iterations++;
            blocks.Build(origin, destination, destinations, x, mu, eta, y, working: true);
            var (newAlpha, newRest) = blocks.Solve(blocks.RhsAlpha, blocks.RhsRest);
            var step = 1.0;
            double[] nextEta = new double[n], nextMu = new double[n];
            double nextDeviance;
            while (true)
            {
                for (var i = 0; i < n; i++)
                {
                    var e = Predict(i, origin, destination, destinations, x, alpha, rest, newAlpha, newRest, step);
                    nextEta[i] = e;
                    nextMu[i] = Math.Exp(e);
                }
                nextDeviance = PoissonDeviance(y, nextMu);
                if (iterations == 1 || double.IsFinite(nextDeviance) && nextDeviance <= deviance * (1 + 1e-12) + 1e-12 || step < 1e-6) break;
                step /= 2;
            }
            double move = 0;
            for (var a = 0; a < origins; a++)
            {
                var v = alpha[a] + step * (newAlpha[a] - alpha[a]);
                move = Math.Max(move, Math.Abs(v - alpha[a]));
                alpha[a] = v;
            }
            for (var a = 0; a < q; a++)
            {
                var v = rest[a] + step * (newRest[a] - rest[a]);
                move = Math.Max(move, Math.Abs(v - rest[a]));
                rest[a] = v;
            }
            eta = nextEta;
            mu = nextMu;
            deviance = nextDeviance;
            if (move <= tolerance)
            {
                converged = true;
                break;
            }
        }
        // robust covariance at the estimate: G = H⁻¹ e_β, V = Gᵀ (Σ u² x xᵀ) G
        blocks.Build(origin, destination, destinations, x, mu, eta, y, working: false);
        var g = new (double[] A, double[] R)[k];
        for (var m = 0; m < k; m++)
        {
            var unit = new double[q];
            unit[destinations + m] = 1;
            g[m] = blocks.Solve(new double[origins], unit);
        }
        var cov = new double[k, k];
        var gx = new double[k];
        for (var i = 0; i < n; i++)
        {
            var u = y[i] - mu[i];
            var u2 = u * u;
            if (u2 == 0) continue;
            for (var m = 0; m < k; m++)
            {
                var (ga, gr) = g[m];
                double s = 0;
                if (origin[i] >= 0) s += ga[origin[i]];
                if (destination[i] >= 0) s += gr[destination[i]];
                for (var l = 0; l < k; l++) s += x[l][i] * gr[destinations + l];
                gx[m] = s;
            }
            for (var m = 0; m < k; m++)
                for (var l = 0; l < k; l++) cov[m, l] += u2 * gx[m] * gx[l];
        }
        return new PoissonFit
        {
            Beta = rest[destinations..],
            Covariance = cov,
            Mu = mu,
            Iterations = iterations,
            Converged = converged,
            Deviance = deviance,
        };
    }

    private static double Predict(int i, int[] origin, int[] destination, int destinations, double[][] x, double[] alpha, double[] rest,
        double[] newAlpha, double[] newRest, double step)
    {
        double e = 0;
        if (origin[i] >= 0) e += alpha[origin[i]] + step * (newAlpha[origin[i]] - alpha[origin[i]]);
        if (destination[i] >= 0) e += rest[destination[i]] + step * (newRest[destination[i]] - rest[destination[i]]);
        for (var m = 0; m < x.Length; m++)
        {
            var b = rest[destinations + m] + step * (newRest[destinations + m] - rest[destinations + m]);
            e += b * x[m][i];
        }
        return e;
    }

    /// <summary>Poisson deviance 2 Σ [y ln(y/μ) − (y − μ)] (the y ln y term is 0 at y = 0).</summary>
    public static double PoissonDeviance(double[] y, double[] mu)
    {
        double d = 0;
        for (var i = 0; i < y.Length; i++)
            d += (y[i] > 0 ? y[i] * Math.Log(y[i] / mu[i]) : 0) - (y[i] - mu[i]);
        return 2 * d;
    }

    /// <summary>The normal-equation blocks X'WX and X'Wz of one iteration, and the block solve.</summary>
    private sealed class Blocks(int origins, int q)
    {
        private readonly double[] _d = new double[origins];
        private readonly double[] _hAR = new double[(long)origins * q];
        private readonly double[] _hRR = new double[(long)q * q];
        private MathNet.Numerics.LinearAlgebra.Factorization.Cholesky<double>? _chol;

        public double[] RhsAlpha { get; } = new double[origins];

        public double[] RhsRest { get; } = new double[q];

        public void Build(int[] origin, int[] destination, int destinations, double[][] x, double[] mu, double[] eta, double[] y, bool working)
        {
            Array.Clear(_d);
            Array.Clear(_hAR);
            Array.Clear(_hRR);
            Array.Clear(RhsAlpha);
            Array.Clear(RhsRest);
            var k = x.Length;
            Span<double> xi = stackalloc double[k];
            for (var i = 0; i < y.Length; i++)
            {
                var w = mu[i];
                var wz = working ? w * eta[i] + (y[i] - mu[i]) : 0;
                for (var m = 0; m < k; m++) xi[m] = x[m][i];
                var o = origin[i];
                var d = destination[i];
                if (o >= 0)
                {
                    _d[o] += w;
                    RhsAlpha[o] += wz;
                    var row = (long)o * q;
                    if (d >= 0) _hAR[row + d] += w;
                    for (var m = 0; m < k; m++) _hAR[row + destinations + m] += w * xi[m];
                }
                if (d >= 0)
                {
                    _hRR[(long)d * q + d] += w;
                    RhsRest[d] += wz;
                    for (var m = 0; m < k; m++) _hRR[(long)d * q + destinations + m] += w * xi[m];
                }
                for (var m = 0; m < k; m++)
                {
                    RhsRest[destinations + m] += wz * xi[m];
                    var row = (long)(destinations + m) * q + destinations;
                    for (var l = m; l < k; l++) _hRR[row + l] += w * xi[m] * xi[l];
                }
            }
            // Schur complement S = H_RR − Σ_o h_o h_oᵀ / D_o (upper triangle), then mirrored
            var s = Matrix<double>.Build.Dense(q, q);
            for (var a = 0; a < q; a++)
                for (var b = a; b < q; b++) s[a, b] = _hRR[(long)a * q + b];
            var h = new double[q];
            for (var o = 0; o < origins; o++)
            {
                if (!(_d[o] > 0)) throw new ArgumentException("an origin has no weight: its fixed effect is not identified.");
                Array.Copy(_hAR, (long)o * q, h, 0, q);
                var inv = 1 / _d[o];
                for (var a = 0; a < q; a++)
                {
                    var ha = h[a] * inv;
                    if (ha == 0) continue;
                    for (var b = a; b < q; b++) s[a, b] -= ha * h[b];
                }
            }
            for (var a = 0; a < q; a++)
                for (var b = 0; b < a; b++) s[a, b] = s[b, a];
            try
            {
                _chol = s.Cholesky();
            }
            catch (ArgumentException)
            {
                throw new ArgumentException("the predictors are collinear with each other or with the fixed effects (a sender or receiver value is absorbed by the origin and destination effects).");
            }
            var diag = _chol.Factor.Diagonal();
            var scale = s.Diagonal();
            for (var a = 0; a < q; a++)
                if (!(diag[a] * diag[a] > 1e-12 * Math.Max(scale[a], 1e-300)))
                    throw new ArgumentException("the predictors are collinear with each other or with the fixed effects (a sender or receiver value is absorbed by the origin and destination effects).");
        }

        /// <summary>Solves [[D, H_αR], [H_αRᵀ, H_RR]] (a; r) = (ra; rr).</summary>
        public (double[] A, double[] R) Solve(double[] ra, double[] rr)
        {
            var rhs = (double[])rr.Clone();
            for (var o = 0; o < origins; o++)
            {
                var f = ra[o] / _d[o];
                if (f == 0) continue;
                var row = (long)o * q;
                for (var a = 0; a < q; a++) rhs[a] -= _hAR[row + a] * f;
            }
            var r = _chol!.Solve(Vector<double>.Build.Dense(rhs)).ToArray();
            var alpha = new double[origins];
            for (var o = 0; o < origins; o++)
            {
                var row = (long)o * q;
                double s = ra[o];
                for (var a = 0; a < q; a++) s -= _hAR[row + a] * r[a];
                alpha[o] = s / _d[o];
            }
            return (alpha, r);
        }
    }
}

using CapitalNetwork.Measures.NullModels;

namespace CapitalNetwork.Measures.Fitting;

/// <summary>
/// Borgatti–Everett continuous model on a <see cref="CompactGraph"/>, cells = unordered pairs (ordered pairs when
/// directed), diagonal excluded. MINRES (Boyd, Fitzgerald, Mahutga &amp; Smith 2010): min Σ_cells (a − c_i c_j)² by
/// Gauss–Seidel alternating least squares, c_i ← (Sc)_i / (f(‖c‖² − c_i²)), each update the exact minimiser in c_i
/// (S = symmetric pair sums, f = 1 undirected, 2 directed). Correlation objective: projected gradient ascent of the
/// Pearson correlation r(c) between a and x_ij = c_i c_j, with Barzilai–Borwein steps and Armijo backtracking, c ≥ 0
/// and scaled to unit norm (r is scale-invariant). Every evaluation is O(n + m) through Σx = f((Σc)² − Σc²)/2,
/// Σx² = f((Σc²)² − Σc⁴)/2 and Σax = ½ cᵀSc.
/// </summary>
internal sealed class ContinuousFit
{
    private readonly CompactGraph _g;
    private readonly int _n;
    private readonly double _f, _cells, _sa, _va;
    private readonly double[] _sc;

    public ContinuousFit(CompactGraph g)
    {
        _g = g;
        _n = g.NodeCount;
        _f = g.Directed ? 2 : 1;
        _cells = g.Cells(_n);
        _sa = g.TotalWeight;
        _va = _cells * g.TotalWeightSq - _sa * _sa;
        _sc = new double[_n];
    }

    public int Iterations { get; private set; }
    public bool Converged { get; private set; }

    private void Multiply(double[] c, double[] into)
    {
        for (var v = 0; v < _n; v++)
        {
            var s = 0.0;
            for (var k = _g.Offsets[v]; k < _g.Offsets[v + 1]; k++) s += _g.PairSum[k] * c[_g.Neighbors[k]];
            into[v] = s;
        }
    }

    /// <summary>r(c), and its gradient into <paramref name="grad"/> when not null.</summary>
    public double Correlation(double[] c, double[]? grad)
    {
        double s1 = 0, s2 = 0, s4 = 0;
        foreach (var x in c)
        {
            s1 += x;
            s2 += x * x;
            s4 += x * x * x * x;
        }
        Multiply(c, _sc);
        var sax = 0.0;
        for (var v = 0; v < _n; v++) sax += c[v] * _sc[v];
        sax /= 2;
        var sx = _f * (s1 * s1 - s2) / 2;
        var sxx = _f * (s2 * s2 - s4) / 2;
        var cax = _cells * sax - _sa * sx;
        var vx = _cells * sxx - sx * sx;
        if (!(_va > 1e-12 * _cells * _g.TotalWeightSq) || !(vx > 1e-300))
        {
            if (grad is not null) Array.Clear(grad);
            return double.NaN;
        }
        var denom = Math.Sqrt(_va * vx);
        var r = cax / denom;
        if (grad is not null)
        {
            for (var k = 0; k < _n; k++)
            {
                var dsx = _f * (s1 - c[k]);
                var dsxx = _f * 2 * c[k] * (s2 - c[k] * c[k]);
                var dcax = _cells * _sc[k] - _sa * dsx;
                var dvx = _cells * dsxx - 2 * sx * dsx;
                grad[k] = dcax / denom - 0.5 * r * dvx / vx;
            }
        }
        return r;
    }

    private static void Normalize(double[] c)
    {
        var s = 0.0;
        foreach (var x in c) s += x * x;
        if (s <= 0) return;
        var inv = 1 / Math.Sqrt(s);
        for (var i = 0; i < c.Length; i++) c[i] *= inv;
    }

    /// <summary>MINRES by Gauss–Seidel ALS from c ∝ √strength; stops when no coordinate moves by more than
    /// <paramref name="tolerance"/> × max c, or after <paramref name="sweeps"/> sweeps. O(m) per sweep.</summary>
    public double[] Minres(int sweeps, double tolerance)
    {
        var c = new double[_n];
        for (var v = 0; v < _n; v++) c[v] = Math.Sqrt(Math.Max(0, _g.Strength[v]));
        Normalize(c);
        Converged = false;
        var norm2 = 0.0;
        foreach (var x in c) norm2 += x * x;
        for (var sweep = 0; sweep < sweeps; sweep++)
        {
            var change = 0.0;
            var scale = 0.0;
            for (var v = 0; v < _n; v++)
            {
                var s = 0.0;
                for (var k = _g.Offsets[v]; k < _g.Offsets[v + 1]; k++) s += _g.PairSum[k] * c[_g.Neighbors[k]];
                var rest = norm2 - c[v] * c[v];
                var nv = rest > 0 ? Math.Max(0, s / (_f * rest)) : c[v];
                change = Math.Max(change, Math.Abs(nv - c[v]));
                norm2 += nv * nv - c[v] * c[v];
                c[v] = nv;
                scale = Math.Max(scale, Math.Abs(nv));
            }
            Iterations = sweep + 1;
            if (change <= tolerance * Math.Max(scale, 1e-300))
            {
                Converged = true;
                break;
            }
        }
        return c;
    }

    /// <summary>The least-squares residual Σ_cells (a − c_i c_j)² = Σa² − 2Σax + Σx².</summary>
    public double Residual(double[] c)
    {
        double s2 = 0, s4 = 0;
        foreach (var x in c)
        {
            s2 += x * x;
            s4 += x * x * x * x;
        }
        Multiply(c, _sc);
        var sax = 0.0;
        for (var v = 0; v < _n; v++) sax += c[v] * _sc[v];
        return _g.TotalWeightSq - sax + _f * (s2 * s2 - s4) / 2;
    }

    /// <summary>Correlation ascent from the MINRES solution and from <paramref name="starts"/> seeded random starts;
    /// the best local optimum is returned.</summary>
    public (double[] C, double Fit) MaximizeCorrelation(double[] minres, int maxIterations, double tolerance, int starts, ulong seed)
    {
        var (best, bestR) = Ascend((double[])minres.Clone(), maxIterations, tolerance);
        var iterations = Iterations;
        var converged = Converged;
        for (var s = 0; s < starts; s++)
        {
            var rng = RngStreams.Create(seed, (ulong)s);
            var c0 = new double[_n];
            for (var v = 0; v < _n; v++) c0[v] = _g.Strength[v] > 0 ? rng.NextDouble() : 0;
            var (c, r) = Ascend(c0, maxIterations, tolerance);
            iterations += Iterations;
            converged &= Converged;
            if (r > bestR + 1e-12 || double.IsNaN(bestR))
            {
                best = c;
                bestR = r;
            }
        }
        Iterations = iterations;
        Converged = converged;
        return (best, bestR);
    }

    /// <summary>Projected gradient ascent of r from <paramref name="c"/>. Returns c (unit norm, ≥ 0) and r.</summary>
    private (double[] C, double Fit) Ascend(double[] c, int maxIterations, double tolerance)
    {
        Normalize(c);
        Converged = false;
        var r = Correlation(c, null);
        if (double.IsNaN(r))
        {
            Converged = true;
            return (c, r);
        }
        var grad = new double[_n];
        var gradNew = new double[_n];
        var cand = new double[_n];
        r = Correlation(c, grad);
        var step = 1.0;
        var flat = 0;
        for (Iterations = 0; Iterations < maxIterations; Iterations++)
        {
            // projected-gradient stationarity: no coordinate can move uphill
            var pg = 0.0;
            for (var i = 0; i < _n; i++) pg = Math.Max(pg, c[i] > 0 || grad[i] > 0 ? Math.Abs(grad[i]) : 0);
            if (pg < 1e-10)
            {
                Converged = true;
                break;
            }
            double rNew;
            var tries = 0;
            while (true)
            {
                for (var i = 0; i < _n; i++) cand[i] = Math.Max(0, c[i] + step * grad[i]);
                rNew = Correlation(cand, null);
                var gain = 0.0;
                for (var i = 0; i < _n; i++) gain += grad[i] * (cand[i] - c[i]);
                if (!double.IsNaN(rNew) && rNew >= r + 1e-4 * gain) break;
                step /= 2;
                if (++tries > 60) break;
            }
            if (tries > 60)
            {
                Converged = true; // no uphill step at machine precision
                break;
            }
            Normalize(cand);
            rNew = Correlation(cand, gradNew);
            // Barzilai–Borwein step for the next iteration (ascent: |sᵀs / sᵀy|)
            double ss = 0, sy = 0;
            for (var i = 0; i < _n; i++)
            {
                var s = cand[i] - c[i];
                var y = gradNew[i] - grad[i];
                ss += s * s;
                sy += s * y;
            }
            step = sy < 0 ? Math.Min(1e6, ss / -sy) : Math.Min(1e6, step * 4);
            if (!(step > 1e-12)) step = 1e-3;
            var improvement = rNew - r;
            (c, cand) = (cand, c);
            (grad, gradNew) = (gradNew, grad);
            r = rNew;
            flat = improvement < tolerance ? flat + 1 : 0;
            if (flat >= 5)
            {
                Converged = true;
                break;
            }
        }
        return (c, r);
    }
}

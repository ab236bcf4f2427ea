using System.Numerics;
using CapitalNetwork.Measures.NullModels;
using CapitalNetwork.Randomness;

namespace CapitalNetwork.Measures.Fitting;

/// <summary>
/// The Borgatti–Everett discrete fit on a <see cref="CompactGraph"/> with O(1) evaluation of a single-node move.
/// <para>State: core flags, and per node wc[i] = Σ_{j ∈ core} S_ij and qc[i] = Σ_{j ∈ core} S2_ij (S = pair sum of cell
/// values, S2 = pair sum of squared cell values); globally the core size and the sums W_cc, Q_cc (core–core) and
/// W_pp, Q_pp (periphery–periphery). The Pearson correlation over the included cells follows from these:
/// block = 1: N = cells(n), Σa = W, Σa² = Q, Σδ = N − cells(n_p), Σaδ = W − W_pp;
/// block missing: N = cells(n_c) + cells(n_p), Σδ = cells(n_c), Σaδ = W_cc, Σa = W_cc + W_pp, Σa² = Q_cc + Q_pp;
/// ρ = (NΣaδ − ΣaΣδ) / √((NΣa² − (Σa)²)(NΣδ − (Σδ)²)). Moving node i changes W_cc by ±wc[i] and W_pp by ∓(s_i − wc[i]).</para>
/// </summary>
internal sealed class Optimizer
{
    private const double Tolerance = 1e-12;
    private readonly CompactGraph _g;
    private readonly bool _ones;
    private readonly int _n;
    private readonly double _w, _q;
    private readonly double[] _s2;
    private readonly bool[] _core;
    private readonly double[] _wc, _qc;
    private int _nc;
    private double _wcc, _qcc, _wpp, _qpp, _fit;

    public Optimizer(CompactGraph g, CorePeripheryBlock block)
    {
        _g = g;
        _ones = block == CorePeripheryBlock.Ones;
        _n = g.NodeCount;
        _w = g.TotalWeight;
        _q = g.TotalWeightSq;
        _s2 = new double[_n];
        for (var v = 0; v < _n; v++)
            for (var k = g.Offsets[v]; k < g.Offsets[v + 1]; k++) _s2[v] += g.PairSumSq[k];
        _core = new bool[_n];
        _wc = new double[_n];
        _qc = new double[_n];
        Reset(_core);
    }

    public bool[] Core => _core;
    public int CoreSize => _nc;
    /// <summary>The fit of the current partition (kept up to date by <see cref="Reset"/> and <see cref="Flip"/>).</summary>
    public double CurrentFit => _fit;

    /// <summary>Sets the partition and recomputes every aggregate from scratch. O(n + m).</summary>
    public void Reset(ReadOnlySpan<bool> core)
    {
        if (core.Length != _n) throw new ArgumentException($"Expected {_n} flags, got {core.Length}.", nameof(core));
        core.CopyTo(_core);
        Array.Clear(_wc);
        Array.Clear(_qc);
        _nc = 0;
        _wcc = _qcc = _wpp = _qpp = 0;
        var off = _g.Offsets;
        var nb = _g.Neighbors;
        for (var v = 0; v < _n; v++)
        {
            if (_core[v]) _nc++;
            for (var k = off[v]; k < off[v + 1]; k++)
            {
                var u = nb[k];
                if (_core[u])
                {
                    _wc[v] += _g.PairSum[k];
                    _qc[v] += _g.PairSumSq[k];
                }
                if (u < v) continue;
                if (_core[u] && _core[v])
                {
                    _wcc += _g.PairSum[k];
                    _qcc += _g.PairSumSq[k];
                }
                else if (!_core[u] && !_core[v])
                {
                    _wpp += _g.PairSum[k];
                    _qpp += _g.PairSumSq[k];
                }
            }
        }
        _fit = Evaluate(_nc, _wcc, _qcc, _wpp, _qpp);
    }

    public double Evaluate(int nc, double wcc, double qcc, double wpp, double qpp)
    {
        var np = _n - nc;
        double cells, sa, saa, sd, sad;
        if (_ones)
        {
            cells = _g.Cells(_n);
            sa = _w;
            saa = _q;
            sd = cells - _g.Cells(np);
            sad = _w - wpp;
        }
        else
        {
            var cc = _g.Cells(nc);
            cells = cc + _g.Cells(np);
            sd = cc;
            sad = wcc;
            sa = wcc + wpp;
            saa = qcc + qpp;
        }
        return Pearson(cells, sa, saa, sd, sad);
    }

    /// <summary>Pearson correlation of a 0/1 pattern δ with values a over <paramref name="cells"/> cells, from sums.</summary>
    public static double Pearson(double cells, double sa, double saa, double sd, double sad)
    {
        var vd = cells * sd - sd * sd;
        var va = cells * saa - sa * sa;
        if (!(vd > 0) || !(va > 1e-12 * cells * saa)) return double.NaN;
        return (cells * sad - sa * sd) / Math.Sqrt(va * vd);
    }

    /// <summary>The fit after moving node i to the other side (state unchanged). O(1).</summary>
    public double FitIfFlipped(int i)
    {
        var wp = _g.Strength[i] - _wc[i];
        var qp = _s2[i] - _qc[i];
        return _core[i]
            ? Evaluate(_nc - 1, _wcc - _wc[i], _qcc - _qc[i], _wpp + wp, _qpp + qp)
            : Evaluate(_nc + 1, _wcc + _wc[i], _qcc + _qc[i], _wpp - wp, _qpp - qp);
    }

    /// <summary>Moves node i to the other side. O(degree).</summary>
    public void Flip(int i)
    {
        var wp = _g.Strength[i] - _wc[i];
        var qp = _s2[i] - _qc[i];
        double sign;
        if (_core[i])
        {
            _nc--;
            _wcc -= _wc[i];
            _qcc -= _qc[i];
            _wpp += wp;
            _qpp += qp;
            sign = -1;
        }
        else
        {
            _nc++;
            _wcc += _wc[i];
            _qcc += _qc[i];
            _wpp -= wp;
            _qpp -= qp;
            sign = 1;
        }
        _core[i] = !_core[i];
        _fit = Evaluate(_nc, _wcc, _qcc, _wpp, _qpp);
        var off = _g.Offsets;
        for (var k = off[i]; k < off[i + 1]; k++)
        {
            var u = _g.Neighbors[k];
            _wc[u] += sign * _g.PairSum[k];
            _qc[u] += sign * _g.PairSumSq[k];
        }
    }

    /// <summary>Block means (core–core, periphery–periphery, core–periphery) of the current partition.</summary>
    public (double Core, double Periphery, double CorePeriphery) Densities()
    {
        var np = _n - _nc;
        var cc = _g.Cells(_nc);
        var pp = _g.Cells(np);
        var cp = (double)_nc * np * (_g.Directed ? 2 : 1);
        return (cc > 0 ? _wcc / cc : double.NaN, pp > 0 ? _wpp / pp : double.NaN,
            cp > 0 ? (_w - _wcc - _wpp) / cp : double.NaN);
    }

    private static bool Better(double candidate, double incumbent) =>
        !double.IsNaN(candidate) && (double.IsNaN(incumbent) || candidate > incumbent + Tolerance * Math.Max(1, Math.Abs(incumbent)));

    /// <summary>Enumerates all 2ⁿ partitions in Gray-code order (one move each) and leaves the state at the best. O(2ⁿ · d̄).</summary>
    public void Exhaustive()
    {
        if (_n > 30) throw new InvalidOperationException("Exhaustive search is limited to 30 nodes.");
        Reset(new bool[_n]);
        var best = double.NaN;
        var bestMask = 0UL;
        var mask = 0UL;
        var count = 1UL << _n;
        for (var k = 1UL; k < count; k++)
        {
            var i = BitOperations.TrailingZeroCount(k);
            Flip(i);
            mask ^= 1UL << i;
            var f = CurrentFit;
            if (Better(f, best))
            {
                best = f;
                bestMask = mask;
            }
        }
        var core = new bool[_n];
        for (var i = 0; i < _n; i++) core[i] = ((bestMask >> i) & 1) != 0;
        Reset(core);
    }

    /// <summary>
    /// Best of <paramref name="restarts"/> local searches (restart 0 from the best degree threshold, the others from
    /// random partitions with a random core share in [0.05, 0.5]); each local search alternates first-improvement
    /// single-node sweeps in random order with a Kernighan–Lin escape (up to min(n, 50) forced best moves, the best
    /// prefix kept) until neither improves. Leaves the state at the best partition.
    /// </summary>
    public void Heuristic(int restarts, ulong seed)
    {
        var best = double.NaN;
        bool[]? bestCore = null;
        var order = new int[_n];
        var locked = new bool[_n];
        var moves = new List<int>();
        for (var r = 0; r < Math.Max(1, restarts); r++)
        {
            var rng = RngStreams.Create(seed, (ulong)r);
            if (r == 0) StartFromDegreeThreshold();
            else
            {
                var p = 0.05 + 0.45 * rng.NextDouble();
                var core = new bool[_n];
                for (var i = 0; i < _n; i++) core[i] = rng.NextDouble() < p;
                Reset(core);
            }
            LocalSearch(ref rng, order, locked, moves);
            Reset(_core); // exact aggregates
            var f = CurrentFit;
            if (bestCore is null || Better(f, best))
            {
                best = f;
                bestCore = (bool[])_core.Clone();
            }
        }
        Reset(bestCore!);
    }

    private void StartFromDegreeThreshold()
    {
        var order = Enumerable.Range(0, _n).OrderByDescending(i => _g.Strength[i]).ThenBy(i => i).ToArray();
        Reset(new bool[_n]);
        var best = double.NaN;
        var bestK = 1;
        for (var k = 0; k < _n; k++)
        {
            Flip(order[k]);
            if (Better(CurrentFit, best))
            {
                best = CurrentFit;
                bestK = k + 1;
            }
        }
        var core = new bool[_n];
        for (var k = 0; k < Math.Min(bestK, _n); k++) core[order[k]] = true;
        Reset(core);
    }

    private void LocalSearch(ref Xoshiro256 rng, int[] order, bool[] locked, List<int> moves)
    {
        for (var i = 0; i < _n; i++) order[i] = i;
        var patience = Math.Min(_n, 50);
        while (true)
        {
            var improved = true;
            while (improved)
            {
                improved = false;
                RngStreams.Shuffle(ref rng, order);
                foreach (var i in order)
                {
                    if (Better(FitIfFlipped(i), CurrentFit))
                    {
                        Flip(i);
                        improved = true;
                    }
                }
            }
            // Kernighan–Lin escape: forced best moves (possibly worsening), keep the best prefix.
            var start = CurrentFit;
            var best = start;
            var bestStep = 0;
            Array.Clear(locked);
            moves.Clear();
            for (var step = 1; step <= patience; step++)
            {
                var pick = -1;
                var pickFit = double.NaN;
                for (var i = 0; i < _n; i++)
                {
                    if (locked[i]) continue;
                    var f = FitIfFlipped(i);
                    if (double.IsNaN(f)) continue;
                    if (pick < 0 || f > pickFit)
                    {
                        pick = i;
                        pickFit = f;
                    }
                }
                if (pick < 0) break;
                Flip(pick);
                locked[pick] = true;
                moves.Add(pick);
                if (Better(CurrentFit, best))
                {
                    best = CurrentFit;
                    bestStep = step;
                }
            }
            for (var k = moves.Count - 1; k >= bestStep; k--) Flip(moves[k]);
            if (bestStep == 0) return;
        }
    }
}

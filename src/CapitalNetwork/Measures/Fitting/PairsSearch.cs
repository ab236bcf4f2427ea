using CapitalNetwork.Measures.NullModels;
using CapitalNetwork.Randomness;

namespace CapitalNetwork.Measures.Fitting;

/// <summary>
/// Kojaku–Masuda multiple core–periphery pairs on an undirected <see cref="CompactGraph"/> by label switching.
/// Quality (2M = Σ_i d_i, d = strength, f(x, y) = x + y − xy, i.e. 0 only for two periphery nodes):
/// configuration null (Kojaku &amp; Masuda 2018): Q = (1/2M) Σ_{i,j} (A_ij − d_i d_j / 2M) δ(c_i, c_j) f(x_i, x_j) over all
/// ordered pairs including i = j; Erdős–Rényi null (Kojaku &amp; Masuda 2017): Q = (1/2M) Σ_{i≠j} (A_ij − p) δ(c_i, c_j)
/// f(x_i, x_j) with p = 2M / (n(n − 1)). With node mass μ (d_i, or 1) and β_u (d_u/2M, or p), the value of placing u in
/// pair c with role x, relative to u alone outside any pair, is 2(A_{u,c} − β_u T_c) − κ_u for a core (T_c = Σ_{j∈c} μ_j,
/// κ_u = d_u²/2M or 0) and 2(A_{u,core(c)} − β_u T_{core(c)}) for a periphery node.
/// </summary>
internal sealed class PairsSearch
{
    private readonly CompactGraph _g;
    private readonly int _n;
    private readonly bool _config;
    private readonly double _twoM, _p;
    private readonly double[] _mu, _beta, _kappa;

    public PairsSearch(CompactGraph g, bool configuration)
    {
        _g = g;
        _n = g.NodeCount;
        _config = configuration;
        _twoM = g.Strength.Sum();
        _p = _n > 1 ? _twoM / ((double)_n * (_n - 1)) : 0;
        _mu = new double[_n];
        _beta = new double[_n];
        _kappa = new double[_n];
        for (var u = 0; u < _n; u++)
        {
            var d = g.Strength[u];
            _mu[u] = configuration ? d : 1;
            _beta[u] = configuration ? (_twoM > 0 ? d / _twoM : 0) : _p;
            _kappa[u] = configuration && _twoM > 0 ? d * d / _twoM : 0;
        }
    }

    /// <summary>Q and the per-pair contributions q_k for pair ids 0 … pairCount − 1 (id −1 = no pair, contributes 0).</summary>
    public (double Q, double[] PerPair) Quality(int[] pair, bool[] core, int pairCount)
    {
        var q = new double[pairCount];
        if (_twoM <= 0) return (double.NaN, q);
        var tc = new double[pairCount];
        var tp = new double[pairCount];
        var nc = new double[pairCount];
        var np = new double[pairCount];
        for (var u = 0; u < _n; u++)
        {
            var c = pair[u];
            if (c < 0) continue;
            if (core[u])
            {
                tc[c] += _mu[u];
                nc[c]++;
            }
            else
            {
                tp[c] += _mu[u];
                np[c]++;
            }
            for (var k = _g.Offsets[u]; k < _g.Offsets[u + 1]; k++)
            {
                var v = _g.Neighbors[k];
                if (pair[v] == c && (core[u] || core[v])) q[c] += _g.PairSum[k];
            }
        }
        var total = 0.0;
        for (var c = 0; c < pairCount; c++)
        {
            var nullPart = _config
                ? (tc[c] * tc[c] + 2 * tc[c] * tp[c]) / _twoM
                : _p * (nc[c] * (nc[c] - 1) + 2 * nc[c] * np[c]);
            q[c] = (q[c] - nullPart) / _twoM;
            total += q[c];
        }
        return (total, q);
    }

    /// <summary>
    /// One run: label switching from singletons (every node the core of its own pair), then iterated local search —
    /// for each of up to <see cref="EgoTrials"/> nodes u in seeded random order, a trial assignment makes u the core of a new pair holding all its
    /// neighbours as periphery ("ego pair"), label switching polishes it (a work queue from the changed nodes, then full
    /// sweeps), and the trial is kept only if Q rises.
    /// </summary>
    public const int EgoTrials = 200;

    public (int[] Pair, bool[] Core) Run(ref Xoshiro256 rng, int maxSweeps)
    {
        var pair = new int[_n];
        var core = new bool[_n];
        for (var u = 0; u < _n; u++)
        {
            pair[u] = u;
            core[u] = true;
        }
        Sweep(ref rng, pair, core, maxSweeps);
        var q = Quality(pair, core, _n).Q;
        var trialPair = new int[_n];
        var trialCore = new bool[_n];
        var used = new bool[_n];
        var nodes = Enumerable.Range(0, _n).Where(u => _g.PairDegree(u) > 0).ToArray();
        RngStreams.Shuffle(ref rng, nodes);
        var mark = new bool[_n];
        var seeds = new List<int>();
        foreach (var u in nodes.Take(EgoTrials))
        {
            Array.Copy(pair, trialPair, _n);
            Array.Copy(core, trialCore, _n);
            Array.Clear(used);
            foreach (var c in trialPair) used[c] = true;
            var fresh = Array.IndexOf(used, false);
            if (fresh < 0) continue;
            trialPair[u] = fresh;
            trialCore[u] = true;
            // re-examine u, its neighbours and theirs: the nodes whose options the trial changed
            seeds.Clear();
            void Seed(int v)
            {
                if (mark[v]) return;
                mark[v] = true;
                seeds.Add(v);
            }
            Seed(u);
            for (var k = _g.Offsets[u]; k < _g.Offsets[u + 1]; k++)
            {
                var v = _g.Neighbors[k];
                trialPair[v] = fresh;
                trialCore[v] = false;
                Seed(v);
                for (var l = _g.Offsets[v]; l < _g.Offsets[v + 1]; l++) Seed(_g.Neighbors[l]);
            }
            foreach (var v in seeds) mark[v] = false;
            Sweep(ref rng, trialPair, trialCore, maxSweeps, seeds);
            Sweep(ref rng, trialPair, trialCore, maxSweeps); // the null term reaches beyond neighbours: finish with full sweeps
            var qt = Quality(trialPair, trialCore, _n).Q;
            if (qt > q + 1e-12 * Math.Max(1, Math.Abs(q)))
            {
                q = qt;
                Array.Copy(trialPair, pair, _n);
                Array.Copy(trialCore, core, _n);
            }
        }
        Sweep(ref rng, pair, core, maxSweeps); // full sweeps: a local optimum for every single-node move
        return (pair, core);
    }

    /// <summary>Label switching from the given assignment (pair ids in 0 … n − 1): with no <paramref name="seeds"/>,
    /// sweeps over all nodes in seeded random order until no node moves or <paramref name="maxSweeps"/> sweeps; with
    /// seeds, a work queue that starts with them and re-queues the neighbours of every node that moves (at most
    /// maxSweeps · n visits). A node moves on a strict gain, or from
    /// core to periphery of its own pair on a tie; between equal candidates the periphery role wins. Every move raises Q
    /// or lowers the number of cores, so the sweeps end.</summary>
    private void Sweep(ref Xoshiro256 rng, int[] pair, bool[] core, int maxSweeps, List<int>? seeds = null)
    {
        var t = new double[_n];
        var tcore = new double[_n];
        var size = new int[_n];
        for (var u = 0; u < _n; u++)
        {
            t[pair[u]] += _mu[u];
            if (core[u]) tcore[pair[u]] += _mu[u];
            size[pair[u]]++;
        }
        var free = new Stack<int>();
        for (var c = _n - 1; c >= 0; c--)
            if (size[c] == 0) free.Push(c);
        var toAll = new double[_n];
        var toCore = new double[_n];
        var seen = new bool[_n];
        var touched = new List<int>();
        bool Move(int u)
        {
            var c0 = pair[u];
            var x0 = core[u];
            t[c0] -= _mu[u];
            if (x0) tcore[c0] -= _mu[u];
            size[c0]--;
            touched.Clear();
            for (var k = _g.Offsets[u]; k < _g.Offsets[u + 1]; k++)
            {
                var v = _g.Neighbors[k];
                var c = pair[v];
                if (!seen[c])
                {
                    seen[c] = true;
                    touched.Add(c);
                }
                toAll[c] += _g.PairSum[k];
                if (core[v]) toCore[c] += _g.PairSum[k];
            }
            var stay = Value(u, c0, x0, toAll[c0], toCore[c0], t, tcore);
            var best = stay;
            var bestC = c0;
            var bestX = x0;
            var eps = 1e-12 * (1 + Math.Abs(stay));
            void Consider(double v, int c, bool x)
            {
                if (v > best + eps)
                {
                    best = v;
                    bestC = c;
                    bestX = x;
                }
            }
            // ties go to the periphery: a core that does not gain from being core becomes periphery (this is what
            // frees label switching from the all-core start, where both roles are worth the same)
            var other = Value(u, c0, !x0, toAll[c0], toCore[c0], t, tcore);
            if (x0 && other >= stay - eps)
            {
                best = Math.Max(stay, other);
                bestX = false;
            }
            else Consider(other, c0, !x0);
            foreach (var c in touched)
            {
                if (c == c0) continue;
                Consider(Value(u, c, false, toAll[c], toCore[c], t, tcore), c, false);
                Consider(Value(u, c, true, toAll[c], toCore[c], t, tcore), c, true);
            }
            // alone, as the periphery of a new empty pair: value 0 (when its own pair is empty, that is (c0, periphery))
            if (size[c0] > 0) Consider(0, -1, false);
            foreach (var c in touched)
            {
                seen[c] = false;
                toAll[c] = 0;
                toCore[c] = 0;
            }
            if (bestC == -1)
            {
                while (free.Count > 0 && size[free.Peek()] > 0) free.Pop();
                bestC = free.Count > 0 ? free.Pop() : FindEmpty(size);
            }
            pair[u] = bestC;
            core[u] = bestX;
            t[bestC] += _mu[u];
            if (bestX) tcore[bestC] += _mu[u];
            if (size[c0] == 0 && c0 != bestC) free.Push(c0);
            size[bestC]++;
            return bestC != c0 || bestX != x0;
        }

        if (seeds is null)
        {
            var order = Enumerable.Range(0, _n).ToArray();
            for (var sweep = 0; sweep < maxSweeps; sweep++)
            {
                RngStreams.Shuffle(ref rng, order);
                var moved = 0;
                foreach (var u in order)
                    if (Move(u)) moved++;
                if (moved == 0) break;
            }
            return;
        }
        var queue = new Queue<int>(seeds);
        var queued = new bool[_n];
        foreach (var v in seeds) queued[v] = true;
        var budget = (long)maxSweeps * _n;
        while (queue.Count > 0 && budget-- > 0)
        {
            var u = queue.Dequeue();
            queued[u] = false;
            if (!Move(u)) continue;
            for (var k = _g.Offsets[u]; k < _g.Offsets[u + 1]; k++)
            {
                var v = _g.Neighbors[k];
                if (queued[v]) continue;
                queued[v] = true;
                queue.Enqueue(v);
            }
        }
    }

    private static int FindEmpty(int[] size)
    {
        for (var c = 0; c < size.Length; c++)
            if (size[c] == 0) return c;
        throw new InvalidOperationException("No empty pair id.");
    }

    private double Value(int u, int c, bool x, double toAll, double toCore, double[] t, double[] tcore) =>
        x ? 2 * (toAll - _beta[u] * t[c]) - _kappa[u] : 2 * (toCore - _beta[u] * tcore[c]);
}

namespace CapitalNetwork.Measures.Blocks;

/// <summary>
/// The CONCOR engine (implementation only): the first correlations of the stacked matrix [A; Aᵀ] with the diagonal
/// missing (pairwise deletion) or paired reciprocally, computed for a block's members straight from the sparse A, then
/// repeated correlation of the columns of that g × g matrix (<see cref="ColumnCorrelation"/>) until every entry is ±1
/// within the tolerance, split by sign against the block's first member.
/// </summary>
internal sealed class ConcorSplitter
{
    private readonly TieMatrix _a;
    private readonly bool _reciprocal;
    private readonly double[] _sum;
    private readonly double[] _sq;
    private readonly double _tolerance;
    private readonly int _maxIterations;

    private ConcorSplitter(TieMatrix a, bool reciprocal, double[] sum, double[] sq, double tolerance, int maxIterations)
    {
        _a = a;
        _reciprocal = reciprocal;
        _sum = sum;
        _sq = sq;
        _tolerance = tolerance;
        _maxIterations = maxIterations;
    }

    /// <summary>Splits done so far: the largest iteration count of any split.</summary>
    public int MaxIterations { get; private set; }

    /// <summary>Whether every split reached the tolerance.</summary>
    public bool Converged { get; private set; } = true;

    /// <summary>
    /// The splitter of A. <paramref name="reciprocal"/> false (UCINET's "Ignore"): the diagonal is missing; for columns j
    /// and k the rows j, k, n+j, n+k are left out (2n − 4 rows). <paramref name="reciprocal"/> true (UCINET's
    /// "Reciprocal"): all 2n rows, with a_jj paired with a_kk and a_jk with a_kj in those four rows. Sets
    /// <paramref name="constant"/> for nodes whose column is constant over the rows it uses (2n − 2 off-diagonal rows,
    /// or all 2n). O(n + m).
    /// </summary>
    public static ConcorSplitter Create(TieMatrix a, bool reciprocal, double tolerance, int maxIterations, out bool[] constant)
    {
        var n = a.NodeCount;
        var sum = new double[n];
        var sq = new double[n];
        for (var i = 0; i < n; i++)
            for (var e = a.OutStart[i]; e < a.OutStart[i + 1]; e++)
            {
                // a_ij sits in column j (row i, received) and in column i (row n + j, sent)
                var v = a.OutValue[e];
                var j = a.OutTarget[e];
                sum[j] += v;
                sq[j] += v * v;
                sum[i] += v;
                sq[i] += v * v;
            }
        constant = new bool[n];
        for (var j = 0; j < n; j++)
        {
            // the diagonal cells are 0: with them (Reciprocal) the sums stay, only the row count grows
            var rows = reciprocal ? 2.0 * n : 2.0 * n - 2;
            constant[j] = n < 2 || rows * sq[j] - sum[j] * sum[j] <= 1e-12 * Math.Max(1, rows * sq[j]);
        }
        return new ConcorSplitter(a, reciprocal, sum, sq, tolerance, maxIterations);
    }

    /// <summary>
    /// Splits one block (members ascending) in two: the side of the first member (entries ≥ 0 against it) first. A block
    /// of one or two members is not split (as in UCINET); a split that leaves a side empty leaves the block whole (the
    /// second list is then empty).
    /// </summary>
    public (int[] First, int[] Second) Split(int[] members)
    {
        var m = members.Length;
        if (m <= 2) return (members, []);
        var c = First(members);
        var other = ColumnCorrelation.Allocate(m);
        var deviation = ColumnCorrelation.Deviation(c, m);
        var iterations = 0;
        while (deviation > _tolerance && iterations < _maxIterations)
        {
            deviation = ColumnCorrelation.Correlate(c, other, m);
            (c, other) = (other, c);
            iterations++;
        }
        MaxIterations = Math.Max(MaxIterations, iterations);
        if (deviation > _tolerance) Converged = false;
        var first = new List<int>();
        var second = new List<int>();
        for (var x = 0; x < m; x++) (c[x] >= 0 ? first : second).Add(members[x]);
        return second.Count == 0 ? (members, []) : ([.. first], [.. second]);
    }

    /// <summary>
    /// The first correlation matrix restricted to <paramref name="members"/>, in <see cref="ColumnCorrelation"/>'s padded
    /// layout. The dot product of the stacked columns j and k is Σ_i a_ij a_ik + Σ_i a_ji a_ki: the common senders and
    /// the common receivers of j and k, gathered from the sparse rows (O(Σ_i deg_out(i)² + deg_in(i)²) for the whole
    /// network) and then paired with the per-node sums; the rows i = j and i = k add nothing since the diagonal is 0.
    /// An undefined correlation (a constant column after the deletions) is 0.
    /// </summary>
    private double[] First(int[] members)
    {
        var a = _a;
        var n = a.NodeCount;
        var m = members.Length;
        var stride = ColumnCorrelation.Stride(m);
        var c = ColumnCorrelation.Allocate(m);
        var pos = new int[n];
        Array.Fill(pos, -1);
        for (var x = 0; x < m; x++) pos[members[x]] = x;
        var rows = _reciprocal ? 2.0 * n : 2.0 * n - 4;
        Parallel.For(0, m, () => new Scratch(n), (x, _, s) =>
        {
            var j = members[x];
            // dot products with the later members: common senders i (i → j and i → k) and common receivers (j → i, k → i)
            for (var e = a.InStart[j]; e < a.InStart[j + 1]; e++)
            {
                var i = a.InSource[e];
                var w = a.InValue[e];
                for (var f = a.OutStart[i]; f < a.OutStart[i + 1]; f++)
                {
                    var k = a.OutTarget[f];
                    if (pos[k] > x) s.Add(k, w * a.OutValue[f]);
                }
            }
            for (var e = a.OutStart[j]; e < a.OutStart[j + 1]; e++)
            {
                var i = a.OutTarget[e];
                var w = a.OutValue[e];
                for (var f = a.InStart[i]; f < a.InStart[i + 1]; f++)
                {
                    var k = a.InSource[f];
                    if (pos[k] > x) s.Add(k, w * a.InValue[f]);
                }
            }
            // j's own cells a_jk (sent) and a_kj (received), for the four rows the diagonal touches
            for (var e = a.OutStart[j]; e < a.OutStart[j + 1]; e++) s.Sent[a.OutTarget[e]] = a.OutValue[e];
            for (var e = a.InStart[j]; e < a.InStart[j + 1]; e++) s.Received[a.InSource[e]] = a.InValue[e];
            c[(long)x * stride + x] = 1;
            for (var y = x + 1; y < m; y++)
            {
                var k = members[y];
                var dot = s.Dot[k];
                var ajk = s.Sent[k];
                var akj = s.Received[k];
                double sx, sy, qx, qy;
                if (_reciprocal)
                {
                    // rows j, k, n+j, n+k: (a_jj, a_kk) twice, (a_kj, a_jk) and (a_jk, a_kj); every cell of both columns is
                    // used once, so the sums are the whole columns' (diagonal 0)
                    dot += 2 * akj * ajk;
                    (sx, sy, qx, qy) = (_sum[j], _sum[k], _sq[j], _sq[k]);
                }
                else
                {
                    // rows j and n+j of column j and rows k and n+k of column k are diagonal cells (missing); the other two
                    // cells of each pair of deleted rows hold a_kj and a_jk, taken out of the sums; the cross products of
                    // the deleted rows all meet a diagonal cell, so they add nothing to the dot product.
                    sx = _sum[j] - akj - ajk;
                    sy = _sum[k] - ajk - akj;
                    qx = _sq[j] - akj * akj - ajk * ajk;
                    qy = _sq[k] - ajk * ajk - akj * akj;
                }
                var vx = rows * qx - sx * sx;
                var vy = rows * qy - sy * sy;
                var r = vx > 1e-12 * Math.Max(1, rows * qx) && vy > 1e-12 * Math.Max(1, rows * qy) ? (rows * dot - sx * sy) / Math.Sqrt(vx * vy) : 0;
                r = Math.Clamp(r, -1, 1);
                c[(long)x * stride + y] = r;
                c[(long)y * stride + x] = r;
            }
            s.Reset();
            for (var e = a.OutStart[j]; e < a.OutStart[j + 1]; e++) s.Sent[a.OutTarget[e]] = 0;
            for (var e = a.InStart[j]; e < a.InStart[j + 1]; e++) s.Received[a.InSource[e]] = 0;
            return s;
        }, _ => { });
        return c;
    }

    /// <summary>One thread's dense scratch rows (length n), cleared after each use through the list of touched cells.</summary>
    private sealed class Scratch(int n)
    {
        private readonly List<int> _touched = [];

        public double[] Dot { get; } = new double[n];

        public double[] Sent { get; } = new double[n];

        public double[] Received { get; } = new double[n];

        public void Add(int k, double v)
        {
            if (Dot[k] == 0) _touched.Add(k);
            Dot[k] += v;
        }

        public void Reset()
        {
            foreach (var k in _touched) Dot[k] = 0;
            _touched.Clear();
        }
    }
}

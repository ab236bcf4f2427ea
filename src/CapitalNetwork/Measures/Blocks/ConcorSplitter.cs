using CapitalNetwork.Measures.Spectral;

namespace CapitalNetwork.Measures.Blocks;

/// <summary>
/// The CONCOR engine (implementation only): the first correlation matrix of the stacked matrix [A; Aᵀ] with the
/// diagonal missing (pairwise deletion) or paired reciprocally, then repeated correlation of the columns of each block's submatrix until every
/// entry is ±1 within the tolerance, split by sign against the block's first member.
/// </summary>
internal sealed class ConcorSplitter
{
    private readonly double[][] _first;
    private readonly double _tolerance;
    private readonly int _maxIterations;

    private ConcorSplitter(double[][] first, double tolerance, int maxIterations)
    {
        _first = first;
        _tolerance = tolerance;
        _maxIterations = maxIterations;
    }

    /// <summary>Splits done so far: the largest iteration count of any split.</summary>
    public int MaxIterations { get; private set; }

    /// <summary>Whether every split reached the tolerance.</summary>
    public bool Converged { get; private set; } = true;

    /// <summary>
    /// The column correlations of [A; Aᵀ] (A with a zero diagonal). <paramref name="reciprocal"/> false (UCINET's
    /// "Ignore"): the diagonal is missing; for columns j and k the rows j, k, n+j, n+k are left out (2n − 4 rows).
    /// <paramref name="reciprocal"/> true (UCINET's "Reciprocal"): all 2n rows, with a_jj paired with a_kk and a_jk with
    /// a_kj in those four rows. An undefined correlation (a constant column after the deletions) is 0. Sets
    /// <paramref name="constant"/> for nodes whose column is constant over the rows it uses (2n − 2 off-diagonal rows, or
    /// all 2n).
    /// </summary>
    public static ConcorSplitter Create(double[,] a, bool reciprocal, double tolerance, int maxIterations, out bool[] constant)
    {
        var n = a.GetLength(0);
        var sum = new double[n];
        var sq = new double[n];
        for (var j = 0; j < n; j++)
            for (var i = 0; i < n; i++)
            {
                if (i == j) continue;
                sum[j] += a[i, j] + a[j, i];
                sq[j] += a[i, j] * a[i, j] + a[j, i] * a[j, i];
            }
        constant = new bool[n];
        for (var j = 0; j < n; j++)
        {
            // the diagonal cells are 0: with them (Reciprocal) the sums stay, only the row count grows
            var rows = reciprocal ? 2.0 * n : 2.0 * n - 2;
            constant[j] = n < 2 || rows * sq[j] - sum[j] * sum[j] <= 1e-12 * Math.Max(1, rows * sq[j]);
        }
        // the stacked columns [A; Aᵀ] as contiguous rows (column j = j's ties received, then sent) for SIMD dot products
        var cols = new double[n][];
        for (var j = 0; j < n; j++)
        {
            var col = cols[j] = new double[2 * n];
            for (var i = 0; i < n; i++)
            {
                col[i] = a[i, j];
                col[n + i] = a[j, i];
            }
        }
        var c = new double[n][];
        for (var j = 0; j < n; j++) c[j] = new double[n];
        var m = reciprocal ? 2.0 * n : 2.0 * n - 4;
        for (var j = 0; j < n; j++)
        {
            c[j][j] = 1;
            for (var k = j + 1; k < n; k++)
            {
                // rows i ∉ {j, k} pair a_ij with a_ik and a_ji with a_ki under both rules; the whole-column dot product adds
                // rows j, k, n+j, n+k as (a_jj, a_jk), (a_kj, a_kk), (a_jj, a_kj), (a_jk, a_kk), all 0 since A's diagonal is 0
                var dot = DenseVectors.Dot(cols[j], cols[k]);
                double sx, sy, qx, qy;
                if (reciprocal)
                {
                    // rows j, k, n+j, n+k: (a_jj, a_kk) twice, (a_kj, a_jk) and (a_jk, a_kj); every cell of both columns is
                    // used once, so the sums are the whole columns' (diagonal 0)
                    dot += 2 * a[k, j] * a[j, k];
                    (sx, sy, qx, qy) = (sum[j], sum[k], sq[j], sq[k]);
                }
                else
                {
                    // rows j and n+j of column j and rows k and n+k of column k are diagonal cells (missing); the other two
                    // cells of each pair of deleted rows hold a_kj and a_jk, taken out of the sums; the cross products of
                    // the deleted rows all meet a diagonal cell, so they add nothing to the dot product.
                    sx = sum[j] - a[k, j] - a[j, k];
                    sy = sum[k] - a[j, k] - a[k, j];
                    qx = sq[j] - a[k, j] * a[k, j] - a[j, k] * a[j, k];
                    qy = sq[k] - a[j, k] * a[j, k] - a[k, j] * a[k, j];
                }
                var vx = m * qx - sx * sx;
                var vy = m * qy - sy * sy;
                var r = vx > 1e-12 * Math.Max(1, m * qx) && vy > 1e-12 * Math.Max(1, m * qy) ? (m * dot - sx * sy) / Math.Sqrt(vx * vy) : 0;
                c[j][k] = c[k][j] = Math.Clamp(r, -1, 1);
            }
        }
        return new ConcorSplitter(c, tolerance, maxIterations);
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
        var c = new double[m][];
        for (var x = 0; x < m; x++)
        {
            c[x] = new double[m];
            for (var y = 0; y < m; y++) c[x][y] = _first[members[x]][members[y]];
        }
        var iterations = 0;
        while (Deviation(c) > _tolerance && iterations < _maxIterations)
        {
            c = Correlate(c);
            iterations++;
        }
        MaxIterations = Math.Max(MaxIterations, iterations);
        if (Deviation(c) > _tolerance) Converged = false;
        var first = new List<int>();
        var second = new List<int>();
        for (var x = 0; x < m; x++) (c[0][x] >= 0 ? first : second).Add(members[x]);
        return second.Count == 0 ? (members, []) : ([.. first], [.. second]);
    }

    /// <summary>max over entries of | |c| − 1 |.</summary>
    private static double Deviation(double[][] c)
    {
        var d = 0.0;
        foreach (var row in c)
            foreach (var v in row) d = Math.Max(d, Math.Abs(Math.Abs(v) - 1));
        return d;
    }

    /// <summary>
    /// Pearson correlations of the columns of <paramref name="c"/> (a constant column correlates 0 with the others): the
    /// standardised columns are stored as contiguous rows, so each of the m(m − 1)/2 correlations is one SIMD dot product.
    /// </summary>
    private static double[][] Correlate(double[][] c)
    {
        var m = c.Length;
        var z = new double[m][];
        var ok = new bool[m];
        for (var y = 0; y < m; y++)
        {
            var zy = z[y] = new double[m];
            var mean = 0.0;
            for (var x = 0; x < m; x++) mean += c[x][y];
            mean /= m;
            var ss = 0.0;
            for (var x = 0; x < m; x++) ss += (c[x][y] - mean) * (c[x][y] - mean);
            ok[y] = ss > 1e-24;
            var s = ok[y] ? Math.Sqrt(ss) : 1;
            if (ok[y])
                for (var x = 0; x < m; x++) zy[x] = (c[x][y] - mean) / s;
        }
        var r = new double[m][];
        for (var p = 0; p < m; p++) r[p] = new double[m];
        for (var p = 0; p < m; p++)
        {
            r[p][p] = 1;
            if (!ok[p]) continue;
            for (var q = p + 1; q < m; q++)
                if (ok[q]) r[p][q] = r[q][p] = Math.Clamp(DenseVectors.Dot(z[p], z[q]), -1, 1);
        }
        return r;
    }
}

using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace CapitalNetwork.Measures.Blocks;

/// <summary>
/// One CONCOR iteration (implementation only): the Pearson correlations of the columns of a symmetric m × m matrix C.
/// Matrices are held in a padded row-major layout (<see cref="Stride"/> columns, <see cref="PaddedRows"/> rows, padding
/// zero), so column y of the symmetric C is row y. Each row is standardised in place (z_y = (c_y − mean) / ‖c_y − mean‖,
/// or 0 for a constant column), then R = Z Zᵀ is formed as a cache-blocked symmetric product: 96 × 96 output tiles of
/// the lower triangle, k in chunks of 256, a 4 × 3 register kernel of fused multiply-adds on 256-bit vectors, tiles
/// spread over the cores. Every entry is summed in the same order whatever the thread count, so the result is
/// deterministic. O(m³ / 2) multiply-adds, O(m²) memory.
/// </summary>
internal static class ColumnCorrelation
{
    /// <summary>The output tile edge (a multiple of the kernel's 4 rows and 3 columns).</summary>
    private const int Tile = 96;

    /// <summary>The k chunk: a tile's 96 rows × 256 doubles (192 KiB) stay in the level-2 cache.</summary>
    private const int Chunk = 256;

    /// <summary>The row length of an m × m matrix in the padded layout (a multiple of 4).</summary>
    public static int Stride(int m) => (m + 3) & ~3;

    /// <summary>The number of rows of an m × m matrix in the padded layout (a multiple of the tile).</summary>
    public static int PaddedRows(int m) => Math.Max(Tile, (m + Tile - 1) / Tile * Tile);

    /// <summary>A zeroed matrix in the padded layout.</summary>
    public static double[] Allocate(int m) => new double[(long)PaddedRows(m) * Stride(m)];

    /// <summary>max over entries of | |c| − 1 |.</summary>
    public static double Deviation(double[] c, int m)
    {
        var stride = Stride(m);
        var d = 0.0;
        for (var x = 0; x < m; x++)
        {
            var row = c.AsSpan(x * stride, m);
            foreach (var v in row) d = Math.Max(d, Math.Abs(Math.Abs(v) - 1));
        }
        return d;
    }

    /// <summary>
    /// Writes the column correlations of the symmetric <paramref name="c"/> into <paramref name="r"/> (diagonal 1,
    /// entries clamped to [−1, 1], 0 against a constant column). <paramref name="c"/> is overwritten by its standardised
    /// rows. Returns the deviation of the result (<see cref="Deviation"/>).
    /// </summary>
    public static double Correlate(double[] c, double[] r, int m)
    {
        var stride = Stride(m);
        var ok = new bool[m];
        Parallel.For(0, m, y =>
        {
            var row = c.AsSpan(y * stride, m);
            var mean = 0.0;
            foreach (var v in row) mean += v;
            mean /= m;
            var ss = 0.0;
            foreach (var v in row) ss += (v - mean) * (v - mean);
            ok[y] = ss > 1e-24;
            var s = ok[y] ? Math.Sqrt(ss) : 1;
            for (var x = 0; x < m; x++) row[x] = ok[y] ? (row[x] - mean) / s : 0;
        });
        var tiles = (m + Tile - 1) / Tile;
        var pairs = new (int A, int B)[tiles * (tiles + 1) / 2];
        var at = 0;
        for (var a = 0; a < tiles; a++)
            for (var b = 0; b <= a; b++) pairs[at++] = (a, b);
        var deviation = new double[pairs.Length];
        Parallel.For(0, pairs.Length, () => new double[Tile * Tile], (t, _, acc) =>
        {
            var (a, b) = pairs[t];
            deviation[t] = TilePair(c, r, m, stride, a * Tile, b * Tile, acc, ok);
            return acc;
        }, _ => { });
        var d = 0.0;
        foreach (var v in deviation) d = Math.Max(d, v);
        return d;
    }

    /// <summary>Rows p0..p0+95 against rows q0..q0+95 of Z, written to R (lower triangle and its mirror); returns the tile's deviation.</summary>
    private static double TilePair(double[] z, double[] r, int m, int stride, int p0, int q0, double[] acc, bool[] ok)
    {
        Array.Clear(acc);
        ref var z0 = ref z[0];
        for (var k0 = 0; k0 < stride; k0 += Chunk)
        {
            var len = Math.Min(Chunk, stride - k0);
            for (var q = 0; q < Tile; q += 3)
            {
                if (q0 + q >= m) break;
                for (var p = 0; p < Tile; p += 4)
                {
                    if (p0 + p >= m) break;
                    if (p0 == q0 && p + 3 < q) continue; // above the diagonal of a diagonal tile
                    var pa = (long)(p0 + p) * stride + k0;
                    var qa = (long)(q0 + q) * stride + k0;
                    Kernel(ref z0, pa, qa, stride, len, acc, p * Tile + q);
                }
            }
        }
        var dev = 0.0;
        for (var p = 0; p < Tile && p0 + p < m; p++)
            for (var q = 0; q < Tile && q0 + q < m; q++)
            {
                var i = p0 + p;
                var j = q0 + q;
                if (j > i) break;
                var v = i == j ? 1 : ok[i] && ok[j] ? Math.Clamp(acc[p * Tile + q], -1, 1) : 0;
                r[(long)i * stride + j] = v;
                r[(long)j * stride + i] = v;
                dev = Math.Max(dev, Math.Abs(Math.Abs(v) - 1));
            }
        return dev;
    }

    /// <summary>acc[4 × 3 block at <paramref name="at"/>] += rows p..p+3 · rows q..q+2 over <paramref name="len"/> (a multiple of 4) columns.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Kernel(ref double z, long p, long q, int stride, int len, double[] acc, int at)
    {
        ref var a0 = ref Unsafe.Add(ref z, (nint)p);
        ref var a1 = ref Unsafe.Add(ref a0, stride);
        ref var a2 = ref Unsafe.Add(ref a1, stride);
        ref var a3 = ref Unsafe.Add(ref a2, stride);
        ref var b0 = ref Unsafe.Add(ref z, (nint)q);
        ref var b1 = ref Unsafe.Add(ref b0, stride);
        ref var b2 = ref Unsafe.Add(ref b1, stride);
        Vector256<double> c00 = default, c01 = default, c02 = default, c10 = default, c11 = default, c12 = default;
        Vector256<double> c20 = default, c21 = default, c22 = default, c30 = default, c31 = default, c32 = default;
        for (nuint k = 0; k < (nuint)len; k += 4)
        {
            var y0 = Vector256.LoadUnsafe(ref b0, k);
            var y1 = Vector256.LoadUnsafe(ref b1, k);
            var y2 = Vector256.LoadUnsafe(ref b2, k);
            var x = Vector256.LoadUnsafe(ref a0, k);
            c00 = Vector256.FusedMultiplyAdd(x, y0, c00);
            c01 = Vector256.FusedMultiplyAdd(x, y1, c01);
            c02 = Vector256.FusedMultiplyAdd(x, y2, c02);
            x = Vector256.LoadUnsafe(ref a1, k);
            c10 = Vector256.FusedMultiplyAdd(x, y0, c10);
            c11 = Vector256.FusedMultiplyAdd(x, y1, c11);
            c12 = Vector256.FusedMultiplyAdd(x, y2, c12);
            x = Vector256.LoadUnsafe(ref a2, k);
            c20 = Vector256.FusedMultiplyAdd(x, y0, c20);
            c21 = Vector256.FusedMultiplyAdd(x, y1, c21);
            c22 = Vector256.FusedMultiplyAdd(x, y2, c22);
            x = Vector256.LoadUnsafe(ref a3, k);
            c30 = Vector256.FusedMultiplyAdd(x, y0, c30);
            c31 = Vector256.FusedMultiplyAdd(x, y1, c31);
            c32 = Vector256.FusedMultiplyAdd(x, y2, c32);
        }
        acc[at] += Vector256.Sum(c00);
        acc[at + 1] += Vector256.Sum(c01);
        acc[at + 2] += Vector256.Sum(c02);
        acc[at + Tile] += Vector256.Sum(c10);
        acc[at + Tile + 1] += Vector256.Sum(c11);
        acc[at + Tile + 2] += Vector256.Sum(c12);
        acc[at + 2 * Tile] += Vector256.Sum(c20);
        acc[at + 2 * Tile + 1] += Vector256.Sum(c21);
        acc[at + 2 * Tile + 2] += Vector256.Sum(c22);
        acc[at + 3 * Tile] += Vector256.Sum(c30);
        acc[at + 3 * Tile + 1] += Vector256.Sum(c31);
        acc[at + 3 * Tile + 2] += Vector256.Sum(c32);
    }
}

using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace CapitalNetwork.Measures.Regression;

/// <summary>
/// The one hot loop of the permutation tests: for a k × k matrix e (row-major) and a node permutation π, the dot
/// products Σ_ij e[π(i), π(j)] · v[i, j] with several fixed matrices v at once. A v with at most a quarter of its cells
/// non-zero (the flows of a capital network, same-province and same-region indicators) is kept as its non-zero cells by
/// row; the others stay dense. When e itself is that sparse (Y under Y-permutation: flows), the sum runs over e's
/// non-zero cells instead, Σ_(a,b) e[a, b] · v[π⁻¹(a), π⁻¹(b)], O(non-zeros of e · |v|). Otherwise, when some v is dense, each permuted row is gathered once into a buffer and multiplied
/// with every dense v's row by SIMD, and the sparse v's read the buffer; when all are sparse only their cells are read.
/// Cells left out (the diagonal) are 0 in the v's, so they add 0. O(k²) per call with a dense v, else O(Σ non-zeros).
/// </summary>
internal sealed class PermutedDots
{
    private readonly int _k;
    private readonly double[][] _dense;
    private readonly int[] _denseSlot;
    private readonly (int[] Start, int[] Column, double[] Value)[] _sparse;
    private readonly int[] _sparseSlot;
    private readonly double[] _e;
    private readonly double[][] _all;
    private readonly (int[] Start, int[] Column, double[] Value)? _sparseE;

    public PermutedDots(double[] e, double[][] fixedMatrices, int k)
    {
        _k = k;
        _e = e;
        _all = fixedMatrices;
        _sparseE = Sparse(e, k);
        var dense = new List<(double[], int)>();
        var sparse = new List<((int[], int[], double[]), int)>();
        for (var q = 0; q < fixedMatrices.Length; q++)
        {
            var m = fixedMatrices[q];
            if (Sparse(m, k) is { } sp) sparse.Add((sp, q));
            else dense.Add((m, q));
        }
        _dense = dense.Select(d => d.Item1).ToArray();
        _denseSlot = dense.Select(d => d.Item2).ToArray();
        _sparse = sparse.Select(s => s.Item1).ToArray();
        _sparseSlot = sparse.Select(s => s.Item2).ToArray();
        Count = fixedMatrices.Length;
    }

    /// <summary>Number of fixed matrices (results per call).</summary>
    public int Count { get; }

    /// <summary>The non-zero cells by row when at most a quarter of the cells are non-zero, else null.</summary>
    private static (int[] Start, int[] Column, double[] Value)? Sparse(double[] m, int k)
    {
        long nonZero = 0;
        foreach (var v in m)
            if (v != 0) nonZero++;
        if (nonZero * 4 > (long)k * k) return null;
        var start = new int[k + 1];
        var column = new int[nonZero];
        var value = new double[nonZero];
        var c = 0;
        for (var i = 0; i < k; i++)
        {
            start[i] = c;
            for (var j = 0; j < k; j++)
            {
                var v = m[(long)i * k + j];
                if (v == 0) continue;
                column[c] = j;
                value[c++] = v;
            }
        }
        start[k] = c;
        return (start, column, value);
    }

    /// <summary>result[q] = Σ_ij e[π(i), π(j)] · v_q[i, j]; <paramref name="row"/> and <paramref name="inverse"/> are buffers of k.</summary>
    public void Compute(ReadOnlySpan<int> perm, Span<double> result, Span<double> row, Span<int> inverse)
    {
        var k = _k;
        var e = _e;
        if (perm.Length < k || row.Length < k || inverse.Length < k) throw new ArgumentException("The buffers must hold k entries.");
        result.Clear();
        if (_sparseE is var (eStart, eColumn, eValue))
        {
            for (var i = 0; i < k; i++) inverse[perm[i]] = i;
            for (var q = 0; q < _all.Length; q++)
            {
                var v = _all[q];
                double acc = 0;
                for (var a = 0; a < k; a++)
                {
                    var rowBase = inverse[a] * k;
                    for (var c = eStart[a]; c < eStart[a + 1]; c++) acc += eValue[c] * v[rowBase + inverse[eColumn[c]]];
                }
                result[q] = acc;
            }
            return;
        }
        if (_dense.Length == 0)
        {
            for (var s = 0; s < _sparse.Length; s++)
            {
                var (start, column, value) = _sparse[s];
                double acc = 0;
                for (var i = 0; i < k; i++)
                {
                    var src = perm[i] * k;
                    for (var c = start[i]; c < start[i + 1]; c++) acc += value[c] * e[src + perm[column[c]]];
                }
                result[_sparseSlot[s]] = acc;
            }
            return;
        }
        ref var p0 = ref MemoryMarshal.GetReference(perm);
        ref var r0 = ref MemoryMarshal.GetReference(row);
        for (var i = 0; i < k; i++)
        {
            // the gather without bounds checks: perm holds 0..k−1 and row has k cells (checked by the callers' buffers)
            ref var s0 = ref e[perm[i] * k];
            for (var j = 0; j < k; j++) Unsafe.Add(ref r0, j) = Unsafe.Add(ref s0, Unsafe.Add(ref p0, j));
            var r = row[..k];
            for (var q = 0; q < _dense.Length; q++) result[_denseSlot[q]] += Dot(r, _dense[q].AsSpan(i * k, k));
            for (var s = 0; s < _sparse.Length; s++)
            {
                var (start, column, value) = _sparse[s];
                double acc = 0;
                for (var c = start[i]; c < start[i + 1]; c++) acc += value[c] * r[column[c]];
                result[_sparseSlot[s]] += acc;
            }
        }
    }

    /// <summary>Σ a_i b_i, in SIMD lanes then the tail; the same order on every thread.</summary>
    public static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        var n = a.Length;
        var i = 0;
        double s = 0;
        if (Vector.IsHardwareAccelerated && n >= Vector<double>.Count * 2)
        {
            var va = MemoryMarshal.Cast<double, Vector<double>>(a);
            var vb = MemoryMarshal.Cast<double, Vector<double>>(b);
            var acc0 = Vector<double>.Zero;
            var acc1 = Vector<double>.Zero;
            var v = 0;
            for (; v + 1 < va.Length; v += 2)
            {
                acc0 += va[v] * vb[v];
                acc1 += va[v + 1] * vb[v + 1];
            }
            if (v < va.Length) acc0 += va[v] * vb[v];
            s = Vector.Sum(acc0 + acc1);
            i = va.Length * Vector<double>.Count;
        }
        for (; i < n; i++) s += a[i] * b[i];
        return s;
    }
}

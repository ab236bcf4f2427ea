using System.Numerics;
using System.Runtime.InteropServices;

namespace CapitalNetwork.Measures.Regression;

/// <summary>
/// The one hot loop of the permutation tests: for a k × k matrix e (row-major) and a node permutation π, the dot
/// products Σ_ij e[π(i), π(j)] · v[i, j] with several matrices v at once. Each permuted row is gathered once into a
/// buffer, then multiplied with every v's row by SIMD. Cells left out (the diagonal) are 0 in the v's, so they add 0.
/// O(k² · (1 + |v|)) per call.
/// </summary>
internal static class PermutedDots
{
    public static void Compute(double[] e, int k, ReadOnlySpan<int> perm, double[][] vs, Span<double> result, Span<double> row)
    {
        result.Clear();
        for (var i = 0; i < k; i++)
        {
            var src = e.AsSpan(perm[i] * k, k);
            for (var j = 0; j < k; j++) row[j] = src[perm[j]];
            var r = row[..k];
            for (var q = 0; q < vs.Length; q++) result[q] += Dot(r, vs[q].AsSpan(i * k, k));
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

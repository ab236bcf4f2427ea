using System.Numerics;
using System.Runtime.InteropServices;

namespace CapitalNetwork.Measures.Spectral;

/// <summary>
/// Vector operations of the iterative centralities: scaling with the matrix's ordered (thread-count independent)
/// reductions, and the element-wise SIMD kernels (<see cref="Vector{T}"/>) the Lanczos iteration and the matrix use.
/// </summary>
internal static class DenseVectors
{
    public static void Normalize(double[] x, VectorNormalization normalization, SparseMatrix a, int degree)
    {
        var s = normalization switch
        {
            VectorNormalization.Euclidean => Math.Sqrt(a.SumOfSquares(x, degree)),
            VectorNormalization.Sum => a.Sum(x, degree),
            VectorNormalization.Max => x.Length == 0 ? 0 : x.Max(),
            _ => 1,
        };
        if (s != 0 && s != 1 && double.IsFinite(s)) a.Scale(x, 1 / s, degree);
    }

    /// <summary>Σ x_i y_i in SIMD lanes with two interleaved accumulators (a fixed order for a given length).</summary>
    public static double Dot(double[] x, double[] y)
    {
        var vx = MemoryMarshal.Cast<double, Vector<double>>(x.AsSpan());
        var vy = MemoryMarshal.Cast<double, Vector<double>>(y.AsSpan(0, x.Length));
        Vector<double> a0 = Vector<double>.Zero, a1 = Vector<double>.Zero;
        var v = 0;
        for (; v + 1 < vx.Length; v += 2)
        {
            a0 += vx[v] * vy[v];
            a1 += vx[v + 1] * vy[v + 1];
        }
        if (v < vx.Length) a0 += vx[v] * vy[v];
        var s = Vector.Sum(a0 + a1);
        for (var i = vx.Length * Vector<double>.Count; i < x.Length; i++) s += x[i] * y[i];
        return s;
    }

    /// <summary>y ← y + c·x (nothing when c = 0).</summary>
    public static void Axpy(double c, double[] x, double[] y)
    {
        if (c == 0) return;
        var vx = MemoryMarshal.Cast<double, Vector<double>>(x.AsSpan());
        var vy = MemoryMarshal.Cast<double, Vector<double>>(y.AsSpan(0, x.Length));
        for (var v = 0; v < vx.Length; v++) vy[v] += c * vx[v];
        for (var i = vx.Length * Vector<double>.Count; i < x.Length; i++) y[i] += c * x[i];
    }

    /// <summary>x ← x · c, element by element (the same bits as a scalar loop).</summary>
    public static void Scale(Span<double> x, double c)
    {
        var vx = MemoryMarshal.Cast<double, Vector<double>>(x);
        for (var v = 0; v < vx.Length; v++) vx[v] *= c;
        for (var i = vx.Length * Vector<double>.Count; i < x.Length; i++) x[i] *= c;
    }

    public static double[] NaNs(int n)
    {
        var x = new double[n];
        Array.Fill(x, double.NaN);
        return x;
    }
}

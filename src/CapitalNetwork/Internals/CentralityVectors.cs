using CapitalNetwork.Measures.Centrality;

namespace CapitalNetwork.Internals;

/// <summary>Scaling of iterative centrality vectors with the matrix's ordered (thread-count independent) reductions.</summary>
internal static class CentralityVectors
{
    public static void Normalize(double[] x, VectorNormalization normalization, CentralityMatrix a, int degree)
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

    public static double[] NaNs(int n)
    {
        var x = new double[n];
        Array.Fill(x, double.NaN);
        return x;
    }
}

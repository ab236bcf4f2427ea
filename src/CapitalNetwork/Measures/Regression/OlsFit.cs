using MathNet.Numerics.LinearAlgebra;

namespace CapitalNetwork.Measures.Regression;

/// <summary>
/// Ordinary least squares over the used cells by a Householder QR of the design (MathNet), as R's <c>lm</c> and sna's
/// <c>netlm</c> (<c>qr</c>) do: coefficients, their classical standard errors and t-values, R² and residuals.
/// </summary>
internal sealed class OlsFit
{
    private OlsFit(double[] coefficients, double[] standardErrors, double rss, double tss, long n, double[] residuals, Matrix<double> inverse)
    {
        Coefficients = coefficients;
        StandardErrors = standardErrors;
        Rss = rss;
        Tss = tss;
        N = n;
        Residuals = residuals;
        Inverse = inverse;
    }

    public double[] Coefficients { get; }

    public double[] StandardErrors { get; }

    /// <summary>Residual sum of squares.</summary>
    public double Rss { get; }

    /// <summary>Total sum of squares about the mean of y.</summary>
    public double Tss { get; }

    public long N { get; }

    /// <summary>Residuals, one per used cell in row-major order.</summary>
    public double[] Residuals { get; }

    /// <summary>(XᵀX)⁻¹.</summary>
    public Matrix<double> Inverse { get; }

    public int Parameters => Coefficients.Length;

    /// <summary>The values of a compact k × k matrix at the used cells, row-major.</summary>
    public static double[] Cells(double[] m, int k, bool diagonal)
    {
        var n = diagonal ? (long)k * k : (long)k * (k - 1);
        var v = new double[n];
        long c = 0;
        for (var i = 0; i < k; i++)
            for (var j = 0; j < k; j++)
                if (diagonal || i != j) v[c++] = m[(long)i * k + j];
        return v;
    }

    /// <summary>Fits y on the columns (each one value per used cell); <paramref name="columns"/>[q] = null is a column of ones.</summary>
    public static OlsFit Fit(double[] y, IReadOnlyList<double[]?> columns)
    {
        var n = y.Length;
        var p = columns.Count;
        if (n <= p) throw new ArgumentException($"{n} dyads cannot fit {p} coefficients.");
        var x = Matrix<double>.Build.Dense(n, p, (r, c) => columns[c] is { } col ? col[r] : 1.0);
        var qr = x.QR(MathNet.Numerics.LinearAlgebra.Factorization.QRMethod.Thin);
        var rdiag = qr.R.Diagonal();
        var scale = x.ColumnNorms(2);
        for (var c = 0; c < p; c++)
            if (!(Math.Abs(rdiag[c]) > 1e-7 * Math.Max(scale[c], 1e-300)))
                throw new ArgumentException("the predictors are collinear (a column is a combination of the others, or constant alongside the intercept).");
        var yv = Vector<double>.Build.Dense(y);
        var b = qr.Solve(yv);
        var resid = yv - x * b;
        var rss = resid.DotProduct(resid);
        var mean = yv.Average();
        var tss = yv.Sum(v => (v - mean) * (v - mean));
        var rinv = qr.R.Inverse();
        var inverse = rinv * rinv.Transpose();
        var s2 = rss / (n - p);
        var se = new double[p];
        for (var c = 0; c < p; c++) se[c] = Math.Sqrt(inverse[c, c] * s2);
        return new OlsFit(b.ToArray(), se, rss, tss, n, resid.ToArray(), inverse);
    }
}

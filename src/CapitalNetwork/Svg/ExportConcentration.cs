namespace CapitalNetwork.Svg;

/// <summary>
/// Lorenz curve and Gini coefficient for the charts (implementation only; the measure family
/// <c>Measures.Concentration</c> is the public place for concentration measures).
/// </summary>
internal static class ExportConcentration
{
    /// <summary>
    /// The Lorenz points of non-negative values: x_i = i/n, L_i = Σ_{j≤i} x_(j) / X with the values sorted ascending,
    /// i = 0…n (L_0 = 0, L_n = 1); null when the total X is 0.
    /// </summary>
    public static (double[] X, double[] Y)? Lorenz(IReadOnlyList<double> values)
    {
        var sorted = values.ToArray();
        Array.Sort(sorted);
        var total = 0.0;
        foreach (var v in sorted) total += v;
        if (!(total > 0)) return null;
        var n = sorted.Length;
        var x = new double[n + 1];
        var y = new double[n + 1];
        var sum = 0.0;
        for (var i = 1; i <= n; i++)
        {
            sum += sorted[i - 1];
            x[i] = (double)i / n;
            y[i] = sum / total;
        }
        y[n] = 1;
        return (x, y);
    }

    /// <summary>
    /// Population (descriptive) Gini G = 2·Σ_i i·x_(i) / (n·X) − (n + 1)/n with the values sorted ascending, i = 1…n
    /// (= Σ_i Σ_j |x_i − x_j| / (2n²μ); range [0, 1 − 1/n]; zeros count); NaN when X = 0 or n = 0.
    /// As R ineq::Gini(x, corr = FALSE).
    /// </summary>
    public static double Gini(IReadOnlyList<double> values)
    {
        var sorted = values.ToArray();
        Array.Sort(sorted);
        var n = sorted.Length;
        double total = 0, weighted = 0;
        for (var i = 0; i < n; i++)
        {
            total += sorted[i];
            weighted += (i + 1) * sorted[i];
        }
        if (n == 0 || !(total > 0)) return double.NaN;
        return 2 * weighted / (n * total) - (n + 1.0) / n;
    }
}

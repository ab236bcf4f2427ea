using CapitalNetwork.Measures.Regression;

namespace CapitalNetwork.Measures;

public static partial class Qap
{
    /// <summary>
    /// QAP correlation: Pearson r between two matrices over the off-diagonal cells (all cells with
    /// <see cref="QapOptions.IncludeDiagonal"/>), with the proportions of r under P permutations of the second matrix's
    /// rows and columns together that are ≥, ≤ and |·| ≥ the observed r (Krackhardt 1987; sna <c>qaptest(…, gcor)</c>,
    /// the observed value not counted). Nodes with a missing (NaN) cell are left out. O(P·k²).
    /// </summary>
    /// <remarks>Krackhardt, D. (1987), QAP partialling as a test of spuriousness, Social Networks 9:171–186, doi:10.1016/0378-8733(87)90012-8.</remarks>
    /// <param name="first">One matrix.</param>
    /// <param name="second">The other, over the same nodes.</param>
    /// <param name="options">Permutations, seed, diagonal, threads (the null hypothesis option is not used).</param>
    /// <param name="cancellationToken">Stops the permutations.</param>
    /// <returns>The correlation and its test.</returns>
    /// <exception cref="ArgumentException">Matrices over different nodes, fewer than 3 usable nodes, or a constant matrix.</exception>
    public static QapCorrelationResult Correlation(DyadMatrix first, DyadMatrix second, QapOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        options ??= QapOptions.Default;
        Check(options);
        var sample = DyadSample.Create([first, second], options.IncludeDiagonal);
        var k = sample.Size;
        if (k < 3) throw new ArgumentException($"Only {k} node(s) have values in both matrices; QAP needs at least 3.", nameof(second));
        var x = OlsFit.Cells(sample.Matrices[0], k, options.IncludeDiagonal);
        var y = OlsFit.Cells(sample.Matrices[1], k, options.IncludeDiagonal);
        long n = x.Length;
        double mx = x.Average(), my = y.Average(), sxx = 0, syy = 0;
        for (long i = 0; i < n; i++)
        {
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        if (!(sxx > 0) || !(syy > 0))
            throw new ArgumentException($"'{(sxx > 0 ? second.Name : first.Name)}' is constant over the used dyads: its correlation is undefined.", nameof(first));
        var denominator = Math.Sqrt(sxx * syy);
        QapPermutations.Statistics stat = (dots, r) => r[0] = (dots[0] - n * mx * my) / denominator;
        double[][] fixedMatrices = [sample.Matrices[0]];
        var observed = QapPermutations.Observed(sample.Matrices[1], k, fixedMatrices, 1, stat)[0];
        var permuted = QapPermutations.Run(sample.Matrices[1], k, fixedMatrices, options.Permutations, options.Seed, 0, options.MaxDegreeOfParallelism, 1, stat, cancellationToken);
        var (ge, le, abs) = QapPermutations.Shares(permuted, 1, 0, observed);
        var mean = permuted.Average();
        var sd = Math.Sqrt(permuted.Sum(v => (v - mean) * (v - mean)) / Math.Max(1, permuted.Length - 1));
        double sxy = 0;
        for (long i = 0; i < n; i++) sxy += (x[i] - mx) * (y[i] - my);
        return new QapCorrelationResult(first.Name, second.Name, sxy / denominator, ge, le, abs, mean, sd, n, [.. sample.LeftOut], options);
    }
}

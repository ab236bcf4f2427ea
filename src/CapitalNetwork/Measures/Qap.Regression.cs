using System.Collections.Immutable;
using CapitalNetwork.Measures.Regression;
using MathNet.Numerics.LinearAlgebra;

namespace CapitalNetwork.Measures;

/// <summary>
/// Quadratic assignment procedure (QAP) tests on dyad matrices: correlation and multiple regression (MRQAP), whose
/// significance comes from permuting the nodes (rows and columns together) because the dyads of a network are not
/// independent. Follows R sna 2.7-1 (<c>qaptest</c>/<c>gcor</c>, <c>netlm</c>).
/// </summary>
public static partial class Qap
{
    /// <summary>
    /// MRQAP regression: Y = b₀ + Σ b_k X_k + e by OLS over the off-diagonal cells (all cells with
    /// <see cref="QapOptions.IncludeDiagonal"/>), coefficients by Householder QR (as R's <c>lm</c>), classical standard
    /// errors and t-values, standardised coefficients b_k·sd(X_k)/sd(Y), R² and adjusted R²; then for each term the
    /// proportions of permuted t-values ≥, ≤ and |·| ≥ the observed one under <see cref="QapOptions.NullHypothesis"/>:
    /// double semi-partialling (Dekker, Krackhardt and Snijders 2007, doi:10.1007/s11336-007-9016-1; sna
    /// <c>netlm(nullhyp = "qapspp")</c>, the intercept tested too) or Y-permutation (<c>"qapy"</c>). As sna, the
    /// proportions are out of P permutations, the observed value not counted. Nodes with a missing (NaN) cell in any
    /// matrix are left out and listed. Permutation j of term k is drawn from its own seeded stream, so any thread count
    /// gives the same result. Each permutation costs O(k²·p) (only the permuted column's cross-products change), so the
    /// test is O(P·(p + 1)·k²·p) for qapspp and O(P·k²·p) for qapy.
    /// </summary>
    /// <remarks>Krackhardt, D. (1988), Predicting with networks: nonparametric multiple regression analysis of dyadic data,
    /// Social Networks 10:359–381, doi:10.1016/0378-8733(88)90004-4. Dekker, D., Krackhardt, D. and Snijders, T. A. B. (2007),
    /// Sensitivity of MRQAP tests to collinearity and autocorrelation conditions, Psychometrika 72:563–581.</remarks>
    /// <param name="dependent">Y.</param>
    /// <param name="predictors">The X matrices (at least one), over the same nodes in the same order.</param>
    /// <param name="options">Permutations, seed, null, diagonal, threads; <c>null</c> for <see cref="QapOptions.Default"/>.</param>
    /// <param name="cancellationToken">Stops the permutations.</param>
    /// <returns>The regression.</returns>
    /// <exception cref="ArgumentException">No predictor, matrices over different nodes, fewer than 3 usable nodes, collinear predictors, or bad options.</exception>
    public static QapRegressionResult Regression(DyadMatrix dependent, IReadOnlyList<DyadMatrix> predictors, QapOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dependent);
        ArgumentNullException.ThrowIfNull(predictors);
        options ??= QapOptions.Default;
        Check(options);
        if (predictors.Count == 0) throw new ArgumentException("MRQAP needs at least one predictor matrix.", nameof(predictors));
        var sample = DyadSample.Create([dependent, .. predictors], options.IncludeDiagonal);
        var k = sample.Size;
        if (k < 3) throw new ArgumentException($"Only {k} node(s) have values in every matrix; MRQAP needs at least 3.", nameof(predictors));
        var diag = options.IncludeDiagonal;
        var y = sample.Matrices[0];
        var xs = sample.Matrices[1..];
        var p = xs.Length;
        var yCells = OlsFit.Cells(y, k, diag);
        var xCells = xs.Select(x => OlsFit.Cells(x, k, diag)).ToArray();
        var columns = new List<double[]?> { null };
        columns.AddRange(xCells);
        var fit = OlsFit.Fit(yCells, columns);
        long n = yCells.Length;
        var df = n - p - 1;
        var sdY = Math.Sqrt(fit.Tss / (n - 1));
        var tObserved = new double[p + 1];
        for (var c = 0; c <= p; c++) tObserved[c] = fit.Coefficients[c] / fit.StandardErrors[c];

        double[] permuted;
        double[] observed;
        var outputs = p + 1;
        if (options.NullHypothesis == QapNullHypothesis.YPermutation)
            (observed, permuted) = YPermutation(y, xs, xCells, yCells, k, options, cancellationToken);
        else
        {
            observed = new double[p + 1];
            permuted = new double[(long)options.Permutations * (p + 1)];
            for (var term = 0; term <= p; term++)
            {
                var (obs, perm) = SemiPartial(term, y, xs, columns, yCells, k, options, cancellationToken);
                observed[term] = obs;
                for (var j = 0; j < options.Permutations; j++) permuted[(long)j * outputs + term] = perm[j];
            }
        }
        var terms = ImmutableArray.CreateBuilder<QapTerm>(p + 1);
        for (var c = 0; c <= p; c++)
        {
            var (ge, le, abs) = QapPermutations.Shares(permuted, outputs, c, observed[c]);
            var std = c == 0 ? double.NaN : fit.Coefficients[c] * StandardDeviation(xCells[c - 1]) / sdY;
            terms.Add(new QapTerm(c == 0 ? "(intercept)" : predictors[c - 1].Name, fit.Coefficients[c], std, fit.StandardErrors[c], tObserved[c], ge, le, abs));
        }
        var r2 = fit.Tss > 0 ? 1 - fit.Rss / fit.Tss : double.NaN;
        var adj = 1 - (1 - r2) * (n - 1) / df;
        return new QapRegressionResult(dependent.Name, terms.MoveToImmutable(), r2, adj, Math.Sqrt(fit.Rss / df), n, k, [.. sample.LeftOut], options);
    }

    /// <summary>qapy: permute Y; every term's t from the centred cross-products with the permuted Y.</summary>
    private static (double[] Observed, double[] Permuted) YPermutation(double[] y, double[][] xs, double[][] xCells, double[] yCells, int k,
        QapOptions options, CancellationToken cancel)
    {
        var p = xs.Length;
        long n = yCells.Length;
        var yMean = yCells.Average();
        var syy = yCells.Sum(v => (v - yMean) * (v - yMean));
        var xMean = xCells.Select(c => c.Average()).ToArray();
        var cross = Matrix<double>.Build.Dense(p, p, (a, b) =>
        {
            double s = 0;
            var ca = xCells[a];
            var cb = xCells[b];
            for (long i = 0; i < n; i++) s += (ca[i] - xMean[a]) * (cb[i] - xMean[b]);
            return s;
        });
        var inv = cross.Inverse();
        var df = n - p - 1;
        var xbar = Vector<double>.Build.Dense(xMean);
        var interceptFactor = 1.0 / n + xbar.DotProduct(inv * xbar);
        QapPermutations.Statistics stat = (dots, t) =>
        {
            Span<double> xy = stackalloc double[p];
            for (var a = 0; a < p; a++) xy[a] = dots[a] - n * xMean[a] * yMean;
            Span<double> b = stackalloc double[p];
            double fitted = 0;
            double b0 = yMean;
            for (var a = 0; a < p; a++)
            {
                double s = 0;
                for (var c = 0; c < p; c++) s += inv[a, c] * xy[c];
                b[a] = s;
                fitted += s * xy[a];
                b0 -= s * xMean[a];
            }
            var s2 = (syy - fitted) / df;
            t[0] = b0 / Math.Sqrt(s2 * interceptFactor);
            for (var a = 0; a < p; a++) t[a + 1] = b[a] / Math.Sqrt(s2 * inv[a, a]);
        };
        var observed = QapPermutations.Observed(y, k, xs, p + 1, stat);
        var permuted = QapPermutations.Run(y, k, xs, options.Permutations, options.Seed, 0, options.MaxDegreeOfParallelism, p + 1, stat, cancel);
        return (observed, permuted);
    }

    /// <summary>
    /// qapspp for one term: e = residual matrix of column <paramref name="term"/> on the other columns O; for a permuted e,
    /// the t-value of its coefficient in the regression of y on [O, e_π] by the partitioned formulas
    /// eᵀMe = eᵀe − cᵀ(OᵀO)⁻¹c, eᵀMy = eᵀy − cᵀg (c = Oᵀe_π, g = (OᵀO)⁻¹Oᵀy), RSS = yᵀMy − (eᵀMy)²/eᵀMe.
    /// </summary>
    private static (double Observed, double[] Permuted) SemiPartial(int term, double[] y, double[][] xs, List<double[]?> columns, double[] yCells,
        int k, QapOptions options, CancellationToken cancel)
    {
        var diag = options.IncludeDiagonal;
        var others = columns.Where((_, c) => c != term).ToList();
        var target = columns[term] ?? Ones(yCells.Length);
        var xOnO = OlsFit.Fit(target, others);
        var yOnO = OlsFit.Fit(yCells, others);
        var e = Scatter(xOnO.Residuals, k, diag);
        var ee = xOnO.Rss;
        var sumE = xOnO.Residuals.Sum();
        var inv = yOnO.Inverse;
        var g = yOnO.Coefficients;
        var yMy = yOnO.Rss;
        var q = others.Count;
        long n = yCells.Length;
        var df = n - q - 1;
        // the matrices the permuted e is multiplied with: O's non-intercept columns, then y
        var fixedMatrices = new List<double[]>();
        var slot = new int[q];
        for (var c = 0; c < q; c++)
        {
            if (others[c] is null)
            {
                slot[c] = -1;
                continue;
            }
            var source = columns.IndexOf(others[c]);
            slot[c] = fixedMatrices.Count;
            fixedMatrices.Add(xs[source - 1]);
        }
        fixedMatrices.Add(y);
        var ySlot = fixedMatrices.Count - 1;
        QapPermutations.Statistics stat = (dots, t) =>
        {
            Span<double> c = stackalloc double[q];
            for (var a = 0; a < q; a++) c[a] = slot[a] < 0 ? sumE : dots[slot[a]];
            double cAc = 0, cg = 0;
            for (var a = 0; a < q; a++)
            {
                double s = 0;
                for (var b = 0; b < q; b++) s += inv[a, b] * c[b];
                cAc += c[a] * s;
                cg += c[a] * g[a];
            }
            var eMe = ee - cAc;
            var eMy = dots[ySlot] - cg;
            var rss = yMy - eMy * eMy / eMe;
            t[0] = eMy / Math.Sqrt(eMe * rss / df);
        };
        var fixedArray = fixedMatrices.ToArray();
        var observed = QapPermutations.Observed(e, k, fixedArray, 1, stat)[0];
        var permuted = QapPermutations.Run(e, k, fixedArray, options.Permutations, options.Seed, (ulong)term << 32, options.MaxDegreeOfParallelism, 1, stat, cancel);
        return (observed, permuted);
    }

    private static double[] Ones(int n)
    {
        var v = new double[n];
        Array.Fill(v, 1.0);
        return v;
    }

    /// <summary>Residuals (one per used cell) back into a k × k matrix, 0 on the unused diagonal.</summary>
    private static double[] Scatter(double[] cells, int k, bool diagonal)
    {
        var m = new double[(long)k * k];
        long c = 0;
        for (var i = 0; i < k; i++)
            for (var j = 0; j < k; j++)
                if (diagonal || i != j) m[(long)i * k + j] = cells[c++];
        return m;
    }

    private static double StandardDeviation(double[] v)
    {
        var mean = v.Average();
        double s = 0;
        foreach (var x in v) s += (x - mean) * (x - mean);
        return Math.Sqrt(s / (v.Length - 1));
    }

    private static void Check(QapOptions options)
    {
        if (options.Permutations < 1) throw new ArgumentException($"Permutations must be ≥ 1, not {options.Permutations}.", nameof(options));
        if (options.MaxDegreeOfParallelism is 0 or < -1) throw new ArgumentException("MaxDegreeOfParallelism must be −1 (all) or ≥ 1.", nameof(options));
        if (!Enum.IsDefined(options.NullHypothesis)) throw new ArgumentException("Not a QapNullHypothesis.", nameof(options));
    }
}

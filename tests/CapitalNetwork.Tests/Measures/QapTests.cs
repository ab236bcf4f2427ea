using CapitalNetwork.Measures;

namespace CapitalNetwork.Tests.Measures;

/// <summary>
/// MRQAP and QAP correlation against numpy 1.24.2, R 4.2.2 lm and sna 2.7-1 netlm/qaptest on the 40-node data set of
/// TestData/qap (make_reference.py draws it; make_reference.R runs lm, netlm with nullhyp "qapspp" and "qapy" and
/// qaptest(gcor), 5,000 permutations each). Coefficients, R² and t-values are deterministic: 1e-10 relative.
/// p-values are two independent Monte-Carlo estimates of the same p at R = 5,000 permutations each, so their difference
/// has standard deviation √(2p(1 − p)/R); the test allows 4 of those plus 1/R (ties at 0 or 1): the chance that any of the
/// 27 compared proportions fails by chance is below 0.2 %.
/// </summary>
public sealed class QapTests
{
    private const double Relative = 1e-10;
    private const int Reps = 5000;

    private static readonly Dictionary<string, DyadMatrix> M = QapReference.Matrices("qap_matrices.csv");

    private static DyadMatrix[] X => [M["x1"], M["x2"], M["x3"]];

    private static void Close(double expected, double actual, double relative = Relative) =>
        Assert.True(Math.Abs(expected - actual) <= relative * Math.Max(1, Math.Abs(expected)), $"expected {expected:R}, got {actual:R}");

    private static double Bound(double p) => 4 * Math.Sqrt(2 * p * (1 - p) / Reps) + 1.0 / Reps;

    [Theory]
    [InlineData("excluded")]
    [InlineData("included")]
    public void OlsMatchesNumpy(string diagonal)
    {
        var r = Qap.Regression(M["y"], X, QapOptions.Default with { Permutations = 10, IncludeDiagonal = diagonal == "included" });
        var expected = QapReference.Rows("qap_ols_numpy.csv").Where(x => x[0] == diagonal).ToDictionary(x => x[1], x => QapReference.Number(x[2]));
        foreach (var t in r.Terms) Close(expected[t.Name], t.Coefficient);
        Close(expected["r_squared"], r.RSquared);
        Close(expected["adj_r_squared"], r.AdjustedRSquared);
        Assert.Equal(diagonal == "included" ? 1600 : 1560, r.Dyads);
    }

    [Fact]
    public void OlsAndTValuesMatchR()
    {
        var r = Qap.Regression(M["y"], X, QapOptions.Default with { Permutations = 10 });
        var rows = QapReference.Rows("qap_r_sna.csv");
        var lm = rows.Where(x => x[0] == "lm").ToDictionary(x => x[1], x => QapReference.Number(x[2]));
        // R's write.csv keeps 15 significant digits
        foreach (var t in r.Terms) Close(lm[t.Name], t.Coefficient, 1e-13 * 100);
        Close(lm["r_squared"], r.RSquared, 1e-12);
        var tv = rows.Where(x => x[0] == "netlm_qapspp").ToDictionary(x => x[1], x => QapReference.Number(x[2]));
        foreach (var t in r.Terms) Close(tv[t.Name], t.TValue, 1e-12);
    }

    [Theory]
    [InlineData(QapNullHypothesis.DoubleSemiPartialling, "netlm_qapspp")]
    [InlineData(QapNullHypothesis.YPermutation, "netlm_qapy")]
    public void PValuesAgreeWithSnaWithinMonteCarloError(QapNullHypothesis nullHypothesis, string source)
    {
        var r = Qap.Regression(M["y"], X, new QapOptions { Permutations = Reps, Seed = 7, NullHypothesis = nullHypothesis });
        var sna = QapReference.Rows("qap_r_sna.csv").Where(x => x[0] == source).ToDictionary(x => x[1]);
        foreach (var t in r.Terms)
        {
            var s = sna[t.Name];
            foreach (var (ours, theirs) in new[] { (t.ShareAtLeast, s[3]), (t.ShareAtMost, s[4]), (t.ShareAsExtreme, s[5]) })
            {
                var p = QapReference.Number(theirs);
                var mid = (p + ours) / 2;
                Assert.True(Math.Abs(ours - p) <= Bound(mid), $"{t.Name}: ours {ours}, sna {p}, bound {Bound(mid)}");
            }
        }
    }

    [Fact]
    public void CorrelationAgreesWithSnaQaptest()
    {
        var r = Qap.Correlation(M["y"], M["x1"], new QapOptions { Permutations = Reps });
        var s = QapReference.Rows("qap_r_sna.csv").Single(x => x[0] == "qaptest_gcor");
        Close(QapReference.Number(s[2]), r.Correlation, 1e-12);
        Assert.True(Math.Abs(r.ShareAtLeast - QapReference.Number(s[3])) <= Bound(QapReference.Number(s[3])));
        Assert.True(Math.Abs(r.ShareAtMost - QapReference.Number(s[4])) <= Bound(QapReference.Number(s[4])));
        Assert.Equal(1560, r.Dyads);
    }

    [Fact]
    public void SameForAnyThreadCount()
    {
        // the permutations are drawn from per-permutation streams and stored by index, so results are bit-identical
        var one = Qap.Regression(M["y"], X, new QapOptions { Permutations = 300, MaxDegreeOfParallelism = 1 });
        var many = Qap.Regression(M["y"], X, new QapOptions { Permutations = 300, MaxDegreeOfParallelism = 4 });
        Assert.Equal(one.Terms.ToArray(), many.Terms.ToArray());
        var y1 = Qap.Regression(M["y"], X, new QapOptions { Permutations = 300, MaxDegreeOfParallelism = 1, NullHypothesis = QapNullHypothesis.YPermutation });
        var y4 = Qap.Regression(M["y"], X, new QapOptions { Permutations = 300, MaxDegreeOfParallelism = 3, NullHypothesis = QapNullHypothesis.YPermutation });
        Assert.Equal(y1.Terms.ToArray(), y4.Terms.ToArray());
    }

    [Fact]
    public void StandardizedCoefficientIsCoefficientTimesSdRatio()
    {
        // by definition b·sd(x)/sd(y); with a single predictor it equals Pearson r (hand identity)
        var r = Qap.Regression(M["y"], [M["x1"]], QapOptions.Default with { Permutations = 5 });
        var c = Qap.Correlation(M["y"], M["x1"], QapOptions.Default with { Permutations = 5 });
        Assert.Equal(c.Correlation, r.Terms[1].StandardizedCoefficient, 12);
    }

    [Fact]
    public void NodeWithMissingAttributeIsLeftOut()
    {
        // 4 nodes; node c has no attribute, so only a, b, d (6 off-diagonal dyads) are used. y = 2·x exactly → b = 2, R² = 1.
        string[] ids = ["a", "b", "c", "d"];
        var x = new double[16];
        var y = new double[16];
        double[] attr = [1, 4, double.NaN, 9];
        for (var i = 0; i < 4; i++)
            for (var j = 0; j < 4; j++)
            {
                x[i * 4 + j] = Math.Abs(attr[i] - attr[j]) + (i * 3 + j) % 5;
                y[i * 4 + j] = 1 + 2 * x[i * 4 + j];
            }
        var r = Qap.Regression(new DyadMatrix("y", ids, y), [new DyadMatrix("x", ids, x)], QapOptions.Default with { Permutations = 20 });
        Assert.Equal(["c"], r.LeftOutNodes.ToArray());
        Assert.Equal(6, r.Dyads);
        Assert.Equal(2, r.Terms[1].Coefficient, 10);
        Assert.Equal(1, r.RSquared, 10);
    }

    [Fact]
    public void TableAndCsvNameEveryTerm()
    {
        var r = Qap.Regression(M["y"], X, QapOptions.Default with { Permutations = 50 });
        var table = r.ToTable();
        foreach (var name in new[] { "(intercept)", "x1", "x2", "x3", "R²", "adj. R²", "1,560 dyads" }) Assert.Contains(name, table);
        var sw = new StringWriter();
        r.WriteCsv(sw);
        var lines = sw.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5, lines.Length);
        Assert.StartsWith("term,coefficient,std_coefficient", lines[0]);
    }

    [Fact]
    public void RejectsBadInput()
    {
        Assert.Throws<ArgumentException>(() => Qap.Regression(M["y"], []));
        Assert.Throws<ArgumentException>(() => Qap.Regression(M["y"], X, new QapOptions { Permutations = 0 }));
        Assert.Throws<ArgumentException>(() => Qap.Regression(M["y"], [M["x1"], M["x1"]], QapOptions.Default with { Permutations = 5 }));
        var other = new DyadMatrix("z", ["a", "b", "c"], new double[9]);
        Assert.Throws<ArgumentException>(() => Qap.Regression(M["y"], [other]));
    }
}

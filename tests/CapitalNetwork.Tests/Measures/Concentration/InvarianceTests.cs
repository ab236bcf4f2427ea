using CapitalNetwork.Measures.Concentration;
using C = CapitalNetwork.Measures.Concentration.Concentration;
using P = CapitalNetwork.Measures.Polarization.Polarization;

namespace CapitalNetwork.Tests.Measures.Concentration;

/// <summary>
/// Properties every relative inequality measure has (Cowell 2011, ch. 3): scale invariance, permutation invariance,
/// population-replication invariance (so integer weights equal repetition), and exact decompositions. Inputs are
/// pseudo-random (fixed seed); expected values are the measures themselves on the transformed inputs.
/// </summary>
public class InvarianceTests
{
    private static (double[] X, string[] Labels) Sample(int n, int seed)
    {
        var rng = new Random(seed);
        var x = Enumerable.Range(0, n).Select(_ => rng.NextDouble() < 0.3 ? 0 : Math.Round(Math.Exp(rng.NextDouble() * 5), 3)).ToArray();
        var labels = Enumerable.Range(0, n).Select(_ => ((char)('A' + rng.Next(4))).ToString()).ToArray();
        return (x, labels);
    }

    private static IEnumerable<double> Figures(double[] x, InequalityOptions o) =>
    [
        C.Herfindahl(x, o).Value, C.Gini(x, o).Value, C.TheilT(x, o).Total, C.TheilT(x, o).Between,
        C.GeneralizedEntropy(x, 2, o).Total, C.CoefficientOfVariation(x, o).Value, C.Hoover(x, o).Value,
        C.ConcentrationRatio(x, 4, o).Value, P.EstebanRay(x, 1.6, o).Value, P.Wolfson(x, o).Value,
    ];

    [Fact]
    public void Scale_invariance()
    {
        var (x, labels) = Sample(200, 1);
        var o = new InequalityOptions { Groups = Grouping.FromLabels(labels) };
        var a = Figures(x, o).ToArray();
        var b = Figures([.. x.Select(v => v * 1234.5)], o).ToArray();
        for (var i = 0; i < a.Length; i++) Assert.True(Math.Abs(a[i] - b[i]) <= 1e-12 * Math.Max(1, Math.Abs(a[i])), $"figure {i}: {a[i]} vs {b[i]}");
    }

    [Fact]
    public void Permutation_invariance()
    {
        var (x, labels) = Sample(150, 2);
        var perm = Enumerable.Range(0, x.Length).OrderBy(i => (i * 7919) % 151).ToArray();
        var a = Figures(x, new InequalityOptions { Groups = Grouping.FromLabels(labels) }).ToArray();
        var b = Figures([.. perm.Select(i => x[i])], new InequalityOptions { Groups = Grouping.FromLabels([.. perm.Select(i => labels[i])]) }).ToArray();
        for (var i = 0; i < a.Length; i++) Assert.True(Math.Abs(a[i] - b[i]) <= 1e-12 * Math.Max(1, Math.Abs(a[i])), $"figure {i}: {a[i]} vs {b[i]}");
    }

    [Fact]
    public void Integer_weights_equal_repetition_for_inequality_measures()
    {
        var (x, labels) = Sample(40, 3);
        var rng = new Random(4);
        var f = x.Select(_ => (double)rng.Next(1, 5)).ToArray();
        var ex = x.SelectMany((v, i) => Enumerable.Repeat(v, (int)f[i])).ToArray();
        var el = labels.SelectMany((v, i) => Enumerable.Repeat(v, (int)f[i])).ToArray();
        var w = new InequalityOptions { Weights = f, Groups = Grouping.FromLabels(labels) };
        var r = new InequalityOptions { Groups = Grouping.FromLabels(el) };
        void Same(double a, double b, string what) => Assert.True(Math.Abs(a - b) <= 1e-12 * Math.Max(1, Math.Abs(a)), $"{what}: {a} vs {b}");
        Same(C.Gini(x, w).Value, C.Gini(ex, r).Value, "gini");
        Same(C.TheilT(x, w).Total, C.TheilT(ex, r).Total, "theil_t");
        Same(C.TheilT(x, w).Between, C.TheilT(ex, r).Between, "theil_t between");
        Same(C.GeneralizedEntropy(x, 0.5, w).Within, C.GeneralizedEntropy(ex, 0.5, r).Within, "ge(0.5) within");
        Same(C.CoefficientOfVariation(x, w).Value, C.CoefficientOfVariation(ex, r).Value, "cv");
        Same(C.Hoover(x, w).Value, C.Hoover(ex, r).Value, "hoover");
        Same(C.Lorenz(x, w).ShareAt(0.5), C.Lorenz(ex, r).ShareAt(0.5), "L(0.5)");
        Same(P.Wolfson(x, w).Value, P.Wolfson(ex, r).Value, "wolfson");
        Same(P.EstebanRay(x, 1.6, w).Value, P.EstebanRay(ex, 1.6, r).Value, "esteban_ray");
        Same(P.DuclosEstebanRay(x, 0.5, w).Value, P.DuclosEstebanRay(ex, 0.5, r).Value, "duclos_esteban_ray");
        // Concentration measures use unit sizes f_i·x_i instead.
        var sizes = x.Zip(f, (a, b) => a * b).ToArray();
        Same(C.Herfindahl(x, w).Value, C.Herfindahl(sizes).Value, "hhi on sizes");
        Same(C.ConcentrationRatio(x, 4, w).Value, C.ConcentrationRatio(sizes, 4).Value, "cr4 on sizes");
    }

    [Fact]
    public void Fractional_weights_scale_freely()
    {
        // Population weights only matter relative to each other: f and 2.5·f give the same population-form figures.
        var (x, labels) = Sample(60, 5);
        var f = x.Select((_, i) => 0.3 + i % 7).ToArray();
        var a = new InequalityOptions { Weights = f, Groups = Grouping.FromLabels(labels) };
        var b = a with { Weights = [.. f.Select(v => v * 2.5)] };
        Assert.Equal(C.Gini(x, a).Value, C.Gini(x, b).Value, 12);
        Assert.Equal(C.TheilL(x.Select(v => v + 1).ToArray(), a).Total, C.TheilL(x.Select(v => v + 1).ToArray(), b).Total, 12);
        Assert.Equal(P.EstebanRay(x, 1, a).Value, P.EstebanRay(x, 1, b).Value, 12);
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(0.0)]
    [InlineData(0.5)]
    [InlineData(2.0)]
    [InlineData(-1.0)]
    [InlineData(3.0)]
    public void Decomposition_sums_exactly(double alpha)
    {
        for (var seed = 10; seed < 20; seed++)
        {
            var (x, labels) = Sample(372, seed);
            if (alpha <= 0) x = [.. x.Select(v => v + 0.5)];
            var t = C.GeneralizedEntropy(x, alpha, new InequalityOptions { Groups = Grouping.FromLabels(labels) });
            Assert.True(t.IsDefined, t.UndefinedReason);
            Assert.True(Math.Abs(t.Between + t.Within - t.Total) <= 1e-12, $"α = {alpha}, seed {seed}: {t.Between + t.Within - t.Total:R}");
            Assert.Equal(t.Between, t.Groups.Sum(g => g.BetweenContribution), 12);
            Assert.Equal(t.Within, t.Groups.Sum(g => g.WithinContribution), 12);
            Assert.True(t.Between >= -1e-15);
        }
    }

    [Fact]
    public void Ge2_is_half_the_squared_cv()
    {
        var (x, _) = Sample(100, 30);
        var cv = C.CoefficientOfVariation(x).Value;
        Assert.Equal(cv * cv / 2, C.GeneralizedEntropy(x, 2).Total, 12);
    }

    [Fact]
    public void Ge_tends_to_theil_at_alpha_one_and_zero()
    {
        var (x, _) = Sample(80, 31);
        x = [.. x.Select(v => v + 1)];
        Assert.Equal(C.TheilT(x).Total, C.GeneralizedEntropy(x, 1 + 1e-7).Total, 5);
        Assert.Equal(C.TheilL(x).Total, C.GeneralizedEntropy(x, 1e-7).Total, 5);
    }
}

using CapitalNetwork.Measures;

namespace CapitalNetwork.Tests.Measures;

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
        Concentration.Herfindahl(x, o).Value, Concentration.Gini(x, o).Value, Concentration.TheilT(x, o).Total, Concentration.TheilT(x, o).Between,
        Concentration.GeneralizedEntropy(x, 2, o).Total, Concentration.CoefficientOfVariation(x, o).Value, Concentration.Hoover(x, o).Value,
        Concentration.ConcentrationRatio(x, 4, o).Value, Polarization.EstebanRay(x, 1.6, o).Value, Polarization.Wolfson(x, o).Value,
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
        Same(Concentration.Gini(x, w).Value, Concentration.Gini(ex, r).Value, "gini");
        Same(Concentration.TheilT(x, w).Total, Concentration.TheilT(ex, r).Total, "theil_t");
        Same(Concentration.TheilT(x, w).Between, Concentration.TheilT(ex, r).Between, "theil_t between");
        Same(Concentration.GeneralizedEntropy(x, 0.5, w).Within, Concentration.GeneralizedEntropy(ex, 0.5, r).Within, "ge(0.5) within");
        Same(Concentration.CoefficientOfVariation(x, w).Value, Concentration.CoefficientOfVariation(ex, r).Value, "cv");
        Same(Concentration.Hoover(x, w).Value, Concentration.Hoover(ex, r).Value, "hoover");
        Same(Concentration.Lorenz(x, w).ShareAt(0.5), Concentration.Lorenz(ex, r).ShareAt(0.5), "L(0.5)");
        Same(Polarization.Wolfson(x, w).Value, Polarization.Wolfson(ex, r).Value, "wolfson");
        Same(Polarization.EstebanRay(x, 1.6, w).Value, Polarization.EstebanRay(ex, 1.6, r).Value, "esteban_ray");
        Same(Polarization.DuclosEstebanRay(x, 0.5, w).Value, Polarization.DuclosEstebanRay(ex, 0.5, r).Value, "duclos_esteban_ray");
        // Concentration measures use unit sizes f_i·x_i instead.
        var sizes = x.Zip(f, (a, b) => a * b).ToArray();
        Same(Concentration.Herfindahl(x, w).Value, Concentration.Herfindahl(sizes).Value, "hhi on sizes");
        Same(Concentration.ConcentrationRatio(x, 4, w).Value, Concentration.ConcentrationRatio(sizes, 4).Value, "cr4 on sizes");
    }

    [Fact]
    public void Fractional_weights_scale_freely()
    {
        // Population weights only matter relative to each other: f and 2.5·f give the same population-form figures.
        var (x, labels) = Sample(60, 5);
        var f = x.Select((_, i) => 0.3 + i % 7).ToArray();
        var a = new InequalityOptions { Weights = f, Groups = Grouping.FromLabels(labels) };
        var b = a with { Weights = [.. f.Select(v => v * 2.5)] };
        Assert.Equal(Concentration.Gini(x, a).Value, Concentration.Gini(x, b).Value, 12);
        Assert.Equal(Concentration.TheilL(x.Select(v => v + 1).ToArray(), a).Total, Concentration.TheilL(x.Select(v => v + 1).ToArray(), b).Total, 12);
        Assert.Equal(Polarization.EstebanRay(x, 1, a).Value, Polarization.EstebanRay(x, 1, b).Value, 12);
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
            var t = Concentration.GeneralizedEntropy(x, alpha, new InequalityOptions { Groups = Grouping.FromLabels(labels) });
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
        var cv = Concentration.CoefficientOfVariation(x).Value;
        Assert.Equal(cv * cv / 2, Concentration.GeneralizedEntropy(x, 2).Total, 12);
    }

    [Fact]
    public void Ge_tends_to_theil_at_alpha_one_and_zero()
    {
        var (x, _) = Sample(80, 31);
        x = [.. x.Select(v => v + 1)];
        Assert.Equal(Concentration.TheilT(x).Total, Concentration.GeneralizedEntropy(x, 1 + 1e-7).Total, 5);
        Assert.Equal(Concentration.TheilL(x).Total, Concentration.GeneralizedEntropy(x, 1e-7).Total, 5);
    }
}

using CapitalNetwork.Measures;

namespace CapitalNetwork.Tests.Measures;

/// <summary>
/// The explicit answers where a measure is undefined or degenerate (docs/reference/measures.md §3: Theil L needs positive values,
/// H* and the corrected Gini need n ≥ 2, nothing is defined when every value is zero) and the rejection of negative
/// values. Expected values are the definitions evaluated by hand on these tiny inputs.
/// </summary>
public class EdgeCaseTests
{
    [Fact]
    public void Negative_value_is_rejected_with_its_index_and_value()
    {
        var e = Assert.Throws<ArgumentException>(() => Concentration.Gini([1, 2, -3.5, 4]));
        Assert.Contains("values[2]", e.Message);
        Assert.Contains("-3.5", e.Message);
        Assert.Contains("negative", e.Message);
        Assert.Throws<ArgumentException>(() => Concentration.TheilT([1, -1]));
        Assert.Throws<ArgumentException>(() => Concentration.Herfindahl([-0.1]));
        Assert.Throws<ArgumentException>(() => Concentration.Lorenz([0, -2]));
    }

    [Fact]
    public void Non_finite_values_and_bad_weights_are_rejected()
    {
        Assert.Contains("values[1]", Assert.Throws<ArgumentException>(() => Concentration.Gini([1, double.NaN])).Message);
        Assert.Throws<ArgumentException>(() => Concentration.Gini([1, double.PositiveInfinity]));
        Assert.Contains("weights[0]", Assert.Throws<ArgumentException>(() => Concentration.Gini([1, 2], new InequalityOptions { Weights = [-1, 1] })).Message);
        Assert.Throws<ArgumentException>(() => Concentration.Gini([1, 2], new InequalityOptions { Weights = [1] }));
        Assert.Throws<ArgumentException>(() => Concentration.TheilT([1, 2], new InequalityOptions { Groups = Grouping.FromLabels(["a"]) }));
        Assert.Throws<ArgumentOutOfRangeException>(() => Concentration.ConcentrationRatio([1, 2], 0));
    }

    [Fact]
    public void All_zeros_is_undefined_everywhere_with_a_reason()
    {
        double[] zeros = [0, 0, 0];
        var measures = new[]
        {
            Concentration.Herfindahl(zeros), Concentration.HerfindahlNormalized(zeros), Concentration.ConcentrationRatio(zeros, 4), Concentration.Gini(zeros),
            Concentration.CoefficientOfVariation(zeros), Concentration.Hoover(zeros), Concentration.TheilT(zeros).ToMeasureValue(), Concentration.TheilL(zeros).ToMeasureValue(),
            Concentration.GeneralizedEntropy(zeros, 2).ToMeasureValue(),
        };
        foreach (var m in measures)
        {
            Assert.False(m.IsDefined, m.Measure);
            Assert.True(double.IsNaN(m.Value));
            Assert.Null(m.ValueOrNull);
            Assert.Contains("zero", m.UndefinedReason);
        }
        Assert.All(Concentration.Shares(zeros), s => Assert.True(double.IsNaN(s)));
        Assert.False(Concentration.Lorenz(zeros).IsDefined);
        Assert.True(double.IsNaN(Concentration.Lorenz(zeros).ShareAt(0.5)));
    }

    [Fact]
    public void Empty_input_is_undefined()
    {
        Assert.Equal("no units", Concentration.Herfindahl([]).UndefinedReason);
        Assert.False(Concentration.Gini([]).IsDefined);
        Assert.False(Concentration.TheilT([]).IsDefined);
        Assert.False(Concentration.ConcentrationRatio([], 1).IsDefined);
    }

    [Fact]
    public void Single_unit()
    {
        // n = 1: H = 1, G = 0, T = L = 0, CV = 0, Hoover 0, CR = 1; H* and the n/(n−1) forms are undefined.
        double[] one = [5];
        Assert.Equal(1, Concentration.Herfindahl(one).Value);
        Assert.False(Concentration.HerfindahlNormalized(one).IsDefined);
        Assert.Contains("n = 1", Concentration.HerfindahlNormalized(one).UndefinedReason);
        Assert.Equal(0, Concentration.Gini(one).Value);
        Assert.False(Concentration.Gini(one, new InequalityOptions { Variant = InequalityVariant.SampleCorrected }).IsDefined);
        Assert.Equal(0, Concentration.TheilT(one).Total);
        Assert.Equal(0, Concentration.TheilL(one).Total);
        Assert.Equal(0, Concentration.CoefficientOfVariation(one).Value);
        Assert.False(Concentration.CoefficientOfVariation(one, new InequalityOptions { Variant = InequalityVariant.SampleCorrected }).IsDefined);
        Assert.Equal(0, Concentration.Hoover(one).Value);
        Assert.Equal(1, Concentration.ConcentrationRatio(one, 4).Value);
    }

    [Fact]
    public void Theil_L_with_a_zero_is_undefined_and_names_the_unit()
    {
        var l = Concentration.TheilL([3, 0, 1]);
        Assert.False(l.IsDefined);
        Assert.Contains("values[1] = 0", l.UndefinedReason);
        Assert.True(double.IsNaN(l.Total) && double.IsNaN(l.Between) && double.IsNaN(l.Within));
        Assert.Empty(l.Groups);
        Assert.False(Concentration.GeneralizedEntropy([3, 0, 1], -0.5).IsDefined);
        // A zero with zero weight takes no part: L of (3, 1) = ½[ln(2/3) + ln 2].
        var w = Concentration.TheilL([3, 0, 1], new InequalityOptions { Weights = [1, 0, 1] });
        Assert.Equal(0.5 * (Math.Log(2 / 3.0) + Math.Log(2)), w.Total, 15);
    }

    [Fact]
    public void Theil_T_allows_zeros_and_counts_them_in_n()
    {
        // x = (1, 0): T = Σ s ln(n s) = 1·ln 2 = ln 2 = ln n, the maximum.
        Assert.Equal(Math.Log(2), Concentration.TheilT([1, 0]).Total, 15);
        // k equal positive units among n: T = ln(n/k).
        Assert.Equal(Math.Log(10 / 3.0), Concentration.TheilT([0, 4, 0, 0, 4, 0, 0, 4, 0, 0]).Total, 14);
    }

    [Fact]
    public void Single_group_has_zero_between_and_within_equal_total()
    {
        var t = Concentration.TheilT([1, 2, 3, 6], new InequalityOptions { Groups = Grouping.FromLabels(["g", "g", "g", "g"]) });
        Assert.Equal(0, t.Between, 15);
        Assert.Equal(t.Total, t.Within, 15);
        Assert.Equal(0, t.BetweenShare, 15);
        var none = Concentration.TheilT([1, 2, 3, 6]);
        Assert.Equal("all", Assert.Single(none.Groups).Name);
        Assert.Equal(0, none.Between);
    }

    [Fact]
    public void Group_with_only_zeros_contributes_nothing_within()
    {
        // Groups a = (2, 4), b = (0, 0): T_W = s_a T_a = 1·T(2, 4); T_b is undefined (NaN) but weighted by s_b = 0.
        var t = Concentration.TheilT([2, 4, 0, 0], new InequalityOptions { Groups = Grouping.FromLabels(["a", "a", "b", "b"]) });
        var ta = Concentration.TheilT([2, 4]).Total;
        Assert.Equal(ta, t.Within, 15);
        Assert.True(double.IsNaN(t.Groups[1].Index));
        Assert.Equal(0, t.Groups[1].WithinContribution);
        Assert.Equal(Math.Log(2), t.Between, 15); // s_a ln(s_a/p_a) = ln 2
        Assert.True(Math.Abs(t.Total - t.Between - t.Within) <= 1e-15);
    }

    [Fact]
    public void Equal_values_give_zero_inequality()
    {
        double[] x = [7, 7, 7, 7, 7];
        Assert.Equal(0, Concentration.Gini(x).Value, 15);
        Assert.Equal(0, Concentration.TheilT(x).Total, 15);
        Assert.Equal(0, Concentration.TheilL(x).Total, 15);
        Assert.Equal(0, Concentration.CoefficientOfVariation(x).Value, 15);
        Assert.Equal(0, Concentration.HerfindahlNormalized(x).Value, 15);
        Assert.Equal(0, Concentration.Hoover(x).Value, 15);
    }

    [Fact]
    public void Location_quotient_is_nan_where_the_reference_is_zero()
    {
        var lq = Concentration.LocationQuotient([3, 1, 0], [1, 0, 1]);
        Assert.Equal(1.5, lq[0], 15); // (3/4)/(1/2)
        Assert.True(double.IsNaN(lq[1]));
        Assert.Equal(0, lq[2]);
        Assert.All(Concentration.LocationQuotient([0, 0], [1, 1]), v => Assert.True(double.IsNaN(v)));
    }
}

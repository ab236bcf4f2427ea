using CapitalNetwork.Measures;

namespace CapitalNetwork.Tests.Measures;

/// <summary>
/// docs/reference/measures.md §3.7, the worked example x = (1, 2, 3, 6) in groups (E, E, W, W), reproduced figure by figure.
/// Expected values are the hand computations printed there (6 decimals) and, where the closed form is exact, the
/// exact fraction (1/3, 4/9, 0.25 …) to 1e-15.
/// </summary>
public class WorkedExampleTests
{
    private static readonly double[] X = [1, 2, 3, 6];
    private static readonly InequalityOptions Groups = new() { Groups = Grouping.FromLabels(["E", "E", "W", "W"]) };

    [Fact]
    public void Shares_are_x_over_12()
    {
        // §3.7: s = (1/12, 2/12, 3/12, 6/12).
        Assert.Equal(new[] { 1 / 12.0, 2 / 12.0, 3 / 12.0, 6 / 12.0 }, Concentration.Shares(X).ToArray(), (a, b) => Math.Abs(a - b) < 1e-15);
    }

    [Fact]
    public void Herfindahl_normalized_and_cr2()
    {
        // §3.7: HHI = 50/144 = 0.347222; H* = (0.347222 − 0.25)/0.75 = 0.129630 (exactly 7/54); CR2 = 0.75.
        Assert.Equal(50 / 144.0, Concentration.Herfindahl(X).Value, 15);
        Assert.Equal(7 / 54.0, Concentration.HerfindahlNormalized(X).Value, 15);
        Assert.Equal(0.129630, Concentration.HerfindahlNormalized(X).Value, 6);
        Assert.Equal(0.75, Concentration.ConcentrationRatio(X, 2).Value, 15);
        Assert.Equal("cr2", Concentration.ConcentrationRatio(X, 2).Measure);
    }

    [Fact]
    public void Gini_population_and_corrected()
    {
        // §3.7: Σ|x_i − x_j| = 32 → G = 32/(2·16·3) = 1/3; corrected 4/9.
        var g = Concentration.Gini(X);
        Assert.Equal(1 / 3.0, g.Value, 15);
        Assert.Equal("population", g.Variant);
        Assert.Equal(4 / 9.0, Concentration.Gini(X, new InequalityOptions { Variant = InequalityVariant.SampleCorrected }).Value, 15);
    }

    [Fact]
    public void Theil_T_and_its_decomposition()
    {
        // §3.7: T = 0.187445; T_B = 0.25 ln 0.5 + 0.75 ln 1.5 = 0.130812; T_E = T_W = 0.056633 = T_W(total).
        var t = Concentration.TheilT(X, Groups);
        Assert.Equal(0.187445, t.Total, 6);
        Assert.Equal(0.25 * Math.Log(0.5) + 0.75 * Math.Log(1.5), t.Between, 15);
        Assert.Equal(0.130812, t.Between, 6);
        Assert.Equal(0.056633, t.Within, 6);
        Assert.Equal(0.056633, t.Groups[0].Index, 6);
        Assert.Equal(0.056633, t.Groups[1].Index, 6);
        Assert.True(Math.Abs(t.Between + t.Within - t.Total) <= 1e-15);
        Assert.Equal(new[] { "E", "W" }, t.Groups.Select(x => x.Name));
        Assert.Equal(0.25, t.Groups[0].ValueShare, 15);
        Assert.Equal(0.5, t.Groups[0].PopulationShare, 15);
    }

    [Fact]
    public void Theil_L_and_its_decomposition()
    {
        // §3.7: L = ¼[ln 3 + ln 1.5 + 0 + ln 0.5] = 0.202733; L_B = 0.5 ln 2 + 0.5 ln(2/3) = 0.143841; L_W = 0.058892.
        var l = Concentration.TheilL(X, Groups);
        Assert.Equal((Math.Log(3) + Math.Log(1.5) + Math.Log(0.5)) / 4, l.Total, 15);
        Assert.Equal(0.202733, l.Total, 6);
        Assert.Equal(0.5 * Math.Log(2) + 0.5 * Math.Log(2 / 3.0), l.Between, 15);
        Assert.Equal(0.143841, l.Between, 6);
        Assert.Equal(0.058892, l.Within, 6);
    }

    [Fact]
    public void Cv_and_hoover()
    {
        // §3.7: CV = √(14/4)/3 = 0.623610; Hoover (uniform) = ½(1/6 + 1/12 + 0 + 1/4) = 0.25.
        Assert.Equal(Math.Sqrt(14 / 4.0) / 3, Concentration.CoefficientOfVariation(X).Value, 15);
        Assert.Equal(0.623610, Concentration.CoefficientOfVariation(X).Value, 6);
        Assert.Equal(0.25, Concentration.Hoover(X).Value, 15);
    }

    [Fact]
    public void Lorenz_points()
    {
        // §3.7: (0,0), (0.25, 0.0833), (0.5, 0.25), (0.75, 0.5), (1, 1) — exactly k/4 and 1/12, 3/12, 6/12, 12/12.
        var curve = Concentration.Lorenz(X);
        Assert.Equal(new[] { 0, 0.25, 0.5, 0.75, 1 }, curve.Points.Select(p => p.Population));
        Assert.Equal(new[] { 0, 1 / 12.0, 0.25, 0.5, 1 }, curve.Points.Select(p => p.Share).ToArray(), (a, b) => Math.Abs(a - b) < 1e-15);
        Assert.Equal(0.25, curve.ShareAt(0.5), 15);
        Assert.Equal((1 / 12.0 + 0.25) / 2, curve.ShareAt(0.375), 15);
    }

    [Fact]
    public void Python_reference_agrees_with_the_hand_values()
    {
        // The committed make_reference.py asserts §3.7 too; its JSON must give the same figures as the library.
        var r = ConcentrationReference.Of("worked");
        ConcentrationReference.Close(r.GetProperty("hhi"), Concentration.Herfindahl(X).Value, "hhi");
        ConcentrationReference.Close(r.GetProperty("gini"), Concentration.Gini(X).Value, "gini");
        ConcentrationReference.Close(r.GetProperty("theil_t"), Concentration.TheilT(X).Total, "theil_t");
        ConcentrationReference.Close(r.GetProperty("theil_l"), Concentration.TheilL(X).Total, "theil_l");
    }
}

using CapitalNetwork.Measures;
using static CapitalNetwork.Tests.Measures.ConcentrationReference;

namespace CapitalNetwork.Tests.Measures;

/// <summary>
/// Wolfson W = 2(2T − G)·μ/m (docs/reference/measures.md §4.3). Expected values: the examples printed there (0.4 and 0.305556),
/// PySAL's test values 1/12 and 11/72 for W/2 (quoted in measures.md), the two-point closed form, and make_reference.py.
/// </summary>
public class WolfsonTests
{
    [Fact]
    public void Examples_of_measures_md()
    {
        // x = (1, 2, 3, 6): m = 2.5, L(0.5) = 3/12, G = 1/3 → W = 2(0.5 − 1/3)(3/2.5) = 0.4.
        var w = Polarization.Wolfson([1, 2, 3, 6]);
        Assert.Equal(0.4, w.Value, 14);
        Assert.Equal(0.2, w.HalfValue, 14);
        Assert.Equal(2.5, w.Median);
        Assert.Equal(0.25, w.LorenzAtHalf, 15);
        Assert.Equal(1 / 3.0, w.Gini, 15);
        // x = 1..8: W = 0.305556; PySAL W/2 = 11/72.
        Assert.Equal(11 / 36.0, Polarization.Wolfson([1, 2, 3, 4, 5, 6, 7, 8]).Value, 14);
        // PySAL's other test: (6,6,8,8,10,10,12,12) → W/2 = 1/12.
        Assert.Equal(1 / 12.0, Polarization.Wolfson([6, 6, 8, 8, 10, 10, 12, 12]).HalfValue, 14);
        // x = (2, 4, …, 16): W/2 = 11/72 (scale invariant).
        Assert.Equal(11 / 72.0, Polarization.Wolfson([2, 4, 6, 8, 10, 12, 14, 16]).HalfValue, 14);
    }

    [Fact]
    public void Perfect_bipolarization_is_one()
    {
        // Half the units at a, half at b > a (a > 0 keeps the median positive as the mean of a and b):
        // L(0.5) = a/(a+b), T = ½ − a/(a+b), G = (b−a)/(2(a+b)), μ = m = (a+b)/2 → W = 2(2T − G) = (b − a)/(a + b).
        var w = Polarization.Wolfson([1, 1, 1, 9, 9, 9]).Value;
        Assert.Equal(8 / 10.0, w, 14);
    }

    [Fact]
    public void Zero_median_is_undefined()
    {
        var w = Polarization.Wolfson([0, 0, 0, 5, 7]);
        Assert.False(w.IsDefined);
        Assert.Contains("median is zero", w.UndefinedReason);
        Assert.True(double.IsNaN(w.Value));
        Assert.False(Polarization.Wolfson([0, 0]).IsDefined);
    }

    [Fact]
    public void Weighted_median_follows_repetition()
    {
        // x = (1, 3, 10) with f = (2, 1, 1) is (1, 1, 3, 10): median (1 + 3)/2 = 2.
        var w = Polarization.Wolfson([1, 3, 10], new InequalityOptions { Weights = [2, 1, 1] });
        Assert.Equal(2, w.Median);
        Assert.Equal(Polarization.Wolfson([1, 1, 3, 10]).Value, w.Value, 14);
    }

    [Theory]
    [InlineData("worked")]
    [InlineData("three_pairs")]
    [InlineData("zeros")]
    [InlineData("weighted")]
    [InlineData("provinces")]
    [InlineData("provinces_weighted")]
    [InlineData("cities")]
    public void Reference_datasets(string name)
    {
        var d = Load(name);
        var r = Of(name).GetProperty("wolfson");
        var w = Polarization.Wolfson(d.Values, d.Ungrouped);
        Close(r.GetProperty("value"), w.Value, "W");
        Close(r.GetProperty("median"), w.Median, "median");
        Close(r.GetProperty("lorenz_half"), w.LorenzAtHalf, "L(0.5)");
        Close(r.GetProperty("gini"), w.Gini, "gini");
    }
}

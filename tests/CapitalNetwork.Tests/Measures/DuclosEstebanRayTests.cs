using static CapitalNetwork.Tests.Measures.ConcentrationReference;
using CapitalNetwork.Measures;

namespace CapitalNetwork.Tests.Measures;

/// <summary>
/// Duclos–Esteban–Ray P̂_α on y = x/μ with the Gaussian kernel and h = 4.7 n^(−1/2) σ α^0.1 (docs/reference/measures.md §4.2).
/// Expected values: the example printed there (h = 1.367343, P̂ = 0.324426), the α = 0 identity P̂ = 2G, and
/// make_reference.py's O(n²) direct kernel sums (10 significant digits).
/// </summary>
public class DuclosEstebanRayTests
{
    [Fact]
    public void Example_of_measures_md()
    {
        var r = Polarization.DuclosEstebanRay([1, 2, 3, 6], 0.5);
        Assert.Equal(4.7 * 0.5 * Math.Sqrt(14 / 4.0) / 3 * Math.Pow(0.5, 0.1), r.Bandwidth, 14);
        Assert.Equal(1.367343, r.Bandwidth, 6);
        Assert.Equal(0.324426, r.Value, 6);
        Assert.Equal("4.7 n^(-1/2) σ α^0.1", r.BandwidthRule);
    }

    [Fact]
    public void Alpha_zero_is_twice_the_gini_for_any_bandwidth()
    {
        double[] x = [0, 3, 3, 8, 20, 1];
        Assert.Equal(2 * Concentration.Gini(x).Value, Polarization.DuclosEstebanRay(x, 0).Value, 14);
        Assert.Equal(2 * Concentration.Gini(x).Value, Polarization.DuclosEstebanRay(x, 0, bandwidth: 0.3).Value, 14);
    }

    [Fact]
    public void Scale_invariant_and_equal_values_give_zero()
    {
        double[] x = [1, 4, 4, 9, 30];
        Assert.Equal(Polarization.DuclosEstebanRay(x, 0.75).Value, Polarization.DuclosEstebanRay(x.Select(v => v * 1000).ToArray(), 0.75).Value, 12);
        Assert.Equal(0, Polarization.DuclosEstebanRay([5, 5, 5], 0.5).Value);
        Assert.False(Polarization.DuclosEstebanRay([0, 0, 0], 0.5).IsDefined);
        Assert.Throws<ArgumentOutOfRangeException>(() => Polarization.DuclosEstebanRay(x, 1.2));
        Assert.Throws<ArgumentOutOfRangeException>(() => Polarization.DuclosEstebanRay(x, 0.5, bandwidth: 0));
    }

    [Theory]
    [InlineData("worked")]
    [InlineData("three_pairs")]
    [InlineData("zeros")]
    [InlineData("weighted")]
    [InlineData("provinces")]
    public void Reference_datasets(string name)
    {
        var d = Load(name);
        foreach (var (alpha, key) in new[] { (0.25, "der_0.25"), (0.5, "der_0.5"), (1.0, "der_1.0") })
        {
            var e = Of(name).GetProperty(key);
            var r = Polarization.DuclosEstebanRay(d.Values, alpha, d.Ungrouped);
            Close(e.GetProperty("h"), r.Bandwidth, $"h α = {alpha}");
            Close(e.GetProperty("value"), r.Value, $"P α = {alpha}");
        }
    }

    [Fact]
    public void Cities_with_many_ties_and_zeros()
    {
        var d = Load("cities");
        var e = Of("cities").GetProperty("der_0.5");
        var r = Polarization.DuclosEstebanRay(d.Values, 0.5);
        Close(e.GetProperty("h"), r.Bandwidth, "h");
        Close(e.GetProperty("value"), r.Value, "P");
    }
}

using CapitalNetwork.Measures;
using static CapitalNetwork.Tests.Measures.ConcentrationReference;

namespace CapitalNetwork.Tests.Measures;

/// <summary>
/// Esteban–Ray ER_α = Σ_g Σ_h p_g^(1+α) p_h |r_g − r_h| in the project's formulation (docs/reference/measures.md §4.1). Expected
/// values: the worked examples printed there (6 decimals), closed forms derived by hand in each test, and
/// make_reference.py's double sum (10 significant digits).
/// </summary>
public class EstebanRayTests
{
    private static InequalityOptions Groups(params string[] labels) => new() { Groups = Grouping.FromLabels(labels) };

    [Fact]
    public void Worked_example_of_measures_md()
    {
        // x = (1, 2, 3, 6), groups (E, E, W, W): p = (½, ½), r = (0.5, 1.5), ER_α = (½)^(1+α) → α = 1: 0.25; α = 1.6: 0.164938.
        var o = Groups("E", "E", "W", "W");
        Assert.Equal(0.25, Polarization.EstebanRay([1, 2, 3, 6], 1, o).Value, 15);
        Assert.Equal(Math.Pow(0.5, 2.6), Polarization.EstebanRay([1, 2, 3, 6], 1.6, o).Value, 15);
        Assert.Equal(0.164938, Polarization.EstebanRay([1, 2, 3, 6], 1.6, o).Value, 6);
        var r = Polarization.EstebanRay([1, 2, 3, 6], 1.6, o);
        Assert.Equal(EstebanRayFormulation.GroupMeans, r.Formulation);
        Assert.Equal(1.6, r.Alpha);
        Assert.Equal(new[] { 0.5, 1.5 }, r.Groups.Select(g => g.RelativeMean));
    }

    [Fact]
    public void Two_equal_groups_and_three_pairs()
    {
        // measures.md §4.1: p = (½, ½), s = (0.8, 0.2) → ER_α = 2.4·(½)^(2+α): 0.6, 0.3, 0.197926 for α = 0, 1, 1.6.
        var o = Groups("a", "b");
        Assert.Equal(0.6, Polarization.EstebanRay([1.6, 0.4], 0, o).Value, 15);
        Assert.Equal(0.3, Polarization.EstebanRay([1.6, 0.4], 1, o).Value, 15);
        Assert.Equal(2.4 * Math.Pow(0.5, 3.6), Polarization.EstebanRay([1.6, 0.4], 1.6, o).Value, 15);
        Assert.Equal(0.197926, Polarization.EstebanRay([1.6, 0.4], 1.6, o).Value, 6);
        // x = (10, 20, 30, 40, 100, 200) in pairs: r = (0.225, 0.525, 2.25), ER_1 = 0.3, ER_1.6 = 0.155185.
        var pairs = Groups("A", "A", "B", "B", "C", "C");
        Assert.Equal(0.3, Polarization.EstebanRay([10, 20, 30, 40, 100, 200], 1, pairs).Value, 14);
        Assert.Equal(0.155185, Polarization.EstebanRay([10, 20, 30, 40, 100, 200], 1.6, pairs).Value, 6);
    }

    [Fact]
    public void Alpha_zero_is_twice_the_gini_of_group_means()
    {
        // ER_0 = Σ Σ p_g p_h |r_g − r_h| = 2 × Gini of the vector in which every unit holds its group mean.
        double[] x = [3, 8, 1, 0, 12, 5, 5, 9];
        string[] labels = ["a", "b", "a", "c", "b", "c", "a", "b"];
        var means = labels.Select(l => x.Where((_, i) => labels[i] == l).Average()).ToArray();
        Assert.Equal(2 * Concentration.Gini(means).Value, Polarization.EstebanRay(x, 0, Groups(labels)).Value, 14);
    }

    [Fact]
    public void Single_group_is_zero_and_undefined_cases_say_why()
    {
        Assert.Equal(0, Polarization.EstebanRay([1, 5, 9], 1.6, Groups("g", "g", "g")).Value);
        var zeros = Polarization.EstebanRay([0, 0], 1, Groups("a", "b"));
        Assert.False(zeros.IsDefined);
        Assert.Contains("zero", zeros.UndefinedReason);
        Assert.Null(zeros.ToMeasureValue().ValueOrNull);
        Assert.False(Polarization.EstebanRay([], 1).IsDefined);
    }

    [Fact]
    public void Alpha_outside_the_axiomatic_range_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Polarization.EstebanRay([1, 2], 1.61));
        Assert.Throws<ArgumentOutOfRangeException>(() => Polarization.EstebanRay([1, 2], -0.1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Polarization.EstebanRay([1, 2], double.NaN));
        Assert.Throws<ArgumentException>(() => Polarization.EstebanRay([1, -2], 1));
    }

    [Fact]
    public void Distinct_values_formulation_without_groups()
    {
        // No grouping: each distinct value is a point. x = (1, 1, 4): points 1 (p = ⅔) and 4 (p = ⅓), μ = 2, r = (½, 2):
        // ER_1 = (⅔)²·⅓·1.5 + (⅓)²·⅔·1.5 = 2/9 + 1/9 = 1/3.
        var r = Polarization.EstebanRay([1, 1, 4], 1);
        Assert.Equal(EstebanRayFormulation.DistinctValues, r.Formulation);
        Assert.Equal(2, r.Groups.Length);
        Assert.Equal(1 / 3.0, r.Value, 15);
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
        var r = Of(name);
        foreach (var (alpha, key) in new[] { (0.0, "0.0"), (0.5, "0.5"), (1.0, "1.0"), (1.6, "1.6") })
            Close(r.GetProperty("esteban_ray_" + key), Polarization.EstebanRay(d.Values, alpha, d.Options).Value, $"ER α = {alpha}");
        Close(r.GetProperty("esteban_ray_distinct_1.6"), Polarization.EstebanRay(d.Values, 1.6, d.Ungrouped).Value, "ER distinct values");
    }

    [Fact]
    public void Between_regions_of_a_city_network()
    {
        // cities.csv as in-strength. By region the groups are the four mainland regions over the 369 mainland cities
        // (mainland.py); changed from make_reference.py's five-group figures when Hong Kong, Macao and Taiwan left the
        // regional grouping (their p_g and r_g = 0 no longer count, and every other p_g is a share of 369, not 372).
        var values = Centrality.InStrength(NodeValuesTests.CityNetwork());
        var m = Mainland("cities").GetProperty("mainland");
        var er = Polarization.EstebanRay(values, 1.6);
        Close(m.GetProperty("esteban_ray_1.6"), er.Value, "ER regions");
        Close(m.GetProperty("esteban_ray_1.0"), Polarization.EstebanRay(values, 1.0, RollUpLevel.Region).Value, "ER regions α = 1");
        Assert.Equal(4, er.Groups.Length);
        Assert.Equal(3, er.Coverage!.LeftOutUnits);
        Assert.Contains("four mainland regions; Hong Kong, Macao, Taiwan left out (3 units, 0.00 % of the total)", er.Variant);
        Assert.Contains("Hong Kong, Macao, Taiwan left out", er.ToString());
        Assert.Equal(er.Variant, er.ToMeasureValue().Variant);

        // The five-group figure of earlier versions, on request (make_reference.py's "cities", unchanged).
        var five = Polarization.EstebanRay(values, 1.6, new InequalityOptions { Groups = Grouping.ByRegion(values.Network, includeOutside: true) });
        Close(Of("cities").GetProperty("esteban_ray_1.6"), five.Value, "ER five groups");
        Assert.Equal(5, five.Groups.Length);
        Assert.Null(Polarization.EstebanRay(values, 1.6, InequalityOptions.Default).Coverage);   // distinct values: no grouping
    }

    [Fact]
    public void Units_left_out_hold_part_of_the_total()
    {
        // outside.csv: 9 mainland provinces and Hong Kong (40) and Macao (2) of 404 in all, grouped by RegionsOfProvinces.
        var rows = ReadCsv("outside.csv");
        var x = rows.Select(r => double.Parse(r["基金数量"], System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var provinces = rows.Select(r => r["省份"]).ToArray();
        var d = Mainland("outside");
        var er = Polarization.EstebanRay(x, 1.0, new InequalityOptions { Groups = Grouping.RegionsOfProvinces(provinces) });
        Close(d.GetProperty("mainland").GetProperty("esteban_ray_1.0"), er.Value, "ER mainland");
        Assert.Equal(new GroupCoverage("four mainland regions; Hong Kong, Macao, Taiwan left out", 9, 2, 42, 42 / 404.0), er.Coverage);
        Assert.Contains("(2 units, 10.40 % of the total)", er.Variant);
        var five = Polarization.EstebanRay(x, 1.0, new InequalityOptions { Groups = Grouping.RegionsOfProvinces(provinces, includeOutside: true) });
        Close(d.GetProperty("five_groups").GetProperty("esteban_ray_1.0"), five.Value, "ER five groups");
    }
}

using System.Text.Json;
using CapitalNetwork.Measures;
using static CapitalNetwork.Tests.Measures.ConcentrationReference;

namespace CapitalNetwork.Tests.Measures;

/// <summary>
/// Every concentration figure against make_reference.py (Python 3.11.7, numpy 1.24.2): unweighted Gini by the pairwise
/// definition, weighted figures by expanding x_i f_i times, decompositions from the group-mean vector and Σ w_g GE_g.
/// Agreement to 10 significant digits. Datasets: worked (§3.7), three_pairs (§4.1), zeros, weighted (integer weights,
/// integer group keys), provinces (31 rows), provinces_weighted (population weights), cities (372 nodes, ~half zero).
/// </summary>
public class ConcentrationReferenceTests
{
    public static TheoryData<string> Datasets => ["worked", "three_pairs", "zeros", "weighted", "provinces", "provinces_weighted", "cities"];

    [Theory]
    [MemberData(nameof(Datasets))]
    public void Shares_hhi_and_concentration_ratios(string name)
    {
        var d = Load(name);
        var r = Of(name);
        var shares = Concentration.Shares(d.Values, d.Weights);
        var expected = r.GetProperty("shares").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        for (var i = 0; i < shares.Length; i++) Close(expected[i], shares[i], $"share {i}");
        Close(r.GetProperty("hhi"), Concentration.Herfindahl(d.Values, d.Ungrouped).Value, "hhi");
        Close(r.GetProperty("hhi_normalized"), Concentration.HerfindahlNormalized(d.Values, d.Ungrouped).Value, "hhi_normalized");
        foreach (var k in new[] { 1, 2, 4 })
            Close(r.GetProperty($"cr{k}"), Concentration.ConcentrationRatio(d.Values, k, d.Ungrouped).Value, $"cr{k}");
    }

    [Theory]
    [MemberData(nameof(Datasets))]
    public void Gini_cv_and_hoover(string name)
    {
        var d = Load(name);
        var r = Of(name);
        var corrected = d.Ungrouped with { Variant = InequalityVariant.SampleCorrected };
        Close(r.GetProperty("gini"), Concentration.Gini(d.Values, d.Ungrouped).Value, "gini");
        Close(r.GetProperty("gini_corrected"), Concentration.Gini(d.Values, corrected).Value, "gini_corrected");
        Close(r.GetProperty("cv"), Concentration.CoefficientOfVariation(d.Values, d.Ungrouped).Value, "cv");
        Close(r.GetProperty("cv_sample"), Concentration.CoefficientOfVariation(d.Values, corrected).Value, "cv_sample");
        Close(r.GetProperty("hoover"), Concentration.Hoover(d.Values, d.Ungrouped).Value, "hoover");
        Close(r.GetProperty("lorenz_half"), Concentration.Lorenz(d.Values, d.Ungrouped).ShareAt(0.5), "lorenz L(0.5)");
    }

    [Theory]
    [InlineData("worked")]
    [InlineData("three_pairs")]
    [InlineData("zeros")]
    [InlineData("provinces")]
    [InlineData("cities")]
    public void Lorenz_points(string name)
    {
        var d = Load(name);
        var expected = Of(name).GetProperty("lorenz").EnumerateArray().Select(p => (p[0].GetDouble(), p[1].GetDouble())).ToArray();
        var curve = Concentration.Lorenz(d.Values);
        Assert.Equal(expected.Length, curve.Points.Length);
        for (var k = 0; k < expected.Length; k++)
        {
            Close(expected[k].Item1, curve.Points[k].Population, $"p[{k}]");
            Close(expected[k].Item2, curve.Points[k].Share, $"L[{k}]");
        }
    }

    [Theory]
    [MemberData(nameof(Datasets))]
    public void Entropy_totals_without_groups(string name)
    {
        var d = Load(name);
        var r = Of(name);
        CloseOrUndefined(r.GetProperty("theil_t"), Concentration.TheilT(d.Values, d.Ungrouped).ToMeasureValue(), "theil_t");
        CloseOrUndefined(r.GetProperty("theil_l"), Concentration.TheilL(d.Values, d.Ungrouped).ToMeasureValue(), "theil_l");
        CloseOrUndefined(r.GetProperty("ge_2"), Concentration.GeneralizedEntropy(d.Values, 2, d.Ungrouped).ToMeasureValue(), "ge(2)");
        CloseOrUndefined(r.GetProperty("ge_0.5"), Concentration.GeneralizedEntropy(d.Values, 0.5, d.Ungrouped).ToMeasureValue(), "ge(0.5)");
        CloseOrUndefined(r.GetProperty("ge_-1"), Concentration.GeneralizedEntropy(d.Values, -1, d.Ungrouped).ToMeasureValue(), "ge(-1)");
    }

    [Theory]
    [MemberData(nameof(Datasets))]
    public void Decompositions_by_group_and_every_group_contribution(string name)
    {
        var d = Load(name);
        var r = Of(name);
        foreach (var (alpha, key) in new[] { (0.0, "0"), (1.0, "1"), (0.5, "0.5"), (2.0, "2"), (-1.0, "-1") })
        {
            var expected = r.GetProperty("decomposition_ge_" + key);
            var result = Concentration.GeneralizedEntropy(d.Values, alpha, d.Options);
            if (expected.ValueKind == JsonValueKind.Null)
            {
                Assert.False(result.IsDefined, $"GE({alpha}) should be undefined for {name}");
                continue;
            }
            Close(expected.GetProperty("total"), result.Total, $"GE({alpha}) total");
            Close(expected.GetProperty("between"), result.Between, $"GE({alpha}) between");
            Close(expected.GetProperty("within"), result.Within, $"GE({alpha}) within");
            Assert.True(Math.Abs(result.Between + result.Within - result.Total) <= 1e-12, $"GE({alpha}): B + W − T = {result.Between + result.Within - result.Total:R}");
            foreach (var g in result.Groups)
            {
                var eg = expected.GetProperty("groups").GetProperty(g.Name);
                Close(eg.GetProperty("between"), g.BetweenContribution, $"GE({alpha}) {g.Name} between");
                Close(eg.GetProperty("within"), g.WithinContribution, $"GE({alpha}) {g.Name} within");
                Close(eg.GetProperty("within_weight"), g.WithinWeight, $"GE({alpha}) {g.Name} w_g");
                Close(eg.GetProperty("p"), g.PopulationShare, $"{g.Name} p_g");
                Close(eg.GetProperty("s"), g.ValueShare, $"{g.Name} s_g");
                if (eg.GetProperty("index").ValueKind == JsonValueKind.Null) Assert.True(double.IsNaN(g.Index));
                else Close(eg.GetProperty("index"), g.Index, $"GE({alpha}) {g.Name} index");
            }
            Assert.Equal(expected.GetProperty("groups").EnumerateObject().Count(), result.Groups.Length);
        }
    }

    [Fact]
    public void Location_quotient_and_hoover_against_population_for_provinces()
    {
        // make_reference.py: LQ_i = (funds_i/Σ funds)/(pop_i/Σ pop); Hoover = ½ Σ |funds share − population share|.
        var rows = ReadCsv("provinces.csv");
        var funds = rows.Select(r => double.Parse(r["基金数量"], System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var pop = rows.Select(r => double.Parse(r["常住人口（万人）"], System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var lq = Concentration.LocationQuotient(funds, pop);
        var expected = Of("provinces").GetProperty("location_quotient").EnumerateArray().ToArray();
        for (var i = 0; i < lq.Length; i++) Close(expected[i], lq[i], $"LQ[{i}]");
        Close(Of("provinces").GetProperty("hoover_vs_population"), Concentration.Hoover(funds, pop).Value, "hoover vs population");
        // The weighted Hoover with reference = population shares is the same quantity when x is per capita: x_i = funds_i/pop_i.
        var perCapita = funds.Zip(pop, (f, p) => f / p).ToArray();
        Close(Of("provinces").GetProperty("hoover_vs_population"), Concentration.Hoover(perCapita, new InequalityOptions { Weights = pop }).Value, "weighted hoover");
    }

    private static void CloseOrUndefined(JsonElement expected, MeasureValue actual, string what)
    {
        if (expected.ValueKind == JsonValueKind.Null)
        {
            Assert.False(actual.IsDefined, $"{what} should be undefined");
            Assert.True(double.IsNaN(actual.Value));
            Assert.False(string.IsNullOrEmpty(actual.UndefinedReason));
        }
        else
        {
            Assert.True(actual.IsDefined, $"{what}: {actual.UndefinedReason}");
            Close(expected, actual.Value, what);
        }
    }

    [Fact]
    public void Decomposition_by_region_leaves_out_Hong_Kong_and_Macao_and_says_so()
    {
        // outside.csv (mainland.py): 9 mainland provinces, Hong Kong 40 and Macao 2 of 404. The regional grouping puts the
        // two in no group; the decomposition is that of the 9 mainland rows alone, the left-out share 42/404.
        var rows = ReadCsv("outside.csv");
        var x = rows.Select(r => double.Parse(r["基金数量"], System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var groups = Grouping.RegionsOfProvinces(rows.Select(r => r["省份"]).ToArray());
        var d = Mainland("outside");
        var t = Concentration.TheilT(x, new InequalityOptions { Groups = groups });
        var e = d.GetProperty("mainland").GetProperty("decomposition_ge_1");
        Close(e.GetProperty("total"), t.Total, "mainland total");
        Close(e.GetProperty("between"), t.Between, "mainland between");
        Close(e.GetProperty("within"), t.Within, "mainland within");
        Close(e.GetProperty("groups").GetProperty("East").GetProperty("within"), t.Groups[0].WithinContribution, "East within");
        Assert.Equal(9, t.Groups.Sum(g => g.Units));
        Assert.Equal(new GroupCoverage("four mainland regions; Hong Kong, Macao, Taiwan left out", 9, 2, 42, 42 / 404.0), t.Coverage);
        Assert.EndsWith("four mainland regions; Hong Kong, Macao, Taiwan left out (2 units, 10.40 % of the total)", t.Variant);
        Assert.Contains("4 groups: four mainland regions", t.ToString());
        Close(d.GetProperty("theil_t_every_unit"), Concentration.TheilT(x).Total, "ungrouped: every row");
        var five = Concentration.TheilT(x, new InequalityOptions { Groups = Grouping.RegionsOfProvinces(rows.Select(r => r["省份"]).ToArray(), includeOutside: true) });
        Close(d.GetProperty("five_groups").GetProperty("decomposition_ge_1").GetProperty("between"), five.Between, "five-group between");
        Close(d.GetProperty("theil_t_every_unit"), five.Total, "five-group total = every row");

        // Theil L needs positive values only among the units it covers, and names the caller's index.
        var withZero = (double[])x.Clone();
        withZero[3] = 0;   // 湖北, a mainland row
        Assert.Contains("values[3] = 0", Concentration.TheilL(withZero, new InequalityOptions { Groups = groups }).UndefinedReason);
        withZero[3] = 25;
        withZero[10] = 0;  // 澳门, left out
        Assert.True(Concentration.TheilL(withZero, new InequalityOptions { Groups = groups }).IsDefined);
    }
}

using System.Globalization;
using CapitalNetwork.Measures;
using static CapitalNetwork.Tests.Measures.ConcentrationReference;

namespace CapitalNetwork.Tests.Measures;

/// <summary>
/// The <see cref="NodeValues"/> overloads on a city network whose in-strength is the value column of cities.csv (each
/// city a self-loop of that weight), against make_reference.py's "cities" figures (regions and provinces from the
/// gazetteer's regions.csv/divisions.csv, all 372 nodes, zeros included). 10 significant digits.
/// </summary>
public class NodeValuesTests
{
    internal static FlowNetwork CityNetwork()
    {
        var b = FlowNetworkBuilder.ForCities(Gazetteer.Default);
        foreach (var row in ReadCsv("cities.csv"))
        {
            var v = double.Parse(row["value"], CultureInfo.InvariantCulture);
            if (v > 0)
            {
                var i = b.IndexOf(row["code"]);
                b.AddFlow(i, i, v, v, v);
            }
        }
        return b.Build();
    }

    [Fact]
    public void Regional_decomposition_of_in_strength()
    {
        var values = Centrality.InStrength(CityNetwork());
        var r = Of("cities");
        Close(r.GetProperty("hhi"), Concentration.Herfindahl(values).Value, "hhi");
        Close(r.GetProperty("hhi_normalized"), Concentration.HerfindahlNormalized(values).Value, "hhi_normalized");
        Close(r.GetProperty("cr4"), Concentration.ConcentrationRatio(values, 4).Value, "cr4");
        Close(r.GetProperty("gini"), Concentration.Gini(values).Value, "gini");
        Close(r.GetProperty("cv"), Concentration.CoefficientOfVariation(values).Value, "cv");
        Assert.False(Concentration.TheilL(values).IsDefined);
        Close(r.GetProperty("theil_t"), Concentration.TheilT(values).Total, "theil_t over all 372 nodes");

        // By region: the four mainland regions over the 369 mainland cities (mainland.py drops the 3 Outside rows and
        // decomposes the rest). Changed from the five-group figures when Hong Kong, Macao and Taiwan left the regional
        // grouping: they hold 0 here, so only n and the p_g change — the within part stays, the between part and the total drop.
        var m = Mainland("cities").GetProperty("mainland");
        var t = Concentration.TheilT(values, RollUpLevel.Region);
        var e = m.GetProperty("decomposition_ge_1");
        Close(e.GetProperty("total"), t.Total, "theil_t of the mainland cities");
        Close(e.GetProperty("between"), t.Between, "theil_t between regions");
        Close(e.GetProperty("within"), t.Within, "theil_t within regions");
        Assert.Equal(new[] { "East", "Central", "West", "Northeast" }, t.Groups.Select(g => g.Name));
        foreach (var g in t.Groups) Close(e.GetProperty("groups").GetProperty(g.Name).GetProperty("between"), g.BetweenContribution, g.Name);
        Assert.Equal(new GroupCoverage("four mainland regions; Hong Kong, Macao, Taiwan left out", 369, 3, 0, 0), t.Coverage);
        Assert.EndsWith("; four mainland regions; Hong Kong, Macao, Taiwan left out (3 units, 0.00 % of the total)", t.Variant);
        var ge = Concentration.GeneralizedEntropy(values, 2, RollUpLevel.Region);
        Close(m.GetProperty("decomposition_ge_2").GetProperty("between"), ge.Between, "ge(2) between");
        Close(m.GetProperty("decomposition_ge_0.5").GetProperty("within"),
            Concentration.GeneralizedEntropy(values, 0.5, RollUpLevel.Region).Within, "ge(0.5) within");

        // The five-group figure of earlier versions, on request: make_reference.py's "cities" figures, unchanged.
        var five = Concentration.TheilT(values, new InequalityOptions { Groups = Grouping.ByRegion(values.Network, includeOutside: true) });
        var f = r.GetProperty("decomposition_ge_1");
        Close(f.GetProperty("total"), five.Total, "five-group total");
        Close(f.GetProperty("between"), five.Between, "five-group between");
        Close(f.GetProperty("within"), five.Within, "five-group within");
        Assert.Equal(0, five.Coverage!.LeftOutUnits);
        Assert.EndsWith("; four mainland regions and Outside (Hong Kong, Macao, Taiwan)", five.Variant);
    }

    [Fact]
    public void Regional_figures_of_the_sample_leave_out_three_units_holding_nothing()
    {
        // On the sample no fund is registered in Hong Kong, Macao or Taiwan (examples/data/README.md), so their fund–city
        // links attracted are 0 and leaving them out only changes n from 372 to 369: T = Σ s_i ln(n s_i) gives
        // T_mainland = T_all − ln(372/369) exactly, and the within part is unchanged. Figures (funds weight):
        // five groups (before) T 1.901879807 = between 0.4178891464 + within 1.483990661, ER(α = 1) 0.265122193;
        // four mainland regions (now) T 1.893782597 = between 0.4097919362 + within 1.483990661, ER(α = 1) 0.2671184828.
        var net = CapitalNetwork.CityNetwork.FromFilings(Path.Combine(AppContext.BaseDirectory, "SampleData", "sample-filings.csv")).Network;
        var x = Centrality.InStrength(net, EdgeWeight.Funds);
        var all = Concentration.TheilT(x);
        var regions = Concentration.TheilT(x, RollUpLevel.Region);
        var five = Concentration.TheilT(x, new InequalityOptions { Groups = Grouping.ByRegion(net, includeOutside: true) });
        Assert.Equal(new GroupCoverage("four mainland regions; Hong Kong, Macao, Taiwan left out", 369, 3, 0, 0), regions.Coverage);
        Assert.Equal(all.Total - Math.Log(372.0 / 369), regions.Total, 12);
        Assert.Equal(five.Within, regions.Within, 12);
        Assert.Equal(all.Total, five.Total, 12);
        Assert.Equal(regions.Total, regions.Between + regions.Within, 12);
        Assert.Equal(0.4178891464, five.Between, 10);
        Assert.Equal(0.4097919362, regions.Between, 10);
        Assert.Equal(0.265122193, Polarization.EstebanRay(x, 1.0, new InequalityOptions { Groups = Grouping.ByRegion(net, includeOutside: true) }).Value, 9);
        Assert.Equal(0.2671184828, Polarization.EstebanRay(x, 1.0).Value, 10);
    }

    [Fact]
    public void Provincial_decomposition_of_in_strength()
    {
        var t = Concentration.TheilT(Centrality.InStrength(CityNetwork()), RollUpLevel.Province);
        var e = Of("cities").GetProperty("decomposition_province_ge_1");
        Close(e.GetProperty("between"), t.Between, "between provinces");
        Close(e.GetProperty("within"), t.Within, "within provinces");
        Assert.Equal(34, t.Groups.Length);
    }

    [Fact]
    public void Shares_and_location_quotients_are_node_values()
    {
        var net = CityNetwork();
        var s = Concentration.Shares(Centrality.InStrength(net));
        Assert.Equal(1, s.Sum, 12);
        Assert.StartsWith("share(in_strength", s.Measure);
        var lq = Concentration.LocationQuotient(Centrality.InStrength(net), Centrality.InStrength(net));
        Assert.All(Enumerable.Range(0, net.NodeCount).Where(v => net.InStrength(v, EdgeWeight.Funds) > 0), v => Assert.Equal(1, lq[v], 12));
    }
}

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
        var t = Concentration.TheilT(values, RollUpLevel.Region);
        var e = r.GetProperty("decomposition_ge_1");
        Close(e.GetProperty("total"), t.Total, "theil_t");
        Close(e.GetProperty("between"), t.Between, "theil_t between regions");
        Close(e.GetProperty("within"), t.Within, "theil_t within regions");
        foreach (var g in t.Groups) Close(e.GetProperty("groups").GetProperty(g.Name).GetProperty("between"), g.BetweenContribution, g.Name);
        var ge = Concentration.GeneralizedEntropy(values, 2, RollUpLevel.Region);
        Close(r.GetProperty("decomposition_ge_2").GetProperty("between"), ge.Between, "ge(2) between");
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

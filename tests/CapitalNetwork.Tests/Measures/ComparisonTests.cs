using CapitalNetwork.Measures;
using static CapitalNetwork.Tests.Measures.ConcentrationReference;

namespace CapitalNetwork.Tests.Measures;

/// <summary>
/// Regional comparison tables: the provinces table by region against make_reference.py (group totals, shares, ratio to
/// the maximum, ranks), the city network by region, and hand-made ties.
/// </summary>
public class ComparisonTests
{
    [Theory]
    [InlineData("provinces")]
    [InlineData("provinces_weighted")]
    [InlineData("weighted")]
    [InlineData("cities")]
    public void Group_rows_match_the_reference(string name)
    {
        var d = Load(name);
        var table = Flows.Compare(d.Values, Grouping.FromLabels(d.Labels), d.Weights);
        var r = Of(name).GetProperty("groups");
        Assert.Equal(r.EnumerateObject().Count(), table.Rows.Length);
        foreach (var row in table.Rows)
        {
            var e = r.GetProperty(row.Group);
            Assert.Equal(e.GetProperty("units").GetInt32(), row.Units);
            Close(e.GetProperty("total"), row.Total, $"{row.Group} total");
            Close(e.GetProperty("share"), row.Share, $"{row.Group} share");
            Close(e.GetProperty("ratio_to_max"), row.RatioToMax, $"{row.Group} ratio");
            Assert.Equal(e.GetProperty("rank").GetInt32(), row.Rank);
        }
        Assert.Equal(1, table.Rows.Sum(x => x.Share), 12);
    }

    [Fact]
    public void Ties_share_a_rank_and_rows_keep_group_order()
    {
        // Totals a = 5, b = 9, c = 5, d = 1 → ranks 2, 1, 2, 4; shares over 20; ratios over 9.
        var t = Flows.Compare([2, 3, 9, 5, 1], Grouping.FromLabels(["a", "a", "b", "c", "d"]));
        Assert.Equal(new[] { "a", "b", "c", "d" }, t.Rows.Select(r => r.Group));
        Assert.Equal(new[] { 2, 1, 2, 4 }, t.Rows.Select(r => r.Rank));
        Assert.Equal(new[] { "b", "a", "c", "d" }, t.Ranked().Select(r => r.Group));
        Assert.Equal(5 / 20.0, t["a"].Share, 15);
        Assert.Equal(5 / 9.0, t["c"].RatioToMax, 15);
        Assert.Equal(2.5, t["a"].Mean, 15);
        Assert.Equal(20, t.Total);
        Assert.StartsWith("group,label,units,weight,total,mean,share,ratio_to_max,rank\na,a,2,2,5,2.5,0.25,", t.ToCsv());
    }

    [Fact]
    public void All_zero_totals_leave_shares_undefined()
    {
        var t = Flows.Compare([0, 0], Grouping.FromLabels(["x", "y"]));
        Assert.All(t.Rows, r => Assert.True(double.IsNaN(r.Share) && double.IsNaN(r.RatioToMax)));
        Assert.All(t.Rows, r => Assert.Equal(1, r.Rank));
    }

    [Fact]
    public void City_network_by_region()
    {
        // cities.csv as in-strength: the four mainland regions (mainland.py; the three Outside rows hold 0, so the shares
        // equal those of make_reference.py's five groups and the left-out total is 0).
        var values = Centrality.InStrength(NodeValuesTests.CityNetwork());
        var t = Flows.Compare(values);
        Assert.Equal(new[] { "East", "Central", "West", "Northeast" }, t.Rows.Select(r => r.Group));
        Assert.Equal("东部", t.Rows[0].Label);
        var r = Mainland("cities").GetProperty("mainland").GetProperty("groups");
        foreach (var row in t.Rows)
        {
            Close(r.GetProperty(row.Group).GetProperty("share"), row.Share, row.Group);
            Assert.Equal(r.GetProperty(row.Group).GetProperty("units").GetInt32(), row.Units);
        }
        Assert.Equal(new GroupCoverage("four mainland regions; Hong Kong, Macao, Taiwan left out", 369, 3, 0, 0), t.Coverage);
        Assert.StartsWith("in_strength", t.Indicator);
        Assert.Equal(34, Flows.Compare(values, RollUpLevel.Province).Rows.Length);
        Assert.Equal(0, Flows.Compare(values, RollUpLevel.Province).Coverage.LeftOutUnits);
    }

    [Fact]
    public void Units_left_out_are_in_no_row_and_not_in_the_total()
    {
        // outside.csv: Hong Kong 40 and Macao 2 are reported apart; the shares are of the 362 in the mainland rows.
        var rows = ReadCsv("outside.csv");
        var x = rows.Select(r => double.Parse(r["基金数量"], System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var t = Flows.Compare(x, Grouping.RegionsOfProvinces(rows.Select(r => r["省份"]).ToArray()));
        var e = Mainland("outside").GetProperty("mainland").GetProperty("groups");
        Assert.Equal(362, t.Total);
        foreach (var row in t.Rows)
        {
            Close(e.GetProperty(row.Group).GetProperty("share"), row.Share, row.Group);
            Assert.Equal(e.GetProperty(row.Group).GetProperty("rank").GetInt32(), row.Rank);
        }
        Assert.Equal(42, t.Coverage.LeftOutTotal);
        Assert.EndsWith("four mainland regions; Hong Kong, Macao, Taiwan left out (2 units, 10.40 % of the total)", t.ToString());
    }
}

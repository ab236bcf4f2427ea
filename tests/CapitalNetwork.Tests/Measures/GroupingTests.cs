using CapitalNetwork.Measures;

namespace CapitalNetwork.Tests.Measures;

/// <summary>Groupings: label order, integer keys, regions and provinces of the embedded gazetteer (372 nodes; region sizes counted from the gazetteer itself).</summary>
public class GroupingTests
{
    [Fact]
    public void String_labels_keep_first_appearance_order()
    {
        var g = Grouping.FromLabels(["西部", "东部", "西部", "中部"]);
        Assert.Equal(new[] { "西部", "东部", "中部" }, g.Names);
        Assert.Equal(new[] { 0, 1, 0, 2 }, Enumerable.Range(0, 4).Select(g.GroupOf));
        Assert.Equal(2, g.SizeOf(0));
        Assert.Equal(1, g.IndexOf("东部"));
        Assert.Equal(-1, g.IndexOf("东北"));
    }

    [Fact]
    public void Integer_keys_are_sorted()
    {
        var g = Grouping.FromLabels(new[] { 3, 1, 3, 2 });
        Assert.Equal(new[] { "1", "2", "3" }, g.Names);
        Assert.Equal(2, g.GroupOf(0));
        Assert.Equal(0, g.GroupOf(1));
    }

    [Fact]
    public void Integer_and_string_keys_give_the_same_decomposition()
    {
        double[] x = [4, 1, 9, 2, 2, 7];
        var a = Concentration.TheilT(x, new InequalityOptions { Groups = Grouping.FromLabels(new[] { 2, 1, 2, 1, 3, 3 }) });
        var b = Concentration.TheilT(x, new InequalityOptions { Groups = Grouping.FromLabels(["2", "1", "2", "1", "3", "3"]) });
        Assert.Equal(a.Between, b.Between, 15);
        Assert.Equal(a.Groups.Single(g => g.Name == "3").WithinContribution, b.Groups.Single(g => g.Name == "3").WithinContribution, 15);
    }

    [Fact]
    public void Regions_of_a_city_network_are_the_four_mainland_regions()
    {
        // The NBS scheme covers the mainland: Hong Kong 810000, Macao 820000 and Taiwan 710000 are in no group.
        var net = FlowNetworkBuilder.ForCities(Gazetteer.Default).Build();
        var g = Grouping.ByRegion(net);
        Assert.Equal(new[] { "East", "Central", "West", "Northeast" }, g.Names);
        Assert.Equal(new[] { "东部", "中部", "西部", "东北" }, g.Labels);
        Assert.Equal(372, g.UnitCount);
        for (var k = 0; k < g.Count; k++)
            Assert.Equal(net.Nodes.Count(v => v.Region.ToString() == g.Names[k]), g.SizeOf(k));
        Assert.Equal(new[] { "710000", "810000", "820000" }, g.LeftOut.Select(v => net.Nodes[v].Id));
        Assert.All(g.LeftOut, v => Assert.Equal(-1, g.GroupOf(v)));
        Assert.Equal(369, Enumerable.Range(0, 372).Count(v => g.GroupOf(v) >= 0));
        Assert.Equal("four mainland regions; Hong Kong, Macao, Taiwan left out", g.Description);
        Assert.Equal(g.Names.ToArray(), Grouping.By(net, RollUpLevel.Region).Names.ToArray());
        Assert.Equal(g.LeftOut.ToArray(), Grouping.By(net, RollUpLevel.Region).LeftOut.ToArray());
        Assert.EndsWith("3 left out: four mainland regions; Hong Kong, Macao, Taiwan left out", g.ToString());
    }

    [Fact]
    public void Five_region_grouping_on_request()
    {
        var net = FlowNetworkBuilder.ForCities(Gazetteer.Default).Build();
        var g = Grouping.ByRegion(net, includeOutside: true);
        Assert.Equal(new[] { "East", "Central", "West", "Northeast", "Outside" }, g.Names);
        Assert.Equal(new[] { "东部", "中部", "西部", "东北", "港澳台" }, g.Labels);
        Assert.Empty(g.LeftOut);
        Assert.Equal(3, g.SizeOf(4)); // Hong Kong, Macao, Taiwan
        Assert.Equal("four mainland regions and Outside (Hong Kong, Macao, Taiwan)", g.Description);
    }

    [Fact]
    public void Provinces_leave_nothing_out()
    {
        var net = FlowNetworkBuilder.ForCities(Gazetteer.Default).Build();
        var p = Grouping.ByProvince(net);
        Assert.Equal(34, p.Count);
        Assert.Empty(p.LeftOut);
        Assert.Equal("110000", p.Names[0]);
        Assert.Equal("北京市", p.Labels[0]);
        Assert.Equal("34 province-level units", p.Description);
        Assert.Equal("3 groups from labels", Grouping.FromLabels(["a", "b", "c", "a"]).Description);
    }

    [Fact]
    public void Plain_networks_cannot_be_grouped_by_region()
    {
        var b = new FlowNetworkBuilder();
        b.AddNode("a");
        Assert.Throws<InvalidOperationException>(() => Grouping.ByRegion(b.Build()));
    }

    [Fact]
    public void Regions_of_province_names_codes_and_short_names()
    {
        var g = Grouping.RegionsOfProvinces(["北京", "四川省", "440000", "黑龙江", "内蒙古", "广西", "山西", "陕西", "香港"]);
        Assert.Equal(new[] { "East", "Central", "West", "Northeast" }, g.Names);
        Assert.Equal(new[] { "East", "West", "East", "Northeast", "West", "West", "Central", "West" },
            Enumerable.Range(0, 8).Select(i => g.Names[g.GroupOf(i)]));
        Assert.Equal(new[] { 8 }, g.LeftOut);   // 香港
        var five = Grouping.RegionsOfProvinces(["北京", "香港"], includeOutside: true);
        Assert.Equal(new[] { "East", "Outside" }, five.Names);
        Assert.Equal("1 mainland region and Outside (Hong Kong, Macao, Taiwan)", five.Description);
        Assert.Equal("1 mainland region", Grouping.RegionsOfProvinces(["北京", "天津"]).Description);
        var e = Assert.Throws<ArgumentException>(() => Grouping.RegionsOfProvinces(["北京", "火星"]));
        Assert.Contains("provinces[1]", e.Message);
    }
}

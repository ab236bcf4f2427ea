namespace CapitalNetwork.Tests.Geography;

/// <summary>Invariants of the embedded table, from docs/reference/gazetteer-data.md §2.1, §3 and §4 (counts checked there
/// against the NBS 2023 list; per-province prefecture counts as published by NBS).</summary>
public class GazetteerTests
{
    private static readonly Gazetteer G = Gazetteer.Default;

    [Fact]
    public void Embedded_table_has_the_372_nodes_of_the_2023_division()
    {
        Assert.Equal(3367, G.Divisions.Count);
        Assert.Equal(372, G.Nodes.Count);
        Assert.Equal(333, G.Nodes.Count(n => n.Level == DivisionLevel.Prefecture));
        Assert.Equal(4, G.Nodes.Count(n => n.Level == DivisionLevel.Municipality));
        Assert.Equal(32, G.Nodes.Count(n => n.Level == DivisionLevel.DirectCounty));
        Assert.Equal(2, G.Nodes.Count(n => n.Level == DivisionLevel.SpecialAdministrativeRegion));
        Assert.Equal(34, G.Provinces.Count);
        Assert.All(G.Nodes, n => Assert.True(n.Longitude is not null && n.Latitude is not null, n.ToString()));
        Assert.Equal(G.Nodes.OrderBy(n => n.Code).Select(n => n.Code), G.Nodes.Select(n => n.Code));
    }

    [Fact]
    public void Every_division_maps_to_an_existing_node_and_codes_are_unique()
    {
        Assert.Equal(G.Divisions.Count, G.Divisions.Select(d => d.Code).Distinct().Count());
        foreach (var d in G.Divisions.Where(d => d.NodeCode is not null))
            Assert.True(G.TryGet(d.NodeCode!.Value, out var node) && node.IsNode, d.ToString());
        Assert.Equal(2844, G.Divisions.Count(d => d.Level == DivisionLevel.County));
        Assert.Equal(124, G.Divisions.Count(d => d.Level == DivisionLevel.Zone));
    }

    [Theory]
    // Per-province prefecture counts (NBS 2023), gazetteer-data.md §2.1.
    [InlineData(130000, 11)] [InlineData(140000, 11)] [InlineData(150000, 12)] [InlineData(210000, 14)] [InlineData(220000, 9)]
    [InlineData(230000, 13)] [InlineData(320000, 13)] [InlineData(330000, 11)] [InlineData(340000, 16)] [InlineData(350000, 9)]
    [InlineData(360000, 11)] [InlineData(370000, 16)] [InlineData(410000, 17)] [InlineData(420000, 13)] [InlineData(430000, 14)]
    [InlineData(440000, 21)] [InlineData(450000, 14)] [InlineData(460000, 4)] [InlineData(510000, 21)] [InlineData(520000, 9)]
    [InlineData(530000, 16)] [InlineData(540000, 7)] [InlineData(610000, 10)] [InlineData(620000, 14)] [InlineData(630000, 8)]
    [InlineData(640000, 5)] [InlineData(650000, 14)]
    public void Prefecture_counts_per_province(int province, int count) =>
        Assert.Equal(count, G.Nodes.Count(n => n.Level == DivisionLevel.Prefecture && n.ProvinceCode == province));

    [Fact]
    public void Four_regions_as_the_nbs_defines_them()
    {
        // NBS: East 10, Central 6, West 12, Northeast 3 provinces; 71/81/82 outside the scheme.
        var byRegion = G.Provinces.GroupBy(p => p.Region).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(10, byRegion[StatisticalRegion.East]);
        Assert.Equal(6, byRegion[StatisticalRegion.Central]);
        Assert.Equal(12, byRegion[StatisticalRegion.West]);
        Assert.Equal(3, byRegion[StatisticalRegion.Northeast]);
        Assert.Equal(3, byRegion[StatisticalRegion.Outside]);
        Assert.Equal(StatisticalRegion.East, G.Get(320500).Region);   // 苏州
        Assert.Equal(StatisticalRegion.West, G.Get(659001).Region);   // 石河子
        Assert.Equal(StatisticalRegion.Northeast, G.Get(220200).Region);
    }

    [Fact]
    public void Counties_belong_to_their_prefecture()
    {
        Assert.Equal(320500, G.NodeOf(G.Get(320583))!.Code);   // 昆山市 → 苏州市
        Assert.Equal(110000, G.NodeOf(G.Get(110108))!.Code);   // 海淀区 → 北京市
        Assert.Equal(320500, G.NodeOf(G.Get(320576))!.Code);   // 苏州工业园区 (zone) → 苏州市
        Assert.Null(G.NodeOf(G.Get(320000)));                  // a province is not a node
    }

    [Fact]
    public void Aliases_point_at_existing_codes()
    {
        Assert.NotEmpty(G.Aliases);
        Assert.All(G.Aliases, a => Assert.True(G.TryGet(a.Code, out _), a.ToString()));
    }

    [Fact]
    public void Malformed_tables_fail_with_table_and_line()
    {
        var e = Assert.Throws<FormatException>(() => Gazetteer.Load(
            new StringReader("code,name,province_code,province,prefecture_code,level,lng,lat\n11000,北京市,110000,北京市,110000,municipality,1,2\n"),
            new StringReader("province_code,province,short_name,region,region_zh\n"), null));
        Assert.Contains("divisions line 2", e.Message);
    }
}

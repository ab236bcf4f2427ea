using System.Text;
using QuikGraph.Algorithms;

namespace CapitalNetwork.Tests.Graph;

/// <summary>
/// A small filings file whose network is worked out by hand:
/// F1 (深圳 440300, 2019): partners in 北京 (100 万, 50 万) and 深圳 (10 万);
/// F2 (深圳, 2019): a partner in 北京 (20 万); F3 (北京 110000, 2020): a partner in 上海 310000 (5 万);
/// F1's first partner repeated (rejected as a duplicate); a partner in 火星市 (rejected, unknown place).
/// Hand-computed edges: 北京→深圳 funds 2, links 3, capital 1,700,000; 深圳→深圳 funds 1, links 1, capital 100,000;
/// 上海→北京 funds 1, links 1, capital 50,000.
/// </summary>
public class CityNetworkTests
{
    private const string Filings = """
        基金编号,注册地,备案时间,合伙人名称,所在地,认缴出资额（万元）
        F1,广东省深圳市南山区,2019-03-01,甲,北京市海淀区,100
        F1,广东省深圳市南山区,2019-03-01,乙,北京,50
        F1,广东省深圳市南山区,2019-03-01,丙,深圳市福田区,10
        F2,深圳市,2019-07-01,甲,北京-朝阳区,20
        F3,北京市,2020-01-02,丁,上海市浦东新区,5
        F1,广东省深圳市南山区,2019-03-01,甲,北京市海淀区,100
        F3,北京市,2020-01-02,戊,火星市,1
        """;

    private static IngestResult Ingest(IngestOptions? options = null) =>
        CityNetwork.FromFilings(new MemoryStream(Encoding.UTF8.GetBytes(Filings)), "hand.csv", options);

    [Fact]
    public void Edges_carry_distinct_funds_links_and_capital()
    {
        var net = Ingest().Network;
        int bj = net.IndexOf("110000"), sz = net.IndexOf("440300"), sh = net.IndexOf("310000");
        Assert.Equal(372, net.NodeCount);
        Assert.Equal(3, net.EdgeCount);
        Assert.Equal(new FlowEdge(bj, sz, 2, 3, 1_700_000), net.Edge(net.FindEdge(bj, sz)));
        Assert.Equal(new FlowEdge(sz, sz, 1, 1, 100_000), net.Edge(net.FindEdge(sz, sz)));
        Assert.Equal(new FlowEdge(sh, bj, 1, 1, 50_000), net.Edge(net.FindEdge(sh, bj)));
        Assert.Equal(3, net.InStrength(sz, EdgeWeight.Funds));      // 2 + 1 (local)
        Assert.Equal(1, net.LocalStrength(sz, EdgeWeight.Funds));
        Assert.Equal(1_700_000, net.OutStrength(bj, EdgeWeight.Capital));
        Assert.Equal(2, net.RegisteredFunds(sz));                 // F1, F2
        Assert.Equal(1, net.RegisteredFunds(bj));                 // F3
        Assert.Equal(2, net.InDegree(sz));                        // 北京, 深圳 (self-loop counts 1)
    }

    [Fact]
    public void Report_reconciles_and_names_the_bad_rows()
    {
        var report = Ingest().Report;
        Assert.Equal(7, report.RowsRead);
        Assert.Equal(5, report.RowsUsed);
        Assert.Equal(2, report.RowsRejected);
        Assert.True(report.Reconciles);
        Assert.Equal(3, report.Funds);
        Assert.Equal(1_850_000, report.Capital);
        Assert.Equal([(7L, DiagnosticCode.DuplicatePair), (8L, DiagnosticCode.UnknownPlace)], report.Diagnostics.Select(d => (d.Line, d.Code)).ToArray());
        Assert.Equal("火星市", report.Diagnostics[1].RawText);
        Assert.Equal("所在地", report.Diagnostics[1].Column);
    }

    [Fact]
    public void Yearly_snapshots_share_the_node_index_and_sum_to_the_total()
    {
        var result = Ingest();
        var years = result.Years;
        Assert.Equal([2019, 2020], years.Years.ToArray());
        Assert.Same(result.Network.Nodes, years[2019].Nodes);
        Assert.Same(result.Network.Nodes, years[2020].Nodes);
        Assert.Equal(2, years[2019].EdgeCount);   // 北京→深圳, 深圳→深圳
        Assert.Equal(1, years[2020].EdgeCount);   // 上海→北京
        var sum = FlowNetwork.Sum([years[2019], years[2020]]);
        foreach (var w in Enum.GetValues<EdgeWeight>()) Assert.Equal(result.Network.TotalWeight(w), sum.TotalWeight(w));
        Assert.Equal(2, years.Through(2019).EdgeCount);
        Assert.Equal(0, years[2015].EdgeCount);
    }

    [Fact]
    public void Date_window_counts_rows_outside_it_and_still_reconciles()
    {
        var result = Ingest(IngestOptions.Default with { From = new DateOnly(2020, 1, 1) });
        Assert.Equal(5, result.Report.RowsOutsideWindow); // the five 2019 rows (incl. the duplicate)
        Assert.Equal(1, result.Report.RowsUsed);
        Assert.True(result.Report.Reconciles);
        Assert.Equal(1, result.Network.EdgeCount);
    }

    [Fact]
    public void Region_roll_up_keeps_totals()
    {
        var net = Ingest().Network;
        var regions = net.RollUp(RollUpLevel.Region);
        Assert.Equal(5, regions.NodeCount);
        foreach (var w in Enum.GetValues<EdgeWeight>()) Assert.Equal(net.TotalWeight(w), regions.TotalWeight(w));
        var east = regions.IndexOf("East");
        Assert.Equal(4, regions.InStrength(east, EdgeWeight.Funds)); // all three cities are East
        var provinces = net.RollUp(RollUpLevel.Province);
        Assert.Equal(34, provinces.NodeCount);
        Assert.Equal(3, provinces.RegisteredFunds(provinces.IndexOf("440000")) + provinces.RegisteredFunds(provinces.IndexOf("110000")));
    }

    [Fact]
    public void QuikGraph_algorithms_run_on_the_network()
    {
        var net = Ingest().Network;
        var g = net.ToQuikGraph();
        Assert.Equal(net.NodeCount, g.VertexCount);
        Assert.Equal(net.EdgeCount, g.EdgeCount);
        // Hops from 上海: 上海→北京 (1) → 深圳 (2); by hand.
        var sh = net.IndexOf("310000");
        var paths = g.ShortestPathsDijkstra(_ => 1.0, sh);
        Assert.True(paths(net.IndexOf("440300"), out var path));
        Assert.Equal(2, path.Count());
        // Strongly connected components: the 3 active cities are each their own component (no cycle except the loop).
        var components = new Dictionary<int, int>();
        Assert.Equal(net.NodeCount, g.StronglyConnectedComponents(components));
        // Each QuikGraph edge carries the network's edge, weights included.
        Assert.All(g.Edges, e => Assert.Equal(net.Edge(net.FindEdge(e.Source, e.Target)), e.Tag));
    }

    [Fact]
    public void Company_names_in_place_columns_are_uncertain_places_unless_accepted()
    {
        // By hand: 平安银行 starts with 平安 (平安区 → 海东市 630200, divisions.csv) and goes on with 银行: uncertain by default,
        // 海东 when short-name prefixes are accepted; a resolver given in the options keeps its gazetteer.
        const string filings = """
            基金编号,注册地,备案时间,合伙人名称,所在地,认缴出资额（万元）
            F1,广东省深圳市南山区,2019-03-01,甲,平安银行,100
            """;
        IngestResult Run(IngestOptions o) => CityNetwork.FromFilings(new MemoryStream(Encoding.UTF8.GetBytes(filings)), "bank.csv", o);

        var strict = Run(IngestOptions.Default).Report;
        var d = Assert.Single(strict.Diagnostics);
        Assert.Equal((2L, DiagnosticCode.UncertainPlace, "uncertain_place", "所在地", "平安银行"), (d.Line, d.Code, d.CodeName, d.Column, d.RawText));
        Assert.StartsWith("partner place: starts with the short name 平安 (平安区, 海东市 630200)", d.Message, StringComparison.Ordinal);

        foreach (var options in new[]
        {
            IngestOptions.Default with { AcceptShortNamePrefixes = true },
            IngestOptions.Default with { Resolver = new PlaceResolver(Gazetteer.Default), AcceptShortNamePrefixes = true },
            IngestOptions.Default with { Resolver = PlaceResolver.Default.WithOptions(new PlaceResolverOptions { AcceptShortNamePrefixes = true }) },
        })
        {
            var result = Run(options);
            Assert.Equal(1, result.Report.RowsUsed);
            var net = result.Network;
            Assert.Equal(1, net.Edge(net.FindEdge(net.IndexOf("630200"), net.IndexOf("440300"))).Funds);
        }
    }
}

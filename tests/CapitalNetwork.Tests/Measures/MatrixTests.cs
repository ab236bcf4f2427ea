using System.Text.Json;
using CapitalNetwork.Measures;
using static CapitalNetwork.Tests.Measures.ConcentrationReference;

namespace CapitalNetwork.Tests.Measures;

/// <summary>
/// Region-to-region flow matrices of flows.csv against make_reference.py (regions from the gazetteer's regions.csv;
/// sums of the fixture's rows), and small hand-built cases.
/// </summary>
public class MatrixTests
{
    private static readonly (EdgeWeight W, string Key)[] Weights = [(EdgeWeight.Funds, "funds"), (EdgeWeight.Links, "links"), (EdgeWeight.Capital, "capital")];

    [Fact]
    public void Matrices_and_balances_match_the_reference()
    {
        var m = Flows.Matrix(FlowsReference.Network());
        var r = Of("flows");
        Assert.Equal(new[] { "East", "Central", "West", "Northeast", "Outside" }, m.Groups.Names);
        foreach (var (w, key) in Weights)
        {
            for (var g = 0; g < m.Count; g++)
                for (var h = 0; h < m.Count; h++)
                    Close(r.GetProperty("matrix").GetProperty(key).GetProperty(m.Groups.Names[g]).GetProperty(m.Groups.Names[h]), m[w, g, h], $"{key} {g}→{h}");
            foreach (var row in m.Summary(w))
            {
                var e = r.GetProperty("summary").GetProperty(key).GetProperty(row.Group);
                Close(e.GetProperty("supplied"), row.Supplied, $"{key} {row.Group} supplied");
                Close(e.GetProperty("attracted"), row.Attracted, $"{key} {row.Group} attracted");
                Close(e.GetProperty("local"), row.Local, $"{key} {row.Group} local");
                Close(e.GetProperty("net"), row.NetFlow, $"{key} {row.Group} net");
                if (e.GetProperty("external_share").ValueKind == JsonValueKind.Null) Assert.True(double.IsNaN(row.ExternalShare));
                else
                {
                    Close(e.GetProperty("external_share"), row.ExternalShare, $"{key} {row.Group} external share");
                    Close(e.GetProperty("local_share"), row.LocalShare, $"{key} {row.Group} local share");
                }
            }
            Close(r.GetProperty("regional_local_share").GetProperty(key), m.LocalShare(w), $"{key} regional local share");
            Assert.Equal(FlowsReference.Network().TotalWeight(w), m.Total(w), 9);
        }
    }

    [Fact]
    public void Hand_built_two_regions()
    {
        // 北京 (East) → 成都 (West) capital 30; 成都 → 北京 10; 北京 self 60; 成都 self 0.
        // East row: local 60, to West 30 → supplied 90; attracted 60 + 10 = 70; net 70 − 90 = −20; external share 10/70.
        var b = FlowNetworkBuilder.ForCities(CapitalNetwork.Gazetteer.Default);
        int bj = b.IndexOf("110000"), cd = b.IndexOf("510100");
        b.AddFlow(bj, cd, 1, 1, 30);
        b.AddFlow(cd, bj, 1, 1, 10);
        b.AddFlow(bj, bj, 2, 2, 60);
        var m = Flows.Matrix(b.Build());
        Assert.Equal(30, m[EdgeWeight.Capital, "East", "West"]);
        Assert.Equal(10, m[EdgeWeight.Capital, "West", "East"]);
        int east = m.Groups.IndexOf("East"), west = m.Groups.IndexOf("West"), ne = m.Groups.IndexOf("Northeast");
        Assert.Equal(90, m.Supplied(EdgeWeight.Capital, east));
        Assert.Equal(70, m.Attracted(EdgeWeight.Capital, east));
        Assert.Equal(-20, m.NetFlow(EdgeWeight.Capital, east));
        Assert.Equal(20, m.NetFlow(EdgeWeight.Capital, east, west));
        Assert.Equal(10 / 70.0, m.ExternalShare(EdgeWeight.Capital, east), 15);
        Assert.Equal(1, m.ExternalShare(EdgeWeight.Capital, west));
        Assert.True(double.IsNaN(m.ExternalShare(EdgeWeight.Capital, ne)));
        Assert.Equal(60 / 100.0, m.LocalShare(EdgeWeight.Capital), 15);
        Assert.Equal(4, m.ToArray(EdgeWeight.Funds).Cast<double>().Sum()); // funds: 1 + 1 + 2
    }

    [Fact]
    public void Any_grouping_of_the_nodes_and_provinces()
    {
        var net = FlowsReference.Network();
        var byProvince = Flows.Matrix(net, RollUpLevel.Province);
        Assert.Equal(34, byProvince.Count);
        // 苏州 (320000) attracted capital: 150 from 北京 + 200 from 上海 + 260 local = 610 (flows.csv).
        Assert.Equal(610, byProvince.Attracted(EdgeWeight.Capital, byProvince.Groups.IndexOf("320000")));
        var one = Flows.Matrix(net, Grouping.Single(net.NodeCount));
        Assert.Equal(1, one.LocalShare(EdgeWeight.Links));
        Assert.Throws<ArgumentException>(() => Flows.Matrix(net, Grouping.Single(3)));
    }

    [Fact]
    public void A_matrix_keeps_every_flow_so_the_regions_include_Outside()
    {
        // The four-region grouping leaves Hong Kong, Macao and Taiwan out; a flow matrix would lose their flows, so
        // Matrix(network) groups by five regions and a grouping that leaves nodes out is refused with the way out.
        var net = FlowsReference.Network();
        Assert.Equal(net.TotalWeight(EdgeWeight.Capital), Flows.Matrix(net).Total(EdgeWeight.Capital));
        var e = Assert.Throws<ArgumentException>(() => Flows.Matrix(net, Grouping.ByRegion(net)));
        Assert.Contains("includeOutside: true", e.Message);
        Assert.Equal(5, Flows.Matrix(net, Grouping.ByRegion(net, includeOutside: true)).Count);
    }
}

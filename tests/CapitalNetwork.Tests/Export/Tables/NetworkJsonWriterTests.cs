using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using CapitalNetwork.Tests.Export.Gexf;

namespace CapitalNetwork.Tests.Export.Tables;

/// <summary>graphology JSON. Expected values by hand from <see cref="GexfTestData"/> networks; positions compared with
/// the GEXF writer's.</summary>
public class NetworkJsonWriterTests
{
    private static JsonDocument Json(FlowNetwork net, GexfOptions? options = null) =>
        JsonDocument.Parse(NetworkJsonWriter.WriteToString(net, options));

    [Fact]
    public void Layout_follows_graphologys_serialisation_format()
    {
        using var doc = Json(GexfTestData.CityNetwork());
        var root = doc.RootElement;
        Assert.Equal(["attributes", "options", "nodes", "edges"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("directed", root.GetProperty("options").GetProperty("type").GetString());
        Assert.False(root.GetProperty("options").GetProperty("multi").GetBoolean());
        Assert.True(root.GetProperty("options").GetProperty("allowSelfLoops").GetBoolean());
        Assert.Equal(372, root.GetProperty("nodes").GetArrayLength());
        Assert.Equal(6, root.GetProperty("edges").GetArrayLength());
        var e0 = root.GetProperty("edges")[0];
        Assert.Equal(("e0", "110000", "330100"), (e0.GetProperty("key").GetString(), e0.GetProperty("source").GetString(), e0.GetProperty("target").GetString()));
        Assert.Equal(3, e0.GetProperty("attributes").GetProperty("weight").GetDouble());
        Assert.Equal(150_000_000, e0.GetProperty("attributes").GetProperty("capital").GetDouble());
    }

    [Fact]
    public void City_nodes_carry_the_GEXF_positions_sizes_colours_and_attributes()
    {
        // Expected: x, y, size and colour equal to the GEXF writer's viz values for 北京 (373.707, 196.2, 15.3842, #0072B2).
        using var doc = Json(GexfTestData.CityNetwork());
        var bj = doc.RootElement.GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("key").GetString() == "110000").GetProperty("attributes");
        var gexf = XDocument.Load(new MemoryStream(GexfTestData.Bytes(GexfTestData.CityNetwork())));
        XNamespace g = "http://gexf.net/1.3", v = "http://gexf.net/1.3/viz";
        var node = gexf.Descendants(g + "node").Single(n => (string?)n.Attribute("id") == "110000");
        double Viz(string element, string attribute) => double.Parse(node.Element(v + element)!.Attribute(attribute)!.Value, CultureInfo.InvariantCulture);
        Assert.Equal(Viz("position", "x"), bj.GetProperty("x").GetDouble());
        Assert.Equal(Viz("position", "y"), bj.GetProperty("y").GetDouble());
        Assert.Equal(Viz("size", "value"), bj.GetProperty("size").GetDouble());
        Assert.Equal("#0072B2", bj.GetProperty("color").GetString());
        Assert.Equal("北京市", bj.GetProperty("label").GetString());
        Assert.Equal("东部", bj.GetProperty("region_zh").GetString());
        Assert.Equal(3, bj.GetProperty("funds_out").GetDouble());
        Assert.Equal("geographic", doc.RootElement.GetProperty("attributes").GetProperty("positions").GetString());
    }

    [Fact]
    public void Measures_and_network_figures_are_typed_and_generic_networks_get_a_force_layout()
    {
        var net = GexfTestData.GenericNetwork();
        var options = new GexfOptions
        {
            NodeAttributes = [GexfNodeAttribute.Integers("community", [0, 1, 1, 2, 0]), GexfNodeAttribute.Booleans("core", [true, false, false, false, true])],
            NetworkAttributes = [GexfNetworkAttribute.Double("gini", 0.5), GexfNetworkAttribute.Text("method", "x")],
        };
        using var doc = Json(net, options);
        var attrs = doc.RootElement.GetProperty("attributes");
        Assert.Equal(0.5, attrs.GetProperty("gini").GetDouble());
        Assert.Equal("x", attrs.GetProperty("method").GetString());
        Assert.Equal("force-directed", attrs.GetProperty("positions").GetString());
        var nodes = doc.RootElement.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("attributes")).ToList();
        Assert.Equal(JsonValueKind.Number, nodes[1].GetProperty("community").ValueKind);
        Assert.Equal(1, nodes[1].GetProperty("community").GetInt32());
        Assert.Equal(JsonValueKind.True, nodes[0].GetProperty("core").ValueKind);
        Assert.Equal("Smith & Sons", doc.RootElement.GetProperty("nodes")[0].GetProperty("key").GetString());
        // force layout: scaled to ±500 around the centre, distinct positions
        var xy = nodes.Select(n => (n.GetProperty("x").GetDouble(), n.GetProperty("y").GetDouble())).ToList();
        Assert.All(xy, p => Assert.InRange(Math.Max(Math.Abs(p.Item1), Math.Abs(p.Item2)), 0, 500));
        Assert.Equal(5, xy.Distinct().Count());
        // deterministic
        Assert.Equal(NetworkJsonWriter.WriteToString(net, options), NetworkJsonWriter.WriteToString(net, options));
    }

    [Fact]
    public void Large_plain_networks_are_placed_on_a_grid_instead_of_the_force_layout()
    {
        // 2,001 isolated nodes (> MaxForceNodes = 2000): a 45 × 45 grid spanning ±500 in node order (step 1000/44).
        var b = new FlowNetworkBuilder();
        for (var i = 0; i < 2001; i++) b.AddNode("n" + i.ToString(CultureInfo.InvariantCulture));
        using var doc = Json(b.Build());
        Assert.Equal("grid", doc.RootElement.GetProperty("attributes").GetProperty("positions").GetString());
        var nodes = doc.RootElement.GetProperty("nodes");
        Assert.Equal((-500.0, 500.0), (nodes[0].GetProperty("attributes").GetProperty("x").GetDouble(), nodes[0].GetProperty("attributes").GetProperty("y").GetDouble()));
        Assert.Equal(Math.Round(-500 + 1000.0 / 44, 3), nodes[1].GetProperty("attributes").GetProperty("x").GetDouble());
        Assert.Equal(Math.Round(500 - 1000.0 / 44, 3), nodes[45].GetProperty("attributes").GetProperty("y").GetDouble());
    }
}

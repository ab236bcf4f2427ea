using System.Globalization;
using System.Runtime.CompilerServices;
using System.Xml.Linq;

namespace CapitalNetwork.Tests.Export.GraphML;

public class GraphMLWriterTests
{
    private static readonly XNamespace G = "http://graphml.graphdrawing.org/xmlns";

    // The committed files are this writer's output; TestData/formats/check_graphml.py reads them with NetworkX and igraph
    // (and the GEXF twin with NetworkX read_gexf) and compares every figure. CAPNET_WRITE_FIXTURES=1 rewrites them.
    private static void Golden(string name, byte[] bytes, [CallerFilePath] string here = "")
    {
        var source = Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "TestData", "formats", name);
        if (Environment.GetEnvironmentVariable("CAPNET_WRITE_FIXTURES") == "1") File.WriteAllBytes(source, bytes);
        Assert.True(File.ReadAllBytes(GraphMLTestData.PathOf(name)).AsSpan().SequenceEqual(bytes),
            $"{name} differs from the writer's output (CAPNET_WRITE_FIXTURES=1 rewrites it; then rerun check_graphml.py)");
    }

    [Fact]
    public void The_committed_files_that_NetworkX_and_igraph_checked_are_the_writers_output()
    {
        // Expected: byte equality with ours-cities.graphml / ours-cities.gexf / ours-generic.graphml, which
        // check_graphml.py (networkx 3.6.1, python-igraph 0.10.4) found equal in every node count, edge count, weight sum
        // and attribute value (check_graphml.out).
        Golden("ours-cities.graphml", GraphMLTestData.GraphML(GraphMLTestData.SmallCities(), GraphMLTestData.SmallCityOptions()));
        Golden("ours-cities.gexf", GraphMLTestData.Gexf(GraphMLTestData.SmallCities(), GraphMLTestData.SmallCityOptions()));
        Golden("ours-generic.graphml", GraphMLTestData.GraphML(Gexf.GexfTestData.GenericNetwork()));
    }

    [Fact]
    public void Every_key_is_declared_with_its_type_and_the_data_carry_the_hand_made_figures()
    {
        // Expected (worked out from GraphMLTestData.SmallCities): 5 nodes, 5 edges; Σ funds 3+2+5+1+1 = 12, Σ capital
        // 328,956,789.75; 北京 in_degree 1 (武汉→北京), funds_in 1, funds_registered 1; 杭州 local_funds 5 (the loop).
        var doc = XDocument.Load(new MemoryStream(GraphMLTestData.GraphML(GraphMLTestData.SmallCities(), GraphMLTestData.SmallCityOptions())));
        var keys = doc.Root!.Elements(G + "key").ToDictionary(k => k.Attribute("id")!.Value, k => (For: k.Attribute("for")!.Value, Name: k.Attribute("attr.name")!.Value, Type: k.Attribute("attr.type")!.Value));
        Assert.Equal(("node", "label", "string"), keys["v_label"]);
        Assert.Equal(("node", "region", "string"), keys["v_region"]);
        Assert.Equal(("node", "lng", "double"), keys["v_lng"]);
        Assert.Equal(("node", "in_degree", "int"), keys["v_in_degree"]);
        Assert.Equal(("node", "community", "int"), keys["v_community"]);
        Assert.Equal(("node", "big", "long"), keys["v_big"]);
        Assert.Equal(("node", "core", "boolean"), keys["v_core"]);
        Assert.Equal(("node", "size", "double"), keys["v_size"]);
        Assert.Equal(("node", "r", "int"), keys["v_r"]);
        Assert.Equal(("edge", "capital", "double"), keys["e_capital"]);
        Assert.Equal(("graph", "density", "double"), keys["g_density"]);
        Assert.Equal(("graph", "components", "int"), keys["g_components"]);
        var graph = doc.Root.Element(G + "graph")!;
        Assert.Equal("directed", graph.Attribute("edgedefault")!.Value);
        string? Data(XElement owner, string key) => owner.Elements(G + "data").SingleOrDefault(d => d.Attribute("key")!.Value == key)?.Value;
        var edges = graph.Elements(G + "edge").ToList();
        Assert.Equal(5, edges.Count);
        Assert.Equal(12.0, edges.Sum(e => double.Parse(Data(e, "e_funds")!, CultureInfo.InvariantCulture)));
        Assert.Equal(328_956_789.75, edges.Sum(e => double.Parse(Data(e, "e_capital")!, CultureInfo.InvariantCulture)));
        var beijing = graph.Elements(G + "node").Single(n => n.Attribute("id")!.Value == "110000");
        Assert.Equal(("北京市", "1", "1", "1", "East"), (Data(beijing, "v_label"), Data(beijing, "v_in_degree"), Data(beijing, "v_funds_in"), Data(beijing, "v_funds_registered"), Data(beijing, "v_region")));
        var hangzhou = graph.Elements(G + "node").Single(n => n.Attribute("id")!.Value == "330100");
        Assert.Equal("5", Data(hangzhou, "v_local_funds"));
        var shanghai = graph.Elements(G + "node").Single(n => n.Attribute("id")!.Value == "310000");
        Assert.Null(Data(shanghai, "v_score")); // NaN: no <data>
        Assert.Equal("上海 \"总部\"", Data(shanghai, "v_note"));
    }

    [Theory]
    [InlineData("cities")]
    [InlineData("generic")]
    [InlineData("sample")]
    public void Ours_to_GraphML_to_ours_is_identical(string which)
    {
        // Expected: the read network equals the written one in every node (id, label, division), edge (ends and all three
        // weights, exactly), registered funds and extra attribute; writing it again gives the same bytes.
        var (net, options) = which switch
        {
            "cities" => (GraphMLTestData.SmallCities(), GraphMLTestData.SmallCityOptions()),
            "generic" => (Gexf.GexfTestData.GenericNetwork(), GexfOptions.Default),
            _ => (Gexf.GexfTestData.SampleIngest.Network, GexfOptions.Default),
        };
        var bytes = GraphMLTestData.GraphML(net, options);
        var doc = GraphMLTestData.Read(bytes);
        var back = doc.Network;
        Assert.Empty(doc.Diagnostics);
        Assert.Equal(net.IsCityNetwork, back.IsCityNetwork);
        Assert.Equal(net.Nodes.Select(n => (n.Id, n.Label, n.Division?.Code)), back.Nodes.Select(n => (n.Id, n.Label, n.Division?.Code)));
        Assert.Equal(net.Edges.Select(e => (e.Source, e.Target, e.Funds, e.Links, e.Capital)), back.Edges.Select(e => (e.Source, e.Target, e.Funds, e.Links, e.Capital)));
        Assert.Equal(Enumerable.Range(0, net.NodeCount).Select(net.RegisteredFunds), Enumerable.Range(0, back.NodeCount).Select(back.RegisteredFunds));
        Assert.Equal(options.NodeAttributes.Select(a => (a.Name, a.Type, string.Join('|', a.Values))), doc.NodeAttributes.Select(a => (a.Name, a.Type, string.Join('|', a.Values))));
        Assert.Equal(options.NetworkAttributes, doc.NetworkAttributes);
        Assert.Equal(options.Description, doc.Description);
        Assert.Equal(bytes, GraphMLTestData.GraphML(back, doc.ToOptions(options)));
    }

    [Fact]
    public void Self_loops_can_be_left_out()
    {
        // Expected: the city network without its one loop (杭州→杭州) has 4 <edge> elements.
        var doc = XDocument.Load(new MemoryStream(GraphMLTestData.GraphML(GraphMLTestData.SmallCities(), new GexfOptions { IncludeSelfLoops = false })));
        Assert.Equal(4, doc.Descendants(G + "edge").Count());
    }
}

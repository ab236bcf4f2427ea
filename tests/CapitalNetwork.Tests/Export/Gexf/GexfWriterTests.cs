using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace CapitalNetwork.Tests.Export.Gexf;

public class GexfWriterTests
{
    private static readonly XNamespace G = "http://gexf.net/1.3";
    private static readonly XNamespace V = "http://gexf.net/1.3/viz";

    private static XDocument Parse(byte[] bytes) => XDocument.Load(new MemoryStream(bytes));

    private static XElement NodeById(XDocument doc, string id) =>
        doc.Descendants(G + "node").Single(n => (string?)n.Attribute("id") == id);

    private static string? AttValue(XElement owner, string name) =>
        owner.Element(G + "attvalues")?.Elements(G + "attvalue").SingleOrDefault(a => (string?)a.Attribute("for") == name)
            ?.Attribute("value")?.Value;

    [Fact]
    public void City_network_is_valid_against_the_GEXF_1_3_schema()
    {
        // Expected: no errors and no warnings from TestData/gexf-schema/gexf.xsd (shared/gexf-schema/1.3-vizns-fixed).
        var bytes = GexfTestData.Bytes(GexfTestData.CityNetwork(), new GexfOptions { Description = "测试 & <test>", LastModified = new DateOnly(2024, 1, 15) });
        Assert.Empty(GexfTestData.SchemaProblems(bytes));
    }

    [Fact]
    public void Generic_network_with_markup_characters_in_ids_is_valid_and_keeps_the_ids()
    {
        // Expected ids: GexfTestData.MarkupIds, read back by an independent XML parser (XDocument).
        var bytes = GexfTestData.Bytes(GexfTestData.GenericNetwork());
        Assert.Empty(GexfTestData.SchemaProblems(bytes));
        var doc = Parse(bytes);
        Assert.Equal(GexfTestData.MarkupIds, doc.Descendants(G + "node").Select(n => n.Attribute("id")!.Value));
        Assert.Equal(GexfTestData.MarkupIds.Select(x => "label of " + x), doc.Descendants(G + "node").Select(n => n.Attribute("label")!.Value));
        var edge = doc.Descendants(G + "edge").First();
        Assert.Equal("Smith & Sons", edge.Attribute("source")!.Value);
        Assert.Equal("<root>", edge.Attribute("target")!.Value);
        // Non-city networks: no city attributes, no positions, one neutral colour (default #999999).
        Assert.DoesNotContain(doc.Descendants(G + "attribute"), a => (string?)a.Attribute("id") == "code");
        Assert.Empty(doc.Descendants(V + "position"));
        Assert.All(doc.Descendants(V + "color"), c => Assert.Equal(("153", "153", "153"),
            (c.Attribute("r")!.Value, c.Attribute("g")!.Value, c.Attribute("b")!.Value)));
    }

    [Fact]
    public void Two_writes_of_the_same_network_give_identical_bytes()
    {
        // Expected: byte equality (determinism requirement of the brief; nothing comes from the clock).
        Assert.Equal(GexfTestData.Bytes(GexfTestData.CityNetwork()), GexfTestData.Bytes(GexfTestData.CityNetwork()));
        Assert.Equal(GexfTestData.Bytes(GexfTestData.GenericNetwork()), GexfTestData.Bytes(GexfTestData.GenericNetwork()));
    }

    [Fact]
    public void String_and_file_outputs_equal_the_stream_bytes()
    {
        // Expected: the stream bytes (reference output) decoded as UTF-8 / written to disk unchanged.
        var net = GexfTestData.CityNetwork();
        var bytes = GexfTestData.Bytes(net);
        Assert.Equal(Encoding.UTF8.GetString(bytes), GexfWriter.WriteToString(net));
        var path = Path.Combine(Path.GetTempPath(), $"capnet-gexf-{Guid.NewGuid():N}.gexf");
        try
        {
            GexfWriter.Write(net, path);
            Assert.Equal(bytes, File.ReadAllBytes(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Numbers_use_a_decimal_point_under_a_German_culture()
    {
        // Expected: the same bytes as under the invariant culture; 1234.5 and 0.25 are GenericNetwork's capitals
        // (a de-DE thread formats them "1234,5" and "0,25", docs/reference/gexf-and-gephi.md §0.3).
        var net = GexfTestData.GenericNetwork();
        var saved = CultureInfo.CurrentCulture;
        byte[] invariant, german;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            invariant = GexfTestData.Bytes(GexfTestData.CityNetwork());
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            german = GexfTestData.Bytes(GexfTestData.CityNetwork());
            var doc = Parse(GexfTestData.Bytes(net));
            var capitals = doc.Descendants(G + "edge").Select(e => AttValue(e, "capital")).ToList();
            Assert.Contains("1234.5", capitals);
            Assert.Contains("0.25", capitals);
            Assert.Contains("1000000000000", capitals);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
        Assert.Equal(invariant, german);
        Assert.Empty(GexfTestData.SchemaProblems(german));
    }

    [Fact]
    public void Characters_illegal_in_XML_are_stripped_from_labels_and_ids()
    {
        // Expected: "a\u0001b\uD800c" → "abc" (U+0001 and a lone high surrogate are not XML 1.0 Chars);
        // a valid pair (U+1F600) is kept. Well-formedness checked by XmlReader, validity by the XSD.
        var b = new FlowNetworkBuilder();
        b.AddNode("n\u00021", "a\u0001b\uD800c");
        b.AddNode("n2", "ok \U0001F600 \uDC00");
        b.AddFlow(0, 1, 1, 1, 1);
        var bytes = GexfTestData.Bytes(b.Build(), new GexfOptions { Description = "bad\u001Fchar" });
        using (var r = XmlReader.Create(new MemoryStream(bytes)))
            while (r.Read())
            {
            }
        Assert.Empty(GexfTestData.SchemaProblems(bytes));
        var doc = Parse(bytes);
        Assert.Equal(["abc", "ok \U0001F600 "], doc.Descendants(G + "node").Select(n => n.Attribute("label")!.Value));
        Assert.Equal(["n1", "n2"], doc.Descendants(G + "node").Select(n => n.Attribute("id")!.Value));
        Assert.Equal("n1", doc.Descendants(G + "edge").Single().Attribute("source")!.Value);
        Assert.Equal("badchar", doc.Descendants(G + "description").Single().Value);
    }

    [Fact]
    public void Ids_that_collide_once_sanitised_are_refused()
    {
        // Expected: ArgumentException, because "x\u0001" and "x" would both be written as "x" (duplicate node id).
        var b = new FlowNetworkBuilder();
        b.AddNode("x\u0001");
        b.AddNode("x");
        Assert.Throws<ArgumentException>(() => GexfTestData.Bytes(b.Build()));
    }

    [Fact]
    public void Output_is_UTF8_without_BOM_and_declares_UTF8()
    {
        // Expected: the declaration of docs/reference/gexf-and-gephi.md §0.2, byte for byte, as the first bytes.
        var bytes = GexfTestData.Bytes(GexfTestData.CityNetwork());
        Assert.False(bytes is [0xEF, 0xBB, 0xBF, ..], "UTF-8 BOM present");
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gexf ", Encoding.ASCII.GetString(bytes, 0, 60));
        Assert.Contains("北京市", new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes));
    }

    [Fact]
    public void Root_meta_and_graph_follow_the_recommended_layout()
    {
        // Expected: docs/reference/gexf-and-gephi.md §0.1 and §2 (namespaces, version, no xsi:schemaLocation, directed static graph).
        var text = Encoding.UTF8.GetString(GexfTestData.Bytes(GexfTestData.CityNetwork()));
        Assert.Contains("\n<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" version=\"1.3\">\n", text);
        Assert.DoesNotContain("xsi", text);
        Assert.DoesNotContain("lastmodifieddate", text); // not from the clock
        var doc = XDocument.Parse(text);
        Assert.Equal("CapitalNetwork", doc.Root!.Element(G + "meta")!.Element(G + "creator")!.Value);
        var graph = doc.Root.Element(G + "graph")!;
        Assert.Equal("directed", graph.Attribute("defaultedgetype")!.Value);
        Assert.Equal("static", graph.Attribute("mode")!.Value);

        var dated = XDocument.Load(new MemoryStream(GexfTestData.Bytes(GexfTestData.CityNetwork(),
            new GexfOptions { LastModified = new DateOnly(2024, 1, 15), Creator = null })));
        Assert.Equal("2024-01-15", dated.Root!.Element(G + "meta")!.Attribute("lastmodifieddate")!.Value);
        Assert.Null(dated.Root.Element(G + "meta")!.Element(G + "creator"));
    }

    [Fact]
    public void Attributes_are_typed_snake_case_with_id_equal_to_title_and_no_reserved_names()
    {
        // Expected lists: the brief's attribute list; reserved names from docs/reference/gexf-and-gephi.md §0.9.
        var doc = Parse(GexfTestData.Bytes(GexfTestData.CityNetwork()));
        var blocks = doc.Descendants(G + "attributes").ToDictionary(a => a.Attribute("class")!.Value,
            a => a.Elements(G + "attribute").Select(x => (Id: x.Attribute("id")!.Value, Title: x.Attribute("title")!.Value, Type: x.Attribute("type")!.Value)).ToList());
        string[] nodeStrings = ["code", "province", "province_code", "region", "region_zh"];
        string[] nodeDoubles = ["lng", "lat", "funds_registered", "funds_in", "funds_out", "links_in", "links_out", "capital_in", "capital_out", "local_funds", "local_links", "local_capital"];
        Assert.Equal(nodeStrings.Length + nodeDoubles.Length + 2, blocks["node"].Count);
        foreach (var s in nodeStrings) Assert.Contains((s, s, "string"), blocks["node"]);
        foreach (var d in nodeDoubles) Assert.Contains((d, d, "double"), blocks["node"]);
        Assert.Contains(("in_degree", "in_degree", "integer"), blocks["node"]);
        Assert.Contains(("out_degree", "out_degree", "integer"), blocks["node"]);
        Assert.Equal([("funds", "funds", "double"), ("links", "links", "double"), ("capital", "capital", "double")], blocks["edge"]);
        string[] reserved = ["label", "weight", "kind", "id", "size", "color", "x", "y", "z", "shape", "thickness", "start", "end", "viz", "spells", "pid", "parents"];
        Assert.All(blocks.Values.SelectMany(x => x), a =>
        {
            Assert.DoesNotContain(a.Title, reserved);
            Assert.Matches("^[a-z][a-z_]*$", a.Id);
        });
    }

    [Fact]
    public void City_nodes_carry_figures_colours_sizes_and_positions()
    {
        // Expected values, by hand from GexfTestData.CityNetwork and gazetteer row 110000 (116.405285 E, 39.904989 N):
        // 北京 in: 哈尔滨 1 fund / 1 link / 500000.5 CNY; out: 杭州 3 / 4 / 150000000; region East = Okabe–Ito blue (0,114,178);
        // size = 4 + 36·√(1/10) = 15.3842 (杭州 attracts the max, 10); position x = 11.405285·cos 35°·40 = 373.707,
        // y = 4.904989·40 = 196.2 (formula of GexfOptions.WritePositions, Python math.cos(math.radians(35))).
        var doc = Parse(GexfTestData.Bytes(GexfTestData.CityNetwork()));
        Assert.Equal(372, doc.Descendants(G + "node").Count());
        var bj = NodeById(doc, "110000");
        Assert.Equal("北京市", bj.Attribute("label")!.Value);
        Assert.Equal("110000", AttValue(bj, "code"));
        Assert.Equal("北京市", AttValue(bj, "province"));
        Assert.Equal("110000", AttValue(bj, "province_code"));
        Assert.Equal("East", AttValue(bj, "region"));
        Assert.Equal("东部", AttValue(bj, "region_zh"));
        Assert.Equal("116.405285", AttValue(bj, "lng"));
        Assert.Equal("39.904989", AttValue(bj, "lat"));
        Assert.Equal("1", AttValue(bj, "in_degree"));
        Assert.Equal("1", AttValue(bj, "out_degree"));
        Assert.Equal("1", AttValue(bj, "funds_registered"));
        Assert.Equal("1", AttValue(bj, "funds_in"));
        Assert.Equal("3", AttValue(bj, "funds_out"));
        Assert.Equal("1", AttValue(bj, "links_in"));
        Assert.Equal("4", AttValue(bj, "links_out"));
        Assert.Equal("500000.5", AttValue(bj, "capital_in"));
        Assert.Equal("150000000", AttValue(bj, "capital_out"));
        Assert.Equal("0", AttValue(bj, "local_funds"));
        var color = bj.Element(V + "color")!;
        Assert.Equal(("0", "114", "178"), (color.Attribute("r")!.Value, color.Attribute("g")!.Value, color.Attribute("b")!.Value));
        Assert.Null(color.Attribute("a"));
        Assert.Equal("15.3842", bj.Element(V + "size")!.Attribute("value")!.Value);
        Assert.Equal("373.707", bj.Element(V + "position")!.Attribute("x")!.Value);
        Assert.Equal("196.2", bj.Element(V + "position")!.Attribute("y")!.Value);

        // 杭州: self-loop 5 / 6 / 25000000 counted in local_* and in the strengths; in = 3 + 2 + 5 = 10 → max size 40.
        var hz = NodeById(doc, "330100");
        Assert.Equal("5", AttValue(hz, "local_funds"));
        Assert.Equal("6", AttValue(hz, "local_links"));
        Assert.Equal("25000000", AttValue(hz, "local_capital"));
        Assert.Equal("10", AttValue(hz, "funds_in"));
        Assert.Equal("3", AttValue(hz, "in_degree"));
        Assert.Equal("40", hz.Element(V + "size")!.Attribute("value")!.Value);
        // A city with no flow: min size 4. 香港: Outside = vermillion (213,94,0). 成都: West = bluish green (0,158,115).
        Assert.Equal("4", NodeById(doc, "120000").Element(V + "size")!.Attribute("value")!.Value);
        Assert.Equal("213", NodeById(doc, "810000").Element(V + "color")!.Attribute("r")!.Value);
        Assert.Equal("158", NodeById(doc, "510100").Element(V + "color")!.Attribute("g")!.Value);
        Assert.Equal("港澳台", AttValue(NodeById(doc, "810000"), "region_zh"));
    }

    [Fact]
    public void Edges_have_unique_ids_in_edge_order_and_the_chosen_weight()
    {
        // Expected: 6 flows of GexfTestData.CityNetwork in (source code, target code) order; weight = funds by default,
        // = capital with Weight = Capital; ids e0…e5.
        var net = GexfTestData.CityNetwork();
        var doc = Parse(GexfTestData.Bytes(net));
        var edges = doc.Descendants(G + "edge").ToList();
        Assert.Equal(["e0", "e1", "e2", "e3", "e4", "e5"], edges.Select(e => e.Attribute("id")!.Value));
        Assert.Equal(("110000", "330100", "3"), (edges[0].Attribute("source")!.Value, edges[0].Attribute("target")!.Value, edges[0].Attribute("weight")!.Value));
        Assert.Equal("123456789.25", AttValue(edges.Single(e => e.Attribute("source")!.Value == "310000"), "capital"));
        Assert.Single(edges, e => e.Attribute("source")!.Value == "330100" && e.Attribute("target")!.Value == "330100");

        var byCapital = Parse(GexfTestData.Bytes(net, new GexfOptions { Weight = EdgeWeight.Capital }));
        Assert.Equal("150000000", byCapital.Descendants(G + "edge").First().Attribute("weight")!.Value);
    }

    [Fact]
    public void Self_loops_can_be_left_out_while_local_figures_stay()
    {
        // Expected: 杭州's loop (edge index 3 in (source, target) code order: 110000→330100, 230100→110000,
        // 310000→330100, 330100→330100, 510100→420100, 810000→310000) is omitted,
        // the other ids keep their edge index; local_funds of 杭州 is still 5.
        var doc = Parse(GexfTestData.Bytes(GexfTestData.CityNetwork(), new GexfOptions { IncludeSelfLoops = false }));
        var edges = doc.Descendants(G + "edge").ToList();
        Assert.Equal(5, edges.Count);
        Assert.DoesNotContain(edges, e => e.Attribute("source")!.Value == e.Attribute("target")!.Value);
        Assert.Equal(["e0", "e1", "e2", "e4", "e5"], edges.Select(e => e.Attribute("id")!.Value));
        Assert.Equal("5", AttValue(NodeById(doc, "330100"), "local_funds"));
    }

    [Fact]
    public void Positions_can_be_turned_off_and_options_are_checked()
    {
        // Expected: no viz:position with WritePositions = false; ArgumentException for MaxNodeSize < MinNodeSize.
        var net = GexfTestData.CityNetwork();
        Assert.Empty(Parse(GexfTestData.Bytes(net, new GexfOptions { WritePositions = false })).Descendants(V + "position"));
        Assert.Throws<ArgumentException>(() => GexfTestData.Bytes(net, new GexfOptions { MinNodeSize = 10, MaxNodeSize = 5 }));
        Assert.Throws<ArgumentException>(() => GexfTestData.Bytes(net, new GexfOptions { ProjectionScale = double.NaN }));
    }
}

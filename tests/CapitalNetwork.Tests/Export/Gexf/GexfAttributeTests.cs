using System.Globalization;
using System.Xml.Linq;
using CapitalNetwork.Measures;

namespace CapitalNetwork.Tests.Export.Gexf;

/// <summary>Typed measure attributes, network figures, colour and size options. Expected values by hand from
/// <see cref="GexfTestData.CityNetwork"/> and <see cref="GexfTestData.GenericNetwork"/> unless stated.</summary>
public class GexfAttributeTests
{
    private static readonly XNamespace G = "http://gexf.net/1.3";
    private static readonly XNamespace V = "http://gexf.net/1.3/viz";

    private static XDocument Parse(byte[] bytes) => XDocument.Load(new MemoryStream(bytes));

    private static string? AttValue(XElement owner, string name) =>
        owner.Element(G + "attvalues")?.Elements(G + "attvalue").SingleOrDefault(a => (string?)a.Attribute("for") == name)?.Attribute("value")?.Value;

    /// <summary>Four typed attributes on the five generic nodes: a double with a NaN, an integer, a boolean and a string with a null.</summary>
    private static GexfOptions Measures(FlowNetwork net) => new()
    {
        NodeAttributes =
        [
            GexfNodeAttribute.FromValues(new NodeValues(net, "betweenness(normalized=true)", [0.5, double.NaN, 0.25, 0, 1e-7])),
            GexfNodeAttribute.Integers("community", [0, 1, 1, 2, 0]),
            GexfNodeAttribute.Booleans("in_core", [true, false, true, false, false]),
            GexfNodeAttribute.Strings("note", ["a & b", null, "", "中文", "x"]),
        ],
        NetworkAttributes =
        [
            GexfNetworkAttribute.Double("gini_funds_in", 0.8312),
            GexfNetworkAttribute.Integer("communities", 3),
            GexfNetworkAttribute.Boolean("connected", false),
            GexfNetworkAttribute.Text("method", "Louvain\nγ = 1"),
        ],
        Description = "测试 test",
    };

    [Fact]
    public void Measures_become_typed_attributes_declared_after_the_built_in_ones()
    {
        var net = GexfTestData.GenericNetwork();
        var bytes = GexfTestData.Bytes(net, Measures(net));
        Assert.Empty(GexfTestData.SchemaProblems(bytes));
        var doc = Parse(bytes);
        var declared = doc.Descendants(G + "attributes").First().Elements(G + "attribute")
            .Select(a => ((string)a.Attribute("id")!, (string)a.Attribute("type")!)).ToList();
        // NodeValues.Measure "betweenness(normalized=true)" → identifier betweenness_normalized_true
        Assert.Equal([("betweenness_normalized_true", "double"), ("community", "integer"), ("in_core", "boolean"), ("note", "string")], declared[^4..]);
        var nodes = doc.Descendants(G + "node").ToList();
        Assert.Equal("0.5", AttValue(nodes[0], "betweenness_normalized_true"));
        Assert.Null(AttValue(nodes[1], "betweenness_normalized_true")); // NaN is not written
        Assert.Equal("1E-07", AttValue(nodes[4], "betweenness_normalized_true")); // XmlConvert shortest form
        Assert.Equal("1", AttValue(nodes[2], "community"));
        Assert.Equal("true", AttValue(nodes[0], "in_core"));
        Assert.Equal("a & b", AttValue(nodes[0], "note"));
        Assert.Null(AttValue(nodes[1], "note"));
        Assert.Null(AttValue(nodes[2], "note")); // empty string = no value
        Assert.Equal("中文", AttValue(nodes[3], "note"));
    }

    [Fact]
    public void Network_figures_go_into_the_description_and_are_read_back_typed()
    {
        // Expected text: the description, a blank line, "network attributes:" and one "name (type) = value" line per
        // figure (GexfNetworkAttribute docs); the line break inside the text figure becomes a space.
        var net = GexfTestData.GenericNetwork();
        var options = Measures(net);
        var bytes = GexfTestData.Bytes(net, options);
        var description = Parse(bytes).Descendants(G + "description").Single().Value;
        Assert.Equal("测试 test\n\nnetwork attributes:\ngini_funds_in (double) = 0.8312\ncommunities (integer) = 3\n" +
                     "connected (boolean) = false\nmethod (string) = Louvain γ = 1", description);
        var doc = GexfTestData.ReadDocument(bytes);
        Assert.Equal("测试 test", doc.Description);
        Assert.Equal(options.NetworkAttributes, doc.NetworkAttributes);
        Assert.Equal(0.8312, doc.NetworkAttributes[0].Number);
        Assert.Equal(GexfAttributeType.Integer, doc.NetworkAttributes[1].Type);
    }

    [Fact]
    public void Static_round_trip_with_attributes_gives_the_same_values_and_bytes()
    {
        // Expected: the attributes of Measures() (canonical text) and the bytes of the first write.
        var net = GexfTestData.GenericNetwork();
        var options = Measures(net) with { LastModified = new DateOnly(2024, 5, 6), Creator = "me" };
        var first = GexfTestData.Bytes(net, options);
        var doc = GexfTestData.ReadDocument(first);
        Assert.False(doc.IsDynamic);
        Assert.Null(doc.Series);
        Assert.Equal(options.NodeAttributes.Select(a => (a.Name, a.Type)), doc.NodeAttributes.Select(a => (a.Name, a.Type)));
        for (var i = 0; i < options.NodeAttributes.Count; i++)
            Assert.Equal(options.NodeAttributes[i].Values.ToArray(), doc.NodeAttributes[i].Values.ToArray());
        Assert.Equal(new DateOnly(2024, 5, 6), doc.LastModified);
        Assert.Equal("me", doc.Creator);
        Assert.Equal(first, GexfTestData.Rewrite(doc));
    }

    [Fact]
    public void Bad_attribute_names_counts_and_references_are_refused()
    {
        // Expected: ArgumentException for each (GexfNodeAttribute naming rules; one value per node; SizeBy/ColorBy must exist).
        var net = GexfTestData.GenericNetwork();
        Assert.Throws<ArgumentException>(() => GexfNodeAttribute.Doubles("2bad", [1.0]));
        Assert.Throws<ArgumentException>(() => GexfNodeAttribute.Doubles("with space", [1.0]));
        GexfOptions With(params GexfNodeAttribute[] a) => new() { NodeAttributes = a };
        var five = new double[5];
        Assert.Throws<ArgumentException>(() => GexfTestData.Bytes(net, With(GexfNodeAttribute.Doubles("funds_in", five)))); // built-in
        Assert.Throws<ArgumentException>(() => GexfTestData.Bytes(net, With(GexfNodeAttribute.Doubles("Weight", five)))); // reserved
        Assert.Throws<ArgumentException>(() => GexfTestData.Bytes(net, With(GexfNodeAttribute.Doubles("size", five))));
        Assert.Throws<ArgumentException>(() => GexfTestData.Bytes(net, With(GexfNodeAttribute.Doubles("x1", five), GexfNodeAttribute.Doubles("X1", five))));
        Assert.Throws<ArgumentException>(() => GexfTestData.Bytes(net, With(GexfNodeAttribute.Doubles("x1", new double[4]))));
        Assert.Throws<ArgumentException>(() => GexfTestData.Bytes(net, new GexfOptions { SizeBy = "nothing" }));
        Assert.Throws<ArgumentException>(() => GexfTestData.Bytes(net, new GexfOptions { ColorBy = "nothing" }));
        Assert.Throws<ArgumentException>(() => GexfTestData.Bytes(net, With(GexfNodeAttribute.Strings("s", ["a", "b", "c", "d", "e"])) with { SizeBy = "s" }));
        Assert.True(GexfNodeAttribute.IsReservedName("funds_in_year"));
        Assert.True(GexfNodeAttribute.IsReservedName("timeset"));
        Assert.False(GexfNodeAttribute.IsReservedName("betweenness"));
        Assert.Throws<FormatException>(() => GexfNodeAttribute.Parse("k", GexfAttributeType.Integer, ["1.5"]));
        Assert.Throws<ArgumentOutOfRangeException>(() => GexfNetworkAttribute.Double("g", double.NaN));
    }

    [Fact]
    public void Colour_by_a_categorical_attribute_uses_the_palette_by_frequency()
    {
        // community = [0, 1, 1, 2, 0]: 0 and 1 have two nodes (tie → ordinal order "0", "1"), 2 has one.
        // Palette (Okabe–Ito categories): "0" → #0072B2 (0,114,178), "1" → #E69F00 (230,159,0), "2" → #009E73 (0,158,115).
        // With a one-colour palette, "1" and "2" fall back to the neutral grey (153,153,153).
        var net = GexfTestData.GenericNetwork();
        var options = Measures(net) with { ColorBy = "community" };
        var colors = Parse(GexfTestData.Bytes(net, options)).Descendants(V + "color")
            .Select(c => ((int)c.Attribute("r")!, (int)c.Attribute("g")!, (int)c.Attribute("b")!)).ToList();
        Assert.Equal([(0, 114, 178), (230, 159, 0), (230, 159, 0), (0, 158, 115), (0, 114, 178)], colors);
        var one = Parse(GexfTestData.Bytes(net, options with { CategoryColors = [new GexfColor(1, 2, 3)] })).Descendants(V + "color")
            .Select(c => (int)c.Attribute("r")!).ToList();
        Assert.Equal([1, 153, 153, 153, 1], one);
    }

    [Fact]
    public void Colour_by_a_double_attribute_is_a_gradient_and_size_by_attribute_follows_the_scale()
    {
        // betweenness = [0.5, NaN, 0.25, 0, 1e-7]: min 0, max 0.5. Gradient #DEEBF7 → #08306B:
        // node 0 (t = 1) = (8,48,107); node 2 (t = 0.5) = round(222 + (8 − 222)·0.5) = 115, (235 + 48)/2 = 141.5 → 142,
        // (247 + 107)/2 = 177; node 3 (t = 0) = (222,235,247); node 1 (NaN) = neutral (153,153,153).
        // Sizes (SizeBy betweenness, Linear, min 4, max 40): node 0 → 40, node 2 → 4 + 36·0.5 = 22, NaN → 4.
        var net = GexfTestData.GenericNetwork();
        var bytes = GexfTestData.Bytes(net, Measures(net) with
        {
            ColorBy = "betweenness_normalized_true",
            SizeBy = "betweenness_normalized_true",
            SizeScale = GexfSizeScale.Linear,
        });
        var doc = Parse(bytes);
        var colors = doc.Descendants(V + "color").Select(c => ((int)c.Attribute("r")!, (int)c.Attribute("g")!, (int)c.Attribute("b")!)).ToList();
        Assert.Equal((8, 48, 107), colors[0]);
        Assert.Equal((153, 153, 153), colors[1]);
        Assert.Equal((115, 142, 177), colors[2]);
        Assert.Equal((222, 235, 247), colors[3]);
        var sizes = doc.Descendants(V + "size").Select(s => s.Attribute("value")!.Value).ToList();
        Assert.Equal(["40", "4", "22", "4"], sizes.Take(4));
    }

    [Fact]
    public void Size_weight_and_logarithmic_scale_change_the_sizes()
    {
        // GexfTestData.CityNetwork, SizeWeight = Capital: 杭州 attracts 150,000,000 + 123,456,789.25 + 25,000,000 =
        // 298,456,789.25 (max → 40); 北京 attracts 500,000.5. Logarithmic: 4 + 36·ln(1 + 500000.5)/ln(1 + 298456789.25)
        // = 28.2084 rounded to 4 decimals (Python math.log, TestData/gexf/make_reference.py).
        var doc = Parse(GexfTestData.Bytes(GexfTestData.CityNetwork(), new GexfOptions { SizeWeight = EdgeWeight.Capital, SizeScale = GexfSizeScale.Logarithmic }));
        string Size(string id) => doc.Descendants(G + "node").Single(n => (string?)n.Attribute("id") == id).Element(V + "size")!.Attribute("value")!.Value;
        Assert.Equal("40", Size("330100"));
        Assert.Equal("28.2084", Size("110000"));
        Assert.Equal("4", Size("120000"));
    }

    [Fact]
    public void Edge_thickness_is_written_only_when_asked()
    {
        // Expected: MaxEdgeThickness 10 → thickness = 10·w/max w with funds weights 3, 1, 2, 5, 1, 1 (max 5, the 杭州 loop):
        // 北京→杭州 (edge 0) 6, 杭州 loop 10; default: no viz:thickness at all.
        Assert.Empty(Parse(GexfTestData.Bytes(GexfTestData.CityNetwork())).Descendants(V + "thickness"));
        var bytes = GexfTestData.Bytes(GexfTestData.CityNetwork(), new GexfOptions { MaxEdgeThickness = 10 });
        Assert.Empty(GexfTestData.SchemaProblems(bytes));
        var t = Parse(bytes).Descendants(V + "thickness").Select(x => double.Parse(x.Attribute("value")!.Value, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(6, t[0]);
        Assert.Equal(10, t.Max());
    }
}

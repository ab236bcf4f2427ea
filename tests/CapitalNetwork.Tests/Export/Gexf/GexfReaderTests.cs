using System.Text;

namespace CapitalNetwork.Tests.Export.Gexf;

public class GexfReaderTests
{
    private static FlowNetwork ReadText(string xml, GexfReadOptions? options = null) =>
        GexfReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(xml)), "test.gexf", options);

    private const string Head = """
        <?xml version="1.0" encoding="UTF-8"?>
        <gexf xmlns="http://gexf.net/1.3" version="1.3">
          <graph defaultedgetype="directed">
        """;

    [Fact]
    public void City_network_round_trips_to_identical_bytes_and_equal_weights()
    {
        // Expected: the original network (GexfTestData.CityNetwork) and the bytes of its first write.
        var original = GexfTestData.CityNetwork();
        var first = GexfTestData.Bytes(original);
        var read = GexfReader.Read(new MemoryStream(first), "city.gexf");
        Assert.Equal(first, GexfTestData.Bytes(read));

        Assert.True(read.IsCityNetwork);
        Assert.Equal(original.Nodes.Select(n => (n.Id, n.Label, n.Division)), read.Nodes.Select(n => (n.Id, n.Label, n.Division)));
        Assert.Equal(original.Edges, read.Edges); // source, target, funds, links, capital — exact doubles
        foreach (var w in Enum.GetValues<EdgeWeight>()) Assert.Equal(original.Weights(w).ToArray(), read.Weights(w).ToArray());
        Assert.Equal(Enumerable.Range(0, original.NodeCount).Select(original.RegisteredFunds),
            Enumerable.Range(0, read.NodeCount).Select(read.RegisteredFunds));
        Assert.Equal(StatisticalRegion.Outside, read.Nodes[read.IndexOf("810000")].Region);
    }

    [Fact]
    public void Generic_network_with_markup_ids_round_trips()
    {
        // Expected: GexfTestData.GenericNetwork and its first write, from a file on disk (exercises Read(path)).
        var original = GexfTestData.GenericNetwork();
        var path = Path.Combine(Path.GetTempPath(), $"capnet-gexf-{Guid.NewGuid():N}.gexf");
        try
        {
            GexfWriter.Write(original, path);
            var read = GexfReader.Read(path);
            Assert.False(read.IsCityNetwork);
            Assert.Equal(GexfTestData.MarkupIds, read.Nodes.Select(n => n.Id));
            Assert.Equal(original.Edges, read.Edges);
            Assert.Equal(File.ReadAllBytes(path), GexfTestData.Bytes(read));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_DTD_with_an_external_entity_is_refused_without_reading_the_target()
    {
        // Expected: GexfFormatException (DtdProcessing.Prohibit) whose message has no /etc/passwd content ("root:").
        const string xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE gexf [<!ENTITY x SYSTEM "file:///etc/passwd">]>
            <gexf xmlns="http://gexf.net/1.3" version="1.3">
              <graph defaultedgetype="directed"><nodes><node id="a" label="&x;"/></nodes><edges/></graph>
            </gexf>
            """;
        var ex = Assert.Throws<GexfFormatException>(() => ReadText(xml));
        Assert.Equal("test.gexf", ex.File);
        Assert.Equal(2, ex.Line);
        Assert.DoesNotContain("root:", ex.Message);
        Assert.Contains("DTD", ex.Message);
    }

    [Fact]
    public void An_internal_entity_expansion_is_refused_too()
    {
        // Expected: GexfFormatException — any DOCTYPE is refused, so entity expansion ("billion laughs") cannot start.
        const string xml = """
            <?xml version="1.0"?>
            <!DOCTYPE gexf [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
            <gexf version="1.3"><graph><nodes><node id="&b;"/></nodes></graph></gexf>
            """;
        Assert.Throws<GexfFormatException>(() => ReadText(xml));
    }

    [Fact]
    public void An_edge_to_an_undeclared_node_is_refused_with_its_id_and_line_when_strict()
    {
        // Expected: line 10 of the text below (the <edge id="e1"> line), and the edge id and missing node in the message.
        // Without the strict option the node is added with a warning (GexfReaderLooseTests).
        var xml = Head + """

                <nodes>
                  <node id="a" label="A"/>
                  <node id="b" label="B"/>
                </nodes>
                <edges>
                  <edge id="e0" source="a" target="b"/>
                  <edge id="e1" source="b" target="zz"/>
                </edges>
              </graph>
            </gexf>
            """;
        var ex = Assert.Throws<GexfFormatException>(() => ReadText(xml, GexfReadOptions.Default with { RejectUndeclaredNodes = true }));
        Assert.Equal(10, ex.Line);
        Assert.Contains("'e1'", ex.Problem);
        Assert.Contains("'zz'", ex.Problem);
        Assert.StartsWith("test.gexf:10: ", ex.Message);
    }

    [Fact]
    public void A_duplicate_node_id_is_refused_with_its_line()
    {
        // Expected: line 6 (the second <node id="a">).
        var xml = Head + """

                <nodes>
                  <node id="a" label="A"/>
                  <node id="a" label="again"/>
                </nodes>
              </graph>
            </gexf>
            """;
        var ex = Assert.Throws<GexfFormatException>(() => ReadText(xml));
        Assert.Equal(6, ex.Line);
        Assert.Contains("duplicate node id 'a'", ex.Problem);
    }

    [Fact]
    public void Malformed_numbers_unknown_edge_types_and_bad_roots_are_refused()
    {
        // Expected: GexfFormatException for each; "1,5" is the de-DE weight of shared/tools/gexf-check/samples (bad-* sample).
        Assert.Throws<GexfFormatException>(() => ReadText(Head +
            """<nodes><node id="a"/></nodes><edges><edge source="a" target="a" weight="1,5"/></edges></graph></gexf>"""));
        Assert.Throws<GexfFormatException>(() => ReadText(Head +
            """<nodes><node id="a"/></nodes><edges><edge source="a" target="a" weight="-1"/></edges></graph></gexf>"""));
        Assert.Throws<GexfFormatException>(() => ReadText(Head +
            """<nodes><node id="a"/></nodes><edges><edge source="a" target="a" type="sideways"/></edges></graph></gexf>"""));
        Assert.Throws<GexfFormatException>(() => ReadText(
            """<gexf version="1.3"><graph><nodes><node id="a"/></nodes><edges><edge source="a" target=""/></edges></graph></gexf>"""));
        Assert.Throws<GexfFormatException>(() => ReadText("""<graphml><graph/></graphml>"""));
        Assert.Throws<GexfFormatException>(() => ReadText("""<gexf version="1.3"><graph><nodes><node id="a">"""));
    }

    [Fact]
    public void The_document_size_limit_applies()
    {
        // Expected: GexfFormatException once the 1,000-character limit is passed (the city file has ~200 kB).
        var bytes = GexfTestData.Bytes(GexfTestData.CityNetwork());
        Assert.Throws<GexfFormatException>(() =>
            GexfReader.Read(new MemoryStream(bytes), "big.gexf", new GexfReadOptions { MaxCharactersInDocument = 1000 }));
    }

    [Fact]
    public void A_Gephi_style_file_is_read_namespace_and_case_blind()
    {
        // Hand-written like Gephi 0.10 output (www. namespace, xsi:schemaLocation, numeric attribute ids, upper-case
        // element names, parallel edges of different kinds). Expected: weight into all three weights when no
        // funds/links/capital values exist (edge a→b: 2.5 + 1 summed from the two kinds); "capital" found via its title
        // for id "2"; funds_registered via title; no `code` attribute → not a city network although ids are city codes.
        const string xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://www.gexf.net/1.3" xmlns:viz="http://www.gexf.net/1.3/viz"
                  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" version="1.3">
              <meta lastmodifieddate="2024-01-15"><creator>Gephi 0.10.1</creator></meta>
              <graph defaultedgetype="directed" mode="static">
                <attributes class="node"><attribute id="1" title="Funds_Registered" type="double"/></attributes>
                <attributes class="edge"><attribute id="2" title="capital" type="double"/></attributes>
                <NODES>
                  <node id="110000" label="北京市"><attvalues><attvalue for="1" value="7.0"/></attvalues>
                    <viz:size value="10.0"/><viz:position x="1.0" y="2.0"/></node>
                  <node id="310000" label="上海市"/>
                </NODES>
                <edges>
                  <edge id="0" source="110000" target="310000" weight="2.5" kind="a"/>
                  <edge id="1" source="110000" target="310000" kind="b"/>
                  <Edge id="2" source="310000" target="110000" weight="3.0">
                    <attvalues><attvalue for="2" value="1.0E7"/></attvalues>
                  </Edge>
                </edges>
              </graph>
            </gexf>
            """;
        var net = ReadText(xml);
        Assert.False(net.IsCityNetwork);
        Assert.Equal(["110000", "310000"], net.Nodes.Select(n => n.Id));
        Assert.Equal(2, net.EdgeCount);
        Assert.Equal(new FlowEdge(0, 1, 3.5, 3.5, 3.5), net.Edge(0));
        Assert.Equal(new FlowEdge(1, 0, 3, 3, 1e7), net.Edge(1));
        Assert.Equal(7, net.RegisteredFunds(0));
    }

    [Fact]
    public void Cities_are_attached_only_when_the_code_attribute_is_declared_and_every_id_is_a_city()
    {
        // Expected: 北京 (110000) and 成都 (510100) are gazetteer nodes → city network in file order (510100 first),
        // regions West/East from the gazetteer; with an unknown id "999999" → plain network.
        const string template = """
            <gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed">
              <attributes class="node"><attribute id="code" title="code" type="string"/></attributes>
              <nodes><node id="510100" label="成都市"/><node id="{0}" label="x"/></nodes>
              <edges><edge id="e0" source="510100" target="{0}" weight="2"/></edges>
            </graph></gexf>
            """;
        var city = ReadText(template.Replace("{0}", "110000"));
        Assert.True(city.IsCityNetwork);
        Assert.Equal([StatisticalRegion.West, StatisticalRegion.East], city.Nodes.Select(n => n.Region));
        Assert.Equal("x", city.Nodes[1].Label); // the file's label is kept
        Assert.False(ReadText(template.Replace("{0}", "999999")).IsCityNetwork);
    }
}

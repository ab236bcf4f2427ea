using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CapitalNetwork.Tests.Export.Gexf;

/// <summary>Reading dynamic and foreign GEXF files, limits and refusals. Expected values by hand from the XML in each
/// test or from TestData/gexf/gephi-dynamic-sample.gexf.</summary>
public class GexfReaderDynamicTests
{
    private static GexfDocument ReadText(string xml, GexfReadOptions? options = null) =>
        GexfReader.ReadDocument(new MemoryStream(Encoding.UTF8.GetBytes(xml)), "test.gexf", options);

    private static string Sample => Path.Combine(AppContext.BaseDirectory, "TestData", "gexf", "gephi-dynamic-sample.gexf");

    [Fact]
    public void A_Gephi_style_dynamic_file_becomes_yearly_snapshots()
    {
        // By hand from the sample: years = finite bounds 2016–2018 (the open end INF is clipped);
        // BJ→SH: dynamic weight 3 (2017), 1 (2018); SZ→BJ: static weight 5 in its spells 2016 and 2018;
        // BJ→SZ: kind a (weight 1, no spells: every year) + kind b (2, in 2018) summed.
        var doc = GexfReader.ReadDocument(Sample);
        Assert.True(doc.IsDynamic);
        Assert.Equal(GexfTimeline.PerYear, doc.Timeline);
        Assert.Equal("Gephi 0.10.1", doc.Creator);
        Assert.Equal(new DateOnly(2024, 3, 1), doc.LastModified);
        var net = doc.Network;
        Assert.False(net.IsCityNetwork);
        Assert.Equal(["BJ", "SH", "SZ"], net.Nodes.Select(n => n.Id));
        (string, string, double)[] Flows(FlowNetwork n) =>
            n.Edges.Select(e => (n.Nodes[e.Source].Id, n.Nodes[e.Target].Id, e.Funds)).ToArray();
        Assert.Equal([("BJ", "SH", 2.0), ("BJ", "SZ", 3.0), ("SZ", "BJ", 5.0)], Flows(net));
        var s = doc.Series!;
        Assert.Equal([2016, 2017, 2018], s.Years);
        Assert.Equal([("BJ", "SZ", 1.0), ("SZ", "BJ", 5.0)], Flows(s[2016]));
        Assert.Equal([("BJ", "SH", 3.0), ("BJ", "SZ", 1.0)], Flows(s[2017]));
        Assert.Equal([("BJ", "SH", 1.0), ("BJ", "SZ", 3.0), ("SZ", "BJ", 5.0)], Flows(s[2018]));
        // the weight feeds all three channels when there are no funds/links/capital values
        Assert.Equal(new FlowEdge(0, 1, 3, 3, 3), s[2017].Edge(0));
        var province = Assert.Single(doc.NodeAttributes);
        Assert.Equal("Province", province.Name);
        Assert.Equal(["北京", "(none)", "(none)"], province.Values.Select(v => v ?? "(none)"));
        var score = Assert.Single(doc.DynamicNodeAttributes);
        Assert.Equal(("Score", GexfAttributeType.Double), (score.Name, score.Type));
        Assert.Equal("1.5", score.ValueAt(2017, 0));
        Assert.Null(score.ValueAt(2018, 0));
    }

    [Fact]
    public void The_Gephi_style_sample_can_be_written_again_as_our_own_dynamic_GEXF()
    {
        // Expected: the rewritten file is schema-valid and reads back to the same snapshots (BJ→SH 3 in 2017).
        var doc = GexfReader.ReadDocument(Sample);
        using var buffer = new MemoryStream();
        GexfWriter.Write(doc, buffer);
        var bytes = buffer.ToArray();
        Assert.Empty(GexfTestData.SchemaProblems(bytes));
        var again = GexfTestData.ReadDocument(bytes);
        Assert.Equal(doc.Series!.Years, again.Series!.Years);
        foreach (var y in doc.Series.Years) Assert.Equal(doc.Series[y].Edges, again.Series[y].Edges);
        Assert.Equal(bytes, GexfTestData.Rewrite(again));
    }

    [Fact]
    public void Meta_text_with_markup_inside_is_read_as_text()
    {
        // Expected: the text of <creator> with its nested element flattened ("Gephi 0.10"), CDATA kept in the description.
        var doc = ReadText("""
            <gexf version="1.3"><meta><creator>Gephi <b>0.10</b></creator><description><![CDATA[a < b]]></description></meta>
              <graph defaultedgetype="directed"><nodes><node id="a"/></nodes></graph></gexf>
            """);
        Assert.Equal("Gephi 0.10", doc.Creator);
        Assert.Equal("a < b", doc.Description);
        Assert.Empty(doc.NetworkAttributes);
    }

    [Fact]
    public void Dates_give_a_network_but_no_series()
    {
        // timeformat="date": the spells are checked but cannot become years.
        var doc = ReadText("""
            <gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed" mode="dynamic" timeformat="date">
              <nodes><node id="a"><spells><spell start="2016-01-01" end="2017-06-30"/></spells></node><node id="b"/></nodes>
              <edges><edge id="e" source="a" target="b" weight="2"/></edges></graph></gexf>
            """);
        Assert.True(doc.IsDynamic);
        Assert.Null(doc.Series);
        Assert.Equal(2, doc.Network.Edge(0).Funds);
    }

    [Theory]
    [InlineData("""<spell start="2018" end="2016"/>""", "ends (2016) before it starts (2018)")]
    [InlineData("""<spell start="2016.5" end="2017"/>""", "not an integer")]
    [InlineData("""<spell start="soon" end="2017"/>""", "not a number")]
    public void Bad_spells_are_refused_with_their_line(string spell, string message)
    {
        // Expected: line 3 (the node with the spell) and the reason.
        var xml = "<gexf version=\"1.3\"><graph defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"integer\">\n<nodes>\n" +
                  $"<node id=\"a\"><spells>{spell}</spells></node>\n</nodes></graph></gexf>";
        var ex = Assert.Throws<GexfFormatException>(() => ReadText(xml));
        Assert.Equal(3, ex.Line);
        Assert.Contains(message, ex.Problem);
    }

    [Fact]
    public void A_value_that_does_not_parse_as_its_type_is_skipped_with_a_warning_on_its_line()
    {
        // Expected (Gephi logs a SEVERE for the value and keeps the node): node a has no community value; one
        // bad_attribute_value warning on line 4 naming the attribute and the value.
        const string xml = "<gexf version=\"1.3\"><graph defaultedgetype=\"directed\">\n" +
                           "<attributes class=\"node\"><attribute id=\"c\" title=\"community\" type=\"integer\"/></attributes>\n<nodes>\n" +
                           "<node id=\"a\"><attvalues><attvalue for=\"c\" value=\"x1\"/></attvalues></node>\n</nodes></graph></gexf>";
        var doc = ReadText(xml);
        Assert.Null(Assert.Single(doc.NodeAttributes).Values[0]);
        var d = Assert.Single(doc.Diagnostics);
        Assert.Equal((4L, DiagnosticCode.BadAttributeValue, DiagnosticSeverity.Warning, "x1"), (d.Line, d.Code, d.Severity, d.RawText));
        Assert.Contains("'community'", d.Message);
    }

    [Fact]
    public void Node_edge_and_time_span_limits_apply()
    {
        // Expected: refusals at the node/edge that passes the limit (lines 4 and 5), and for a span of 10⁹ years.
        const string xml = "<gexf version=\"1.3\"><graph defaultedgetype=\"directed\">\n<nodes>\n<node id=\"a\"/><node id=\"b\"/>\n<node id=\"c\"/>\n" +
                           "</nodes><edges><edge source=\"a\" target=\"b\"/>\n<edge source=\"b\" target=\"c\"/></edges></graph></gexf>";
        var nodes = Assert.Throws<GexfFormatException>(() => ReadText(xml, new GexfReadOptions { MaxNodes = 2 }));
        Assert.Equal(4, nodes.Line);
        var edges = Assert.Throws<GexfFormatException>(() => ReadText(xml, new GexfReadOptions { MaxEdges = 1 }));
        Assert.Equal(6, edges.Line);
        Assert.Equal(3, ReadText(xml).Network.NodeCount);
        var span = Assert.Throws<GexfFormatException>(() => ReadText(
            """<gexf version="1.3"><graph defaultedgetype="directed" mode="dynamic" timeformat="integer"><nodes><node id="a"><spells><spell start="0" end="1000000000"/></spells></node></nodes></graph></gexf>"""));
        Assert.Contains("MaxYears", span.Problem);
    }

    [Fact]
    public void An_external_DTD_is_refused_without_contacting_its_server()
    {
        // Expected: GexfFormatException mentioning the DTD, and no connection to the listener the DTD points at.
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            var xml = $"""
                <?xml version="1.0"?>
                <!DOCTYPE gexf SYSTEM "http://127.0.0.1:{port}/evil.dtd">
                <gexf version="1.3"><graph defaultedgetype="directed"><nodes><node id="a"/></nodes></graph></gexf>
                """;
            var ex = Assert.Throws<GexfFormatException>(() => ReadText(xml));
            Assert.Contains("DTD", ex.Message);
            Assert.Equal(2, ex.Line);
            Thread.Sleep(100);
            Assert.False(listener.Pending(), "the reader contacted the DTD's server");
        }
        finally
        {
            listener.Stop();
        }
    }

    [Fact]
    public void A_parameter_entity_pointing_at_a_local_file_is_refused_and_the_file_stays_unread()
    {
        // Expected: GexfFormatException; the marker text of the local file appears nowhere in the message.
        var secret = Path.Combine(Path.GetTempPath(), $"capnet-secret-{Guid.NewGuid():N}.txt");
        File.WriteAllText(secret, "MARKER-7f3a");
        try
        {
            var xml = $"""
                <?xml version="1.0"?>
                <!DOCTYPE gexf [<!ENTITY % p SYSTEM "file://{secret}"> %p;]>
                <gexf version="1.3"><graph defaultedgetype="directed"><nodes><node id="a" label="x"/></nodes></graph></gexf>
                """;
            var ex = Assert.Throws<GexfFormatException>(() => ReadText(xml));
            Assert.DoesNotContain("MARKER", ex.ToString());
            Assert.Contains("DTD", ex.Message);
        }
        finally
        {
            File.Delete(secret);
        }
    }
}

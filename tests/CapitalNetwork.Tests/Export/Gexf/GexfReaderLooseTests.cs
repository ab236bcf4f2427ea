using System.Text;

namespace CapitalNetwork.Tests.Export.Gexf;

/// <summary>GEXF as other tools write it (issue 20): undirected and mixed edges, undeclared nodes, parallel edges.
/// More cases with exact warnings and lines are rows of TestData/hostile/catalogue.tsv.</summary>
public class GexfReaderLooseTests
{
    private static GexfDocument ReadText(string xml, GexfReadOptions? options = null) =>
        GexfReader.ReadDocument(new MemoryStream(Encoding.UTF8.GetBytes(xml)), "loose.gexf", options);

    [Fact]
    public void An_undirected_edge_gives_every_node_equal_in_and_out_strength_equal_to_its_weighted_degree()
    {
        // Expected by hand (networkx: G.degree(weight="weight") on the undirected graph a–b 2, b–c 3): a 2, b 5, c 3 —
        // in and out strength each equal the undirected weighted degree; 4 directed edges, 2 edge elements.
        var doc = ReadText("""
            <gexf version="1.3"><graph defaultedgetype="undirected"><nodes><node id="a"/><node id="b"/><node id="c"/></nodes>
            <edges><edge source="a" target="b" weight="2"/><edge source="b" target="c" weight="3"/></edges></graph></gexf>
            """);
        var net = doc.Network;
        Assert.Equal((4, 2, 3), (net.EdgeCount, doc.FileEdgeCount, doc.FileNodeCount));
        Assert.Equal([2.0, 5.0, 3.0], Enumerable.Range(0, 3).Select(v => net.InStrength(v, EdgeWeight.Funds)));
        Assert.Equal([2.0, 5.0, 3.0], Enumerable.Range(0, 3).Select(v => net.OutStrength(v, EdgeWeight.Funds)));
        var d = Assert.Single(doc.Diagnostics);
        Assert.Equal((DiagnosticCode.UndirectedEdges, DiagnosticSeverity.Warning), (d.Code, d.Severity));
        Assert.Contains("2 undirected edge(s)", d.Message);
    }

    [Fact]
    public void Undeclared_nodes_join_after_the_declared_ones_unless_strict()
    {
        // Expected (real/graphology-missing_nodes.gexf: nodes 0, 1; edges 2→1, 0→1, 2→4, 5→6): nodes 0, 1, then 2, 4, 5, 6
        // in order of first mention, labelled by their ids; 4 warnings; strict refuses the first such edge (line 13).
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "formats", "real", "graphology-missing_nodes.gexf");
        var doc = GexfReader.ReadDocument(path);
        Assert.Equal(["0", "1", "2", "4", "5", "6"], doc.Network.Nodes.Select(n => n.Id));
        Assert.Equal(["Hello", "Word", "2", "4", "5", "6"], doc.Network.Nodes.Select(n => n.Label));
        Assert.Equal(4, doc.Diagnostics.Count(x => x.Code == DiagnosticCode.UndeclaredNode));
        var ex = Assert.Throws<GexfFormatException>(() => GexfReader.ReadDocument(path, GexfReadOptions.Default with { RejectUndeclaredNodes = true }));
        Assert.Equal(13, ex.Line);
        Assert.Contains("source '2' is not a declared node", ex.Problem);
    }
}

using System.Globalization;

namespace CapitalNetwork.Tests.Export.GraphML;

/// <summary>GEXF and GraphML files written by other tools (TestData/formats/tools, made by make_fixtures.py with networkx
/// 3.6.1, python-igraph 0.10.2 and graphology-gexf 0.13.2) and collected from public repositories (TestData/formats/real,
/// sources and licences in SOURCES.md).</summary>
public class ForeignFilesTests
{
    public static TheoryData<string> Files() => new(Rows().Select(r => r[0]));

    // counts.tsv: file, nodes, edge elements, flow edges, flow weight, what networkx/igraph report — worked out by
    // make_fixtures.py with its own ElementTree reading and by networkx/igraph, not by CapitalNetwork.
    private static IEnumerable<string[]> Rows() =>
        File.ReadLines(GraphMLTestData.PathOf("counts.tsv")).Where(l => !l.StartsWith('#') && !l.StartsWith("file\t", StringComparison.Ordinal))
            .Select(l => l.Split('\t'));

    [Theory]
    [MemberData(nameof(Files))]
    public void A_file_of_another_tool_reads_with_the_counts_its_writer_and_readers_report(string file)
    {
        var row = Rows().Single(r => r[0] == file);
        var path = GraphMLTestData.PathOf(file);
        var (net, fileEdges, diagnostics) = file.EndsWith(".gexf", StringComparison.Ordinal)
            ? GexfReader.ReadDocument(path) is var g ? (g.Network, g.FileEdgeCount, g.Diagnostics) : default
            : GraphMLReader.ReadDocument(path) is var m ? (m.Network, m.FileEdgeCount, m.Diagnostics) : default;
        var ic = CultureInfo.InvariantCulture;
        Assert.Equal(int.Parse(row[1], ic), net.NodeCount);
        Assert.Equal(int.Parse(row[2], ic), fileEdges);
        Assert.Equal(int.Parse(row[3], ic), net.EdgeCount);
        var weight = double.Parse(row[4], ic);
        Assert.Equal(weight, net.TotalWeight(EdgeWeight.Funds), weight * 1e-12);
        // where networkx / igraph read the file, they report the same nodes and <edge> elements
        foreach (var part in row[5].Split("; "))
        {
            var words = part.Split(' ');
            if (words[1] == "error:") continue;
            var counts = words[1].Split('/');
            Assert.Equal((int.Parse(counts[0], ic), int.Parse(counts[1], ic)), (net.NodeCount, fileEdges));
        }
        // every diagnostic of these files is a warning, and undirected edges are announced once
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.True(diagnostics.Count(d => d.Code == DiagnosticCode.UndirectedEdges) <= 1);
    }

    [Fact]
    public void NetworkX_GraphML_keeps_its_typed_node_attributes_and_labels()
    {
        // Expected: make_fixtures.py's networkx DiGraph — a: 北京, community 1, score 0.5, core True, note 'Smith & Sons';
        // d (武汉) has no attribute values; the edge a→c without weight counts 1; the loop c→c 4.
        var doc = GraphMLReader.ReadDocument(GraphMLTestData.PathOf("tools/networkx-directed.graphml"));
        var net = doc.Network;
        Assert.Equal(["北京", "上海", "杭州", "武汉"], net.Nodes.Select(n => n.Label));
        var attributes = doc.NodeAttributes.ToDictionary(a => a.Name);
        Assert.Equal(GexfAttributeType.Long, attributes["community"].Type); // networkx writes Python ints as attr.type long
        Assert.Equal<IEnumerable<string?>>(new string?[] { "1", "2", "1", null }, attributes["community"].Values);
        Assert.Equal<IEnumerable<string?>>(new string?[] { "0.5", "1.25", "-2", null }, attributes["score"].Values);
        Assert.Equal<IEnumerable<string?>>(new string?[] { "true", "false", "true", null }, attributes["core"].Values);
        Assert.Equal("Smith & Sons", attributes["note"].Values[0]);
        Assert.Equal(1.0, net.Edge(net.FindEdge(0, 2)).Funds);
        Assert.Equal(4.0, net.Edge(net.FindEdge(2, 2)).Funds);
        Assert.Empty(doc.Diagnostics);
    }

    [Fact]
    public void Igraph_GraphML_parallel_edges_are_summed_with_a_warning()
    {
        // Expected: make_fixtures.py's igraph graph — n0→n1 twice (1.5 + 0.5 = 2), labels from the 'label' key, the
        // 'name' key kept as an attribute, 'size' (drawing) not kept; one parallel_edges warning.
        var doc = GraphMLReader.ReadDocument(GraphMLTestData.PathOf("tools/igraph-directed.graphml"));
        var net = doc.Network;
        Assert.Equal(["one", "two", "three", "four"], net.Nodes.Select(n => n.Label));
        Assert.Equal(2.0, net.Edge(net.FindEdge(0, 1)).Funds);
        Assert.Equal(["name"], doc.NodeAttributes.Select(a => a.Name));
        Assert.Equal(DiagnosticCode.ParallelEdges, Assert.Single(doc.Diagnostics).Code);
    }

    [Fact]
    public void Igraph_undirected_GraphML_enters_both_ways()
    {
        // Expected: u–v (1) and v–u (4) are parallel: u→v = v→u = 5; v–w (2) both ways; the loop w–w (3) once.
        var net = GraphMLReader.Read(GraphMLTestData.PathOf("tools/igraph-undirected.graphml"));
        Assert.Equal([(0, 1, 5.0), (1, 0, 5.0), (1, 2, 2.0), (2, 1, 2.0), (2, 2, 3.0)],
            net.Edges.Select(e => (e.Source, e.Target, e.Funds)).OrderBy(x => x));
    }

    [Fact]
    public void NetworkX_dynamic_GEXF_becomes_yearly_snapshots()
    {
        // Expected: networkx writes start/end attributes (timeformat "long"): s→t (3) in 2019 and 2020, t→s (1) in 2021;
        // 2018 has nodes but no flow, so the snapshots are 2019–2021.
        var doc = GexfReader.ReadDocument(GraphMLTestData.PathOf("tools/networkx-dynamic.gexf"));
        var series = Assert.IsType<NetworkSeries>(doc.Series);
        Assert.Equal([2019, 2020, 2021], series.Years);
        Assert.Equal(3.0, series[2019].TotalWeight(EdgeWeight.Funds));
        Assert.Equal(3.0, series[2020].TotalWeight(EdgeWeight.Funds));
        Assert.Equal(1.0, series[2021].TotalWeight(EdgeWeight.Funds));
    }

    [Fact]
    public void Graphology_mixed_GEXF_is_read_where_networkx_refuses_it()
    {
        // Expected: a→b directed twice (2 + 1 = 3, one parallel warning), b–c undirected (5) both ways; networkx raises
        // "Undirected edge found in directed graph" on this file (counts.tsv).
        var doc = GexfReader.ReadDocument(GraphMLTestData.PathOf("tools/graphology-mixed.gexf"));
        var net = doc.Network;
        Assert.Equal([(0, 1, 3.0), (1, 2, 5.0), (2, 1, 5.0)], net.Edges.Select(e => (e.Source, e.Target, e.Funds)));
        Assert.Equal([DiagnosticCode.ParallelEdges, DiagnosticCode.UndirectedEdges], doc.Diagnostics.Select(d => d.Code));
        Assert.Contains("1 undirected edge(s)", doc.Diagnostics[1].Message);
    }

    [Fact]
    public void Gephi_GraphML_export_keeps_the_label_and_leaves_the_drawing_out()
    {
        // Expected (real/graphology-miserables.graphml, Gephi's GraphML export of Les Misérables): the first node (id 11)
        // is labelled Valjean;
        // r, g, b, x, y, size are drawing keys, 'Modularity Class' is kept (made an identifier: modularity_class, int).
        var doc = GraphMLReader.ReadDocument(GraphMLTestData.PathOf("real/graphology-miserables.graphml"));
        Assert.Equal(("11", "Valjean"), (doc.Network.Nodes[0].Id, doc.Network.Nodes[0].Label));
        var kept = Assert.Single(doc.NodeAttributes);
        Assert.Equal(("modularity_class", GexfAttributeType.Integer), (kept.Name, kept.Type));
    }

    [Fact]
    public void The_yFiles_label_is_read_from_the_structured_data()
    {
        // Expected (real/igraph-yfiles.graphml, yFiles for HTML 2.6): node n0's label is in <y:Label.Text>.
        var net = GraphMLReader.Read(GraphMLTestData.PathOf("real/igraph-yfiles.graphml"));
        Assert.Equal("Top left rounded rectangle", net.Nodes[0].Label);
    }
}

using System.Text;
using static CapitalNetwork.Tests.Interchange.InterchangeTestData;

namespace CapitalNetwork.Tests.Interchange;

/// <summary>Pajek <c>.net</c> reading and writing. Expected values are worked out by hand from the small files in each
/// test, or are the input network itself (round trips).</summary>
public class PajekTests
{
    [Fact]
    public void SampleCityNetworkRoundTripsThroughPajekWithEveryCity()
    {
        // ours → .net → ours: the 372 cities come back by their names (recognised in the gazetteer), edges and funds equal.
        var net = Sample;
        var text = Text(w => PajekWriter.Write(net, w));
        var (back, diagnostics) = ReadPajek(text);
        Assert.Empty(diagnostics);
        Assert.True(back.IsCityNetwork);
        AssertSame(net, back, [EdgeWeight.Funds]);
        // The capital channel survives when it is the written weight.
        var (capital, _) = ReadPajek(Text(w => PajekWriter.Write(net, w, new PajekOptions { Weight = EdgeWeight.Capital })));
        Assert.Equal(net.Weights(EdgeWeight.Capital).ToArray(), capital.Weights(EdgeWeight.Capital).ToArray());
    }

    [Fact]
    public void PlainNetworkRoundTripsWithIds()
    {
        // Ids with quotes and markup: a double quote becomes ' (Pajek has no escape), so only those ids change.
        var b = new FlowNetworkBuilder();
        foreach (var id in new[] { "a b", "北京 x", "<c>", "d" }) b.AddNode(id);
        b.AddFlow(0, 1, 2.5, 2.5, 2.5);
        b.AddFlow(1, 1, 1e-7, 1e-7, 1e-7);
        b.AddFlow(3, 0, 12345678.125, 12345678.125, 12345678.125);
        var net = b.Build();
        var (back, diagnostics) = ReadPajek(Text(w => PajekWriter.Write(net, w, new PajekOptions { Names = VertexNames.Ids })));
        Assert.Empty(diagnostics);
        AssertSame(net, back, [EdgeWeight.Funds, EdgeWeight.Links, EdgeWeight.Capital]);
    }

    [Fact]
    public void CoordinatesPutNorthUpInsidePajeksUnitBox()
    {
        var doc = PajekReader.ReadDocument(new MemoryStream(Encoding.UTF8.GetBytes(Text(w => PajekWriter.Write(Sample, w)))));
        var pos = doc.Positions.Select(p => p!.Value).ToArray();
        Assert.All(pos, p => Assert.InRange(p.X, 0.05 - 1e-6, 0.95 + 1e-6));
        Assert.All(pos, p => Assert.InRange(p.Y, 0.05 - 1e-6, 0.95 + 1e-6));
        Assert.All(pos, p => Assert.Equal(0.5, p.Z));
        int I(string code) => Sample.IndexOf(code);
        // Harbin (230100, 45.8°N) is north of Guangzhou (440100, 23.1°N): smaller Y (Pajek's y points down);
        // Urumqi (650100, 87.6°E) is west of Shanghai (310000, 121.5°E): smaller X.
        Assert.True(pos[I("230100")].Y < pos[I("440100")].Y);
        Assert.True(pos[I("650100")].X < pos[I("310000")].X);
        // One scale for both axes: the wider (east–west) extent spans 0.05…0.95 exactly.
        Assert.Equal(0.05, pos.Min(p => p.X), 5);
        Assert.Equal(0.95, pos.Max(p => p.X), 5);
    }

    [Fact]
    public void ReadsSectionsCommentsAndDrawingKeywords()
    {
        const string text = """
            % a comment
            *Network test
            *Vertices 4
            1 "New York" 0.1 0.2 0.5 ic Red
            2 b
            3 "c"
            4 d
            *Arcs :1 "trade"
            1 2 3 c Blue
            2 3 c Red
            *Edges
            3 4 2
            *Arcslist
            4 1 2
            """;
        var doc = PajekReader.ReadDocument(new MemoryStream(Encoding.UTF8.GetBytes(text)), "t.net", null);
        var net = doc.Network;
        Assert.Equal("test", doc.Name);
        Assert.Equal(new PajekPosition(0.1, 0.2, 0.5), doc.Positions[0]);
        Assert.Null(doc.Positions[1]);
        Assert.Equal(["New York", "b", "c", "d"], net.Nodes.Select(n => n.Id));
        // By hand: 1→2 (3), 2→3 (1: 'c' is a drawing keyword), 3→4 and 4→3 (2 each, undirected), 4→1 and 4→2 (1).
        Assert.Equal(6, net.EdgeCount);
        Assert.Equal(3 + 1 + 2 + 2 + 1 + 1, net.TotalWeight(EdgeWeight.Funds));
        Assert.Equal(2, net.Weights(EdgeWeight.Funds)[net.FindEdge(3, 2)]);
    }

    [Fact]
    public void UndirectedEdgesEnterBothWaysAndAreReportedOnce()
    {
        var (net, diagnostics) = ReadPajek("*Vertices 3\n*Edges\n1 2 5\n2 3\n3 3 4\n");
        // 1–2 and 2–3 give two arcs each, the loop 3–3 one: 5 arcs, weight 5+5+1+1+4.
        Assert.Equal(5, net.EdgeCount);
        Assert.Equal(16, net.TotalWeight(EdgeWeight.Funds));
        var d = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCode.UndirectedEdges, d.Code);
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.StartsWith("3 undirected tie(s)", d.Message);
    }

    [Fact]
    public void UndeclaredVerticesAndParallelArcsAreWarnedAboutOrRefusedWhenStrict()
    {
        const string text = "*Vertices 2\n1 \"a\"\n2 \"b\"\n*Arcs\n1 2 1\n1 2 2.5\n2 9 1\n";
        var (net, diagnostics) = ReadPajek(text);
        Assert.Equal(["a", "b", "9"], net.Nodes.Select(n => n.Id));
        Assert.Equal(3.5, net.Weights(EdgeWeight.Funds)[net.FindEdge(0, 1)]);
        Assert.Equal([DiagnosticCode.ParallelEdges, DiagnosticCode.UndeclaredNode], diagnostics.Select(d => d.Code));
        Assert.Equal([6L, 7L], diagnostics.Select(d => d.Line));
        var strict = NetworkFileReadOptions.Default with { Strict = true };
        var e = Assert.Throws<NetworkFormatException>(() => ReadPajek(text, strict));
        Assert.Equal(6, e.Line);
        Assert.Throws<NetworkFormatException>(() => ReadPajek("*Vertices 2\n*Arcs\n2 9 1\n", strict));
    }

    [Fact]
    public void BadLinesAreRejectedAndTheRestIsRead()
    {
        var (net, diagnostics) = ReadPajek("*Vertices 2\n0 \"zero\"\n1 a\n1 again\n*Arcs\n1 2 -1\n1 2 NaN\n2 1 1e400\n1\n2 1 2\n");
        Assert.Equal(1, net.EdgeCount);
        Assert.Equal(6, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Rejected, d.Severity));
        Assert.Equal([2L, 4L, 6L, 7L, 8L, 9L], diagnostics.Select(d => d.Line));
    }

    [Theory]
    [InlineData("", "no *Vertices line")]
    [InlineData("*Arcs\n1 2\n", "before any *Vertices")]
    [InlineData("*Vertices many\n", "needs the number of vertices")]
    [InlineData("*Vertices 99999999999\n", "more than the limit")]
    public void UnusableFilesFailWithTheFileName(string text, string message)
    {
        var e = Assert.Throws<NetworkFormatException>(() => ReadPajek(text));
        Assert.Contains(message, e.Message);
        Assert.StartsWith("t.net", e.Message);
    }

    [Fact]
    public void ReadsTheFirstNetworkOfAProjectFileAndAMatrix()
    {
        const string text = "*Network one\n*Vertices 2\n*Matrix\n0 2\n1.5 0\n*Partition p\n*Vertices 2\n1\n2\n*Network two\n*Vertices 5\n";
        var (net, diagnostics) = ReadPajek(text);
        Assert.Empty(diagnostics);
        Assert.Equal(2, net.NodeCount);
        Assert.Equal(3.5, net.TotalWeight(EdgeWeight.Funds));
    }
}

using static CapitalNetwork.Tests.Interchange.InterchangeTestData;

namespace CapitalNetwork.Tests.Interchange;

/// <summary>UCINET DL reading and writing. Expected values are worked out by hand from the small files in each test
/// (layouts as in UCINET's DL documentation and Gephi's DL page), or are the input network itself (round trips).</summary>
public class DlTests
{
    [Theory]
    [InlineData(DlLayout.FullMatrix)]
    [InlineData(DlLayout.EdgeList1)]
    public void SampleCityNetworkRoundTripsThroughDl(DlLayout layout)
    {
        var net = Sample;
        var (back, diagnostics) = ReadDl(Text(w => DlWriter.Write(net, w, new DlOptions { Layout = layout })));
        Assert.Empty(diagnostics);
        Assert.True(back.IsCityNetwork);
        AssertSame(net, back, [EdgeWeight.Funds]);
    }

    [Fact]
    public void PlainNetworkRoundTripsWithQuotedNames()
    {
        var b = new FlowNetworkBuilder();
        foreach (var id in new[] { "New York", "a,b", "c" }) b.AddNode(id);
        b.AddFlow(0, 1, 0.25, 0.25, 0.25);
        b.AddFlow(2, 2, 7, 7, 7);
        var net = b.Build();
        var text = Text(w => DlWriter.Write(net, w, new DlOptions { Layout = DlLayout.FullMatrix }));
        // By hand: the matrix rows are "0 0.25 0", "0 0 0", "0 0 7"; names with a space or comma are quoted.
        Assert.Contains("\"New York\"\r\n\"a,b\"\r\nc\r\nDATA:\r\n0 0.25 0\r\n0 0 0\r\n0 0 7\r\n", text);
        AssertSame(net, ReadDl(text).Network, [EdgeWeight.Funds, EdgeWeight.Links, EdgeWeight.Capital]);
    }

    [Fact]
    public void ReadsHeaderVariantsAndEmbeddedLabels()
    {
        // Gephi's DL page examples: edgelist1 with labels embedded, and a weighted edge list without labels.
        var (a, da) = ReadDl("DL n=5\nformat = edgelist1\nlabels embedded:\ndata:\ngeorge sally\ngeorge jim\nsally jim\nbilly george\njane jim\n");
        Assert.Empty(da);
        Assert.Equal(["george", "sally", "jim", "billy", "jane"], a.Nodes.Select(n => n.Id));
        Assert.Equal(5, a.EdgeCount);
        var (b, _) = ReadDl("dl\nformat=edgelist1\nn=3\ndata:\n1 2 1.5\n1 3 1.25\n");
        Assert.Equal(["1", "2", "3"], b.Nodes.Select(n => n.Id));
        Assert.Equal(2.75, b.TotalWeight(EdgeWeight.Funds));
        // R sna's header: commas, spaces around '=', nm = 1, quoted labels and a matrix label section.
        var (c, dc) = ReadDl("DL n = 2, nm = 1, format = edgelist1\nlabels:\n\"x y\",\"z\"\nmatrix labels:\n1\ndata:\n1 2 4 \n");
        Assert.Empty(dc);
        Assert.Equal(["x y", "z"], c.Nodes.Select(n => n.Id));
        Assert.Equal(4, c.TotalWeight(EdgeWeight.Funds));
    }

    [Fact]
    public void FullMatrixWithEmbeddedLabelsAndHalfMatrices()
    {
        var (a, _) = ReadDl("dl n=3 format = fullmatrix labels embedded\ndata:\np q r\nP 0 1 0\nQ 0 0 2\nR 3 0 0\n");
        Assert.Equal(["p", "q", "r"], a.Nodes.Select(n => n.Id));
        Assert.Equal(6, a.TotalWeight(EdgeWeight.Funds));
        Assert.Equal(3, a.Weights(EdgeWeight.Funds)[a.FindEdge(2, 0)]);
        // Lower half with diagonal: rows "1", "2 0", "0 4 5" → ties 2–1 (2), 3–2 (4) both ways, loops 1 (1) and 3 (5).
        var (h, dh) = ReadDl("DL N=3 FORMAT=LOWERHALF\nDATA:\n1\n2 0\n0 4 5\n");
        Assert.Equal(6, h.EdgeCount);
        Assert.Equal(1 + 2 * 2 + 2 * 4 + 5, h.TotalWeight(EdgeWeight.Funds));
        Assert.Equal(DiagnosticCode.UndirectedEdges, Assert.Single(dh).Code);
        // Upper half without diagonal: rows "1 0", "3" → 1–2 (1), 2–3 (3).
        var (u, _) = ReadDl("DL N=3 FORMAT=UPPERHALF DIAGONAL=ABSENT\nDATA:\n1 0\n3\n");
        Assert.Equal(4, u.EdgeCount);
        Assert.Equal(8, u.TotalWeight(EdgeWeight.Funds));
    }

    [Fact]
    public void NodeListAndRepairs()
    {
        var (a, d) = ReadDl("DL n=3 format=nodelist1\ndata:\n1 2 3\n2 3 7\n2 3\n");
        // 1→2, 1→3, 2→3, 2→7 (undeclared, added), 2→3 again (summed).
        Assert.Equal(["1", "2", "3", "7"], a.Nodes.Select(n => n.Id));
        Assert.Equal(2, a.Weights(EdgeWeight.Funds)[a.FindEdge(1, 2)]);
        Assert.Equal([DiagnosticCode.UndeclaredNode, DiagnosticCode.ParallelEdges], d.Select(x => x.Code));
        Assert.Throws<NetworkFormatException>(() => ReadDl("DL n=3 format=nodelist1\ndata:\n1 2 3\n2 3 7\n", NetworkFileReadOptions.Default with { Strict = true }));
    }

    [Fact]
    public void BadValuesAreRejectedAndShortMatricesReported()
    {
        var (a, d) = ReadDl("DL N=2\nDATA:\n0 -1\nx\n");
        Assert.Equal(0, a.EdgeCount);
        Assert.Equal(3, d.Count); // -1, x, and the matrix ends one value early
        Assert.All(d, x => Assert.Equal(DiagnosticSeverity.Rejected, x.Severity));
    }

    [Theory]
    [InlineData("", "does not start with DL")]
    [InlineData("graph n=2\ndata:\n", "does not start with DL")]
    [InlineData("DL format=fullmatrix\ndata:\n", "no N=")]
    [InlineData("DL n=2\n", "no DATA:")]
    [InlineData("DL nr=2 nc=3\ndata:\n", "two-mode")]
    [InlineData("DL n=2 format=edgelist2\ndata:\n", "is not read")]
    [InlineData("DL n=x\ndata:\n", "whole number")]
    public void UnusableFilesFailWithTheFileName(string text, string message)
    {
        var e = Assert.Throws<NetworkFormatException>(() => ReadDl(text));
        Assert.Contains(message, e.Message);
        Assert.StartsWith("t.dl", e.Message);
    }
}

using System.Text;

namespace CapitalNetwork.Tests.Graph;

public class EdgeListReaderTests
{
    [Fact]
    public void Reads_any_string_ids_sums_repeats_and_declares_isolated_nodes()
    {
        // By hand: nodes in order of first appearance a, b, c, z; a→b = 2 + 0.5; b→c = 1 (default weight); z isolated.
        var text = "source,target,weight\na,b,2\nb,c,\na,b,0.5\nz,,\n,q,1\nc,a,x\n";
        var diags = new List<Diagnostic>();
        var net = EdgeListReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "e.csv", diags.Add);
        Assert.Equal(["a", "b", "c", "z"], net.Nodes.Select(n => n.Id).ToArray());
        Assert.Equal(2, net.EdgeCount);
        Assert.Equal(2.5, net.Edge(net.FindEdge(0, 1)).Funds);
        Assert.Equal(1.0, net.Edge(net.FindEdge(1, 2)).Capital);
        Assert.False(net.IsCityNetwork);
        Assert.Equal([(6L, DiagnosticCode.MissingField), (7L, DiagnosticCode.BadAmount)], diags.Select(d => (d.Line, d.Code)).ToArray());
    }

    [Fact]
    public void Missing_columns_are_an_unusable_file()
    {
        var e = Assert.Throws<FilingsFormatException>(() => EdgeListReader.Read(new MemoryStream(Encoding.UTF8.GetBytes("from,to\na,b\n")), "bad.csv"));
        Assert.Contains("bad.csv", e.Message);
        Assert.Contains("source", e.Message);
    }
}

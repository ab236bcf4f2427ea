using System.Text;

namespace CapitalNetwork.Tests.Interchange;

/// <summary>Shared helpers of the Pajek, DL and Parquet tests.</summary>
internal static class InterchangeTestData
{
    public static string Folder(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "TestData", "interchange", .. parts]);

    public static FlowNetwork Sample => Export.Gexf.GexfTestData.SampleIngest.Network;

    public static (FlowNetwork Network, List<Diagnostic> Diagnostics) ReadPajek(string text, NetworkFileReadOptions? options = null)
    {
        var list = new List<Diagnostic>();
        var net = PajekReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "t.net", list.Add, options);
        return (net, list);
    }

    public static (FlowNetwork Network, List<Diagnostic> Diagnostics) ReadDl(string text, NetworkFileReadOptions? options = null)
    {
        var list = new List<Diagnostic>();
        var net = DlReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "t.dl", list.Add, options);
        return (net, list);
    }

    /// <summary>Node ids, labels, cities, and every edge with the given weight channels, equal.</summary>
    public static void AssertSame(FlowNetwork expected, FlowNetwork actual, EdgeWeight[] weights, bool registered = false)
    {
        Assert.Equal(expected.NodeCount, actual.NodeCount);
        for (var v = 0; v < expected.NodeCount; v++)
        {
            Assert.Equal(expected.Nodes[v].Id, actual.Nodes[v].Id);
            Assert.Equal(expected.Nodes[v].Label, actual.Nodes[v].Label);
            Assert.Equal(expected.Nodes[v].Division, actual.Nodes[v].Division);
            if (registered) Assert.Equal(expected.RegisteredFunds(v), actual.RegisteredFunds(v));
        }
        Assert.Equal(expected.EdgeCount, actual.EdgeCount);
        Assert.Equal(expected.Sources.ToArray(), actual.Sources.ToArray());
        Assert.Equal(expected.Targets.ToArray(), actual.Targets.ToArray());
        foreach (var w in weights) Assert.Equal(expected.Weights(w).ToArray(), actual.Weights(w).ToArray());
    }

    public static string Text(Action<TextWriter> write)
    {
        var w = new StringWriter();
        write(w);
        return w.ToString();
    }
}

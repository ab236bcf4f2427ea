using CapitalNetwork.Cli;

namespace CapitalNetwork.Tests.Cli;

/// <summary><c>capnet export --format pajek|dl|parquet</c> and capnet reading those files (issue 20). Expected values: the
/// library writers and readers on the same input (the command must add nothing and lose nothing), or by hand.</summary>
public sealed class InterchangeCliTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("capnet-interchange-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string P(string name) => Path.Combine(_dir, name);

    private static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CapnetApp.RunAsync(args, stdout, stderr, new StringReader(""));
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task ExportsWhatTheLibraryWritersWrite()
    {
        var filings = ExportCommandTests.SmallFilings(_dir);
        var net = CityNetwork.FromFilings(filings).Network;
        Assert.Equal(0, (await Run("export", filings, "-f", "pajek", "-o", P("a.net"), "--weight", "capital")).Code);
        var pajek = new StringWriter();
        PajekWriter.Write(net, pajek, new PajekOptions { Weight = EdgeWeight.Capital });
        Assert.Equal(pajek.ToString(), File.ReadAllText(P("a.net")));
        Assert.Equal(0, (await Run("export", filings, "-f", "dl", "-o", P("a.dl"), "--dl-layout", "edgelist1", "--names", "ids")).Code);
        var dl = new StringWriter();
        DlWriter.Write(net, dl, new DlOptions { Layout = DlLayout.EdgeList1, Names = VertexNames.Ids });
        Assert.Equal(dl.ToString(), File.ReadAllText(P("a.dl")));
        var (code, output, _) = await Run("export", filings, "-f", "parquet", "--dynamic", "-o", P("pq"));
        Assert.Equal(0, code);
        // Three filing years (2019–2021): the whole network and one pair per year.
        Assert.Contains("wrote 8 Parquet tables", output);
        Assert.Equal(["edges-2019.parquet", "edges-2020.parquet", "edges-2021.parquet", "edges.parquet", "nodes-2019.parquet", "nodes-2020.parquet", "nodes-2021.parquet", "nodes.parquet"],
            Directory.GetFiles(P("pq")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ReadsPajekDlAndParquetInputsAndSaysHowUndirectedTiesEntered()
    {
        File.WriteAllText(P("u.net"), "*Vertices 2\n1 a\n2 b\n*Edges\n1 2 3\n");
        var (code, _, err) = await Run("export", P("u.net"), "-f", "dl", "-o", P("u.dl"));
        Assert.Equal(0, code);
        Assert.Contains("1 undirected tie(s) entered the directed flow network as two edges", err);
        // By hand: a–b both ways with 3.
        Assert.Contains("DATA:\r\n0 3\r\n3 0\r\n", File.ReadAllText(P("u.dl")));
        Assert.Equal(0, (await Run("export", P("u.dl"), "-f", "parquet", "-o", P("pq"))).Code);
        Assert.Equal(0, (await Run("export", P("pq"), "-f", "pajek", "-o", P("back.net"))).Code);
        var back = PajekReader.Read(P("back.net"));
        Assert.Equal(["a", "b"], back.Nodes.Select(n => n.Id));
        Assert.Equal(6, back.TotalWeight(EdgeWeight.Funds));
    }

    [Fact]
    public async Task StrictRefusesInOneLineAndDynamicNeedsAFormatWithYears()
    {
        File.WriteAllText(P("p.net"), "*Vertices 2\n*Arcs\n1 2\n1 2\n");
        var (code, _, err) = await Run("measures", P("p.net"), "--strict");
        Assert.Equal(2, code);
        Assert.Equal($"capnet: {P("p.net")}:4: a second tie between 1 and 2 (strict reading refuses parallel ties)", err.Trim());
        (code, _, err) = await Run("export", P("p.net"), "-f", "pajek", "--dynamic", "-o", P("d.net"));
        Assert.Equal(2, code);
        Assert.Contains("--dynamic works with --format gexf, gephi-csv or parquet, not pajek", err);
    }
}

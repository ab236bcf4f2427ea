using System.Text.Json;
using System.Xml.Linq;
using CapitalNetwork.Cli;
using CapitalNetwork.Measures;

namespace CapitalNetwork.Tests.Cli;

/// <summary><c>capnet blocks</c>, run in process. Expected output: the library's block model of the same input.</summary>
public sealed class BlocksCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("capnet-blocks-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Sample => Path.Combine(AppContext.BaseDirectory, "SampleData", "sample-filings.csv");

    private string P(string name) => Path.Combine(_dir, name);

    private static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CapnetApp.RunAsync(["blocks", .. args], stdout, stderr, new StringReader(""));
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task Json_on_the_sample_gives_the_library_blocks_and_both_pictures()
    {
        var (code, stdout, stderr) = await Run(Sample, "-o", P("m.svg"), "--graph-svg", P("g.svg"));
        Assert.True(code == 0, stderr);
        var net = CityNetwork.FromFilings(Sample).Network;
        var expected = BlockModel.Concor(net);
        using var doc = JsonDocument.Parse(stdout);
        var blocks = doc.RootElement.GetProperty("blocks");
        Assert.Equal(expected.Blocks.Length, blocks.GetArrayLength());
        for (var k = 0; k < expected.Blocks.Length; k++)
        {
            Assert.Equal(expected.Blocks[k].Ids, blocks[k].GetProperty("members").EnumerateArray().Select(x => x.GetString()!));
            var role = blocks[k].GetProperty("role");
            Assert.Equal(expected.Blocks[k].Role is { } r ? BlockModelResult.RoleKey(r) : null, role.ValueKind == JsonValueKind.Null ? null : role.GetString());
        }
        Assert.Equal(expected.NetworkDensity, doc.RootElement.GetProperty("alpha").GetDouble());
        Assert.Equal(SvgCharts.BlockMatrix(net, expected, new SvgChartOptions { Width = 900, Height = 900 }).Text, File.ReadAllText(P("m.svg")));
        Assert.Equal(SvgCharts.BlockGraph(expected).Text, File.ReadAllText(P("g.svg")));
    }

    [Theory]
    [InlineData("blocks")]
    [InlineData("members")]
    [InlineData("density")]
    public async Task Csv_tables_are_the_library_tables(string table)
    {
        var (code, stdout, stderr) = await Run(Sample, "--format", "csv", "--table", table, "--depth", "1", "--weight", "capital", "--receives-none", "0.2");
        Assert.True(code == 0, stderr);
        var r = BlockModel.Concor(CityNetwork.FromFilings(Sample).Network,
            new ConcorOptions { Depth = 1, Weight = EdgeWeight.Capital, ReceivesNoneShare = 0.2 });
        var w = new StringWriter();
        if (table == "members") r.WriteMembersCsv(w);
        else if (table == "density") r.WriteDensityCsv(w);
        else r.WriteCsv(w);
        Assert.Equal(w.ToString(), stdout);
    }

    [Fact]
    public async Task Diagonal_reciprocal_gives_the_library_reciprocal_blocks()
    {
        var (code, stdout, stderr) = await Run(Sample, "--diagonal", "reciprocal", "--format", "csv", "--table", "members");
        Assert.True(code == 0, stderr);
        var r = BlockModel.Concor(CityNetwork.FromFilings(Sample).Network, new ConcorOptions { Diagonal = ConcorDiagonal.Reciprocal });
        var w = new StringWriter();
        r.WriteMembersCsv(w);
        Assert.Equal(w.ToString(), stdout);
        var (code2, ignore, _) = await Run(Sample, "--diagonal", "ignore", "--format", "csv", "--table", "members");
        Assert.Equal(0, code2);
        Assert.NotEqual(stdout, ignore);
    }

    [Theory]
    [InlineData("--binary", "--weight", "links")]
    [InlineData("--depth", "0")]
    [InlineData("--depth", "11")]
    [InlineData("--receives-none", "2")]
    [InlineData("--alpha", "-1")]
    [InlineData("--table", "members")]
    [InlineData("--format", "xml")]
    [InlineData("--diagonal", "retain")]
    public async Task User_errors_exit_2_in_one_line(params string[] extra)
    {
        var (code, stdout, stderr) = await Run([Sample, .. extra]);
        Assert.Equal(CapnetApp.UnusableInput, code);
        Assert.Equal("", stdout);
        Assert.StartsWith("capnet: ", stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr);
    }

    [Fact]
    public async Task An_unwritable_picture_is_named_in_the_one_line()
    {
        var bad = Path.Combine(P("no-such-folder"), "g.svg");
        var (code, _, stderr) = await Run(Sample, "-o", P("m.svg"), "--graph-svg", bad);
        Assert.Equal(CapnetApp.UnusableInput, code);
        Assert.Contains($"cannot write {bad}", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_input_exits_2()
    {
        var (code, _, stderr) = await Run(P("missing.csv"));
        Assert.Equal(CapnetApp.UnusableInput, code);
        Assert.Contains("capnet: ", stderr);
    }

    [Fact]
    public void Pictures_are_well_formed_and_refuse_another_network()
    {
        var net = CityNetwork.FromFilings(Sample).Network;
        var r = BlockModel.Concor(net);
        var matrix = XDocument.Parse(SvgCharts.BlockMatrix(net, r).Text);
        Assert.Equal("svg", matrix.Root!.Name.LocalName);
        var graph = XDocument.Parse(SvgCharts.BlockGraph(r).Text);
        // one arrow per off-diagonal 1 of the image matrix (the marker's own path is not an arrow)
        var arrows = graph.Descendants().Count(e => e.Name.LocalName == "path" && e.Attribute("marker-end") is not null);
        var ones = Enumerable.Range(0, r.Blocks.Length).Sum(k => Enumerable.Range(0, r.Blocks.Length).Count(l => k != l && r.Image[k][l] == 1));
        Assert.Equal(ones, arrows);
        var other = new FlowNetworkBuilder();
        other.AddNode("x");
        Assert.Throws<ArgumentException>(() => SvgCharts.BlockMatrix(other.Build(), r));
    }
}

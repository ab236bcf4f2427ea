using System.Xml.Linq;
using CapitalNetwork.Cli.Commands;
using CapitalNetwork.Measures;

namespace CapitalNetwork.Tests.Cli;

/// <summary><c>capnet draw</c>, run in process through <c>DrawCommand.Create(out, err).Parse(args).InvokeAsync()</c>.
/// Expected output: the library's pictures for the same input and options.</summary>
public sealed class DrawCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("capnet-draw-").FullName;
    private readonly string _filings;

    public DrawCommandTests() => _filings = ExportCommandTests.SmallFilings(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await DrawCommand.Create(stdout, stderr).Parse(args).InvokeAsync();
        return (code, stdout.ToString(), stderr.ToString());
    }

    private string P(string name) => Path.Combine(_dir, name);

    [Fact]
    public async Task Network_picture_equals_the_library_picture()
    {
        var (code, stdout, stderr) = await Run(_filings, "-o", P("n.svg"), "--top-edges", "3", "--labels", "2", "--title", "样例");
        Assert.True(code == 0, stderr);
        Assert.Contains("wrote", stdout);
        var expected = NetworkSvg.Draw(CityNetwork.FromFilings(_filings).Network, new NetworkSvgOptions { TopEdges = 3, Labels = 2, Title = "样例" });
        Assert.Equal(expected.Text, File.ReadAllText(P("n.svg")));
    }

    [Theory]
    [InlineData("lorenz")]
    [InlineData("flows")]
    [InlineData("top")]
    [InlineData("trend")]
    public async Task Charts_are_drawn(string chart)
    {
        var (code, _, stderr) = await Run(_filings, "-o", P(chart + ".svg"), "--chart", chart, "--weight", "capital");
        Assert.True(code == 0, stderr);
        var text = File.ReadAllText(P(chart + ".svg"));
        var ingest = CityNetwork.FromFilings(_filings);
        var net = ingest.Network;
        var expected = chart switch
        {
            "lorenz" => SvgCharts.LorenzCurve(Centrality.InStrength(net, EdgeWeight.Capital)),
            "flows" => SvgCharts.RegionFlowMatrix(net, EdgeWeight.Capital),
            "top" => SvgCharts.TopBars(Centrality.InStrength(net, EdgeWeight.Capital), 20),
            _ => SvgCharts.RegionTrend(ingest.Years, EdgeWeight.Capital),
        };
        Assert.Equal(expected.Text, text);
        Assert.Equal("svg", XDocument.Parse(text).Root!.Name.LocalName);
    }

    [Fact]
    public async Task Edge_lists_get_a_force_layout_and_no_trend()
    {
        File.WriteAllText(P("e.csv"), "source,target,weight\na,b,2\nb,c,1\nc,a,3\n");
        var (code, _, stderr) = await Run(P("e.csv"), "-o", P("e.svg"));
        Assert.True(code == 0, stderr);
        Assert.DoesNotContain(" km<", File.ReadAllText(P("e.svg")));
        (code, _, stderr) = await Run(P("e.csv"), "-o", P("t.svg"), "--chart", "trend");
        Assert.Equal(2, code);
        Assert.Contains("trend needs", stderr);
        (code, _, stderr) = await Run(P("e.csv"), "-o", P("g.svg"), "--layout", "geo");
        Assert.Equal(2, code);
        Assert.Contains("geographic", stderr);
    }
}

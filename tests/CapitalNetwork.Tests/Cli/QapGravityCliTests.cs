using System.Text.Json;
using CapitalNetwork.Cli;

namespace CapitalNetwork.Tests.Cli;

/// <summary><c>capnet qap</c> and <c>capnet gravity</c>, run in process on hand-made edge lists.</summary>
public sealed class QapGravityCliTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("capnet-qap-").FullName;

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
    public async Task Qap_on_an_edge_list_with_an_edge_list_predictor()
    {
        // 5 nodes (a–e) in y, the same in x: 5·4 = 20 off-diagonal dyads (by hand); the fit itself is checked in QapTests.
        File.WriteAllText(P("y.csv"), "source,target,weight\na,b,1\nb,c,2\nc,d,3\nd,e,1\ne,a,2\na,c,4\n");
        File.WriteAllText(P("x.csv"), "source,target,weight\na,b,3\nb,c,5\nc,d,7\nd,e,3\ne,a,5\na,c,9\nb,d,5\n");
        var (code, stdout, stderr) = await Run("qap", P("y.csv"), "--x", $"dist={P("x.csv")}", "--permutations", "50", "--format", "json");
        Assert.True(code == 0, stderr);
        using var doc = JsonDocument.Parse(stdout);
        Assert.Equal(20, doc.RootElement.GetProperty("dyads").GetInt32());
        Assert.Equal(["(intercept)", "dist"], doc.RootElement.GetProperty("terms").EnumerateArray().Select(t => t.GetProperty("term").GetString()!));
        Assert.Equal("qapspp", doc.RootElement.GetProperty("null").GetString());
        // the default format is the printed table
        var (code2, table, _) = await Run("qap", P("y.csv"), "--x", $"dist={P("x.csv")}", "--permutations", "20");
        Assert.Equal(0, code2);
        Assert.Contains("MRQAP regression of funds", table);
        Assert.Contains("N = 20 dyads (5 nodes, diagonal excluded)", table);
    }

    [Fact]
    public async Task Gravity_on_an_edge_list_needs_predictors_and_names_the_dropped_effects()
    {
        // node e receives nothing, so its destination effect is not identified and must be reported as dropped
        File.WriteAllText(P("f.csv"), "source,target,weight\na,b,5\nb,a,3\nb,c,2\nc,a,1\nc,b,4\na,c,6\ne,a,2\ne,b,1\n");
        File.WriteAllText(P("d.csv"), "source,target,weight\na,b,1\nb,a,1\nb,c,2\nc,b,2\na,c,3\nc,a,3\ne,a,1\na,e,1\ne,b,2\nb,e,2\ne,c,1\nc,e,1\n");
        var (bad, _, err) = await Run("gravity", P("f.csv"));
        Assert.Equal(2, bad);
        Assert.Contains("--x NAME=FILE.csv", err);
        var (code, stdout, stderr) = await Run("gravity", P("f.csv"), "--x", $"dist={P("d.csv")}", "--format", "json");
        Assert.True(code == 0, stderr);
        using var doc = JsonDocument.Parse(stdout);
        Assert.Equal(["e"], doc.RootElement.GetProperty("dropped_destinations").EnumerateArray().Select(x => x.GetString()!));
        Assert.Contains("destination(s) have only zero flows", stderr);
    }
}

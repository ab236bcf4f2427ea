using System.Text;
using System.Text.Json;
using CapitalNetwork.Cli;
using CapitalNetwork.Measures;

namespace CapitalNetwork.Tests.Measures;


/// <summary>
/// The centrality keys of <c>capnet measures</c> (src/CapitalNetwork.Cli/Commands/MeasureCatalog.Centrality.cs): each key
/// gives the library value with NetworkX's defaults (expected values: the library calls, themselves checked against
/// networkx in the other tests), and undefined values are written as null.
/// </summary>
public sealed class MeasureCatalogCentralityTests : IDisposable
{
    private static readonly string[] Keys =
        ["betweenness", "betweenness_weighted", "closeness", "closeness_weighted", "harmonic", "harmonic_weighted", "pagerank", "eigenvector", "hub", "authority", "katz"];

    private readonly string _dir = Directory.CreateTempSubdirectory("capnet-centrality-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Every_key_is_written_with_networkx_conventions()
    {
        var g = CentralityReference.Get("citylike");
        var path = Path.Combine(_dir, "edges.csv");
        var sb = new StringBuilder("source,target,weight\n");
        foreach (var node in g.Network.Nodes) sb.Append(node.Id).Append(",,\n");
        foreach (var e in g.Network.Edges)
            sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"{g.Network.Nodes[e.Source].Id},{g.Network.Nodes[e.Target].Id},{e.Funds}\n");
        File.WriteAllText(path, sb.ToString(), new UTF8Encoding(false));
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CapnetApp.RunAsync(["measures", path, "--only", string.Join(',', Keys)], stdout, stderr, new StringReader(""));
        Assert.True(code == 0, stderr.ToString());
        using var doc = JsonDocument.Parse(stdout.ToString());
        var nodes = doc.RootElement.GetProperty("nodes").EnumerateArray().ToDictionary(n => n.GetProperty("id").GetString()!);
        var net = EdgeListReader.Read(path);
        var inv = EdgeDistance.InverseWeight;
        var hits = Centrality.Hits(net);
        var expected = new Dictionary<string, global::CapitalNetwork.Measures.NodeValues>
        {
            ["betweenness"] = Centrality.Betweenness(net).Values,
            ["betweenness_weighted"] = Centrality.Betweenness(net, new() { Distance = inv }).Values,
            ["closeness"] = Centrality.Closeness(net).Values,
            ["closeness_weighted"] = Centrality.Closeness(net, new() { Distance = inv }).Values,
            ["harmonic"] = Centrality.Harmonic(net).Values,
            ["harmonic_weighted"] = Centrality.Harmonic(net, new() { Distance = inv }).Values,
            ["pagerank"] = Centrality.PageRank(net).Values,
            ["eigenvector"] = Centrality.Eigenvector(net).Values,
            ["hub"] = hits.Hubs,
            ["authority"] = hits.Authorities,
            ["katz"] = Centrality.Katz(net).Values,
        };
        foreach (var key in Keys)
            foreach (var node in net.Nodes)
                Assert.Equal(expected[key][node.Index], nodes[node.Id].GetProperty(key).GetDouble(), 14);
        // networkx reference values for the same graph (make_reference.py): spot checks that the keys use its defaults.
        Agreement.Relative(g["betweenness"], expected["betweenness"].Values, g.Call("betweenness"));
        Agreement.Relative(g["closeness_weighted"], expected["closeness_weighted"].Values, g.Call("closeness_weighted"));
        Agreement.Absolute(g["pagerank"], expected["pagerank"].Values, g.Call("pagerank"));
        Agreement.Absolute(g["katz"], expected["katz"].Values, g.Call("katz"));
    }

    [Fact]
    public async Task Undefined_values_are_null()
    {
        // Two equal disjoint 3-cycles: eigenvector and HITS undefined.
        var path = Path.Combine(_dir, "twins.csv");
        File.WriteAllText(path, "source,target,weight\na,b,1\nb,c,1\nc,a,1\nx,y,1\ny,z,1\nz,x,1\n", new UTF8Encoding(false));
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CapnetApp.RunAsync(["measures", path, "--only", "eigenvector,hub,pagerank"], stdout, stderr, new StringReader(""));
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(stdout.ToString());
        foreach (var n in doc.RootElement.GetProperty("nodes").EnumerateArray())
        {
            Assert.Equal(JsonValueKind.Null, n.GetProperty("eigenvector").ValueKind);
            Assert.Equal(JsonValueKind.Null, n.GetProperty("hub").ValueKind);
            Assert.Equal(1.0 / 6, n.GetProperty("pagerank").GetDouble(), 12);
        }
        // Why, on stderr: one line per undefined key, none for PageRank.
        var lines = stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("capnet: eigenvector is undefined (null): ", lines[0]);
        Assert.Contains("not unique", lines[0]);
        Assert.StartsWith("capnet: hub is undefined (null): ", lines[1]);
        Assert.Contains("not simple", lines[1]);
    }

    [Fact]
    public async Task Katz_alpha_can_be_chosen_and_a_diverging_series_says_which_alpha_would_do()
    {
        // A directed 3-cycle a → b → c → a with a sink d fed by a and b: ρ(A) = 1 (closed form: the cycle's eigenvalues
        // are the cube roots of unity, d adds 0), so α = 0.1 and α = 0.5 converge and α = 1.5 diverges. Expected values:
        // the library's Katz with that α (checked against networkx in KatzTests). Unnormalised, the cycle has
        // β/(1 − α) and d has β + 2αβ/(1 − α), so d's share changes with α: the option must reach the measure.
        var path = Path.Combine(_dir, "cycle.csv");
        File.WriteAllText(path, "source,target,weight\na,b,1\nb,c,1\nc,a,1\na,d,1\nb,d,1\n", new UTF8Encoding(false));
        var net = EdgeListReader.Read(path);
        var written = new List<double[]>();
        foreach (var (args, alpha) in new[] { (Array.Empty<string>(), 0.1), (new[] { "--katz-alpha", "0.5" }, 0.5) })
        {
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            Assert.Equal(0, await CapnetApp.RunAsync(["measures", path, "--only", "katz", .. args], stdout, stderr, new StringReader("")));
            Assert.Equal("", stderr.ToString());
            using var doc = JsonDocument.Parse(stdout.ToString());
            var expected = Centrality.Katz(net, new() { Alpha = alpha }).Values;
            var values = doc.RootElement.GetProperty("nodes").EnumerateArray().ToDictionary(n => n.GetProperty("id").GetString()!, n => n.GetProperty("katz").GetDouble());
            foreach (var node in net.Nodes) Assert.Equal(expected[node.Index], values[node.Id], 14);
            written.Add([.. net.Nodes.Select(node => values[node.Id])]);
        }
        Assert.True(Math.Abs(written[0][3] - written[1][3]) > 1e-3, "d's Katz value must depend on α");
        var diverging = new StringWriter();
        var divergingErr = new StringWriter();
        Assert.Equal(0, await CapnetApp.RunAsync(["measures", path, "--only", "katz", "--katz-alpha", "1.5"], diverging, divergingErr, new StringReader("")));
        using (var doc = JsonDocument.Parse(diverging.ToString()))
            Assert.All(doc.RootElement.GetProperty("nodes").EnumerateArray(), n => Assert.Equal(JsonValueKind.Null, n.GetProperty("katz").ValueKind));
        Assert.StartsWith("capnet: katz is undefined (null): ", divergingErr.ToString());
        Assert.Contains("α = 1.5", divergingErr.ToString());
        // Not a positive number: a usage error naming the option.
        var badErr = new StringWriter();
        Assert.NotEqual(0, await CapnetApp.RunAsync(["measures", path, "--katz-alpha", "-1"], new StringWriter(), badErr, new StringReader("")));
        Assert.Contains("--katz-alpha must be a positive number, not '-1'.", badErr.ToString());
    }
}

using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using CapitalNetwork.Cli.Commands;
using CapitalNetwork.Tests.Export.Gexf;

namespace CapitalNetwork.Tests.Cli;

/// <summary><c>capnet export</c>, run in process through <c>ExportCommand.Create(out, err).Parse(args).InvokeAsync()</c>.
/// Expected values: the library writers on the same input (the command must add nothing and lose nothing), or by hand.</summary>
public sealed class ExportCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("capnet-export-").FullName;
    private readonly string _filings;

    public ExportCommandTests() => _filings = SmallFilings(_dir);

    /// <summary>Six fund–partner rows over 2019–2021 (深圳, 北京, 上海, 杭州, 成都), small enough to ingest in milliseconds.</summary>
    internal static string SmallFilings(string dir)
    {
        var path = Path.Combine(dir, "filings.csv");
        File.WriteAllText(path, """
            基金编号,注册地,备案时间,合伙人名称,所在地,认缴出资额（万元）
            F1,广东省深圳市南山区,2019-03-01,甲,北京市海淀区,100
            F1,广东省深圳市南山区,2019-03-01,丙,深圳市福田区,10
            F2,深圳市,2019-07-01,甲,北京-朝阳区,20
            F3,北京市,2020-01-02,丁,上海市浦东新区,5
            F4,杭州市,2021-05-05,戊,北京市,12.5
            F5,成都市,2021-06-06,己,杭州市,3
            """, new UTF8Encoding(false));
        return path;
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await ExportCommand.Create(stdout, stderr).Parse(args).InvokeAsync();
        return (code, stdout.ToString(), stderr.ToString());
    }

    private string P(string name) => Path.Combine(_dir, name);

    [Fact]
    public async Task Static_gexf_equals_the_library_output()
    {
        var (code, stdout, stderr) = await Run(_filings, "--format", "gexf", "-o", P("n.gexf"), "--weight", "links");
        Assert.True(code == 0, stderr);
        Assert.Contains("wrote", stdout);
        var network = CapitalNetwork.CityNetwork.FromFilings(_filings).Network;
        Assert.Equal(GexfTestData.Bytes(network, new GexfOptions { Weight = CapitalNetwork.EdgeWeight.Links }), File.ReadAllBytes(P("n.gexf")));
    }

    [Fact]
    public async Task Graphml_equals_the_library_output_and_reads_back_as_input()
    {
        // Expected: GraphMLWriter's bytes on the same network; the GraphML is itself an input (by its extension) and its
        // GraphML export is the same file again (round trip).
        var (code, stdout, stderr) = await Run(_filings, "--format", "graphml", "-o", P("n.graphml"), "--weight", "capital");
        Assert.True(code == 0, stderr);
        Assert.Contains("wrote", stdout);
        var network = CapitalNetwork.CityNetwork.FromFilings(_filings).Network;
        var expected = Export.GraphML.GraphMLTestData.GraphML(network, new GexfOptions { Weight = CapitalNetwork.EdgeWeight.Capital });
        Assert.Equal(expected, File.ReadAllBytes(P("n.graphml")));
        (code, _, stderr) = await Run(P("n.graphml"), "--format", "graphml", "-o", P("n2.graphml"), "--weight", "capital");
        Assert.True(code == 0, stderr);
        Assert.Equal(expected, File.ReadAllBytes(P("n2.graphml")));
        Assert.DoesNotContain("warning", stderr);
    }

    [Fact]
    public async Task Undirected_and_undeclared_edges_are_announced_and_strict_nodes_refuses_them()
    {
        // Expected (hand-made GEXF: no defaultedgetype, so undirected; edge b–zz to an undeclared node): exit 0, stderr
        // names the 2 warnings and says the undirected edges entered both ways; the diagnostics file lists them; with
        // --strict exit 2 and one line naming the file, edge and node.
        File.WriteAllText(P("u.gexf"), """
            <gexf version="1.2"><graph><nodes><node id="a"/><node id="b"/></nodes>
            <edges><edge id="0" source="a" target="b"/><edge id="1" source="b" target="zz"/></edges></graph></gexf>
            """);
        var (code, _, stderr) = await Run(P("u.gexf"), "--format", "graphml", "-o", P("u.graphml"), "--diagnostics", P("u.csv"));
        Assert.True(code == 0, stderr);
        Assert.Contains("2 warnings (undeclared_node 1, undirected_edges 1)", stderr);
        Assert.Contains("2 undirected edge(s)", stderr);
        Assert.Contains("undeclared_node", File.ReadAllText(P("u.csv")));
        Assert.Equal(4, CapitalNetwork.GraphMLReader.Read(P("u.graphml")).EdgeCount); // a→b, b→a, b→zz, zz→b
        (code, _, stderr) = await Run(P("u.gexf"), "--format", "graphml", "-o", P("s.graphml"), "--strict");
        Assert.Equal(2, code);
        Assert.Contains("u.gexf:2: edge '1': target 'zz' is not a declared node", stderr);
        Assert.Single(stderr.Trim().Split('\n'));
    }

    [Fact]
    public async Task Dynamic_gexf_from_filings_equals_the_library_output_and_reads_back()
    {
        var (code, stdout, stderr) = await Run(_filings, "-o", P("d.gexf"), "--dynamic", "--timeline", "per-year");
        Assert.True(code == 0, stderr);
        Assert.Contains("dynamic, 3 years 2019–2021, PerYear", stdout);
        var expected = GexfTestData.DynamicBytes(CapitalNetwork.CityNetwork.FromFilings(_filings).Years, new GexfOptions { Timeline = GexfTimeline.PerYear });
        Assert.Equal(expected, File.ReadAllBytes(P("d.gexf")));
        // and a dynamic GEXF is itself accepted as input of --dynamic (years from the file)
        (code, _, stderr) = await Run(P("d.gexf"), "-o", P("d2.gexf"), "--dynamic", "--timeline", "per-year");
        Assert.True(code == 0, stderr);
        Assert.Equal(expected, File.ReadAllBytes(P("d2.gexf")));
    }

    [Fact]
    public async Task Measures_become_node_attributes_and_network_figures()
    {
        // Edge list a→b (2), b→a (1), b→b (3), c isolated: in_strength a 1, b 5; total_weight 6 (hand sums).
        File.WriteAllText(P("e.csv"), "source,target,weight\na,b,2\nb,a,1\nb,b,3\nc,,\n", new UTF8Encoding(false));
        var (code, _, stderr) = await Run(P("e.csv"), "-o", P("e.gexf"), "--measures", "in_strength,total_weight,in_degree");
        Assert.True(code == 0, stderr);
        var doc = GexfReader.ReadDocument(P("e.gexf"));
        var strength = Assert.Single(doc.NodeAttributes); // in_degree is a built-in attribute already, not repeated
        Assert.Equal("in_strength", strength.Name);
        Assert.Equal(["1", "5", "0"], strength.Values.Select(v => v ?? "(none)"));
        Assert.Equal(GexfNetworkAttribute.Double("total_weight", 6), Assert.Single(doc.NetworkAttributes));
        (code, _, stderr) = await Run(P("e.csv"), "-o", P("x.gexf"), "--measures", "nonsense");
        Assert.Equal(2, code);
        Assert.Contains("unknown measure key 'nonsense'", stderr);
    }

    [Fact]
    public async Task An_undefined_measure_says_why_and_katz_alpha_is_an_option()
    {
        // A 4-clique with all 12 arcs: ρ(A) = 3 (closed form), so Katz converges below α = 1/3 and diverges above. With
        // α = 0.5 stderr says why and names α; with α = 0.2 the attribute is written (every node 1/√4 by symmetry).
        var sb = new StringBuilder("source,target,weight\n");
        foreach (var s in "abcd")
            foreach (var t in "abcd")
                if (s != t) sb.Append(s).Append(',').Append(t).Append(",1\n");
        File.WriteAllText(P("k.csv"), sb.ToString(), new UTF8Encoding(false));
        var (code, _, stderr) = await Run(P("k.csv"), "-o", P("k1.gexf"), "--measures", "katz", "--katz-alpha", "0.5");
        Assert.Equal(0, code);
        Assert.StartsWith("capnet: katz is undefined (null): ", stderr);
        Assert.Contains("α = 0.5", stderr);
        (code, _, stderr) = await Run(P("k.csv"), "-o", P("k2.gexf"), "--measures", "katz", "--katz-alpha", "0.2");
        Assert.True(code == 0 && stderr.Length == 0, stderr);
        var katz = Assert.Single(GexfReader.ReadDocument(P("k2.gexf")).NodeAttributes);
        Assert.Equal("katz", katz.Name);
        Assert.All(katz.Values, v => Assert.Equal(0.5, double.Parse(v!, System.Globalization.CultureInfo.InvariantCulture), 12));
    }

    [Fact]
    public async Task Gephi_csv_and_json_are_written()
    {
        var (code, stdout, stderr) = await Run(_filings, "--format", "gephi-csv", "-o", P("csv"), "--dynamic");
        Assert.True(code == 0, stderr);
        Assert.Contains("nodes.csv", stdout);
        Assert.StartsWith("Id,Label,code,", File.ReadAllText(P("csv/nodes.csv")));
        Assert.Contains(",timeset,", File.ReadLines(P("csv/edges.csv")).First());
        (code, _, stderr) = await Run(_filings, "--format", "json", "-o", P("n.json"));
        Assert.True(code == 0, stderr);
        using var json = JsonDocument.Parse(File.ReadAllText(P("n.json")));
        Assert.Equal(372, json.RootElement.GetProperty("nodes").GetArrayLength());
    }

    [Fact]
    public async Task Svg_is_written_and_dynamic_svg_is_refused()
    {
        var (code, _, stderr) = await Run(_filings, "--format", "svg", "-o", P("n.svg"));
        Assert.True(code == 0, stderr);
        Assert.Equal("svg", XDocument.Load(P("n.svg")).Root!.Name.LocalName);
        (code, _, stderr) = await Run(_filings, "--format", "svg", "--dynamic", "-o", P("n2.svg"));
        Assert.Equal(2, code);
        Assert.Contains("--dynamic", stderr);
    }

    [Fact]
    public async Task Unusable_input_exits_with_code_2()
    {
        var (code, _, stderr) = await Run(P("missing.csv"), "-o", P("x.gexf"));
        Assert.Equal(2, code);
        Assert.Contains("missing.csv", stderr);
        File.WriteAllText(P("bad.gexf"), "<?xml version=\"1.0\"?>\n<!DOCTYPE gexf [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<gexf/>");
        (code, _, stderr) = await Run(P("bad.gexf"), "-o", P("x.gexf"));
        Assert.Equal(2, code);
        Assert.Contains("DTD", stderr);
        File.WriteAllText(P("e.csv"), "source,target\na,b\n");
        (code, _, stderr) = await Run(P("e.csv"), "-o", P("x.gexf"), "--dynamic");
        Assert.Equal(2, code);
        Assert.Contains("--dynamic needs", stderr);
    }
}

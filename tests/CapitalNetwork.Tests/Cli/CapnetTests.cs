using System.Text;
using System.Text.Json;
using CapitalNetwork.Cli;

namespace CapitalNetwork.Tests.Cli;

/// <summary>The capnet commands, run in process. Expected values are worked out by hand from the inputs written here.</summary>
public sealed class CapnetTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("capnet-test-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static async Task<(int Code, string Out, string Err)> Run(string[] args, string stdin = "")
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CapnetApp.RunAsync(args, stdout, stderr, new StringReader(stdin));
        return (code, stdout.ToString(), stderr.ToString());
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    [Fact]
    public async Task Resolve_prints_one_line_per_input()
    {
        var (code, stdout, _) = await Run(["resolve", "昆山", "朝阳区", "浙江省宁波市北仑区"]);
        Assert.Equal(0, code);
        var lines = stdout.TrimEnd().Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("昆山\t320500\t苏州市", lines[0]);
        Assert.StartsWith("朝阳区\tunresolved\tambiguous:", lines[1]);
        Assert.StartsWith("浙江省宁波市北仑区\t330200\t宁波市\taddress", lines[2]);
    }

    [Fact]
    public async Task Resolve_reports_short_name_prefixes_as_uncertain_unless_accepted()
    {
        // 平安银行 starts with 平安 (平安区 630203 → 海东市 630200, divisions.csv); 平安区人民路1号 is an address; 朝阳区 is
        // in 北京 and 长春 — its reason says "could be …" once, after the failure name.
        var (code, stdout, _) = await Run(["resolve", "平安银行", "平安区人民路1号", "朝阳区"]);
        Assert.Equal(0, code);
        var lines = stdout.TrimEnd().Split('\n');
        Assert.StartsWith("平安银行\tunresolved\tuncertain: starts with the short name 平安 (平安区, 海东市 630200)", lines[0]);
        Assert.StartsWith("平安区人民路1号\t630200\t海东市", lines[1]);
        Assert.Equal("朝阳区\tunresolved\tambiguous: could be 北京市 110000 or 长春市 220100", lines[2].TrimEnd('\r'));

        (code, stdout, _) = await Run(["resolve", "--accept-short-name-prefix", "平安银行", "雄安"]);
        Assert.Equal(0, code);
        lines = stdout.TrimEnd().Split('\n');
        Assert.Equal("平安银行\t630200\t海东市\tname", lines[0].TrimEnd('\r'));
        Assert.Equal("雄安\t130600\t保定市\talias", lines[1].TrimEnd('\r'));   // 雄安 → 保定市 130600 (aliases.csv)
    }

    [Fact]
    public async Task Resolve_reads_stdin_when_no_text_is_given()
    {
        var (code, stdout, _) = await Run(["resolve"], "广东-深圳\n开曼群岛\n");
        Assert.Equal(0, code);
        var lines = stdout.TrimEnd().Split('\n');
        Assert.StartsWith("广东-深圳\t440300\t深圳市", lines[0]);
        Assert.StartsWith("开曼群岛\tunresolved\tforeign:", lines[1]);
    }

    [Fact]
    public async Task Measures_on_an_edge_list_as_json()
    {
        // a→b (2), b→a (1), b→b (3), c isolated. By hand: in_degree a=1 b=2 c=0; in_strength a=1 b=5; local b=3; out_strength b=4.
        var path = Write("edges.csv", "source,target,weight\na,b,2\nb,a,1\nb,b,3\nc,,\n");
        var (code, stdout, stderr) = await Run(["measures", path]);
        Assert.True(code == 0, stderr);
        using var doc = JsonDocument.Parse(stdout);
        var nodes = doc.RootElement.GetProperty("nodes").EnumerateArray().ToDictionary(n => n.GetProperty("id").GetString()!);
        Assert.Equal(1, nodes["a"].GetProperty("in_degree").GetDouble());
        Assert.Equal(2, nodes["b"].GetProperty("in_degree").GetDouble());
        Assert.Equal(0, nodes["c"].GetProperty("in_degree").GetDouble());
        Assert.Equal(5, nodes["b"].GetProperty("in_strength").GetDouble());
        Assert.Equal(4, nodes["b"].GetProperty("out_strength").GetDouble());
        Assert.Equal(3, nodes["b"].GetProperty("local_strength").GetDouble());
        // Degree centralities over n − 1 = 2, by hand: a in 1 + out 1 → 1; b in 2 + out 2 (the loop counts in both) → 2.
        Assert.Equal(1, nodes["a"].GetProperty("degree_centrality").GetDouble());
        Assert.Equal(2, nodes["b"].GetProperty("degree_centrality").GetDouble());
        Assert.Equal(0, nodes["c"].GetProperty("degree_centrality").GetDouble());
        Assert.Equal(1, nodes["b"].GetProperty("in_degree_centrality").GetDouble());
        Assert.Equal(0.5, nodes["a"].GetProperty("out_degree_centrality").GetDouble());
        var network = doc.RootElement.GetProperty("network");
        Assert.Equal(3, network.GetProperty("node_count").GetInt32());
        Assert.Equal(0.5, network.GetProperty("local_share").GetDouble()); // 3 / 6
    }

    [Fact]
    public async Task Measures_only_computes_the_named_keys_and_csv_works()
    {
        var path = Write("edges.csv", "source,target\nx,y\n");
        var (code, stdout, _) = await Run(["measures", path, "--format", "csv", "--only", "in_degree"]);
        Assert.Equal(0, code);
        Assert.Equal("id,label,in_degree\nx,x,0\ny,y,1\n", stdout.Replace("\r", ""));
    }

    [Fact]
    public async Task Unusable_input_exits_non_zero_with_a_one_line_reason()
    {
        var (code, _, stderr) = await Run(["measures", Path.Combine(_dir, "missing.csv")]);
        Assert.Equal(2, code);
        Assert.Contains("missing.csv", stderr);
        Assert.Single(stderr.TrimEnd().Split('\n'));

        var bad = Write("bad.csv", "a,b\n1,2\n");
        (code, _, stderr) = await Run(["build", bad, "-o", Path.Combine(_dir, "x.gexf")]);
        Assert.Equal(2, code);
        Assert.Contains("no fund place column", stderr);

        (code, _, stderr) = await Run(["measures", bad, "--only", "nonsense"]);
        Assert.Equal(2, code); // every failure a user can cause exits with 2
        Assert.Contains("unknown measure key 'nonsense'", stderr);
    }

    [Fact]
    public async Task Build_writes_a_gexf_that_measures_reads_back_with_the_same_figures()
    {
        var filings = Write("f.csv", """
            基金编号,注册地,备案时间,合伙人名称,所在地,认缴出资额（万元）
            F1,广东省深圳市南山区,2019-03-01,甲,北京市海淀区,100
            F1,广东省深圳市南山区,2019-03-01,丙,深圳市福田区,10
            F2,深圳市,2019-07-01,甲,北京-朝阳区,20
            F3,北京市,2020-01-02,丁,火星市,5
            """);
        var gexf = Path.Combine(_dir, "n.gexf");
        var diag = Path.Combine(_dir, "d.csv");
        var (code, stdout, stderr) = await Run(["build", filings, "-o", gexf, "--diagnostics", diag]);
        Assert.True(code == 0, stderr);
        Assert.Contains("rows read                       4", stdout);
        Assert.Contains("reconciles", stdout);
        Assert.True(File.Exists(gexf));
        Assert.Contains("f.csv,5,所在地,unknown_place,rejected", File.ReadAllText(diag));

        var (c1, fromFilings, _) = await Run(["measures", filings, "--format", "csv", "--weight", "capital"]);
        var (c2, fromGexf, _) = await Run(["measures", gexf, "--format", "csv", "--weight", "capital"]);
        Assert.Equal(0, c1);
        Assert.Equal(0, c2);
        Assert.Equal(fromFilings, fromGexf);
        Assert.Contains("440300,深圳市,2,1,1300000,100000,100000", fromFilings); // 深圳: in-degree 2 (北京, itself), out-degree 1 (loop); in 100+20+10 万, local 10 万
    }

    [Fact]
    public async Task Synth_writes_the_requested_number_of_rows()
    {
        var path = Path.Combine(_dir, "s.csv");
        var (code, _, _) = await Run(["synth", "-n", "250", "-o", path, "--english"]);
        Assert.Equal(0, code);
        var lines = File.ReadAllLines(path);
        Assert.Equal(251, lines.Length);
        Assert.StartsWith("fund_id,", lines[0]);
    }
}

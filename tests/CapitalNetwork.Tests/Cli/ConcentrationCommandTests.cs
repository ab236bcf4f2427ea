using System.CommandLine;
using System.Text;
using System.Text.Json;
using CapitalNetwork.Cli.Commands;
using CapitalNetwork.Tests.Measures;
using static CapitalNetwork.Tests.Measures.ConcentrationReference;

namespace CapitalNetwork.Tests.Cli;

/// <summary>
/// <c>capnet concentration</c> run in process on TestData/concentration/provinces.csv (Chinese headers) (the
/// concentration keys of <c>capnet measures</c> are tested end to end in <see cref="MeasuresCatalogCliTests"/>). Expected figures come from make_reference.py (Python 3.11.7, numpy
/// 1.24.2): datasets "provinces" (基金数量 by 地区), "provinces_weighted" (认缴规模 weighted by 常住人口) and "cities".
/// </summary>
public sealed class ConcentrationCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("capnet-conc-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Provinces => Path.Combine(Dir, "provinces.csv");

    private static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var command = ConcentrationCommand.Create(stdout, stderr);
        var code = await command.Parse(args).InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr });
        return (code, stdout.ToString(), stderr.ToString());
    }

    private string Write(string text)
    {
        var path = Path.Combine(_dir, $"t{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    private static double? Figure(JsonElement root, string key) =>
        root.GetProperty("figures").GetProperty(key) is { ValueKind: JsonValueKind.Number } e ? e.GetDouble() : null;

    [Fact]
    public async Task Provinces_by_region_as_json()
    {
        var (code, stdout, stderr) = await Run(Provinces, "--value", "基金数量", "--group", "地区");
        Assert.True(code == 0, stderr);
        using var doc = JsonDocument.Parse(stdout);
        var root = doc.RootElement;
        var r = Of("provinces");
        Assert.Equal(31, Figure(root, "n"));
        Assert.Equal(31, root.GetProperty("rows_used").GetInt32());
        Assert.Equal(0, root.GetProperty("rows_skipped").GetInt32());
        Assert.Equal("地区", root.GetProperty("group").GetString());
        foreach (var key in new[] { "hhi", "hhi_normalized", "cr4", "gini", "theil_t", "theil_l", "cv" })
            Close(r.GetProperty(key), Figure(root, key)!.Value, key);
        Close(r.GetProperty("decomposition_ge_1").GetProperty("between"), Figure(root, "theil_t_between")!.Value, "between");
        Close(r.GetProperty("decomposition_ge_1").GetProperty("within"), Figure(root, "theil_t_within")!.Value, "within");
        Close(r.GetProperty("esteban_ray_1.6"), Figure(root, "esteban_ray")!.Value, "esteban_ray");
        Close(r.GetProperty("wolfson").GetProperty("value"), Figure(root, "wolfson")!.Value, "wolfson");
        var groups = root.GetProperty("groups").EnumerateArray().ToList();
        Assert.Equal(new[] { "东部", "中部", "西部", "东北" }, groups.Select(g => g.GetProperty("group").GetString()));
        foreach (var g in groups)
        {
            var e = r.GetProperty("groups").GetProperty(g.GetProperty("group").GetString()!);
            Close(e.GetProperty("total"), g.GetProperty("total").GetDouble(), "total");
            Close(e.GetProperty("share"), g.GetProperty("share").GetDouble(), "share");
            Close(e.GetProperty("ratio_to_max"), g.GetProperty("ratio_to_max").GetDouble(), "ratio_to_max");
            Assert.Equal(e.GetProperty("rank").GetInt32(), g.GetProperty("rank").GetInt32());
        }
    }

    [Fact]
    public async Task Population_weights_and_alpha()
    {
        var (code, stdout, stderr) = await Run(Provinces, "--value", "认缴规模（亿元）", "--group", "地区", "--weight", "常住人口（万人）", "--alpha", "1");
        Assert.True(code == 0, stderr);
        using var doc = JsonDocument.Parse(stdout);
        var root = doc.RootElement;
        var r = Of("provinces_weighted");
        Close(r.GetProperty("gini"), Figure(root, "gini")!.Value, "gini");
        Close(r.GetProperty("theil_l"), Figure(root, "theil_l")!.Value, "theil_l");
        Close(r.GetProperty("decomposition_ge_1").GetProperty("between"), Figure(root, "theil_t_between")!.Value, "between");
        Close(r.GetProperty("esteban_ray_1.0"), Figure(root, "esteban_ray")!.Value, "esteban_ray α = 1");
        Close(r.GetProperty("total"), Figure(root, "total")!.Value, "total Σ f x");
        Assert.Equal(1, root.GetProperty("alpha").GetDouble());
    }

    [Fact]
    public async Task Regions_of_a_province_column_match_the_region_column()
    {
        var (_, byRegion, _) = await Run(Provinces, "--value", "基金数量", "--group", "地区");
        var (code, byProvince, stderr) = await Run(Provinces, "--value", "基金数量", "--regions-of", "省份");
        Assert.True(code == 0, stderr);
        using var a = JsonDocument.Parse(byRegion);
        using var b = JsonDocument.Parse(byProvince);
        foreach (var key in new[] { "theil_t_between", "theil_t_within", "esteban_ray" })
            Assert.Equal(Figure(a.RootElement, key)!.Value, Figure(b.RootElement, key)!.Value, 14);
        Assert.Equal(new[] { "East", "Central", "West", "Northeast" }, b.RootElement.GetProperty("groups").EnumerateArray().Select(g => g.GetProperty("group").GetString()));
        Assert.Equal("东部", b.RootElement.GetProperty("groups")[0].GetProperty("label").GetString());
    }

    [Fact]
    public async Task Regions_of_a_province_column_leave_Hong_Kong_and_Macao_out_and_say_so()
    {
        // outside.csv (mainland.py): 9 mainland provinces, 香港 40 and 澳门 2 of 404.
        var (code, stdout, stderr) = await Run(Path.Combine(Dir, "outside.csv"), "--value", "基金数量", "--regions-of", "省份", "--alpha", "1");
        Assert.True(code == 0, stderr);
        Assert.Contains("2 row(s) of Hong Kong, Macao or Taiwan are in no statistical region", stderr);
        Assert.Contains("10.40 % of the total", stderr);
        using var doc = JsonDocument.Parse(stdout);
        var root = doc.RootElement;
        var d = Mainland("outside");
        Close(d.GetProperty("theil_t_every_unit"), Figure(root, "theil_t")!.Value, "theil_t: every row");
        Close(d.GetProperty("mainland").GetProperty("decomposition_ge_1").GetProperty("between"), Figure(root, "theil_t_between")!.Value, "between");
        Close(d.GetProperty("mainland").GetProperty("decomposition_ge_1").GetProperty("total"), Figure(root, "theil_t_grouped")!.Value, "grouped");
        Close(d.GetProperty("mainland").GetProperty("esteban_ray_1.0"), Figure(root, "esteban_ray")!.Value, "esteban_ray");
        Assert.Equal(404.0, Figure(root, "total")!.Value);
        Assert.Equal(4, root.GetProperty("groups").GetArrayLength());
        var coverage = root.GetProperty("coverage");
        Assert.Equal("four mainland regions; Hong Kong, Macao, Taiwan left out", coverage.GetProperty("grouping").GetString());
        Assert.Equal(9, coverage.GetProperty("rows_in_groups").GetInt32());
        Assert.Equal(2, coverage.GetProperty("rows_left_out").GetInt32());
        Assert.Equal(42, coverage.GetProperty("total_left_out").GetDouble());
    }

    [Fact]
    public async Task Csv_output_and_no_groups()
    {
        var (code, stdout, stderr) = await Run(Provinces, "--value", "基金数量", "--format", "csv");
        Assert.True(code == 0, stderr);
        var lines = stdout.Replace("\r", "").TrimEnd().Split('\n');
        Assert.Equal("figure,value", lines[0]);
        Assert.Equal(ConcentrationCommand.Keys, lines.Skip(1).Select(l => l.Split(',')[0]));
        Assert.Equal("theil_t_between,", lines.Single(l => l.StartsWith("theil_t_between", StringComparison.Ordinal)));
        Assert.Equal("esteban_ray,", lines.Single(l => l.StartsWith("esteban_ray", StringComparison.Ordinal)));
        var gini = double.Parse(lines.Single(l => l.StartsWith("gini,", StringComparison.Ordinal))[5..], System.Globalization.CultureInfo.InvariantCulture);
        Close(Of("provinces").GetProperty("gini"), gini, "gini");
        var (_, grouped, _) = await Run(Provinces, "--value", "基金数量", "--group", "地区", "-f", "csv");
        Assert.Contains("\ngroup,label,units,total,share,ratio_to_max,rank\n东部,东部,10,", grouped.Replace("\r", ""));
    }

    [Fact]
    public async Task Undefined_figures_are_null()
    {
        // One zero value: Theil L undefined; all zeros: everything but n and total undefined.
        var path = Write("g,v\na,0\na,2\nb,3\n");
        using (var doc = JsonDocument.Parse((await Run(path, "--value", "v", "--group", "g")).Out))
        {
            Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("figures").GetProperty("theil_l").ValueKind);
            Assert.Equal(JsonValueKind.Number, doc.RootElement.GetProperty("figures").GetProperty("theil_t").ValueKind);
        }
        var zeros = Write("g,v\na,0\nb,0\n");
        using (var doc = JsonDocument.Parse((await Run(zeros, "--value", "v", "--group", "g")).Out))
        {
            foreach (var key in ConcentrationCommand.Keys.Skip(2))
                Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("figures").GetProperty(key).ValueKind);
            Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("groups")[0].GetProperty("share").ValueKind);
        }
    }

    [Fact]
    public async Task Negative_value_stops_with_the_line()
    {
        var path = Write("省份,基金数量\n北京,3\n天津,-1\n");
        var (code, _, stderr) = await Run(path, "--value", "基金数量");
        Assert.Equal(2, code);
        Assert.Contains(":3:", stderr);
        Assert.Contains("negative value -1", stderr);
    }

    [Fact]
    public async Task Unusable_rows_are_skipped_with_a_warning()
    {
        var path = Write("省份,基金数量\n北京,3\n天津,n/a\n河北,\n上海,5\n");
        var (code, stdout, stderr) = await Run(path, "--value", "基金数量");
        Assert.Equal(0, code);
        Assert.Contains(":3: column '基金数量': 'n/a' is not a number; row skipped", stderr);
        Assert.Contains(":4: column '基金数量': empty; row skipped", stderr);
        using var doc = JsonDocument.Parse(stdout);
        Assert.Equal(2, doc.RootElement.GetProperty("rows_used").GetInt32());
        Assert.Equal(2, doc.RootElement.GetProperty("rows_skipped").GetInt32());
        Assert.Equal((9 + 25) / 64.0, Figure(doc.RootElement, "hhi")!.Value, 15); // shares 3/8, 5/8
    }

    [Fact]
    public async Task Bad_invocations()
    {
        var (code, _, stderr) = await Run(Provinces, "--value", "资本");
        Assert.Equal(2, code);
        Assert.Contains("省份, 地区, 基金数量", stderr);
        Assert.Equal(2, (await Run(Path.Combine(_dir, "missing.csv"), "--value", "v")).Code);
        var (alphaCode, _, alphaErr) = await Run(Provinces, "--value", "基金数量", "--alpha", "2");
        Assert.NotEqual(0, alphaCode);
        Assert.Contains("--alpha must be a number in (0, 1.6]", alphaErr);
        Assert.NotEqual(0, (await Run(Provinces, "--value", "基金数量", "--alpha", "0")).Code);
        Assert.NotEqual(0, (await Run(Provinces, "--group", "地区")).Code); // --value is required
        Assert.Equal(2, (await Run(Provinces, "--value", "基金数量", "--group", "地区", "--regions-of", "省份")).Code);
        var bad = Write("省份,v\n北京,1\n火星,2\n");
        var (c2, _, e2) = await Run(bad, "--value", "v", "--regions-of", "省份");
        Assert.Equal(2, c2);
        Assert.Contains(":3:", e2);
        Assert.Contains("火星", e2);
    }
}

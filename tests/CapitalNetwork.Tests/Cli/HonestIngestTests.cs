using System.Text;
using CapitalNetwork.Cli;

namespace CapitalNetwork.Tests.Cli;

/// <summary>
/// Issue 16: every command that ingests says what it left out, takes the same ingest options, and every failure a user
/// can cause ends in one named line and exit code 2 — never a stack trace. Expected counts are worked out by hand from
/// the small files written here.
/// </summary>
public sealed class HonestIngestTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("capnet-honest-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CapnetApp.RunAsync(args, stdout, stderr, new StringReader(""));
        return (code, stdout.ToString(), stderr.ToString());
    }

    private string P(string name) => Path.Combine(_dir, name);

    private string Write(string name, string text)
    {
        File.WriteAllText(P(name), text, new UTF8Encoding(false));
        return P(name);
    }

    /// <summary>5 rows: 2 used (北京 → 深圳, 上海 → 深圳), 2 unknown places, 1 natural person without a place.</summary>
    private string MostlyBad() => Write("bad.csv",
        "fund_id,fund_place,filed_on,partner_name,partner_kind,partner_place,capital\n" +
        "F1,深圳市,2021-03-01,甲,有限合伙人,北京市,20000000\n" +
        "F2,深圳市,2022-05-01,乙,有限合伙人,上海市,30000000\n" +
        "F3,火星市,2022-06-01,丙,有限合伙人,北京市,10000000\n" +
        "F4,深圳市,2022-07-01,丁,有限合伙人,月球,10000000\n" +
        "F5,深圳市,2023-01-01,张三,自然人,,5000000\n");

    public static TheoryData<string> IngestingCommands() => ["measures", "export", "draw", "build"];

    [Theory]
    [MemberData(nameof(IngestingCommands))]
    public async Task Every_ingesting_command_prints_the_report_paragraph_on_stderr_and_writes_diagnostics(string command)
    {
        var input = MostlyBad();
        string[] args = command switch
        {
            "measures" => ["measures", input, "--only", "in_strength"],
            "draw" => ["draw", input, "-o", P("n.svg")],
            _ => [command, input, "-o", P("n.gexf")],
        };
        var (code, _, err) = await Run([.. args, "--diagnostics", P("d.csv")]);
        Assert.True(code == 0, err);
        // 5 read = 2 used + 3 rejected: unknown_place 2, partner_without_place 1; most rows left out.
        Assert.Contains("5 rows read, 2 used, 3 rejected (unknown_place 2, partner_without_place 1)", err);
        Assert.Contains("the counts reconcile", err);
        Assert.Contains("Most rows were left out (3 of 5)", err);
        var lines = File.ReadAllLines(P("d.csv"));
        Assert.Equal("file,line,column,code,severity,message,raw,cell", lines[0].TrimStart('\uFEFF'));
        Assert.Equal(3, lines.Length - 1);
    }

    [Fact]
    public async Task Partners_without_a_place_are_reported_apart_or_placed_at_the_fund_city_when_asked()
    {
        var input = MostlyBad();
        var (code, stdout, _) = await Run("build", input, "-o", P("a.gexf"));
        Assert.Equal(0, code);
        Assert.Contains("partner_without_place", stdout);
        Assert.Contains("their links and capital are left out", stdout);
        (code, _, var err) = await Run("measures", input, "--only", "local_strength", "--unplaced-partners", "at-fund-city", "--weight", "capital");
        Assert.Equal(0, code);
        // The natural person becomes local capital of 深圳 (5,000,000 CNY), with a warning instead of a rejection.
        Assert.Contains("3 used, 2 rejected (unknown_place 2)", err);
        Assert.Contains("partner_placed_at_fund_city 1", err);
    }

    [Fact]
    public async Task A_window_applies_on_every_ingesting_command()
    {
        var input = MostlyBad();
        // Only F2 (2022-05-01) and the rejected rows of 2022 fall in 2022-01-01..2022-12-31; F1 (2021) and F5 (2023) are outside.
        var (code, _, err) = await Run("measures", input, "--only", "in_strength", "--from", "2022-01-01", "--to", "2022-12-31");
        Assert.Equal(0, code);
        Assert.Contains("1 used", err);
        Assert.Contains("outside the date window", err);
    }

    public static TheoryData<string[], string> UserErrors() => new()
    {
        { ["measures", "{bad}", "--from", "2023-01-01", "--to", "2019-01-01"], "--from 2023-01-01 is after --to 2019-01-01" },
        { ["build", "{nodates}", "-o", "{dir}/x.gexf", "--dynamic"], "--dynamic needs filing dates" },
        { ["build", "{bad}", "-o", "{dir}/x.gexf", "--dynamic", "--from", "2030-01-01"], "no row of" },
        { ["build", "{bad}", "-o", "{dir}/no/such/folder/x.gexf"], "cannot write" },
        { ["measures", "{dir}"], "this is a folder" },
        { ["measures", "{dir}/missing.csv"], "does not exist" },
        { ["measures", "{bad}", "--nonsense"], "nonsense" },
        { ["measures", "{bad}", "--capital-unit", "dollars"], "--capital-unit must be yuan, wan or yi" },
        { ["measures", "{bad}", "--unplaced-partners", "somewhere"], "somewhere" },
        { ["measures", "{edges}", "--from", "2020-01-01"], "apply to filings files only" },
        { ["draw", "{bad}", "-o", "{dir}/x.svg", "--width", "-5"], "" },
        { ["export", "{bad}", "--format", "json", "--dynamic", "-o", "{dir}/x.json"], "--dynamic works with" },
        { ["build", "{bad}", "-o", "{dir}", "--diagnostics", "{dir}"], "" },
    };

    [Theory]
    [MemberData(nameof(UserErrors))]
    public async Task A_user_error_is_one_named_line_with_exit_code_2_and_no_stack_trace(string[] template, string expected)
    {
        var bad = MostlyBad();
        var nodates = Write("nodates.csv", "fund_id,fund_place,partner_place,capital\nF1,深圳市,北京市,20000000\n");
        var edges = Write("edges.csv", "source,target,weight\na,b,1\n");
        var args = template.Select(a => a.Replace("{bad}", bad).Replace("{nodates}", nodates).Replace("{edges}", edges).Replace("{dir}", _dir)).ToArray();
        var (code, _, err) = await Run(args);
        Assert.True(code == CapnetApp.UnusableInput, $"exit {code}: {err}");
        Assert.StartsWith("capnet: ", err);
        Assert.Contains(expected, err);
        Assert.DoesNotContain("   at ", err);
        Assert.DoesNotContain("Exception", err);
    }

    [Fact]
    public async Task A_file_without_a_capital_column_says_so()
    {
        var input = Write("nocap.csv", "fund_id,fund_place,filed_on,partner_place,capital_in_wan_yuan\nF1,深圳市,2021-01-01,北京市,2000\n");
        var (code, stdout, _) = await Run("build", input, "-o", P("c.gexf"));
        Assert.Equal(0, code);
        Assert.Contains("missing_column", stdout);
    }

    [Fact]
    public async Task Amounts_that_look_like_wan_under_a_unitless_header_get_a_warning_naming_the_option()
    {
        // Three partners of 2,000 / 3,000 / 500: as yuan, far below any qualified investor's stake; as 万元, ordinary.
        var input = Write("wan.csv", "fund_id,fund_place,filed_on,partner_name,partner_place,capital\n" +
                                     "F1,深圳市,2021-01-01,甲,北京市,2000\nF1,深圳市,2021-01-01,乙,上海市,3000\nF2,深圳市,2021-02-01,丙,北京市,500\n");
        var (code, _, err) = await Run("measures", input, "--only", "in_strength", "--weight", "capital");
        Assert.Equal(0, code);
        Assert.Contains("capital_unit_unclear 1", err);
        var diag = P("wan-diag.csv");
        (code, _, _) = await Run("measures", input, "--only", "in_strength", "--diagnostics", diag);
        Assert.Contains("--capital-unit wan", File.ReadAllText(diag));
        // Told the unit, no warning and the capital is 10,000× larger: 深圳 attracts (2,000 + 3,000 + 500) 万元 = 55,000,000 CNY.
        var (code2, stdout, err2) = await Run("measures", input, "--only", "in_strength", "--weight", "capital", "--capital-unit", "wan", "--format", "csv");
        Assert.Equal(0, code2);
        Assert.DoesNotContain("capital_unit_unclear", err2);
        Assert.Contains(",55000000", stdout);
    }

    [Fact]
    public async Task Build_names_what_it_counts_and_ranks_by_funds_registered()
    {
        // Used rows: F1 北京 → 深圳 and F2 上海 → 深圳: 2 funds registered in 深圳, 2 fund–city links, 2 partner links,
        // 50,000,000 CNY (by hand from MostlyBad).
        var (code, stdout, _) = await Run("build", MostlyBad(), "-o", P("n.gexf"));
        Assert.Equal(0, code);
        Assert.Contains("2 funds registered, 2 fund–city links, 2 partner links, 50000000 CNY", stdout);
        Assert.Contains("top 10 by funds registered", stdout);
        Assert.Matches(@"1\. 440300 深圳市 +funds registered +2 +fund–city links in +2", stdout);
    }
}

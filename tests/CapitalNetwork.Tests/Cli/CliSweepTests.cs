using System.Text;
using CapitalNetwork.Cli;

namespace CapitalNetwork.Tests.Cli;

/// <summary>
/// The error sweep of issue 16: every command with the options a user would try, on good and broken inputs (tiny
/// filings, an edge list, a GEXF, an empty file, binary bytes, a folder, a missing path). Whatever the outcome, capnet
/// exits with 0 or 2 and never prints a stack trace or an exception name; a command that succeeds wrote its output.
/// </summary>
public sealed class CliSweepTests : IClassFixture<CliSweepTests.Folder>
{
    /// <summary>The temporary folder of the inputs and outputs, shared by every case and removed after the last.</summary>
    public sealed class Folder : IDisposable
    {
        public void Dispose() => Directory.Delete(Dir, recursive: true);
    }

    private static readonly string Dir = Directory.CreateTempSubdirectory("capnet-sweep-").FullName;

    private static string P(string name) => Path.Combine(Dir, name);

    private static readonly Lazy<bool> Inputs = new(() =>
    {
        File.WriteAllText(P("filings.csv"),
            "fund_id,fund_place,filed_on,partner_name,partner_kind,partner_place,capital\n" +
            "F1,深圳市,2021-03-01,甲,有限合伙人,北京市,20000000\nF2,上海市,2022-05-01,乙,有限合伙人,深圳市,30000000\n" +
            "F3,深圳市,2022-06-01,丙,有限合伙人,深圳市,10000000\nF4,北京市,2023-01-01,张三,自然人,,5000000\n", new UTF8Encoding(false));
        File.WriteAllText(P("edges.csv"), "source,target,weight\na,b,2\nb,c,1\nc,a,3\nd,,\n", new UTF8Encoding(false));
        File.WriteAllText(P("empty.csv"), "");
        File.WriteAllBytes(P("junk.csv"), [0x50, 0x4B, 0x03, 0x04, 0, 0, 0xFF, 0xFE, 1, 2, 3]);
        File.WriteAllText(P("table.csv"), "省份,地区,基金数量\n北京,东部,266\n天津,东部,51\n山西,中部,0\n香港,港澳台,3\n", new UTF8Encoding(false));
        File.WriteAllBytes(P("book.xlsx"), Filings.SpreadsheetTests.Xlsx(Filings.SpreadsheetTests.Rows(
            (1, ["私募基金合伙人"]), (3, ["基金编号", "注册地", "备案时间", "合伙人名称", "所在地", "认缴出资额（万元）"]),
            (4, ["F1", "深圳市", "2021-03-01", "甲", "北京市", "2000"]), (5, ["F2", "上海市", "2022-05-01", "乙", "深圳市", "3000"]))));
        Directory.CreateDirectory(P("folder"));
        // issue 20: an undirected GraphML with an edge to an undeclared node (c), and a GEXF file named .graphml
        File.WriteAllText(P("net.graphml"), "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"><key id=\"w\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>" +
            "<graph><node id=\"a\"/><node id=\"b\"/><edge source=\"a\" target=\"b\"><data key=\"w\">2</data></edge><edge source=\"b\" target=\"c\"/></graph></graphml>", new UTF8Encoding(false));
        File.WriteAllText(P("bad.graphml"), "<gexf version=\"1.3\"><graph/></gexf>", new UTF8Encoding(false));
        // Issue 20: Pajek and UCINET DL inputs, good and broken (the Parquet folder "pq" is written by a case's setup).
        File.WriteAllText(P("good.net"), "*Vertices 3\n1 \"北京市\"\n2 \"上海市\"\n3 x\n*Arcs\n1 2 2\n2 9 1\n*Edges\n1 3 1\n1 3 1\n", new UTF8Encoding(false));
        File.WriteAllText(P("bad.net"), "*Vertices lots\n", new UTF8Encoding(false));
        File.WriteAllText(P("good.dl"), "DL n=3 format=edgelist1\nlabels embedded:\ndata:\na b 2\nb c -1\nc a\n", new UTF8Encoding(false));
        File.WriteAllText(P("bad.dl"), "DL NR=2 NC=3\nDATA:\n1 0 1\n", new UTF8Encoding(false));
        return true;
    });

    private static readonly string[] InputNames = ["filings.csv", "edges.csv", "net.gexf", "empty.csv", "junk.csv", "folder", "missing.csv", "good.net", "bad.net", "good.dl", "bad.dl", "pq", "net.graphml", "bad.graphml", "book.xlsx"];

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var input in InputNames)
        {
            string[][] commands =
            [
                ["build", "{in}", "-o", "{out}.gexf"], ["build", "{in}", "-o", "{out}.gexf", "--dynamic"],
                ["build", "{in}", "-o", "{out}.gexf", "--from", "2022-01-01", "--to", "2022-12-31", "--weight", "capital", "--top", "0"],
                ["build", "{in}", "-o", "{out}.gexf", "--from", "2030-01-01"], ["build", "{in}", "-o", "{out}.gexf", "--top", "-3"],
                ["measures", "{in}"], ["measures", "{in}", "--format", "csv", "--self-loops", "drop", "--weight", "links"],
                ["measures", "{in}", "--only", "be_p_value,rich_club,community", "--permutations", "20"],
                ["measures", "{in}", "--only", "katz", "--katz-alpha", "0"], ["measures", "{in}", "--permutations", "-1", "--only", "be_p_value"],
                ["measures", "{in}", "--permutations", "-1", "--only", "ei_index_rescaled,ei_index_p_less"],
                ["measures", "{in}", "--unplaced-partners", "at-fund-city", "--capital-unit", "wan", "--diagnostics", "{out}.diag.csv"],
                ["export", "{in}", "--format", "gexf", "-o", "{out}.x.gexf", "--measures", "all"], ["export", "{in}", "--format", "gephi-csv", "-o", "{out}.dir"],
                ["export", "{in}", "--format", "svg", "-o", "{out}.svg"], ["export", "{in}", "--format", "json", "-o", "{out}.json"],
                ["export", "{in}", "--format", "gexf", "--dynamic", "--timeline", "per-year", "-o", "{out}.d.gexf"],
                ["export", "{in}", "--format", "gephi-csv", "--dynamic", "-o", "{out}.ddir", "--raw-csv"],
                ["export", "{in}", "--format", "graphml", "-o", "{out}.graphml", "--measures", "pagerank"],
                ["export", "{in}", "--format", "graphml", "--dynamic", "-o", "{out}.d.graphml"],
                ["export", "{in}", "--format", "graphml", "--strict", "-o", "{out}.s.graphml", "--diagnostics", "{out}.gd.csv"],
                ["draw", "{in}", "-o", "{out}.svg"], ["draw", "{in}", "-o", "{out}.l.svg", "--chart", "lorenz"],
                ["draw", "{in}", "-o", "{out}.f.svg", "--chart", "flows"], ["draw", "{in}", "-o", "{out}.t.svg", "--chart", "top", "--top", "0"],
                ["draw", "{in}", "-o", "{out}.tr.svg", "--chart", "trend", "--cumulative"], ["draw", "{in}", "-o", "{out}.g.svg", "--layout", "geo", "--width", "10", "--height", "10"],
                ["blocks", "{in}"], ["blocks", "{in}", "--format", "csv", "--table", "members", "--weight", "capital", "--depth", "3"],
                ["blocks", "{in}", "-o", "{out}.bm.svg", "--graph-svg", "{out}.bg.svg", "--raw-csv"],
                ["concentration", "{in}", "--value", "基金数量", "--group", "地区"], ["concentration", "{in}", "--value", "capital", "--regions-of", "fund_place"],
                ["report", "{in}", "-o", "{out}.html", "--permutations", "5"],
                ["report", "{in}", "-o", "{out}.en.html", "--lang", "en", "--permutations", "0", "--weight", "capital", "--from", "2022-01-01", "--no-script"],
                ["report", "{in}", "-o", "{out}.t.html", "--top", "0"], ["report", "{in}", "-o", "{dir}", "--permutations", "0"],
                ["qap", "{in}", "--x", "log_distance,same_province", "--permutations", "20"], ["qap", "{in}", "--x", "nope", "--permutations", "5"],
                ["qap", "{in}", "--y", "funds_tie", "--x", "same_region", "--null", "y", "--format", "csv", "--permutations", "10", "--diagonal"],
                ["qap", "{in}", "--correlation", "--x", "log_distance", "--format", "json", "--permutations", "5"], ["qap", "{in}", "--permutations", "0", "--x", "capital"],
                ["qap", "{in}"], ["gravity", "{in}"], ["gravity", "{in}", "--masses", "strength", "--format", "json"], ["gravity", "{in}", "--fixed-effects", "--masses", "strength"],
                ["gravity", "{in}", "--diagonal", "--format", "csv", "--x", "same_region", "--weight", "capital"], ["gravity", "{in}", "--max-iterations", "0"],
                ["export", "{in}", "--format", "pajek", "-o", "{out}.net", "--names", "ids", "--weight", "capital"], ["export", "{in}", "--format", "pajek", "--dynamic", "-o", "{out}.d.net"],
                ["export", "{in}", "--format", "dl", "-o", "{out}.dl", "--dl-layout", "edgelist1", "--no-self-loops"], ["export", "{in}", "--format", "dl", "-o", "{out}.f.dl", "--dl-layout", "nope"],
                ["export", "{in}", "--format", "parquet", "-o", "{out}.pq"], ["export", "{in}", "--format", "parquet", "--dynamic", "-o", "{out}.pqd"],
                ["measures", "{in}", "--strict", "--only", "in_strength"],
                // issue 17: workbooks, two tables, columns by hand
                ["build", "{in}", "-o", "{out}.sh.gexf", "--sheet", "数据"], ["build", "{in}", "--partners", "{in}", "-o", "{out}.pt.gexf"],
                ["measures", "{in}", "--partners", "missing.csv"], ["measures", "{in}", "--partners", "folder"],
                ["measures", "{in}", "--column", "fund_place=注册地", "--column", "partner_place=所在地"],
                ["build", "{in}", "-o", "{out}.c.gexf", "--column", "nonsense=x"], ["build", "{in}", "-o", "{out}.c2.gexf", "--column", "fund_place"],
                ["build", "{in}", "-o", "{out}.c3.gexf", "--column", "fund_place=nowhere"], ["build", "{in}", "-o", "{out}.ps.gexf", "--partners-sheet", "x"],
                ["export", "{in}", "--format", "json", "-o", "{out}.pj.json", "--partners", "{in}", "--partners-sheet", "Sheet1"],
                ["concentration", "{in}", "--value", "认缴出资额（万元）", "--sheet", "Sheet1"], ["concentration", "{in}", "--value", "x", "--sheet", "无"],
            ];
            foreach (var c in commands) data.Add(string.Join('\u001f', c.Select(a => a.Replace("{in}", input))));
        }
        foreach (var c in new[] { "concentration|table.csv|--value|基金数量|--regions-of|省份|--format|csv", "concentration|table.csv|--value|地区",
                     "concentration|table.csv|--value|nope", "resolve|平安银行|=SUM(A1)||\u0000|雄安", "synth|-o|{out}.synth.csv|--rows|0",
                     "synth|-o|{out}.synth2.csv|--rows|-5", "synth|-o|{dir}|--rows|10", "nonsense", "", "measures", "build|--help",
                     "qap|filings.csv|--x|absdiff:基金数量@{table},log_distance|--permutations|5", "qap|filings.csv|--x|ratio:nope@{table}",
                     "qap|filings.csv|--x|median:基金数量@{table}", "qap|edges.csv|--x|w={edges}|--permutations|5", "qap|edges.csv|--x|w={missing}",
                     "gravity|edges.csv|--x|w={edges}", "gravity|filings.csv|--masses|基金数量@{table}", "gravity|filings.csv|--masses|{table}" })
            data.Add(c.Replace('|', '\u001f'));
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Every_command_exits_0_or_2_without_a_stack_trace(string joined)
    {
        _ = Inputs.Value;
        if (!File.Exists(P("net.gexf"))) await CapnetApp.RunAsync(["build", P("filings.csv"), "-o", P("net.gexf")], new StringWriter(), new StringWriter());
        if (!Directory.Exists(P("pq"))) await CapnetApp.RunAsync(["export", P("filings.csv"), "-f", "parquet", "--dynamic", "-o", P("pq")], new StringWriter(), new StringWriter());
        var output = P("o" + (uint)joined.GetHashCode());
        var args = joined.Length == 0 ? [] : joined.Split('\u001f')
            .Select(a => a.Replace("{out}", output).Replace("{dir}", P("folder")).Replace("{table}", P("table.csv")).Replace("{edges}", P("edges.csv"))
                .Replace("{missing}", P("missing.csv")))
            .Select(a => InputNames.Contains(a) || a == "table.csv" ? P(a) : a).ToArray();
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CapnetApp.RunAsync(args, stdout, stderr, new StringReader(""));
        var err = stderr.ToString();
        Assert.True(code is 0 or CapnetApp.UnusableInput, $"exit {code} for {string.Join(' ', args)}: {err}");
        Assert.DoesNotContain("   at ", err + stdout);
        Assert.DoesNotContain("Exception", err);
        if (code != 0) Assert.Contains("capnet: ", err);
        if (code == 0 && args.Length > 1 && args.SkipWhile(a => a is not ("-o" or "--output")).Skip(1).FirstOrDefault() is { } written)
            Assert.True(File.Exists(written) || Directory.Exists(written), $"{string.Join(' ', args)} exited 0 but wrote no {written}");
    }
}

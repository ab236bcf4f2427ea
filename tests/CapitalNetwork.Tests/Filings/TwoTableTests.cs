using System.Text;

namespace CapitalNetwork.Tests.Filings;

/// <summary>
/// Issue 17 §2: a fund table joined to a partner table. examples/data/sample-funds.csv and sample-partners.csv are
/// made from sample-filings.csv by examples/data/make_two_tables.py: one row per fund; partner rows naming their fund by
/// id (funds 0, 3, 6 …), by a fund credit code only (1, 4, 7 …) or by the fund name with half-width brackets and a space
/// only (2, 5, 8 …). The script leaves out lines 781, 1506, 2509 (a fund column differs from the fund's first row) and
/// 3311 (malformed), each rejected in the pre-joined ingest too, so the joined network must equal the pre-joined one.
/// </summary>
public class TwoTableTests
{
    private static string Sample(string name) => Path.Combine(AppContext.BaseDirectory, "SampleData", name);

    [Fact]
    public void A_fund_table_and_a_partner_table_give_the_network_of_the_pre_joined_file()
    {
        var joined = CityNetwork.FromFilings(Sample("sample-funds.csv"), Sample("sample-partners.csv"));
        var single = CityNetwork.FromFilings(Sample("sample-filings.csv"));
        Assert.Equal(single.Network.Edges, joined.Network.Edges);
        for (var i = 0; i < single.Network.NodeCount; i++) Assert.Equal(single.Network.RegisteredFunds(i), joined.Network.RegisteredFunds(i));
        Assert.Equal(single.Years.Years, joined.Years.Years);
        foreach (var y in single.Years.Years) Assert.Equal(single.Years[y].Edges, joined.Years[y].Edges);

        // The four lines the script left out are rejected rows of the pre-joined ingest.
        var rejected = single.Report.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Rejected).Select(d => d.Line).ToHashSet();
        Assert.Subset(rejected, new HashSet<long> { 781, 1506, 2509, 3311 });

        // Counting: 656 fund rows + 4,008 partner rows read; 4,001 used (as pre-joined); the 7 other rejected rows of the
        // pre-joined file (11 less the 4 left out); every fund row joined.
        var r = joined.Report;
        Assert.Equal((4_664L, 4_001L, 7L, 656L, 656L), (r.RowsRead, r.RowsUsed, r.RowsRejected, r.FundRowsJoined, r.Funds));
        Assert.True(r.Reconciles);
        Assert.Equal(single.Report.Capital, r.Capital);
        Assert.EndsWith("sample-partners.csv", r.PartnersFile);
        Assert.Contains("656 fund rows joined to partner rows", r.Summary());
    }

    private static IngestResult Join(string funds, string partners, IngestOptions? options = null)
    {
        var dir = Directory.CreateTempSubdirectory("capnet-join-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "funds.csv"), funds, new UTF8Encoding(false));
            File.WriteAllText(Path.Combine(dir, "partners.csv"), partners, new UTF8Encoding(false));
            return CityNetwork.FromFilings(Path.Combine(dir, "funds.csv"), Path.Combine(dir, "partners.csv"), options);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void Nothing_is_lost_unmatched_rows_and_funds_are_reported_and_counted()
    {
        // Funds: F1 深圳, F2 上海 (no partner row names it), F1 again (a duplicate), F3 and F4 sharing one name.
        const string funds = """
            基金编号,基金名称,注册地,备案时间
            F1,甲创业投资合伙企业（有限合伙）,深圳市,2020-01-01
            F2,乙基金,上海市,2021-01-01
            F1,甲重复,深圳市,2020-01-01
            F3,同名基金,北京市,2022-01-01
            F4,同名基金,杭州市,2022-01-01
            """;
        // Partners: by id; by the name with half-width brackets and spaces; an id the fund table lacks; the shared name.
        const string partners = """
            基金编号,基金名称,合伙人名称,所在地,认缴出资额（万元）
            F1,,张三,北京市海淀区,100
            ,甲创业投资 合伙企业 (有限合伙),李四公司,广州市,50
            F9,,王五公司,南京市,10
            ,同名基金,赵六公司,成都市,5
            F3,,孙七公司,武汉市,1
            """;
        var r = Join(funds, partners).Report;
        // Rows read 5 + 5; used: F1's two rows and F3's; rejected: the duplicate F1 (duplicate_fund), F9
        // (fund_not_in_fund_table), the shared name (ambiguous_fund), F2 and F4 (fund_without_partners); joined F1, F3.
        Assert.Equal((10L, 3L, 5L, 2L), (r.RowsRead, r.RowsUsed, r.RowsRejected, r.FundRowsJoined));
        Assert.True(r.Reconciles);
        Assert.Equal(1_510_000, r.Capital);
        Assert.Equal(
            [("funds.csv", 4L, DiagnosticCode.DuplicateFund), ("partners.csv", 4L, DiagnosticCode.FundNotInFundTable),
             ("partners.csv", 5L, DiagnosticCode.AmbiguousFund), ("funds.csv", 3L, DiagnosticCode.FundWithoutPartners),
             ("funds.csv", 6L, DiagnosticCode.FundWithoutPartners)],
            r.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Rejected).Select(d => (Path.GetFileName(d.File), d.Line, d.Code)));
        Assert.Contains("'F3' on line 5, 'F4' on line 6", r.Diagnostics.Single(d => d.Code == DiagnosticCode.AmbiguousFund).Message);
    }

    [Theory]
    [InlineData("甲创业投资合伙企业（有限合伙）", "甲创业投资合伙企业(有限合伙)")]
    [InlineData("甲创业投资合伙企业（有限合伙）", " 甲创业投资 合伙企业 （有限合伙） ")]
    [InlineData("ＡＢＣ基金【一期】", "abc基金(一期)")]
    public void Fund_names_join_across_bracket_widths_spaces_and_case(string a, string b) =>
        Assert.Equal(CapitalNetwork.Ingest.FundJoin.NameKey(a), CapitalNetwork.Ingest.FundJoin.NameKey(b));

    [Fact]
    public void The_partner_table_needs_a_column_naming_the_fund_and_an_ambiguous_credit_code_is_not_guessed()
    {
        var noKey = Assert.Throws<FilingsFormatException>(() => Join("基金编号,注册地\nF1,深圳市\n", "合伙人名称,所在地\n甲,北京市\n"));
        Assert.StartsWith("no column names the fund, so the partner table cannot be joined", noKey.Problem);
        // In a partner table a plain 统一社会信用代码 could be the fund's or the partner's: the error names both.
        var ambiguous = Assert.Throws<FilingsFormatException>(() => Join("基金编号,注册地\nF1,深圳市\n", "基金编号,合伙人名称,统一社会信用代码\nF1,甲,91320583MA1K4XH30F\n"));
        Assert.Contains("could name fund_credit_code or partner_credit_code", ambiguous.Problem);
        Assert.Contains("--column fund_credit_code=统一社会信用代码", ambiguous.Problem);
        // Mapped by hand, it is the partner's (苏州 320500 from the code).
        var columns = new Dictionary<FilingColumn, string> { [FilingColumn.PartnerCreditCode] = "统一社会信用代码" };
        var mapped = Join("基金编号,注册地\nF1,深圳市\n", "基金编号,合伙人名称,统一社会信用代码\nF1,甲,91320583MA1K4XH30F\n",
            IngestOptions.Default with { Read = FilingsReadOptions.Default with { Columns = columns } });
        Assert.Equal(1, mapped.Report.RowsUsed);
        var net = mapped.Network;
        Assert.Equal(1, net.Edge(net.FindEdge(net.IndexOf("320500"), net.IndexOf("440300"))).Funds);
    }
}

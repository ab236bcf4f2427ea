using System.Text;

namespace CapitalNetwork.Tests.Filings;

/// <summary>
/// Issue 17 §3: the widened header dictionary (AMAC lists, registry exports), ambiguous headers that are not guessed,
/// columns mapped by hand, and registry partner kinds mapped onto the natural-person handling. Expected values by hand.
/// </summary>
public class HeaderMappingTests
{
    private static IngestResult Read(string csv, FilingsReadOptions? read = null) =>
        CityNetwork.FromFilings(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "t.csv", IngestOptions.Default with { Read = read ?? FilingsReadOptions.Default });

    [Fact]
    public void A_renamed_column_is_mapped_by_hand()
    {
        // 登记地址 is no built-in name: without the mapping the file has no fund place column.
        const string csv = "产品编码,登记地址,股东名称,股东所在地,认缴出资额(万元)\nF1,深圳市南山区,甲,北京市,100\nF2,上海市,乙,杭州市,50\n";
        var missing = Assert.Throws<FilingsFormatException>(() => Read(csv));
        Assert.StartsWith("no fund place column", missing.Problem);
        var mapped = Read(csv, FilingsReadOptions.Default with { Columns = new Dictionary<FilingColumn, string> { [FilingColumn.FundPlace] = "登记地址" } });
        Assert.Equal((2L, 2L, 1_500_000.0), (mapped.Report.RowsUsed, mapped.Report.Funds, mapped.Report.Capital));
        // A mapped header the file lacks fails with the headers seen.
        var absent = Assert.Throws<FilingsFormatException>(() => Read(csv, FilingsReadOptions.Default with { Columns = new Dictionary<FilingColumn, string> { [FilingColumn.FundPlace] = "地点" } }));
        Assert.StartsWith("the column mapping names '地点' (for fund_place), which the header does not have; headers seen: '产品编码'", absent.Problem);
    }

    [Fact]
    public void An_ambiguous_header_is_not_guessed_and_names_the_candidates()
    {
        const string csv = "名称,注册地,所在地\n甲基金,深圳市,北京市\n";
        var e = Assert.Throws<FilingsFormatException>(() => Read(csv));
        Assert.Equal("the header '名称' (column 1) could name fund_name or partner_name: it is not guessed; say which with --column fund_name=名称 (library: FilingsReadOptions.Columns)", e.Problem);
        var mapped = Read(csv, FilingsReadOptions.Default with { Columns = new Dictionary<FilingColumn, string> { [FilingColumn.FundName] = "名称" } });
        Assert.Equal(1, mapped.Report.RowsUsed);
        // When both candidates are given by other headers, the ambiguous one is redundant and ignored.
        Assert.Equal(1, Read("基金名称,名称,合伙人名称,注册地,所在地\n甲,x,乙,深圳市,北京市\n").Report.RowsUsed);
    }

    [Theory]
    // AMAC's 私募基金公示 (akshare amac_fund_info): 基金名称, 备案时间, 建立时间; registry exports: 股东（发起人）, 股东类型,
    // 认缴出资额（万元）, 证照/证件号码; the national publicity system: 股东, 股东类型.
    [InlineData("基金名称", FilingColumn.FundName)]
    [InlineData("建立时间", FilingColumn.FiledOn)]
    [InlineData("产品编码", FilingColumn.FundId)]
    [InlineData("股东（发起人）", FilingColumn.PartnerName)]
    [InlineData("股东", FilingColumn.PartnerName)]
    [InlineData("发起人名称", FilingColumn.PartnerName)]
    [InlineData("股东类型", FilingColumn.PartnerKind)]
    [InlineData("证照/证件号码", FilingColumn.PartnerCreditCode)]
    [InlineData("认缴出资额 （万元）", FilingColumn.Capital)]
    [InlineData("认缴出资额(万人民币)", FilingColumn.Capital)]
    [InlineData("基金统一社会信用代码", FilingColumn.FundCreditCode)]
    public void Export_headers_are_recognised(string header, FilingColumn column)
    {
        Assert.True(FilingsSchema.TryRecognize(header, out var c, out _), header);
        Assert.Equal(column, c);
    }

    [Fact]
    public void Capital_units_come_from_the_header()
    {
        Assert.True(FilingsSchema.TryRecognize("认缴出资额(万人民币)", out _, out var wan));
        Assert.Equal(10_000, wan);
        Assert.True(FilingsSchema.TryRecognize("认缴出资额（亿元）", out _, out var yi));
        Assert.Equal(100_000_000, yi);
    }

    [Fact]
    public void Registry_partner_kinds_map_onto_the_natural_person_handling()
    {
        // No place and no credit code: a natural person (自然人股东, 自然人) is partner_without_place, as before; an
        // organisation (企业法人, 有限合伙企业, 法人股东) is a gap in the export: missing_field; a role (有限合伙人) stays
        // partner_without_place, the kind of the person being unknown.
        const string csv = "fund_id,fund_place,partner_name,partner_kind,partner_place\n" +
                           "F1,深圳市,张三,自然人股东,\nF1,深圳市,李四,自然人,\nF1,深圳市,甲公司,企业法人,\nF1,深圳市,乙合伙,有限合伙企业,\n" +
                           "F1,深圳市,丙公司,法人股东,\nF1,深圳市,王五,有限合伙人,\nF1,深圳市,丁公司,非自然人股东,\n";
        var r = Read(csv).Report;
        Assert.Equal(
            [DiagnosticCode.PartnerWithoutPlace, DiagnosticCode.PartnerWithoutPlace, DiagnosticCode.MissingField, DiagnosticCode.MissingField,
             DiagnosticCode.MissingField, DiagnosticCode.PartnerWithoutPlace, DiagnosticCode.MissingField],
            r.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Rejected).Select(d => d.Code));
        Assert.Contains("is a natural person (自然人股东)", r.Diagnostics.First(d => d.Code == DiagnosticCode.PartnerWithoutPlace).Message);
        // At the fund's city (UnplacedPartners.AtFundCity) only the natural persons and the unknown kind are placed.
        var at = Read(csv, FilingsReadOptions.Default with { PartnersWithoutPlace = UnplacedPartners.AtFundCity }).Report;
        Assert.Equal((3L, 4L), (at.RowsUsed, at.RowsRejected));
    }
}

using System.Text;

namespace CapitalNetwork.Tests.Filings;

/// <summary>Expected values are worked out by hand from the small inputs written in each test.</summary>
public class FilingsReaderTests
{
    private const string ChineseHeader = "基金编号,基金名称,注册地,备案时间,合伙人名称,合伙人类型,所在地,统一社会信用代码,认缴出资额（万元）";

    internal static (List<FilingRecord> Records, List<Diagnostic> Diagnostics, FilingsReader Reader) Read(byte[] bytes, FilingsReadOptions? options = null)
    {
        var diags = new List<Diagnostic>();
        var reader = FilingsReader.Open(new MemoryStream(bytes), "test.csv", options, diags.Add);
        var records = reader.ReadRecords(diags.Add).ToList();
        return (records, diags, reader);
    }

    internal static byte[] Utf8(string text, bool bom = false) =>
        (bom ? new byte[] { 0xEF, 0xBB, 0xBF } : []).Concat(Encoding.UTF8.GetBytes(text)).ToArray();

    [Fact]
    public void Reads_chinese_headers_and_converts_wan_to_cny()
    {
        var (records, diags, reader) = Read(Utf8(ChineseHeader + "\nSX0001,宁波甲基金,浙江省宁波市北仑区,2023-05-06,甲公司,有限合伙人,北京市海淀区,,1000\n", bom: true));
        Assert.Empty(diags);
        var r = Assert.Single(records);
        Assert.Equal(10_000_000, r.Capital); // 1000 万元 = 10,000,000 CNY
        Assert.Equal(new DateOnly(2023, 5, 6), r.FiledOn);
        Assert.Equal("SX0001", r.FundKey);
        Assert.Equal(2, r.Line);
        Assert.Equal(10_000, reader.CapitalUnit);
        Assert.Equal("utf-8", reader.Encoding.WebName);
    }

    [Fact]
    public void Reads_gb18030_like_excel_in_china_writes_it()
    {
        var gb = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;
        var text = ChineseHeader + "\r\nSX0001,苏州乙基金,江苏省苏州市,2021/3/4,乙公司,普通合伙人,上海市,,1.5\r\n";
        var (records, diags, reader) = Read(gb.GetBytes(text));
        Assert.Empty(diags);
        Assert.Equal("gb18030", reader.Encoding.WebName);
        Assert.Equal("苏州乙基金", records[0].FundName);
        Assert.Equal(15_000, records[0].Capital);
    }

    [Fact]
    public void Detects_tab_delimiter_and_english_headers()
    {
        var text = "fund_id\tfund_place\tpartner_place\tcapital\nF1\t深圳\t北京\t\"1,000\"\nF2\t深圳\t上海\t1.5亿\nF3\t深圳\t上海\t500万\n";
        var (records, diags, reader) = Read(Utf8(text));
        Assert.Equal('\t', reader.Delimiter);
        Assert.Equal([1000.0, 150_000_000.0, 5_000_000.0], records.Select(r => r.Capital!.Value).ToArray());
        // No filing-date column: one header warning. The amounts carry their own units or are ≥ 10,000 in 2 of 3 rows,
        // so the unit is not questioned.
        Assert.Equal([DiagnosticCode.MissingColumn], diags.Select(d => d.Code));
        Assert.StartsWith("no filed_on column", diags[0].Message);
    }

    [Theory]
    [InlineData("2023-05-06")]
    [InlineData("2023/5/6")]
    [InlineData("2023.5.6")]
    [InlineData("20230506")]
    [InlineData("2023年5月6日")]
    [InlineData("2023-05-06 10:30:00")]
    [InlineData("45052")] // Excel serial: 45052 days after 1899-12-30 = 2023-05-06
    public void Reads_the_date_formats_registries_write(string date)
    {
        var (records, diags, _) = Read(Utf8($"fund_id,fund_place,filed_on,partner_place\nF1,深圳,{date},北京\n"));
        // The file has no capital column: the one diagnostic is the header warning that says so.
        var d = Assert.Single(diags);
        Assert.Equal(DiagnosticCode.MissingColumn, d.Code);
        Assert.StartsWith("no capital column", d.Message);
        Assert.Equal(new DateOnly(2023, 5, 6), records[0].FiledOn);
    }

    [Fact]
    public void Bad_rows_become_diagnostics_with_line_column_raw_text_and_reason()
    {
        var text = string.Join("\n",
            "fund_id,fund_place,filed_on,partner_place,capital",    // line 1
            "F1,深圳,2023-02-30,北京,1",                            // line 2: impossible date
            "F2,深圳,2023-01-01,北京,-5",                           // line 3: negative amount
            "",                                                     // line 4: blank, skipped
            "F3,深圳,2023-01-01,北京,abc",                          // line 5: not a number
            "F4,,2023-01-01,北京,1",                                // line 6: no fund place
            "F5,深圳,2023-01-01,北京",                              // line 7: 4 fields instead of 5
            "F6,深圳,2023-01-01,\"北京,1",                          // line 8: unbalanced quote
            "F7,深圳,2023-01-01,北京,",                             // line 9: empty amount → warning, used
            "F8,深圳,2023-01-01,北京,NaN",                          // line 10: not finite
            "");
        var (records, diags, reader) = Read(Utf8(text));
        Assert.Equal(8, reader.RowsRead);
        Assert.Equal(["F7"], records.Select(r => r.FundKey).ToArray());
        var expected = new (long Line, DiagnosticCode Code, string? Column)[]
        {
            (2, DiagnosticCode.BadDate, "filed_on"), (3, DiagnosticCode.BadAmount, "capital"), (5, DiagnosticCode.BadAmount, "capital"),
            (6, DiagnosticCode.MissingField, "fund_place"), (7, DiagnosticCode.MalformedRow, null), (8, DiagnosticCode.MalformedRow, null),
            (9, DiagnosticCode.MissingAmount, "capital"), (10, DiagnosticCode.BadAmount, "capital"),
        };
        Assert.Equal(expected, diags.Select(d => (d.Line, d.Code, d.Column)).ToArray());
        Assert.Equal("2023-02-30", diags[0].RawText);
        Assert.All(diags, d => Assert.Equal("test.csv", d.File));
        // Reconcile: 8 rows read = 1 yielded (F7, with a warning) + 7 rejected.
        Assert.Equal(reader.RowsRead, records.Count + diags.Count(d => d.Severity == DiagnosticSeverity.Rejected));
    }

    [Fact]
    public void A_row_in_another_encoding_is_reported_not_garbled()
    {
        var gb = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;
        // A UTF-8 file (header + 3 rows) with one row pasted from a GB18030 export (line 5).
        var head = Encoding.UTF8.GetBytes("fund_id,fund_place,partner_place\nF1,深圳市,北京市\nF2,上海市,杭州市\nF3,广州市,南京市\n");
        var bad = gb.GetBytes("F4,深圳,上海\n");
        var (records, diags, reader) = Read(head.Concat(bad).ToArray());
        Assert.Equal("utf-8", reader.Encoding.WebName);
        Assert.Equal(["F1", "F2", "F3"], records.Select(r => r.FundKey).ToArray());
        Assert.Equal("深圳市", records[0].FundPlace);
        var d = Assert.Single(diags, x => x.Code != DiagnosticCode.MissingColumn); // besides the header warnings (no capital, no date)
        Assert.Equal(DiagnosticCode.BadEncoding, d.Code);
        Assert.Equal(5, d.Line);
    }

    [Fact]
    public void Unusable_files_fail_with_the_file_name_and_the_problem()
    {
        var empty = Assert.Throws<FilingsFormatException>(() => FilingsReader.Open(new MemoryStream([]), "empty.csv"));
        Assert.Contains("empty.csv", empty.Message);
        Assert.Contains("empty", empty.Problem);

        var noPlace = Assert.Throws<FilingsFormatException>(() => FilingsReader.Open(new MemoryStream(Utf8("a,b,c\n1,2,3\n")), "x.csv"));
        Assert.Contains("no fund place column", noPlace.Message);

        var noPartner = Assert.Throws<FilingsFormatException>(() => FilingsReader.Open(new MemoryStream(Utf8("fund_place,x\n深圳,1\n")), "y.csv"));
        Assert.Contains("no partner place or credit code column", noPartner.Message);

        // Zip bytes are taken for an .xlsx workbook (issue 17), and six of them are not one.
        var binary = Assert.Throws<FilingsFormatException>(() => FilingsReader.Open(new MemoryStream([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]), "book.xlsx"));
        Assert.Contains("the xlsx workbook cannot be read", binary.Message);

        var missing = Assert.Throws<FilingsFormatException>(() => FilingsReader.Open("/nonexistent/dir/file.csv"));
        Assert.Contains("/nonexistent/dir/file.csv", missing.Message);
    }

    [Fact]
    public void Strict_mode_throws_at_the_first_rejected_row()
    {
        var e = Assert.Throws<FilingsFormatException>(() =>
            Read(Utf8("fund_place,partner_place,capital\n深圳,北京,1\n深圳,北京,x\n"), FilingsReadOptions.Default with { Strict = true }));
        Assert.Equal(3, e.Line);
    }

    [Fact]
    public void Reads_from_a_non_seekable_stream()
    {
        var bytes = Utf8("fund_place,partner_place\n深圳,北京\n上海,杭州\n", bom: true);
        var diags = new List<Diagnostic>();
        using var reader = FilingsReader.Open(new NonSeekable(bytes), "pipe", null, diags.Add);
        Assert.Equal(2, reader.ReadRecords(diags.Add).Count());
        Assert.All(diags, x => Assert.Equal(DiagnosticCode.MissingColumn, x.Code)); // only the header warnings (no capital, no date)
    }

    internal sealed class NonSeekable(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
        public override long Seek(long offset, SeekOrigin loc) => throw new NotSupportedException();
    }
}

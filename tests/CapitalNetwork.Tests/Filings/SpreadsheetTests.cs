using System.IO.Compression;
using System.Text;
using CapitalNetwork.Sheets;

namespace CapitalNetwork.Tests.Filings;

/// <summary>
/// Issue 17 §1: .xlsx and .xls workbooks read wherever a CSV is. The fixtures in TestData/sheets are made by
/// make_workbooks.py there from the first 600 rows of examples/data/sample-filings.csv (also written as sample-600.csv):
/// a title row and a blank row above the header (row 3), fund columns merged down over each fund's rows, capital as numbers
/// and (every 7th row) as text with a thousands separator, ISO filing dates as date cells and every 5th fund's as a bare
/// Excel serial number; the .xls is LibreOffice 7.4's conversion of the .xlsx. Expected values come from reading
/// sample-600.csv (the same rows as text), and by hand from the script.
/// </summary>
public class SpreadsheetTests
{
    private static string Sheets(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "sheets", name);

    private static void AssertSameNetwork(FlowNetwork expected, FlowNetwork actual)
    {
        Assert.Equal(expected.NodeCount, actual.NodeCount);
        Assert.Equal(expected.Edges, actual.Edges);
        for (var i = 0; i < expected.NodeCount; i++) Assert.Equal(expected.RegisteredFunds(i), actual.RegisteredFunds(i));
    }

    [Theory]
    [InlineData("sample.xlsx", "xlsx")]
    [InlineData("sample.xls", "xls")]
    public void A_workbook_and_the_same_rows_as_csv_give_identical_networks(string book, string format)
    {
        var csv = CityNetwork.FromFilings(Sheets("sample-600.csv"));
        var sheet = CityNetwork.FromFilings(Sheets(book));
        AssertSameNetwork(csv.Network, sheet.Network);
        Assert.Equal(csv.Years.Years, sheet.Years.Years);
        foreach (var y in csv.Years.Years) Assert.Equal(csv.Years[y].Edges, sheet.Years[y].Edges);
        var (a, b) = (csv.Report, sheet.Report);
        Assert.Equal((a.RowsRead, a.RowsUsed, a.RowsRejected, a.Funds, a.Capital), (b.RowsRead, b.RowsUsed, b.RowsRejected, b.Funds, b.Capital));
        Assert.Equal(format, b.Encoding);
        Assert.Equal("基金合伙人", b.Sheet);
        Assert.True(b.Reconciles);
        // The same rejections, two rows lower (the header is on row 3, not line 1), each naming its cell as Excel shows it.
        Assert.Equal(a.Diagnostics.Select(d => (d.Line + 2, d.Column, d.Code, d.RawText)), b.Diagnostics.Select(d => (d.Line, d.Column, d.Code, d.RawText)));
        Assert.Equal(["基金合伙人!G154", "基金合伙人!G425"], b.Diagnostics.Select(d => d.Cell));
        Assert.All(a.Diagnostics, d => Assert.Null(d.Cell));
        Assert.Contains("sample." + format + ":基金合伙人!G154 [所在地]", b.Diagnostics[0].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_header_is_found_below_title_rows_and_cells_are_converted()
    {
        using var reader = FilingsReader.Open(Sheets("sample.xlsx"));
        Assert.Equal(3, reader.HeaderRow);                     // title row 1, blank row 2 (make_workbooks.py)
        Assert.Equal("xlsx", reader.Format);
        Assert.Equal(10_000, reader.CapitalUnit);               // 认缴出资额（万元）: the unit from the header
        var records = reader.ReadRecords(_ => { }).Take(3).ToList();
        // Row 4: SQU390, fund 0 → its date is the bare serial 45174 = 2023-09-05; capital "0.1" stored as text (row 0 % 7).
        Assert.Equal(4, records[0].Line);
        Assert.Equal(new DateOnly(2023, 9, 5), records[0].FiledOn);
        Assert.Equal(1_000, records[0].Capital);                // 0.1 万元
        // Rows 5 and 6: the fund columns are merged down from row 4 (their own cells are empty).
        Assert.All(records, r => Assert.Equal("SQU390", r.FundKey));
        Assert.All(records, r => Assert.Equal("江苏省常州市武进区", r.FundPlace));
        Assert.Equal(15_000_000, records[2].Capital);           // 1500 万元, a number cell
    }

    [Fact]
    public void Sheet_picks_a_sheet_and_a_missing_sheet_names_the_sheets()
    {
        // two-sheets.xlsx: sheet 说明 (a note), then sheet 数据 with F1..F3 (make_workbooks.py): 100 + 50 + 5 万元.
        var options = IngestOptions.Default with { Read = FilingsReadOptions.Default with { Sheet = "数据" } };
        var result = CityNetwork.FromFilings(Sheets("two-sheets.xlsx"), options);
        Assert.Equal((3L, 3L, 1_550_000.0), (result.Report.RowsUsed, result.Report.Funds, result.Report.Capital));
        var first = Assert.Throws<FilingsFormatException>(() => CityNetwork.FromFilings(Sheets("two-sheets.xlsx")));
        Assert.Contains("no fund place column", first.Problem);
        var missing = Assert.Throws<FilingsFormatException>(() =>
            CityNetwork.FromFilings(Sheets("two-sheets.xlsx"), options with { Read = options.Read with { Sheet = "Sheet9" } }));
        Assert.Equal("the workbook has no sheet named 'Sheet9'; its sheets are '说明', '数据'", missing.Problem);
    }

    [Fact]
    public void A_workbook_is_told_by_its_bytes_and_a_broken_one_is_refused_by_name()
    {
        // The same workbook from a stream that cannot seek (copied into memory first), under a .csv name.
        var bytes = File.ReadAllBytes(Sheets("sample.xlsx"));
        var fromPipe = CityNetwork.FromFilings(new FilingsReaderTests.NonSeekable(bytes), "export.csv");
        Assert.Equal(598, fromPipe.Report.RowsUsed);            // as sample-600.csv: 600 rows, 2 rejected
        var broken = Assert.Throws<FilingsFormatException>(() => FilingsReader.Open(new MemoryStream([0x50, 0x4B, 0x03, 0x04, 0, 0, 0xFF]), "book.xlsx"));
        Assert.StartsWith("the xlsx workbook cannot be read: ", broken.Problem);
        Assert.Contains("book.xlsx", broken.Message);
        var truncated = Assert.Throws<FilingsFormatException>(() => FilingsReader.Open(new MemoryStream(bytes[..(bytes.Length / 2)]), "half.xlsx"));
        Assert.StartsWith("the xlsx workbook cannot be read: ", truncated.Problem);
    }

    [Fact]
    public void Cell_references_are_as_excel_shows_them()
    {
        Assert.Equal("A", WorkbookRows.ColumnLetters(0));
        Assert.Equal("Z", WorkbookRows.ColumnLetters(25));
        Assert.Equal("AA", WorkbookRows.ColumnLetters(26));
        Assert.Equal("XFD", WorkbookRows.ColumnLetters(16_383));   // Excel's last column
        Assert.Equal("Sheet1!D17", WorkbookRows.Reference("Sheet1", 17, 3));
        Assert.Equal("'my sheet'!17:17", WorkbookRows.Reference("my sheet", 17, null));
        Assert.Equal("基金!A2", WorkbookRows.Reference("基金", 2, 0));
    }

    [Fact]
    public void Excel_serial_days_in_the_date_column_and_numbers_keep_their_digits()
    {
        // Serial 45174 = 2023-09-05 (Excel's 1900 system: serial 1 = 1900-01-01, with its phantom 1900-02-29, so from
        // March 1900 on day n = 1899-12-30 + n); 44927 = 2023-01-01.
        Assert.Equal("2023-09-05", WorkbookRows.Text(45174.0, date: true));
        Assert.Equal("2023-01-01", WorkbookRows.Text(44927.75, date: true));
        Assert.Equal("45174", WorkbookRows.Text(45174.0, date: false));
        Assert.Equal("913205830000000000", WorkbookRows.Text(913205830000000000.0, date: false)); // no 9.1E+17
        Assert.Equal("0.1", WorkbookRows.Text(0.1, date: false));
        Assert.Equal("2023-05-06", WorkbookRows.Text(new DateTime(2023, 5, 6), date: false));
    }

    /// <summary>A minimal .xlsx written here (one sheet of inline strings), for cases the fixtures do not hold.</summary>
    internal static byte[] Xlsx(string sheetData, string mergeCells = "")
    {
        var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Text(string name, string text)
            {
                using var w = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                w.Write(text);
            }
            const string main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
            const string rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
            Text("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>");
            Text("_rels/.rels", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"{rel}/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            Text("xl/workbook.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"{main}\" xmlns:r=\"{rel}\"><sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            Text("xl/_rels/workbook.xml.rels", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"{rel}/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
            Text("xl/worksheets/sheet1.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"{main}\"><sheetData>{sheetData}</sheetData>{mergeCells}</worksheet>");
        }
        return output.ToArray();
    }

    /// <summary>Rows of inline-string cells: each row a list of (column letter, text).</summary>
    internal static string Rows(params (int Row, string[] Cells)[] rows) => string.Concat(rows.Select(r =>
        $"<row r=\"{r.Row}\">" + string.Concat(r.Cells.Select((c, i) => c.Length == 0 ? "" :
            $"<c r=\"{WorkbookRows.ColumnLetters(i)}{r.Row}\" t=\"inlineStr\"><is><t>{System.Security.SecurityElement.Escape(c)}</t></is></c>")) + "</row>"));

    [Fact]
    public void An_empty_sheet_and_a_huge_cell_are_named()
    {
        var empty = Assert.Throws<FilingsFormatException>(() => FilingsReader.Open(new MemoryStream(Xlsx("")), "empty.xlsx"));
        Assert.Equal("the sheet 'Sheet1' is empty: expected a header row naming the columns", empty.Problem);
        // A cell of 150,000 characters (more than MaxFieldLength 100,000): its row is rejected, naming the cell.
        var huge = new string('深', 150_000);
        var book = Xlsx(Rows((1, ["fund_place", "partner_place"]), (2, ["深圳市", "北京市"]), (3, ["深圳市", huge]), (4, ["上海市", "北京市"])));
        var result = CityNetwork.FromFilings(new MemoryStream(book), "huge.xlsx");
        Assert.Equal((3L, 2L, 1L), (result.Report.RowsRead, result.Report.RowsUsed, result.Report.RowsRejected));
        var d = Assert.Single(result.Report.Diagnostics, x => x.Code == DiagnosticCode.MalformedRow);
        Assert.Equal((3L, "Sheet1!B3"), (d.Line, d.Cell));
    }

    [Fact]
    public void Capital_in_yi_from_the_header_and_blank_rows_are_no_rows()
    {
        // 认缴出资额（亿元）: 1.5 亿 = 150,000,000 CNY; row 3 is blank (no data row); a value right of the header is not read.
        var book = Xlsx(Rows((1, ["基金编号", "注册地", "所在地", "认缴出资额（亿元）"]), (2, ["F1", "深圳市", "北京市", "1.5"]),
            (4, ["F2", "上海市", "杭州市", "0.5", "note beside the table"])));
        var result = CityNetwork.FromFilings(new MemoryStream(book), "yi.xlsx");
        Assert.Equal((2L, 2L, 200_000_000.0), (result.Report.RowsRead, result.Report.RowsUsed, result.Report.Capital));
    }
}

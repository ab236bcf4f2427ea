using System.Globalization;
using System.Text;
using CapitalNetwork.Csv;
using CsCheck;
using CsvHelper;

namespace CapitalNetwork.Tests.Csv;

/// <summary>The one CSV writer of the library (<see cref="CsvRows"/>, on CsvHelper): what it writes reads back the same.
/// Expected bytes are RFC 4180 §2 rules 6–7 applied by hand, and for spreadsheets OWASP's CSV injection advice
/// (owasp.org/www-community/attacks/CSV_Injection: a cell starting with = + - @ tab or CR gets a leading apostrophe) with
/// CsvHelper 34's documented quoting of an escaped field (CsvInjection.Escape: "in Rfc4180 mode the field is also quoted").</summary>
public class CsvRowsTests
{
    private const string Hard = "基金 \"甲\", 有限合伙\n第二行";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_field_with_a_quote_a_comma_a_newline_and_Chinese_text_round_trips(bool gephi)
    {
        var text = new StringWriter();
        CsvRows.Table(text, ["name", "note"], [[Hard, "plain"], [" 前后空格 ", "a;b"]], CsvCells.SpreadsheetSafe, gephi);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text.ToString()));
        using var csv = CsvReader.Create(stream, new CsvReaderOptions { HasHeader = true, AllowLineBreaksInQuotes = true });
        Assert.True(csv.Read());
        Assert.Equal(Hard, csv.GetString(0));
        Assert.Equal("plain", csv.GetString(1));
        Assert.True(csv.Read());
        Assert.Equal(" 前后空格 ", csv.GetString(0));
        Assert.Equal("a;b", csv.GetString(1));
        Assert.False(csv.Read());
    }

    [Fact]
    public void Quotes_only_where_RFC_4180_needs_them_and_Gephi_also_semicolons_and_edge_spaces()
    {
        // By hand: the quote is doubled and the field enclosed; '\n' ends each record.
        var plain = new StringWriter();
        CsvRows.Table(plain, ["a", "b"], [[Hard, " x;y "]], CsvCells.SpreadsheetSafe);
        Assert.Equal("a,b\n\"基金 \"\"甲\"\", 有限合伙\n第二行\", x;y \n", plain.ToString());
        var gephi = new StringWriter();
        CsvRows.Table(gephi, ["a", "b"], [["1", " x;y "]], CsvCells.SpreadsheetSafe, gephi: true);
        Assert.Equal("a,b\n1,\" x;y \"\n", gephi.ToString());
    }

    /// <summary>The OWASP payloads named in the issue, and a carriage return too.</summary>
    private static readonly string[] Payloads = ["=cmd|' /C calc'!A0", "@SUM(A1)", "+1", "-2+3", "\t=1", "\r=1"];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Formula_payloads_get_an_apostrophe_and_quotes_by_default_and_stay_raw_on_request(bool gephi)
    {
        var safe = new StringWriter();
        CsvRows.Table(safe, ["a", "b", "c", "d", "e", "f"], [Payloads], CsvCells.SpreadsheetSafe, gephi);
        Assert.Equal("a,b,c,d,e,f\n\"'=cmd|' /C calc'!A0\",\"'@SUM(A1)\",\"'+1\",\"'-2+3\",\"'\t=1\",\"'\r=1\"\n", safe.ToString());
        Assert.Empty(SpreadsheetCells.Formulas(safe.ToString()));
        // Raw: only RFC 4180 quoting (the CR needs quotes); every payload is there for a spreadsheet to run.
        var raw = new StringWriter();
        CsvRows.Table(raw, ["a", "b", "c", "d", "e", "f"], [Payloads], CsvCells.Raw, gephi);
        Assert.Equal("a,b,c,d,e,f\n=cmd|' /C calc'!A0,@SUM(A1),+1,-2+3,\t=1,\"\r=1\"\n", raw.ToString());
        Assert.Equal(Payloads, SpreadsheetCells.Formulas(raw.ToString()));
    }

    [Theory]
    [InlineData(CsvCells.SpreadsheetSafe)]
    [InlineData(CsvCells.Raw)]
    public void Negative_numbers_stay_numbers(CsvCells cells)
    {
        // The invariant shortest round-trip text of numbers ("R"), as every writer formats them: written unchanged.
        string[] numbers = ["-3.5", "-0.25", "-1E-07", "-42", "-0", "-9223372036854775808", "-1.7976931348623157E+308", "3.5", "0"];
        var text = new StringWriter();
        CsvRows.Table(text, numbers.Select((_, i) => "c" + i.ToString(CultureInfo.InvariantCulture)), [numbers], cells);
        Assert.Equal(string.Join(',', numbers) + "\n", text.ToString().Split('\n', 2)[1]);
    }

    [Fact]
    public void Text_that_only_looks_like_a_number_is_text()
    {
        // Not the canonical text of a number (leading zero, trailing zero, lower-case exponent, space, infinity): a
        // spreadsheet might still read some as numbers, but the writer cannot tell them from text, so OWASP's rule holds.
        string[] cells = ["-01", "-1.50", "-1e-07", "- 3", "-Infinity", "-"];
        var text = new StringWriter();
        CsvRows.Table(text, ["a", "b", "c", "d", "e", "f"], [cells], CsvCells.SpreadsheetSafe);
        Assert.Equal("\"'-01\",\"'-1.50\",\"'-1e-07\",\"'- 3\",\"'-Infinity\",\"'-\"\n", text.ToString().Split('\n', 2)[1]);
    }

    [Fact]
    public void Every_finite_double_and_long_is_written_as_its_own_text()
    {
        // Property (CsCheck, 10,000 cases each): the "R" text of any finite double, and any long, comes out unchanged in
        // a spreadsheet-safe table, so the number path (CsvHelper formatting the parsed value) never changes a digit.
        Gen.Double.Where(double.IsFinite).Sample(d =>
        {
            var s = d.ToString("R", CultureInfo.InvariantCulture);
            var text = new StringWriter();
            CsvRows.Table(text, ["x"], [[s]], CsvCells.SpreadsheetSafe);
            return text.ToString() == "x\n" + s + "\n";
        }, iter: 10_000);
        Gen.Long.Sample(l =>
        {
            var s = l.ToString(CultureInfo.InvariantCulture);
            var text = new StringWriter();
            CsvRows.Table(text, ["x"], [[s]], CsvCells.SpreadsheetSafe);
            return text.ToString() == "x\n" + s + "\n";
        }, iter: 10_000);
    }

    [Fact]
    public void An_undefined_CsvCells_value_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CsvRows.Table(new StringWriter(), ["a"], [], (CsvCells)7));
    }
}

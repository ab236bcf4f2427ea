using System.Text;
using CapitalNetwork.Csv;
using CsvHelper;

namespace CapitalNetwork.Tests.Csv;

/// <summary>The one CSV writer of the library (<see cref="CsvRows"/>, on CsvHelper): what it writes reads back the same.
/// Expected bytes are RFC 4180 §2 rules 6–7 applied by hand.</summary>
public class CsvRowsTests
{
    private const string Hard = "基金 \"甲\", 有限合伙\n第二行";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_field_with_a_quote_a_comma_a_newline_and_Chinese_text_round_trips(bool gephi)
    {
        var text = new StringWriter();
        CsvRows.Table(text, ["name", "note"], [[Hard, "plain"], [" 前后空格 ", "a;b"]], gephi);
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
        CsvRows.Table(plain, ["a", "b"], [[Hard, " x;y "]]);
        Assert.Equal("a,b\n\"基金 \"\"甲\"\", 有限合伙\n第二行\", x;y \n", plain.ToString());
        var gephi = new StringWriter();
        CsvRows.Table(gephi, ["a", "b"], [["1", " x;y "]], gephi: true);
        Assert.Equal("a,b\n1,\" x;y \"\n", gephi.ToString());
    }
}

using System.Text;
using CapitalNetwork.Export.Gexf;
using CapitalNetwork.Filings;
using CapitalNetwork.Geography;
using CapitalNetwork.Graph;
using CapitalNetwork.Internals;

namespace CapitalNetwork.Tests.Hostile;

/// <summary>
/// One regression test per fuzzing finding (fuzz/README.md lists them with the run that found them). Each input is also
/// in the replayed corpus (TestData/fuzz/*/crash-*). Expected outcomes are worked out by hand from the inputs.
/// </summary>
public class FuzzFindingsTests
{
    private static string Corpus(string corpus, string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "fuzz", corpus, name);



    [Fact]
    public void Finding_1_a_data_row_with_a_noncharacter_is_read()
    {
        // UTF-16 LE with BOM: header fine, the fund name of row 2 carries U+FFFE (kept: it is not U+FFFD, so not bad_encoding).
        var text = "fund_id,fund_name,fund_place,partner_place\r\nF1,甲\uFFFE基金,深圳市,北京市\r\nF2,乙,上海\uFFFF市,北京市\r\n";
        var bytes = new byte[] { 0xFF, 0xFE }.Concat(new UnicodeEncoding(false, false, false).GetBytes(text)).ToArray();
        var report = CityNetwork.FromFilings(new MemoryStream(bytes), "u16.csv").Report;
        Assert.Equal(2, report.RowsRead);
        Assert.Equal(2, report.RowsUsed); // 上海\uFFFF市 → 上海 read from the start
        Assert.True(report.Reconciles);
    }

    /// <summary>Finding 2 (GEXF run 1, 1 crashing input): an XML declaration whose encoding name is broken
    /// (<c>encoding=ÿÿÿ␡-8"</c>) makes System.Xml's reader throw ArgumentOutOfRangeException while it switches encodings,
    /// and GexfReader lets it out instead of a GexfFormatException naming the file. The fix belongs to GexfReader (a
    /// colleague's file): wrap the exceptions the XmlReader throws on broken input besides XmlException
    /// (ArgumentException, DecoderFallbackException) like XmlException. This test fails until then.</summary>
    [Fact]
    public void Finding_2_a_broken_encoding_declaration_is_a_gexf_format_problem()
    {
        byte[] input = [.. "<?xml version=\"1.0  encoding="u8, 0xFF, 0xFF, 0xFF, 0x7F, .. "-8\"?><?"u8];
        var e = Assert.Throws<GexfFormatException>(() => GexfReader.Read(new MemoryStream(input), "broken-declaration.gexf"));
        Assert.Equal("broken-declaration.gexf", e.File);
        Assert.Contains(e.Line, new int?[] { null, 1 }); // the declaration is on line 1 (when the reader knows the line)
    }
}

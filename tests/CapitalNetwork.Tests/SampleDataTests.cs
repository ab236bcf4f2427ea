using System.Globalization;
using System.Text;

namespace CapitalNetwork.Tests;

/// <summary>
/// The bundled sample <c>examples/data/sample-filings.csv</c> (copied to <c>SampleData/</c>): the expectations are read
/// from the table of deliberate bad rows in <c>examples/data/README.md</c>, so the documentation and the data cannot
/// drift apart.
/// </summary>
public class SampleDataTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "SampleData");
    private static readonly string SamplePath = Path.Combine(Folder, "sample-filings.csv");

    /// <summary>The rows of the README table <c>| line | what is wrong | expected diagnostic |</c>.</summary>
    private static List<(int Line, string What, string Code)> DocumentedBadRows()
    {
        var table = new List<(int, string, string)>();
        foreach (var text in File.ReadLines(Path.Combine(Folder, "README.md")))
        {
            var cells = text.Split('|', StringSplitOptions.TrimEntries);
            if (cells.Length != 5 || !int.TryParse(cells[1], NumberStyles.None, CultureInfo.InvariantCulture, out var line)) continue;
            table.Add((line, cells[2], cells[3].Trim('`')));
        }
        return table;
    }

    [Fact]
    public void Readme_documents_the_deliberate_bad_rows()
    {
        var table = DocumentedBadRows();
        Assert.InRange(table.Count, 8, 12);
        Assert.Equal(table.Select(t => t.Line).Order(), table.Select(t => t.Line));
        var codes = table.Select(t => t.Code).ToHashSet();
        foreach (var expected in new[] { "unknown_place", "ambiguous_place", "province_only_place", "foreign_place", "bad_date", "bad_amount",
                     "missing_field", "duplicate_pair", "malformed_row", "missing_amount" })
            Assert.Contains(expected, codes);
    }

    [Fact]
    public void Sample_reconciles_and_reports_each_bad_row_at_its_documented_line()
    {
        var table = DocumentedBadRows();
        var result = CityNetwork.FromFilings(SamplePath);
        var report = result.Report;

        Assert.True(report.Reconciles, report.ToString());
        Assert.Equal("utf-8", report.Encoding);
        Assert.Equal(',', report.Delimiter);
        Assert.Equal(4000 + table.Count, report.RowsRead);

        foreach (var (line, what, code) in table)
            Assert.True(report.Diagnostics.Any(d => d.Line == line && d.CodeName == code),
                $"line {line} ({what}) should be reported as {code}; reported: " +
                string.Join("; ", report.Diagnostics.Where(d => d.Line == line).Select(d => d.ToString())));

        // Nothing else is wrong with the sample: every diagnostic is a documented one.
        Assert.All(report.Diagnostics, d => Assert.Contains((d.Line, d.CodeName), table.Select(t => ((long)t.Line, t.Code))));
        Assert.Equal(table.Count, report.Diagnostics.Count);

        var rejects = table.Count(t => t.Code != "missing_amount");
        Assert.Equal(rejects, report.RowsRejected);
        Assert.Equal(report.RowsRead - rejects, report.RowsUsed);
        Assert.Equal(0, report.RowsOutsideWindow);
        Assert.Equal(table.Count - rejects, report.Warnings);
        Assert.Equal(DiagnosticSeverity.Warning, report.Diagnostics.Single(d => d.Code == DiagnosticCode.MissingAmount).Severity);
    }

    [Fact]
    public void Sample_is_the_seeded_generator_output_plus_the_bad_rows()
    {
        // tools/make-sample writes SyntheticFilings (seed 20231231, 4,000 rows, Chinese headers, 万元) as UTF-8 with a BOM
        // and inserts the documented rows; removing them gives back the generator's bytes.
        var bytes = File.ReadAllBytes(SamplePath);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var bad = DocumentedBadRows().Select(t => t.Line).ToHashSet();
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split('\n');
        Assert.Equal("", lines[^1]); // ends with a line break
        var kept = lines[..^1].Where((_, i) => !bad.Contains(i + 1));
        var expected = new StringWriter();
        SyntheticFilings.Write(expected, SyntheticFilingsOptions.Default with { Rows = 4000 });
        Assert.Equal(expected.ToString(), string.Concat(kept.Select(l => l + "\n")));
    }
}

using System.Diagnostics;
using CapitalNetwork.Fuzz;

namespace CapitalNetwork.Tests.Hostile;

/// <summary>
/// Replays the spreadsheet fuzzing corpus (TestData/fuzz/spreadsheet: the seeds, the AFL++ queue entries of the run in
/// fuzz/README.md, and the inputs that hung, named hang-*) through <see cref="FuzzTargets.Spreadsheet"/> — the harness's
/// own contract, compiled into this project from fuzz/Shared/FuzzTargets.cs: only <see cref="FilingsFormatException"/>
/// may refuse an input, the report must reconcile, keep at most 8 diagnostics, and name a cell in each; each input must
/// finish within <see cref="Limit"/>. ExcelDataReader's behaviour on broken bytes has no independent model, so, unlike
/// the filings corpus, outcomes are checked by hand on the seeds only.
/// </summary>
public class SpreadsheetCorpusReplayTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(10);

    private static string Corpus(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "fuzz", "spreadsheet", name);

    [Fact]
    public void Spreadsheet_corpus_replays_cleanly()
    {
        var files = Directory.GetFiles(Corpus("")).Order(StringComparer.Ordinal).ToArray();
        Assert.InRange(files.Length, 4, 200);
        foreach (var file in files)
        {
            var clock = Stopwatch.StartNew();
            FuzzTargets.Spreadsheet(File.ReadAllBytes(file));
            Assert.True(clock.Elapsed < Limit, $"{Path.GetFileName(file)} took {clock.Elapsed.TotalSeconds:F1} s");
        }
    }

    [Fact]
    public void The_seeds_have_their_outcomes()
    {
        // seed-sheet-xml: 'x' + the sheet XML of an .xlsx that FuzzTargets.Xlsx builds around it. Title in row 1, header
        // in row 3 (shared strings 基金编号, 注册地, 备案时间, 合伙人名称, 所在地, 认缴出资额（万元）, 统一社会信用代码); row 4 F1 with
        // a date cell (45174 = 2023-09-05) and 100 万; row 5 takes F1 and 深圳市南山区 from the merged A4:A5 and B4:B5, with
        // capital "1,500.5" as text; row 6's capital is a boolean cell (TRUE): bad_amount at F6. Used: 100 + 1500.5 万元.
        var data = File.ReadAllBytes(Corpus("seed-sheet-xml"));
        var r = CityNetwork.FromFilings(new MemoryStream(FuzzTargets.Xlsx(data.AsSpan(1))), "seed.xlsx").Report;
        Assert.Equal((3L, 2L, 1L, 16_005_000.0), (r.RowsRead, r.RowsUsed, r.RowsRejected, r.Capital));
        var bad = Assert.Single(r.Diagnostics, d => d.Severity == DiagnosticSeverity.Rejected);
        Assert.Equal((6L, DiagnosticCode.BadAmount, "Sheet1!F6", "TRUE"), (bad.Line, bad.Code, bad.Cell, bad.RawText));

        // The two-sheet seeds: their first sheet is a note, so there is no fund place column (.xlsx and .xls alike).
        foreach (var seed in new[] { "seed-two-sheets.xlsx", "seed-two-sheets.xls" })
        {
            var e = Assert.Throws<FilingsFormatException>(() => CityNetwork.FromFilings(Corpus(seed)));
            Assert.StartsWith("no fund place column", e.Problem);
        }

        // hang-1: an .xls whose DIMENSIONS record claims 352,322,048 rows; ExcelDataReader walked them for half a minute.
        var hang = Assert.Throws<FilingsFormatException>(() => CityNetwork.FromFilings(Corpus("hang-1-xls-dimension-rows")));
        Assert.Equal("the sheet '数据' claims 352,322,048 rows, more than the 65,536 an xls sheet can hold: the workbook is broken", hang.Problem);
        // hang-2: an .xls whose DIMENSIONS claim 65,536 columns (BIFF8 holds 256): 13 s of 65,536-wide empty rows before.
        var wide = Assert.Throws<FilingsFormatException>(() => CityNetwork.FromFilings(Corpus("hang-2-xls-dimension-columns")));
        Assert.EndsWith("columns, more than the 256 an xls sheet can hold: the workbook is broken", wide.Problem);
    }
}

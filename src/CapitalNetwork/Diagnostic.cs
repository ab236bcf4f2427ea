using System.Globalization;
using System.Text.Json;
using CapitalNetwork.Csv;
using CapitalNetwork.Files;

namespace CapitalNetwork;

/// <summary>
/// One problem found in an input file: where (file, line, column), what (the raw text), why (a stable
/// <see cref="DiagnosticCode"/> and an English message) and what it cost (<see cref="Severity"/>).
/// </summary>
/// <param name="File">The file name as given to the reader.</param>
/// <param name="Line">1-based line on which the row starts (the header is line 1).</param>
/// <param name="Column">The column's header text, or <c>null</c> when the problem concerns the whole row.</param>
/// <param name="RawText">The offending field, or the raw row (truncated to 500 characters).</param>
/// <param name="Code">The reason code.</param>
/// <param name="Message">A human-readable explanation.</param>
/// <param name="Severity">Whether the row was rejected or only warned about.</param>
public sealed record Diagnostic(string File, long Line, string? Column, string RawText, DiagnosticCode Code, string Message, DiagnosticSeverity Severity)
{
    /// <summary>For a row of an .xlsx or .xls workbook, the cell as Excel shows it: <c>Sheet1!D17</c> (the sheet, the column
    /// letters and the row; <see cref="Line"/> is the same row), or <c>Sheet1!17:17</c> for the whole row; <c>null</c> for
    /// text files.</summary>
    public string? Cell { get; init; }

    /// <summary>The reason code in snake_case, as written to diagnostics files (e.g. <c>unknown_place</c>).</summary>
    public string CodeName => CodeNameOf(Code);

    internal static string CodeNameOf(DiagnosticCode code) => JsonNamingPolicy.SnakeCaseLower.ConvertName(code.ToString());

    /// <inheritdoc />
    public override string ToString() =>
        $"{File}:{Cell ?? Line.ToString(CultureInfo.InvariantCulture)}{(Column is null ? "" : $" [{Column}]")}: {CodeName}: {Message} — \"{RawText}\"";

    /// <summary>Writes diagnostics as CSV: a header <c>file,line,column,code,severity,message,raw,cell</c> (<c>cell</c>: the
    /// workbook cell, <c>Sheet1!D17</c>, empty for text files), then one line per
    /// diagnostic in the order given (severity <c>rejected</c> or <c>warning</c>; text quoted when it holds a comma, quote
    /// or line break). The writer's encoding decides the bytes (Excel wants UTF-8 with a BOM to read Chinese text).
    /// Used for the diagnostics of an ingest (<see cref="IngestReport.WriteDiagnosticsCsv(TextWriter, CsvCells)"/>) and of
    /// any reader that reports them (<see cref="EdgeListReader"/>).</summary>
    /// <remarks>The raw text and messages quote the input, so by default (<see cref="CsvCells.SpreadsheetSafe"/>) a cell
    /// that a spreadsheet would run as a formula gets an apostrophe in front (<c>=cmd|' /C calc'!A0</c> is written
    /// <c>"'=cmd|' /C calc'!A0"</c>); <see cref="CsvCells.Raw"/> writes every cell as it is.</remarks>
    /// <param name="writer">Where to write.</param>
    /// <param name="diagnostics">The diagnostics.</param>
    /// <param name="cells">Whether to neutralise cells that a spreadsheet would run as formulas (the default) or write them raw.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cells"/> is not a <see cref="CsvCells"/> value.</exception>
    public static void WriteCsv(TextWriter writer, IEnumerable<Diagnostic> diagnostics, CsvCells cells = CsvCells.SpreadsheetSafe)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(diagnostics);
        CsvRows.Table(writer, ["file", "line", "column", "code", "severity", "message", "raw", "cell"],
            diagnostics.Select(d => new[]
            {
                d.File, d.Line.ToString(CultureInfo.InvariantCulture), d.Column ?? "", d.CodeName,
                d.Severity == DiagnosticSeverity.Rejected ? "rejected" : "warning", d.Message, d.RawText, d.Cell ?? "",
            }), cells);
    }

    /// <summary>Writes diagnostics as a CSV file (UTF-8 with a byte order mark, so that Excel and WPS show the Chinese
    /// text; see <see cref="WriteCsv(TextWriter, IEnumerable{Diagnostic}, CsvCells)"/>), replacing it whole: the file is
    /// written under a temporary name in the same folder and renamed over <paramref name="path"/> when complete, so a
    /// failure (full disk, an interrupted run) leaves any previous file as it was.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="diagnostics">The diagnostics.</param>
    /// <param name="cells">Whether to neutralise cells that a spreadsheet would run as formulas (the default) or write them raw.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    /// <exception cref="IOException">The file cannot be written; the previous file is unchanged.</exception>
    public static void WriteCsv(string path, IEnumerable<Diagnostic> diagnostics, CsvCells cells = CsvCells.SpreadsheetSafe)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(diagnostics);
        AtomicFile.Write(path, AtomicFile.Text(w => WriteCsv(w, diagnostics, cells), byteOrderMark: true));
    }
}

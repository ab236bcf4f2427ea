using CapitalNetwork.Csv;
using CapitalNetwork.Files;
using System.Text.Json;
using System.Globalization;
using System.Text;

namespace CapitalNetwork;

/// <summary>
/// The account of one ingest: rows read, used, rejected and outside the date window (which always reconcile:
/// <c>RowsRead = RowsUsed + RowsRejected + RowsOutsideWindow</c>, plus <see cref="FundRowsJoined"/> for a fund table joined to
/// a partner table), warnings, counts by reason code, and the
/// diagnostics themselves (up to <see cref="FilingsReadOptions.MaxDiagnostics"/>; the rest counted in
/// <see cref="DiagnosticsDropped"/>). Immutable.
/// </summary>
/// <param name="File">The input file name.</param>
/// <param name="Encoding">The encoding used (web name, e.g. utf-8, gb18030), or for a workbook its format (xlsx, xls).</param>
/// <param name="Delimiter">The delimiter used (',' for a workbook).</param>
/// <param name="RowsRead">Data rows read (header and title rows excluded; of both tables in a two-table ingest).</param>
/// <param name="RowsUsed">Rows counted into the network.</param>
/// <param name="RowsRejected">Rows reported with a <see cref="DiagnosticSeverity.Rejected"/> diagnostic.</param>
/// <param name="RowsOutsideWindow">Rows of funds filed outside the requested date window (counted, not listed).</param>
/// <param name="Warnings">Warnings on rows that were used (and on the header).</param>
/// <param name="Funds">Distinct funds among the used rows.</param>
/// <param name="Capital">Subscribed capital of the used rows, CNY.</param>
/// <param name="CountsByCode">Number of diagnostics per reason code (all of them, kept or dropped).</param>
/// <param name="Diagnostics">The diagnostics kept, in file order.</param>
/// <param name="DiagnosticsDropped">Diagnostics counted but not kept.</param>
public sealed record IngestReport(
    string File,
    string Encoding,
    char Delimiter,
    long RowsRead,
    long RowsUsed,
    long RowsRejected,
    long RowsOutsideWindow,
    long Warnings,
    long Funds,
    double Capital,
    IReadOnlyDictionary<DiagnosticCode, long> CountsByCode,
    IReadOnlyList<Diagnostic> Diagnostics,
    long DiagnosticsDropped)
{
    /// <summary>The sheet read when <see cref="File"/> is a workbook, else <c>null</c>.</summary>
    public string? Sheet { get; init; }

    /// <summary>Two-table ingest (<see cref="CityNetwork.FromFilings(string, string, IngestOptions?, CancellationToken)"/>):
    /// the partner table (<see cref="File"/> is the fund table); else <c>null</c>.</summary>
    public string? PartnersFile { get; init; }

    /// <summary>Two-table ingest: fund-table rows that partner rows name (each such fund's columns went into its partner
    /// rows, which are counted as used, rejected or outside the window); 0 for one file.</summary>
    public long FundRowsJoined { get; init; }

    /// <summary>True when rows read = rows used + rows rejected + rows outside the window (+ fund rows joined, for two
    /// tables).</summary>
    public bool Reconciles => RowsRead == RowsUsed + RowsRejected + RowsOutsideWindow + FundRowsJoined;

    /// <summary>Writes the kept diagnostics as CSV (<see cref="Diagnostic.WriteCsv(TextWriter, IEnumerable{Diagnostic}, CsvCells)"/>).</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="cells">Whether to neutralise cells that a spreadsheet would run as formulas (the default) or write them raw.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cells"/> is not a <see cref="CsvCells"/> value.</exception>
    public void WriteDiagnosticsCsv(TextWriter writer, CsvCells cells = CsvCells.SpreadsheetSafe) =>
        Diagnostic.WriteCsv(writer, Diagnostics, cells);

    /// <summary>Writes the kept diagnostics as a CSV file, replaced whole
    /// (<see cref="Diagnostic.WriteCsv(string, IEnumerable{Diagnostic}, CsvCells)"/>).</summary>
    /// <param name="path">The file path.</param>
    /// <param name="cells">Whether to neutralise cells that a spreadsheet would run as formulas (the default) or write them raw.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    /// <exception cref="IOException">The file cannot be written; the previous file is unchanged.</exception>
    public void WriteDiagnosticsCsv(string path, CsvCells cells = CsvCells.SpreadsheetSafe) =>
        Diagnostic.WriteCsv(path, Diagnostics, cells);

    /// <summary>
    /// The report as one paragraph, for a log or a console: rows read, used, rejected (by reason), outside the date
    /// window, warnings (by reason), funds, and whether the counts reconcile. <c>capnet</c> prints it on stderr after
    /// every ingest.
    /// </summary>
    /// <returns>One line of text (no line break at the end).</returns>
    public string Summary()
    {
        var ic = CultureInfo.InvariantCulture;
        string ByCode(DiagnosticSeverity severity)
        {
            var parts = CountsByCode
                .Where(kv => SeverityOf(kv.Key) == severity && kv.Value > 0)
                .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key)
                .Select(kv => string.Create(ic, $"{JsonNamingPolicy.SnakeCaseLower.ConvertName(kv.Key.ToString())} {kv.Value:N0}"))
                .ToList();
            return parts.Count == 0 ? "" : " (" + string.Join(", ", parts) + ")";
        }
        var sb = new StringBuilder();
        var name = PartnersFile is null ? File : $"{File} + {PartnersFile}";
        if (Sheet is not null) name += $" (sheet '{Sheet}')";
        sb.Append(ic, $"{name}: {RowsRead:N0} rows read, {RowsUsed:N0} used, {RowsRejected:N0} rejected{ByCode(DiagnosticSeverity.Rejected)}");
        if (FundRowsJoined > 0) sb.Append(ic, $", {FundRowsJoined:N0} fund rows joined to partner rows");
        if (RowsOutsideWindow > 0) sb.Append(ic, $", {RowsOutsideWindow:N0} outside the date window");
        sb.Append(ic, $"; {Warnings:N0} warnings{ByCode(DiagnosticSeverity.Warning)}; {Funds:N0} funds; ");
        sb.Append(Reconciles ? "the counts reconcile." : "THE COUNTS DO NOT RECONCILE.");
        if (RowsRead > 0 && RowsUsed * 2 < RowsRead - FundRowsJoined) sb.Append(ic, $" Most rows were left out ({RowsRead - RowsUsed:N0} of {RowsRead:N0}): check the diagnostics.");
        return sb.ToString();
    }

    /// <summary>Whether a code is reported on rejected rows or as a warning on rows that were used (or on the file).</summary>
    internal static DiagnosticSeverity SeverityOf(DiagnosticCode code) => code switch
    {
        DiagnosticCode.MissingAmount or DiagnosticCode.InconsistentFilingDate or DiagnosticCode.DuplicateHeader
            or DiagnosticCode.PartnerPlacedAtFundCity or DiagnosticCode.MissingColumn or DiagnosticCode.CapitalUnitUnclear => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Rejected,
    };

    /// <inheritdoc />
    public override string ToString()
    {
        var sb = new StringBuilder();
        var ic = CultureInfo.InvariantCulture;
        if (Sheet is not null) sb.AppendLine(ic, $"Ingest of {File} ({Encoding}, sheet '{Sheet}')");
        else sb.AppendLine(ic, $"Ingest of {File} ({Encoding}, delimiter {(Delimiter == '\t' ? "tab" : $"'{Delimiter}'")})");
        if (PartnersFile is not null) sb.AppendLine(ic, $"  joined to partners   {PartnersFile}");
        sb.AppendLine(ic, $"  rows read            {RowsRead,12:N0}");
        sb.AppendLine(ic, $"  rows used            {RowsUsed,12:N0}");
        sb.AppendLine(ic, $"  rows rejected        {RowsRejected,12:N0}");
        if (RowsOutsideWindow > 0) sb.AppendLine(ic, $"  outside date window  {RowsOutsideWindow,12:N0}");
        if (FundRowsJoined > 0) sb.AppendLine(ic, $"  fund rows joined     {FundRowsJoined,12:N0}");
        sb.AppendLine(ic, $"  reconciles           {(Reconciles ? "yes" : "NO"),12}");
        sb.AppendLine(ic, $"  warnings             {Warnings,12:N0}");
        sb.AppendLine(ic, $"  funds                {Funds,12:N0}");
        sb.AppendLine(ic, $"  capital (CNY)        {Capital,20:N0}");
        foreach (var (code, n) in CountsByCode.OrderBy(kv => kv.Key))
            sb.AppendLine(ic, $"    {JsonNamingPolicy.SnakeCaseLower.ConvertName(code.ToString()),-26} {n,8:N0}{(code == DiagnosticCode.PartnerWithoutPlace ? "  (partners without a place: their links and capital are left out)" : "")}");
        if (DiagnosticsDropped > 0) sb.AppendLine(ic, $"  ({DiagnosticsDropped:N0} further diagnostics counted but not kept)");
        return sb.ToString();
    }
}

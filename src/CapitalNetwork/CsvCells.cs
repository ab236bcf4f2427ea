namespace CapitalNetwork;

/// <summary>
/// How the library's CSV writers write the cells of a table: <see cref="IngestReport.WriteDiagnosticsCsv(TextWriter, CsvCells)"/>,
/// <see cref="GephiCsvWriter"/>, <see cref="Measures.ComparisonTable.ToCsv(CsvCells)"/>,
/// <see cref="Measures.TrendTable.ToCsv(CsvCells)"/> and <see cref="SyntheticFilings"/> take it as their last, optional parameter.
/// </summary>
/// <remarks>
/// Excel, WPS and LibreOffice take a cell that starts with <c>=</c>, <c>+</c>, <c>-</c> or <c>@</c> for a formula, and a
/// formula such as <c>=cmd|' /C calc'!A0</c> or <c>=HYPERLINK(…)</c> in a partner name copied from a filing can start a
/// program or send data away when an analyst opens the file (CSV injection). OWASP's advice, followed by
/// <see cref="SpreadsheetSafe"/>, also covers a leading tab or carriage return. A program that reads the CSV wants every
/// cell exactly as it was: <see cref="Raw"/>.
/// </remarks>
public enum CsvCells
{
    /// <summary>The default: a text cell that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return
    /// gets an apostrophe in front and is quoted (<c>=1+1</c> is written <c>"'=1+1"</c>), which spreadsheets show as the
    /// text it was, as OWASP recommends. Numbers stay numbers: a cell that is exactly the invariant shortest round-trip
    /// text of a number (<c>-3.5</c>, <c>-0.25</c>, <c>-1E-07</c>, <c>-42</c>; what the writers write for numbers) is
    /// written unchanged, because a spreadsheet reads it as that number and never as a formula. Readers that take the
    /// cells literally (Gephi's spreadsheet import, this library's readers) keep the apostrophe.</summary>
    SpreadsheetSafe,

    /// <summary>Every cell as it is (RFC 4180 quoting only), for programs that read the file; do not open such a file of
    /// untrusted text in a spreadsheet.</summary>
    Raw,
}

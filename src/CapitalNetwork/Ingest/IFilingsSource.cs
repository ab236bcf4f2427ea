namespace CapitalNetwork.Ingest;

/// <summary>Where the ingest's records come from: one filings table (<see cref="FilingsReader"/>) or a fund table joined to
/// a partner table (<see cref="FundJoin"/>).</summary>
internal interface IFilingsSource
{
    /// <summary>The file the records' rows are in (the partner table of a join), for diagnostics.</summary>
    string FileName { get; }

    /// <summary>Data rows read so far (both tables of a join).</summary>
    long RowsRead { get; }

    /// <summary>The header text of a column, or <c>null</c>.</summary>
    string? ColumnHeader(FilingColumn column);

    /// <summary>The validated records in order; every other row is reported. Enumerate once.</summary>
    IEnumerable<FilingRecord> ReadRecords(Action<Diagnostic> report, CancellationToken cancellationToken);

    /// <summary>The workbook cell of a record's row and column (<c>Sheet1!D17</c>), or <c>null</c> for text.</summary>
    string? CellOf(long line, string? column);
}

using System.Collections.Immutable;
using System.Globalization;
using CapitalNetwork.Sheets;
using System.Text;
using CapitalNetwork.Measures.Indicators;
using CsvHelper;

namespace CapitalNetwork.Measures;

/// <summary>
/// A user's indicator table — one row per province, region, city or any unit, with a header naming the columns
/// (Chinese names are fine) — read from CSV/TSV in UTF-8 (with or without BOM), UTF-16 with BOM or GB18030, comma, tab
/// or semicolon delimited (detected as for filings), or a sheet of an .xlsx / .xls workbook (the table is read into memory — indicator tables are small). Holds the text of every cell; <see cref="Select"/> turns columns
/// into values, weights and groups for the concentration measures and the regional comparison. Immutable.
/// </summary>
public sealed class IndicatorTable
{
    private readonly string[][] _rows;
    private readonly long[] _lines;

    private IndicatorTable(string source, string[] columns, string[][] rows, long[] lines, ImmutableArray<TableProblem> problems)
    {
        Source = source;
        Columns = [.. columns];
        _rows = rows;
        _lines = lines;
        Problems = problems;
    }

    /// <summary>The file name (used in messages).</summary>
    public string Source { get; }

    /// <summary>The column names from the header, trimmed.</summary>
    public ImmutableArray<string> Columns { get; }

    /// <summary>Number of data rows read (malformed rows excluded).</summary>
    public int RowCount => _rows.Length;

    /// <summary>Rows that could not be read at all (broken quoting).</summary>
    public ImmutableArray<TableProblem> Problems { get; }

    /// <summary>Reads a table file. O(size).</summary>
    /// <param name="path">The file.</param>
    /// <returns>The table.</returns>
    /// <exception cref="FilingsFormatException">The file cannot be opened, is empty, is not text or has no header.</exception>
    public static IndicatorTable Read(string path) => Read(path, null);

    /// <summary>Reads a table file: CSV/TSV text, or a sheet of an .xlsx / .xls workbook (told by the file's first bytes;
    /// the header is the first row with two or more text cells, so title rows above it are skipped). O(size).</summary>
    /// <param name="path">The file path.</param>
    /// <param name="sheet">For a workbook, the sheet to read; <c>null</c> for the first.</param>
    /// <returns>The table.</returns>
    /// <exception cref="FilingsFormatException">The file cannot be opened, is empty, is not text or a workbook, has no
    /// header, or has no such sheet.</exception>
    public static IndicatorTable Read(string path, string? sheet)
    {
        FileStream stream;
        try
        {
            stream = File.OpenRead(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new FilingsFormatException(path, $"cannot open the file: {e.Message}");
        }
        using (stream) return Read(stream, path, sheet);
    }

    /// <summary>Reads a table from a stream. O(size).</summary>
    /// <param name="stream">The bytes.</param>
    /// <param name="name">The name used in messages.</param>
    /// <returns>The table.</returns>
    /// <exception cref="FilingsFormatException">The stream is empty, is not text or has no header.</exception>
    public static IndicatorTable Read(Stream stream, string name) => Read(stream, name, null);

    /// <summary>Reads a table from a stream: CSV/TSV text or a workbook sheet (see <see cref="Read(string, string?)"/>). O(size).</summary>
    /// <param name="stream">The bytes (a workbook that cannot seek is copied into memory).</param>
    /// <param name="name">The name used in messages.</param>
    /// <param name="sheet">For a workbook, the sheet to read; <c>null</c> for the first.</param>
    /// <returns>The table.</returns>
    /// <exception cref="FilingsFormatException">The stream is empty, is neither text nor a workbook, or has no header.</exception>
    public static IndicatorTable Read(Stream stream, string name, string? sheet)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(name);
        var bytes = stream.CanSeek ? stream : CopyOf(stream);
        var head = new byte[8];
        var got = bytes.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        bytes.Seek(-got, SeekOrigin.Current);
        if (WorkbookRows.Sniff(head.AsSpan(0, got)) is { } format) return ReadSheet(bytes, name, format, sheet);
        var (text, delimiter) = TableText.Decode(bytes, name);
        var problems = new List<TableProblem>();
        var malformed = new Queue<(long Line, string Raw)>();
        using var csv = CsvReader.Create(new MemoryStream(new UTF8Encoding(false).GetBytes(text)), new CsvReaderOptions
        {
            Separator = delimiter,
            HasHeader = true,
            TrackLineNumbers = true,
            TrimWhitespace = true,
            MalformedData = CsvMalformedDataHandling.Skip,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            OnMalformedRecord = m => malformed.Enqueue((m.LineNumber, m.RawRecord)),
        });
        IReadOnlyList<string> header;
        try
        {
            header = csv.Headers;
        }
        catch (CsvFormatException e)
        {
            throw new FilingsFormatException(name, $"the header cannot be read: {e.Message}", 1);
        }
        if (header.Count == 0 || header.All(string.IsNullOrWhiteSpace))
            throw new FilingsFormatException(name, "the first line is blank: expected a header line naming the columns", 1);
        var columns = header.Select(h => h.Trim().Trim('\uFEFF').Trim()).ToArray();
        malformed.Clear();
        var rows = new List<string[]>();
        var lines = new List<long>();
        while (true)
        {
            var more = csv.Read();
            while (malformed.TryDequeue(out var m)) problems.Add(new TableProblem(m.Line, null, m.Raw, "malformed_row"));
            if (!more) break;
            var cells = new string[columns.Length];
            for (var i = 0; i < cells.Length; i++) cells[i] = i < csv.FieldCount ? (csv.GetString(i) ?? "").Trim() : "";
            if (cells.All(c => c.Length == 0)) continue;
            rows.Add(cells);
            lines.Add(csv.LineNumber);
        }
        return new IndicatorTable(name, columns, [.. rows], [.. lines], [.. problems]);
    }

    private static MemoryStream CopyOf(Stream stream)
    {
        var copy = new MemoryStream();
        stream.CopyTo(copy);
        copy.Position = 0;
        return copy;
    }

    private static IndicatorTable ReadSheet(Stream stream, string name, string format, string? sheet)
    {
        using var book = WorkbookRows.Open(stream, name, format, sheet);
        try
        {
            if (!book.FindHeader(cells => cells.Count(c => c.Length > 0 && !double.TryParse(c, NumberStyles.Float, CultureInfo.InvariantCulture, out _))))
                throw new FilingsFormatException(name, $"the sheet '{book.SheetName}' is empty: expected a header row naming the columns");
            var columns = book.Header.Select(h => h.Trim()).ToArray();
            var rows = new List<string[]>();
            var lines = new List<long>();
            while (book.Read(columns.Length))
            {
                var cells = new string[columns.Length];
                for (var i = 0; i < cells.Length; i++) cells[i] = WorkbookRows.Text(book.Cells[i], false).Trim();
                if (cells.All(c => c.Length == 0)) continue;
                rows.Add(cells);
                lines.Add(book.RowNumber);
            }
            return new IndicatorTable(name, columns, [.. rows], [.. lines], []);
        }
        catch (BrokenWorkbookException e)
        {
            throw new FilingsFormatException(name, $"the {format} workbook cannot be read: {WorkbookRows.Reason(e.InnerException!)}");
        }
    }

    /// <summary>The index of a column: exact name first, then ignoring case and surrounding spaces.</summary>
    /// <param name="column">The column name.</param>
    /// <returns>The index.</returns>
    /// <exception cref="ArgumentException">No such column; the message lists the columns.</exception>
    public int ColumnIndex(string column)
    {
        ArgumentNullException.ThrowIfNull(column);
        var i = Columns.IndexOf(column, StringComparer.Ordinal);
        if (i < 0) i = Columns.IndexOf(column.Trim(), StringComparer.OrdinalIgnoreCase);
        if (i < 0)
            throw new ArgumentException($"{Source} has no column '{column}'; its columns are: {string.Join(", ", Columns)}.", nameof(column));
        return i;
    }

    /// <summary>The trimmed text of a column, one entry per row.</summary>
    /// <param name="column">The column name.</param>
    /// <returns>The cells.</returns>
    public IReadOnlyList<string> Text(string column)
    {
        var c = ColumnIndex(column);
        return _rows.Select(r => r[c]).ToArray();
    }

    /// <summary>The file line of each row.</summary>
    public IReadOnlyList<long> Lines => _lines;

    /// <summary>
    /// The rows usable for a value column (and optional weight and group columns). Numbers are read in invariant
    /// culture with optional thousands separators (<c>1,234.5</c>) and exponents. A row is left out — and listed in
    /// <see cref="IndicatorSelection.Problems"/> — when its value or weight is empty (<c>empty_value</c>), not a number
    /// (<c>not_a_number</c>, e.g. <c>NA</c>, <c>-</c>) or negative (<c>negative_value</c>; the measures need
    /// non-negative values, so callers usually stop on these), or its group is empty (<c>empty_group</c>). O(rows).
    /// </summary>
    /// <param name="valueColumn">The indicator column.</param>
    /// <param name="groupColumn">The group column (region, cluster …), or <c>null</c>.</param>
    /// <param name="weightColumn">The population-weight column, or <c>null</c>.</param>
    /// <returns>The selection.</returns>
    /// <exception cref="ArgumentException">A column does not exist.</exception>
    public IndicatorSelection Select(string valueColumn, string? groupColumn = null, string? weightColumn = null)
    {
        var vi = ColumnIndex(valueColumn);
        var gi = groupColumn is null ? -1 : ColumnIndex(groupColumn);
        var wi = weightColumn is null ? -1 : ColumnIndex(weightColumn);
        var values = new List<double>();
        var weights = new List<double>();
        var groups = new List<string>();
        var lines = new List<long>();
        var problems = new List<TableProblem>();
        for (var r = 0; r < _rows.Length; r++)
        {
            var row = _rows[r];
            var line = _lines[r];
            if (!TryNumber(row[vi], Columns[vi], line, problems, out var value)) continue;
            var weight = 1.0;
            if (wi >= 0 && !TryNumber(row[wi], Columns[wi], line, problems, out weight)) continue;
            if (gi >= 0 && row[gi].Length == 0)
            {
                problems.Add(new TableProblem(line, Columns[gi], "", "empty_group"));
                continue;
            }
            values.Add(value);
            weights.Add(weight);
            if (gi >= 0) groups.Add(row[gi]);
            lines.Add(line);
        }
        return new IndicatorSelection(Columns[vi], gi >= 0 ? Columns[gi] : null, wi >= 0 ? Columns[wi] : null, [.. values],
            wi >= 0 ? weights.ToArray() : null, gi >= 0 ? groups.ToArray() : null, [.. lines], [.. problems]);
    }

    private static bool TryNumber(string text, string column, long line, List<TableProblem> problems, out double value)
    {
        if (!TableNumbers.TryParse(text, out value, out var reason))
        {
            problems.Add(new TableProblem(line, column, text, reason));
            return false;
        }
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Source}: {RowCount} rows, columns {string.Join(", ", Columns)}";
}

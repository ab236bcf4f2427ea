using System.Globalization;
using System.Text;
using ExcelDataReader;

namespace CapitalNetwork.Sheets;

/// <summary>
/// The rows of one sheet of an .xlsx or .xls workbook, read with ExcelDataReader (a forward-only <c>IDataReader</c>
/// over the sheet's XML or BIFF records): picks the sheet (the first, or one by name), finds the header row below any
/// title rows, fills merged ranges with their top-left value, and gives each later row's cells up to the header's width.
/// </summary>
/// <remarks>Memory: the current row, the merged ranges, and what ExcelDataReader keeps (an .xlsx workbook's shared-string
/// table, which grows with the distinct texts; the BIFF records of an .xls). Cells right of the header's last named
/// column are not read.</remarks>
internal sealed class WorkbookRows : IDisposable
{
    /// <summary>Rows searched for the header (title rows and blank rows above it are skipped).</summary>
    public const int HeaderSearchRows = 30;

    private readonly IExcelDataReader _reader;
    private readonly Merge[] _merges;
    private readonly List<Merge> _active = [];
    private int _nextMerge;
    private object?[] _buffer = [];
    private object?[] _cells = [];

    private sealed class Merge(CellRange range)
    {
        public CellRange Range { get; } = range;
        public object? Value { get; set; }
    }

    static WorkbookRows() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private WorkbookRows(IExcelDataReader reader, string format)
    {
        _reader = reader;
        Format = format;
        SheetName = Guard(() => reader.Name) ?? "";
        _merges = (Guard(() => reader.MergeCells) ?? [])
            .Where(m => m.ToRow >= m.FromRow && m.ToColumn >= m.FromColumn && (m.ToRow > m.FromRow || m.ToColumn > m.FromColumn))
            .OrderBy(m => m.FromRow).ThenBy(m => m.FromColumn)
            .Select(m => new Merge(m)).ToArray();
    }

    /// <summary>"xlsx" or "xls".</summary>
    public string Format { get; }

    /// <summary>The sheet read.</summary>
    public string SheetName { get; }

    /// <summary>1-based row number (as Excel shows it) of the row last read.</summary>
    public int RowNumber { get; private set; }

    /// <summary>The header cells (up to the last non-empty one), as text.</summary>
    public string[] Header { get; private set; } = [];

    /// <summary>Whether the bytes start like a workbook: a zip (PK\x03\x04, .xlsx) or an OLE compound file (.xls, and
    /// password-protected .xlsx).</summary>
    public static string? Sniff(ReadOnlySpan<byte> start) =>
        start.StartsWith("PK\x03\x04"u8) ? "xlsx"
        : start.StartsWith(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }) ? "xls"
        : null;

    /// <summary>Opens the workbook on a seekable stream and moves to the sheet (the first when <paramref name="sheet"/> is
    /// null). Throws <see cref="FilingsFormatException"/> when the workbook cannot be read or has no such sheet.</summary>
    public static WorkbookRows Open(Stream stream, string fileName, string format, string? sheet)
    {
        if (format == "xlsx") CheckZip(stream, fileName);
        IExcelDataReader reader;
        try
        {
            var config = new ExcelReaderConfiguration { LeaveOpen = false };
            reader = format == "xlsx" ? ExcelReaderFactory.CreateOpenXmlReader(stream, config) : ExcelReaderFactory.CreateReader(stream, config);
        }
        catch (Exception e) when (IsReadError(e))
        {
            throw new FilingsFormatException(fileName, $"the {format} workbook cannot be read: {Reason(e)}");
        }
        try
        {
            if (sheet is not null)
            {
                var names = new List<string>();
                while (!string.Equals(Guard(() => reader.Name), sheet, StringComparison.Ordinal))
                {
                    names.Add(Guard(() => reader.Name) ?? "");
                    if (!Guard(reader.NextResult))
                        throw new FilingsFormatException(fileName,
                            $"the workbook has no sheet named '{sheet}'; its sheets are {string.Join(", ", names.Select(n => $"'{n}'"))}");
                }
            }
            // A sheet claims its size (.xls DIMENSIONS, .xlsx dimension); ExcelDataReader walks that range, so a broken claim
            // beyond what the format can hold would cost minutes of empty rows: refused.
            var (rowLimit, columnLimit) = format == "xls" ? (65_536, 256) : (1_048_576, 16_384);
            if (Guard(() => reader.RowCount) is var claimed && claimed > rowLimit)
                throw new FilingsFormatException(fileName,
                    $"the sheet '{Guard(() => reader.Name)}' claims {claimed:N0} rows, more than the {rowLimit:N0} an {format} sheet can hold: the workbook is broken");
            if (Guard(() => reader.FieldCount) is var columns && columns > columnLimit)
                throw new FilingsFormatException(fileName,
                    $"the sheet '{Guard(() => reader.Name)}' claims {columns:N0} columns, more than the {columnLimit:N0} an {format} sheet can hold: the workbook is broken");
            return new WorkbookRows(reader, format);
        }
        catch (Exception e) when (e is BrokenWorkbookException || IsReadError(e))
        {
            reader.Dispose();
            throw new FilingsFormatException(fileName, $"the {format} workbook cannot be read: {Reason(e is BrokenWorkbookException ? e.InnerException! : e)}");
        }
        catch
        {
            reader.Dispose();
            throw;
        }
    }

    /// <summary>Largest total uncompressed size of an .xlsx zip's entries (a zip bomb is refused before it is read).</summary>
    public const long MaxUncompressedBytes = 4L << 30;

    /// <summary>Refuses a zip whose entries would inflate beyond <see cref="MaxUncompressedBytes"/>; leaves the stream at 0.</summary>
    private static void CheckZip(Stream stream, string fileName)
    {
        long total = 0;
        try
        {
            using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Read, leaveOpen: true))
                foreach (var entry in zip.Entries) total += Math.Max(0, entry.Length);
        }
        catch (Exception e) when (IsReadError(e))
        {
            throw new FilingsFormatException(fileName, $"the xlsx workbook cannot be read: {Reason(e)}");
        }
        stream.Seek(0, SeekOrigin.Begin);
        if (total > MaxUncompressedBytes)
            throw new FilingsFormatException(fileName,
                $"the xlsx workbook would inflate to {total:N0} bytes, more than the limit of {MaxUncompressedBytes:N0}: refused (a zip bomb?)");
    }

    /// <summary>Exceptions that mean a broken or unsupported workbook (ExcelDataReader throws its own, the zip and XML
    /// readers', and plain runtime exceptions on malformed records), as opposed to cancellation.</summary>
    public static bool IsReadError(Exception e) => e is not (OperationCanceledException or OutOfMemoryException or FilingsFormatException or BrokenWorkbookException);

    /// <summary>Runs a call into ExcelDataReader; what it throws on a broken workbook comes out as
    /// <see cref="BrokenWorkbookException"/>, so that errors of this class's own code are not taken for a broken file.</summary>
    private static T Guard<T>(Func<T> call)
    {
        try
        {
            return call();
        }
        catch (Exception e) when (IsReadError(e))
        {
            throw new BrokenWorkbookException(e);
        }
    }

    /// <summary>The exception as a short reason for a message.</summary>
    public static string Reason(Exception e) => e switch
    {
        ExcelDataReader.Exceptions.InvalidPasswordException => "it is password-protected (encrypted); save an unprotected copy",
        ExcelDataReader.Exceptions.HeaderException or System.IO.InvalidDataException => $"not a valid workbook ({e.Message.TrimEnd('.')})",
        _ => $"broken content ({e.Message.TrimEnd('.')})",
    };

    /// <summary>Finds the header: the first row among the first <see cref="HeaderSearchRows"/> whose
    /// <paramref name="score"/> is at least 2 (two recognised column names), else the first non-empty row.</summary>
    /// <returns>False when the sheet has no non-empty row in that span.</returns>
    public bool FindHeader(Func<IReadOnlyList<string>, int> score)
    {
        string[]? first = null;
        var firstRow = 0;
        for (var i = 0; i < HeaderSearchRows; i++)
        {
            if (!Next()) break;
            var texts = Texts(_buffer, LastNonEmpty(_buffer) + 1);
            if (texts.Length == 0) continue;
            if (score(texts) >= 2)
            {
                Header = texts;
                HeaderRow = RowNumber;
                return true;
            }
            if (first is null) (first, firstRow) = (texts, RowNumber);
        }
        if (first is null) return false;
        Header = first;
        HeaderRow = firstRow;
        return true;
    }

    /// <summary>1-based row of the header (set by <see cref="FindHeader"/>; 0 before).</summary>
    public int HeaderRow { get; private set; }

    /// <summary>Reads the next row; its cells (merged ranges filled) are in <see cref="Cells"/>, up to <paramref name="width"/>.</summary>
    public bool Read(int width)
    {
        _maxColumns = width;
        if (!Next()) return false;
        if (_cells.Length != width) _cells = new object?[width];
        var n = Math.Min(width, _buffer.Length);
        Array.Copy(_buffer, _cells, n);
        Array.Clear(_cells, n, width - n);
        return true;
    }

    /// <summary>The cells of the current row (raw values: string, double, DateTime, bool or null).</summary>
    public IReadOnlyList<object?> Cells => _cells;

    /// <summary>Most columns read in a row: the header search reads up to Excel's 16,384; data rows only the header's width.</summary>
    private int _maxColumns = 16_384;

    private bool Next()
    {
        if (!Guard(_reader.Read)) return false;
        RowNumber = Guard(() => _reader.Depth) + 1;
        var count = Math.Min(Guard(() => _reader.FieldCount), _maxColumns);
        if (_buffer.Length < count) _buffer = new object?[count];
        else Array.Clear(_buffer);
        for (var i = 0; i < count; i++) _buffer[i] = Guard(() => _reader.GetValue(i));
        FillMerged(RowNumber - 1);
        return true;
    }

    /// <summary>Gives every cell of a merged range the value of its top-left cell (exports merge a fund's columns down
    /// over its partner rows).</summary>
    private void FillMerged(int row)
    {
        _active.RemoveAll(m => m.Range.ToRow < row);
        while (_nextMerge < _merges.Length && _merges[_nextMerge].Range.FromRow <= row)
        {
            var m = _merges[_nextMerge++];
            if (m.Range.ToRow >= row) _active.Add(m);
        }
        foreach (var m in _active)
        {
            var r = m.Range;
            if (r.FromRow == row) m.Value = r.FromColumn >= 0 && r.FromColumn < _buffer.Length ? _buffer[r.FromColumn] : null;
            var last = Math.Min(r.ToColumn, Math.Min(_buffer.Length, _maxColumns) - 1);
            for (var c = Math.Max(r.FromColumn, 0); c <= last; c++)
                if (row != r.FromRow || c != r.FromColumn) _buffer[c] = m.Value;
        }
    }

    private static int LastNonEmpty(object?[] cells)
    {
        for (var i = cells.Length - 1; i >= 0; i--)
            if (cells[i] is { } v && (v is not string s || !string.IsNullOrWhiteSpace(s))) return i;
        return -1;
    }

    private static string[] Texts(object?[] cells, int width)
    {
        var texts = new string[width];
        for (var i = 0; i < width; i++) texts[i] = Text(cells[i], false).Trim();
        return texts;
    }

    /// <summary>A cell as text: strings as they are; numbers in invariant culture without exponent when whole (a number
    /// stored as a number keeps all its digits); date cells as yyyy-MM-dd; in a date column (<paramref name="date"/>), a
    /// plain number between 1 and 2,958,465 is an Excel serial day (1900 date system) and becomes yyyy-MM-dd.</summary>
    public static string Text(object? value, bool date) => value switch
    {
        null => "",
        string s => s,
        double d when date && d >= 1 && d < 2_958_466 => DateTime.FromOADate(Math.Floor(d)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double d when double.IsFinite(d) && Math.Abs(d) < 1e28 && d == Math.Floor(d) => ((decimal)d).ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateTime t => t.ToString(t.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        bool b => b ? "TRUE" : "FALSE",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>The column letters of a 0-based column index (0 → A, 26 → AA).</summary>
    public static string ColumnLetters(int index)
    {
        var s = "";
        for (var i = index + 1; i > 0; i = (i - 1) / 26) s = (char)('A' + (i - 1) % 26) + s;
        return s;
    }

    /// <summary>A cell reference as Excel shows it: <c>Sheet1!D17</c>, the sheet quoted when it needs it
    /// (<c>'my sheet'!D17</c>); a whole row is <c>Sheet1!17:17</c>.</summary>
    public static string Reference(string sheet, int row, int? column)
    {
        var name = sheet.Length > 0 && sheet.All(c => char.IsLetterOrDigit(c) || c == '_' || c > 0x2E7F) ? sheet : "'" + sheet.Replace("'", "''") + "'";
        return column is { } c ? $"{name}!{ColumnLetters(c)}{row}" : $"{name}!{row}:{row}";
    }

    public void Dispose() => _reader.Dispose();
}

/// <summary>ExcelDataReader failed on the workbook's content (the inner exception says how).</summary>
internal sealed class BrokenWorkbookException(Exception inner) : Exception(inner.Message, inner);

using System.Globalization;
using System.Text;
using System.Text.Json;
using CapitalNetwork.Ingest;
using CapitalNetwork.Reading;
using CapitalNetwork.Sheets;
using CsvHelper;

namespace CapitalNetwork;

/// <summary>
/// Streams a filings file (one row per fund–partner pair): a CSV/TSV text file read with CsvHelper — the encoding
/// (UTF-8 with or without BOM, UTF-16 with BOM, GB18030/GBK) and the delimiter (comma, tab, semicolon) detected — or an
/// .xlsx / .xls workbook read with ExcelDataReader (the first sheet or <see cref="FilingsReadOptions.Sheet"/>; the header
/// row found below title rows; merged cells filled from their top-left cell; date cells and Excel serial days in the date
/// column read as dates; numbers as their digits). It maps the header (<see cref="FilingsSchema"/>,
/// <see cref="FilingsReadOptions.Columns"/>), validates each row (field count, encoding, required fields, date, amount)
/// and yields <see cref="FilingRecord"/>s. Every row that is not yielded is reported as a <see cref="Diagnostic"/>; a
/// workbook's diagnostics also name the cell as Excel shows it (<see cref="Diagnostic.Cell"/>, <c>Sheet1!D17</c>).
/// </summary>
/// <remarks>Text files: memory is O(<see cref="FilingsReadOptions.MaxFieldLength"/>): rows are not kept, and a line longer than the
/// line limit is cut before parsing (its row is reported; reading goes on). Bytes that do not decode become U+FFFD and the
/// row is reported as <see cref="DiagnosticCode.BadEncoding"/>; lone surrogates and noncharacters never make the reader throw.
/// Values are trimmed of white space and control characters at both ends. Not thread-safe; one enumeration per reader;
/// <see cref="ReadRecords"/> checks its cancellation token before every row. Workbooks are read row by row too (a forward-only
/// reader of the sheet's XML or BIFF records): memory does not grow with the rows, but ExcelDataReader holds an .xlsx
/// workbook's shared-string table (its distinct texts) and the merged-cell list; a workbook given as a stream that cannot
/// seek is copied into memory first (a zip needs seeking). Sheet cells right of the header's last named column are not read.</remarks>
public sealed class FilingsReader : IDisposable, IFilingsSource
{
    private readonly CsvReader? _csv;
    private readonly WorkbookRows? _book;
    private readonly Queue<Diagnostic> _malformed = new();
    private readonly FilingsReadOptions _options;
    private readonly TableRole _role;
    private int[] _columnIndex = [];
    private readonly bool _encodingDetected;
    private readonly LineGuardStream? _guard;
    private readonly int _lineLimit;
    private readonly string _rawSeparator;
    private bool _enumerated;
    private bool _capitalUnitStated;
    private long _amountsPositive, _amountsBelowTenThousand;
    private string? _lastDateText;
    private DateOnly _lastDate;

    private FilingsReader(string fileName, LineGuardStream body, Encoding encoding, bool detected, char delimiter, FilingsReadOptions options,
        Action<Diagnostic>? headerReport, TableRole role)
    {
        _role = role;
        _rawSeparator = delimiter.ToString();
        _guard = body;
        _lineLimit = LineLimit(options);
        FileName = fileName;
        _options = options;
        Encoding = encoding;
        _encodingDetected = detected;
        Delimiter = delimiter;
        var csvOptions = new CsvReaderOptions
        {
            Separator = delimiter,
            HasHeader = true,
            Mode = CsvMode.Rfc4180,
            TrackLineNumbers = true,
            AllowLineBreaksInQuotes = options.AllowLineBreaksInQuotes,
            MalformedData = CsvMalformedDataHandling.Skip,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            // The guard below cuts every line at the limit, so only a record that spans lines (AllowLineBreaksInQuotes)
            // can reach this size.
            MaxRecordSize = _lineLimit + 4096,
            TrimWhitespace = true,
            // Each value is used once and dropped: pooling would only keep every distinct fund id and name alive.
            PoolStrings = false,
            OnMalformedRecord = m => _malformed.Enqueue(new Diagnostic(FileName, m.LineNumber, null, Truncate(m.RawRecord),
                DiagnosticCode.MalformedRow, CutMessage(m.LineNumber, m.LineNumber + LineBreaks(m.RawRecord)) ?? MalformedMessage(m.Reason),
                DiagnosticSeverity.Rejected)),
        };
        _csv = CsvReader.Create(body, csvOptions, leaveOpen: false);
        IReadOnlyList<string> header;
        try
        {
            header = _csv.Headers;
        }
        catch (CsvFormatException e)
        {
            _csv.Dispose();
            throw new FilingsFormatException(fileName, $"the header cannot be read: {e.Message}", 1);
        }
        _malformed.Clear();
        if (header.Count == 0 || header.All(string.IsNullOrWhiteSpace))
        {
            _csv.Dispose();
            throw new FilingsFormatException(fileName, "the first line is blank or missing: expected a header line naming the columns", 1);
        }
        if (_guard.TryGetCut(1, _csv.LineNumber > 0 ? _csv.LineNumber : 1, out var cutLine, out var cutLength))
        {
            _csv.Dispose();
            throw new FilingsFormatException(fileName,
                $"the header line is {cutLength:N0} bytes long, more than the limit of {_lineLimit:N0} bytes (4 × MaxFieldLength): not a filings file", cutLine);
        }
        Header = header.Select(h => h.Trim().Trim('\uFEFF')).ToArray();
        HeaderRow = 1;
        try
        {
            MapHeader(headerReport);
        }
        catch
        {
            _csv.Dispose();
            throw;
        }
    }

    private FilingsReader(string fileName, WorkbookRows book, FilingsReadOptions options, Action<Diagnostic>? headerReport, TableRole role)
    {
        _role = role;
        _book = book;
        _rawSeparator = " | ";
        _lineLimit = LineLimit(options);
        FileName = fileName;
        _options = options;
        Encoding = Encoding.UTF8;
        Delimiter = ',';
        Sheet = book.SheetName;
        Format = book.Format;
        bool found;
        try
        {
            found = book.FindHeader(cells => cells.Count(c => FilingsSchema.Recognize(c, role, out _, out _, out var cand) || cand.Count > 0));
        }
        catch (BrokenWorkbookException e)
        {
            throw new FilingsFormatException(fileName, $"the {book.Format} workbook cannot be read: {WorkbookRows.Reason(e.InnerException!)}");
        }
        if (!found)
            throw new FilingsFormatException(fileName, $"the sheet '{book.SheetName}' is empty: expected a header row naming the columns");
        Header = book.Header.Select(h => TrimField(h)).ToArray();
        HeaderRow = book.HeaderRow;
        if (Header.Any(h => h.Length > _lineLimit))
            throw new FilingsFormatException(fileName,
                $"a header cell of {WorkbookRows.Reference(book.SheetName, HeaderRow, null)} is longer than the limit of {_lineLimit:N0} characters (4 × MaxFieldLength): not a filings table", HeaderRow);
        MapHeader(headerReport);
    }

    /// <summary>Maps the header cells to columns (hand mapping first, then the schema for this table's role), reports
    /// duplicate headers and missing optional columns, and fails on ambiguous headers and missing required columns.</summary>
    private void MapHeader(Action<Diagnostic>? headerReport)
    {
        var fileName = FileName;
        var joined = string.Join(_rawSeparator, Header);
        _columnIndex = Enumerable.Repeat(-1, Enum.GetValues<FilingColumn>().Length).ToArray();
        var units = new double[Header.Count];
        Array.Fill(units, 1);
        var byHand = new bool[Header.Count];
        if (_options.Columns is { Count: > 0 } manual)
        {
            foreach (var (col, text) in manual)
            {
                if (!Enum.IsDefined(col)) throw new ArgumentOutOfRangeException(nameof(_options), $"FilingsReadOptions.Columns holds {col}, which is not a FilingColumn.");
                var want = FilingsSchema.Normalize(text ?? "");
                var i = Header.ToList().FindIndex(h => FilingsSchema.Normalize(h) == want);
                if (i < 0)
                {
                    UnmatchedColumns.Add((col, text ?? ""));
                    continue;
                }
                _columnIndex[(int)col] = i;
                byHand[i] = true;
                if (col == FilingColumn.Capital && FilingsSchema.Recognize(Header[i], TableRole.Filings, out var c2, out var u, out _) && c2 == FilingColumn.Capital) units[i] = u;
                else if (col == FilingColumn.Capital) units[i] = UnitOfHeader(Header[i]);
            }
            if (UnmatchedColumns.Count > 0 && _role == TableRole.Filings)
                throw new FilingsFormatException(fileName,
                    $"the column mapping names {string.Join(", ", UnmatchedColumns.Select(m => $"'{m.Header}' (for {ColumnName(m.Column)})"))}, which the header does not have; headers seen: {string.Join(", ", Header.Select(h => $"'{h}'"))}", HeaderRow);
        }
        var ambiguous = new List<(int Index, IReadOnlyList<FilingColumn> Candidates)>();
        for (var i = 0; i < Header.Count; i++)
        {
            if (byHand[i]) continue;
            if (!FilingsSchema.Recognize(Header[i], _role, out var col, out var unit, out var candidates))
            {
                if (candidates.Count > 0) ambiguous.Add((i, candidates));
                continue;
            }
            if (_options.Columns?.ContainsKey(col) == true) continue;   // mapped by hand to another header
            if (_columnIndex[(int)col] >= 0)
            {
                headerReport?.Invoke(HeaderDiagnostic(i, Header[i], DiagnosticCode.DuplicateHeader,
                    $"column {i + 1} '{Header[i]}' also names {ColumnName(col)}, already given by column {_columnIndex[(int)col] + 1}; the first is used"));
                continue;
            }
            _columnIndex[(int)col] = i;
            units[i] = unit;
        }
        // An ambiguous header is not guessed, unless every column it could name is given by another header.
        foreach (var (i, candidates) in ambiguous)
        {
            if (candidates.All(c => _columnIndex[(int)c] >= 0)) continue;
            var first = candidates.First(c => _columnIndex[(int)c] < 0);
            throw new FilingsFormatException(fileName,
                $"the header '{Header[i]}' (column {i + 1}) could name {string.Join(" or ", candidates.Select(ColumnName))}: it is not guessed; say which with --column {ColumnName(first)}={Header[i]} (library: FilingsReadOptions.Columns)", HeaderRow);
        }
        if (_columnIndex[(int)FilingColumn.Capital] is var ci && ci >= 0)
        {
            CapitalUnit = units[ci];
            _capitalUnitStated = units[ci] != 1 || Header[ci].Contains('元') || Header[ci].EndsWith("_yuan", StringComparison.OrdinalIgnoreCase);
        }
        if (_options.CapitalUnit is { } given)
        {
            CapitalUnit = given switch { CapitalNetwork.CapitalUnit.Wan => 10_000, CapitalNetwork.CapitalUnit.Yi => 100_000_000, _ => 1 };
            _capitalUnitStated = true;
        }

        var optional = _role switch
        {
            TableRole.Funds => new[] { (FilingColumn.FiledOn, "no fund has a filing year, so years, --from/--to and dynamic output are not available") },
            TableRole.Partners => [(FilingColumn.Capital, "capital is 0 CNY on every row")],
            _ => [(FilingColumn.Capital, "capital is 0 CNY on every row"), (FilingColumn.FiledOn, "no row has a filing year, so years, --from/--to and dynamic output are not available")],
        };
        var hasFundPlace = HasColumn(FilingColumn.FundPlace);
        var hasPartner = HasColumn(FilingColumn.PartnerPlace) || HasColumn(FilingColumn.PartnerCreditCode);
        var hasFundKey = HasColumn(FilingColumn.FundId) || HasColumn(FilingColumn.FundName) || HasColumn(FilingColumn.FundCreditCode);
        var usable = _role switch { TableRole.Funds => hasFundPlace && hasFundKey, TableRole.Partners => hasPartner && hasFundKey, _ => hasFundPlace && hasPartner };
        if (usable)
        {
            foreach (var (col, what) in optional)
                if (_columnIndex[(int)col] < 0)
                    headerReport?.Invoke(HeaderDiagnostic(null, Truncate(joined), DiagnosticCode.MissingColumn,
                        $"no {ColumnName(col)} column: {what}; headers seen: {string.Join(", ", Header.Select(h => $"'{h}'"))}; accepted: {string.Join(", ", FilingsSchema.Synonyms[col])}"));
        }
        string Accepted(params FilingColumn[] cols) => string.Join(", ", cols.SelectMany(c => FilingsSchema.Synonyms[c]));
        if (_role != TableRole.Partners && !hasFundPlace)
            throw new FilingsFormatException(fileName,
                $"no fund place column: expected one of {Accepted(FilingColumn.FundPlace)} in the header '{joined}'", HeaderRow);
        if (_role != TableRole.Funds && !hasPartner)
            throw new FilingsFormatException(fileName,
                $"no partner place or credit code column: expected one of {Accepted(FilingColumn.PartnerPlace, FilingColumn.PartnerCreditCode)}", HeaderRow);
        if (_role != TableRole.Filings && !hasFundKey)
            throw new FilingsFormatException(fileName,
                $"no column names the fund, so the {(_role == TableRole.Funds ? "fund" : "partner")} table cannot be joined: expected one of {Accepted(FilingColumn.FundId, FilingColumn.FundCreditCode, FilingColumn.FundName)} in the header '{joined}'", HeaderRow);
    }

    private Diagnostic HeaderDiagnostic(int? column, string raw, DiagnosticCode code, string message) =>
        new(FileName, HeaderRow, column is { } c ? Header[c] : null, raw, code, message, DiagnosticSeverity.Warning)
        {
            Cell = _book is null ? null : WorkbookRows.Reference(_book.SheetName, HeaderRow, column),
        };

    private static string ColumnName(FilingColumn column) => JsonNamingPolicy.SnakeCaseLower.ConvertName(column.ToString());

    private static double UnitOfHeader(string header)
    {
        var h = FilingsSchema.Normalize(header);
        return h.Contains("亿元", StringComparison.Ordinal) || h.EndsWith("_yi", StringComparison.Ordinal) ? 100_000_000
            : h.Contains("万", StringComparison.Ordinal) || h.EndsWith("_wan", StringComparison.Ordinal) ? 10_000 : 1;
    }

    /// <summary>Hand mappings (<see cref="FilingsReadOptions.Columns"/>) whose header this table does not have (a one-file
    /// table fails on them; the two tables of a join fail when neither has it).</summary>
    internal List<(FilingColumn Column, string Header)> UnmatchedColumns { get; } = [];

    /// <summary>The file name used in diagnostics.</summary>
    public string FileName { get; }

    /// <summary>The encoding used (given or detected); UTF-8 for a workbook (whose cells are Unicode text).</summary>
    public Encoding Encoding { get; }

    /// <summary>What was read: <c>csv</c> (any delimited text), <c>xlsx</c> or <c>xls</c>.</summary>
    public string Format { get; } = "csv";

    /// <summary>The sheet read from a workbook, or <c>null</c> for a text file.</summary>
    public string? Sheet { get; }

    /// <summary>The row of the header: 1 for a text file (blank lines before it aside); in a workbook, the row as Excel
    /// numbers it (3 when a title row and a blank row come first).</summary>
    public int HeaderRow { get; }

    /// <summary>The delimiter used (given or detected); ',' for a workbook.</summary>
    public char Delimiter { get; }

    /// <summary>The header cells, trimmed.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>CNY per unit of the capital column (10,000 for <c>认缴出资额（万元）</c> or <see cref="FilingsReadOptions.CapitalUnit"/>
    /// = <see cref="CapitalNetwork.CapitalUnit.Wan"/>).</summary>
    public double CapitalUnit { get; private set; } = 1;

    /// <summary>Data rows read so far (blank lines and empty sheet rows excluded; a row with a line break inside quotes
    /// counts once; title rows above a workbook's header are not data rows).</summary>
    public long RowsRead { get; private set; }

    /// <summary>True when the file has the given column.</summary>
    /// <param name="column">The column.</param>
    /// <returns>Whether a header names it.</returns>
    public bool HasColumn(FilingColumn column) => _columnIndex[(int)column] >= 0;

    /// <summary>The header text of a column, or <c>null</c> when the file lacks it.</summary>
    /// <param name="column">The column.</param>
    /// <returns>The header cell as written in the file.</returns>
    public string? ColumnHeader(FilingColumn column) => _columnIndex[(int)column] is var i && i >= 0 ? Header[i] : null;

    /// <summary>Opens a filings file: CSV/TSV text, or an .xlsx / .xls workbook (told by its first bytes, whatever the
    /// file's extension).</summary>
    /// <param name="path">The file path.</param>
    /// <param name="options">Options, or <c>null</c> for <see cref="FilingsReadOptions.Default"/>.</param>
    /// <param name="headerReport">Receives header warnings (duplicate headers), if given.</param>
    /// <returns>The reader, positioned after the header.</returns>
    /// <exception cref="FilingsFormatException">The file cannot be used (missing, empty, not text, no usable columns).</exception>
    public static FilingsReader Open(string path, FilingsReadOptions? options = null, Action<Diagnostic>? headerReport = null) =>
        Open(path, options, headerReport, TableRole.Filings);

    internal static FilingsReader Open(string path, FilingsReadOptions? options, Action<Diagnostic>? headerReport, TableRole role)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new FilingsFormatException(path, $"cannot open the file: {e.Message}");
        }
        try
        {
            return Open(stream, path, options, headerReport, role);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>Opens a filings stream (seekable or not): CSV/TSV text, or an .xlsx / .xls workbook (told by its first
    /// bytes). The reader owns and disposes the stream.</summary>
    /// <param name="stream">The bytes of the file.</param>
    /// <param name="fileName">The name used in messages and diagnostics.</param>
    /// <param name="options">Options, or <c>null</c> for defaults.</param>
    /// <param name="headerReport">Receives header warnings, if given.</param>
    /// <returns>The reader, positioned after the header.</returns>
    /// <exception cref="FilingsFormatException">The file cannot be used.</exception>
    public static FilingsReader Open(Stream stream, string fileName, FilingsReadOptions? options = null, Action<Diagnostic>? headerReport = null) =>
        Open(stream, fileName, options, headerReport, TableRole.Filings);

    internal static FilingsReader Open(Stream stream, string fileName, FilingsReadOptions? options, Action<Diagnostic>? headerReport, TableRole role)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        options ??= FilingsReadOptions.Default;
        if (options.MaxFieldLength < 1) throw new ArgumentOutOfRangeException(nameof(options), "MaxFieldLength must be at least 1.");
        if (options.MaxDiagnostics < 0) throw new ArgumentOutOfRangeException(nameof(options), "MaxDiagnostics must not be negative.");
        // A workbook is told by its first 8 bytes (a zip, or an OLE compound file).
        var head = new byte[8];
        var n = 0;
        int r;
        while (n < head.Length && (r = stream.Read(head, n, head.Length - n)) > 0) n += r;
        var format = WorkbookRows.Sniff(head.AsSpan(0, n));
        if (format is not null)
        {
            Stream book;
            if (stream.CanSeek)
            {
                stream.Seek(0, SeekOrigin.Begin);
                book = stream;
            }
            else
            {
                var copy = new MemoryStream();
                copy.Write(head, 0, n);
                stream.CopyTo(copy);
                stream.Dispose();
                copy.Position = 0;
                book = copy;
            }
            var rows = WorkbookRows.Open(book, fileName, format, options.Sheet);
            try
            {
                return new FilingsReader(fileName, rows, options, headerReport, role);
            }
            catch
            {
                rows.Dispose();
                throw;
            }
        }
        Stream text = stream.CanSeek ? stream : new PrefixStream(head, 0, n, stream);
        if (stream.CanSeek) stream.Seek(0, SeekOrigin.Begin);
        var (body, encoding, detected, delimiter) = OpenText(text, fileName, options);
        return new FilingsReader(fileName, body, encoding, detected, delimiter, options, headerReport, role);
    }

    /// <summary>Opens any delimited text input with the same encoding and delimiter detection (used by the edge-list reader):
    /// the body comes back as UTF-8 (other encodings are transcoded, undecodable bytes becoming U+FFFD) behind a guard that
    /// cuts lines longer than <see cref="LineLimit"/>.</summary>
    internal static (LineGuardStream Body, Encoding Encoding, bool Detected, char Delimiter) OpenText(Stream stream, string fileName, FilingsReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(options);
        if (options.MaxFieldLength < 1) throw new ArgumentOutOfRangeException(nameof(options), "MaxFieldLength must be at least 1.");
        if (options.MaxDiagnostics < 0) throw new ArgumentOutOfRangeException(nameof(options), "MaxDiagnostics must not be negative.");
        var sample = new byte[EncodingDetector.SampleSize];
        var n = 0;
        int r;
        while (n < sample.Length && (r = stream.Read(sample, n, sample.Length - n)) > 0) n += r;
        if (n == 0) throw new FilingsFormatException(fileName, "the file is empty: expected a header line naming the columns");

        Encoding encoding;
        int bom;
        var detected = options.Encoding is null;
        if (options.Encoding is { } given)
        {
            encoding = EncodingDetector.Strict(given);
            var preamble = given.GetPreamble();
            bom = preamble.Length > 0 && sample.AsSpan(0, n).StartsWith(preamble) ? preamble.Length : 0;
        }
        else
        {
            var (enc, bomLength, problem) = EncodingDetector.Detect(sample.AsSpan(0, n));
            if (enc is null) throw new FilingsFormatException(fileName, problem);
            encoding = enc;
            bom = bomLength;
        }

        var delimiter = options.Delimiter ?? DetectDelimiter(encoding.GetString(sample, bom, n - bom));
        Stream body = stream.CanSeek ? stream : new PrefixStream(sample, bom, n - bom, stream);
        if (stream.CanSeek) stream.Seek(bom, SeekOrigin.Begin);
        if (encoding is not UTF8Encoding)
            body = Encoding.CreateTranscodingStream(body, encoding, new UTF8Encoding(false, false), leaveOpen: false);
        return (new LineGuardStream(body, LineLimit(options)), encoding, detected, delimiter);
    }

    /// <summary>The longest line passed to the CSV parser, in UTF-8 bytes: 4 × <see cref="FilingsReadOptions.MaxFieldLength"/>,
    /// at least 4,096 and at most 2³⁰.</summary>
    internal static int LineLimit(FilingsReadOptions options) => (int)Math.Clamp(options.MaxFieldLength * 4L, 4096, 1 << 30);

    /// <summary>Number of line breaks (LF, CR LF, lone CR) in a record's raw bytes.</summary>
    internal static int LineBreaks(ReadOnlySpan<byte> raw)
    {
        var count = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == (byte)'\n') count++;
            else if (raw[i] == (byte)'\r' && (i + 1 == raw.Length || raw[i + 1] != (byte)'\n')) count++;
        }
        return count;
    }

    private static int LineBreaks(string raw)
    {
        var count = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '\n') count++;
            else if (raw[i] == '\r' && (i + 1 == raw.Length || raw[i + 1] != '\n')) count++;
        }
        return count;
    }

    /// <summary>The message for a row that covers a line the guard cut, or <c>null</c>.</summary>
    private string? CutMessage(long first, long last) =>
        _guard!.TryGetCut(first, last, out var line, out var length)
            ? $"line {line} is {length:N0} bytes long, more than the limit of {_lineLimit:N0} bytes (4 × MaxFieldLength); it was cut there and the row is not used"
            : null;

    private static char DetectDelimiter(string sample)
    {
        var end = sample.IndexOfAny(['\r', '\n']);
        var first = end < 0 ? sample : sample[..end];
        int comma = 0, tab = 0, semi = 0;
        var quoted = false;
        foreach (var c in first)
        {
            if (c == '"') quoted = !quoted;
            else if (!quoted) { if (c == ',') comma++; else if (c == '\t') tab++; else if (c == ';') semi++; }
        }
        return tab > comma && tab >= semi ? '\t' : semi > comma && semi > tab ? ';' : ',';
    }

    /// <summary>
    /// Reads the data rows. Rows that fail validation are passed to <paramref name="report"/> (severity
    /// <see cref="DiagnosticSeverity.Rejected"/>) and not yielded; rows with an empty amount are yielded with a
    /// <see cref="DiagnosticCode.MissingAmount"/> warning. Enumerate once.
    /// </summary>
    /// <param name="report">Receives every diagnostic.</param>
    /// <param name="cancellationToken">Stops a long read between rows.</param>
    /// <returns>The valid records, in file order.</returns>
    /// <exception cref="FilingsFormatException">In <see cref="FilingsReadOptions.Strict"/> mode, at the first rejected row.</exception>
    public IEnumerable<FilingRecord> ReadRecords(Action<Diagnostic> report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (_enumerated) throw new InvalidOperationException("A FilingsReader can be enumerated once.");
        _enumerated = true;
        return _book is null ? Iterate(report, cancellationToken) : IterateBook(_book, report, cancellationToken);
    }

    private IEnumerable<FilingRecord> IterateBook(WorkbookRows book, Action<Diagnostic> report, CancellationToken ct)
    {
        var width = Header.Count;
        var fields = new string[width];
        var dateColumn = _columnIndex[(int)FilingColumn.FiledOn];
        while (true)
        {
            bool more;
            try
            {
                more = book.Read(width);
            }
            catch (BrokenWorkbookException e)
            {
                // A broken record in the sheet: the rest cannot be read.
                RowsRead++;
                Reject(report, book.RowNumber + 1, null, "", DiagnosticCode.MalformedRow,
                    $"reading stopped: the {Format} workbook is broken after row {book.RowNumber}: {WorkbookRows.Reason(e.InnerException!)} (the rest of the sheet is not used)");
                yield break;
            }
            if (!more)
            {
                EndOfInput(report);
                yield break;
            }
            ct.ThrowIfCancellationRequested();
            var blank = true;
            for (var i = 0; i < width; i++)
            {
                fields[i] = WorkbookRows.Text(book.Cells[i], i == dateColumn);
                if (blank && !string.IsNullOrWhiteSpace(fields[i])) blank = false;
            }
            if (blank) continue;   // an empty sheet row is no data row, as a blank line is none
            RowsRead++;
            // An 18-character credit code typed into a number cell keeps only 15 significant digits (Excel's precision):
            // its last digits are gone, so the row says so instead of failing on the check digit.
            if ((LostDigits(book, FilingColumn.PartnerCreditCode) ?? LostDigits(book, FilingColumn.FundCreditCode)) is { } lost)
            {
                Reject(report, book.RowNumber, Header[lost], fields[lost], DiagnosticCode.MalformedRow,
                    $"the credit code is a number cell ({fields[lost]}): a spreadsheet keeps 15 significant digits, so its last digits are lost; format the column as text and enter the codes again");
                continue;
            }
            if (Validate(fields, book.RowNumber, report) is { } rec) yield return rec;
        }
    }

    /// <summary>The column index when the row's cell in <paramref name="column"/> is a number of 16 or more digits.</summary>
    private int? LostDigits(WorkbookRows book, FilingColumn column) =>
        _columnIndex[(int)column] is var i && i >= 0 && book.Cells[i] is double d && Math.Abs(d) >= 1e15 ? i : null;

    private IEnumerable<FilingRecord> Iterate(Action<Diagnostic> report, CancellationToken ct)
    {
        var csv = _csv!;
        var guard = _guard!;
        var width = Header.Count;
        var fields = new string[width];
        // Each column's previous value, as UTF-8 bytes and as the string made of them: a fund's rows repeat its id, name,
        // place and date, and a value whose bytes equal the previous row's is the same string (no decoding, no copy).
        var previousBytes = new byte[width][];
        var previousLength = new int[width];
        var previousString = new string[width];
        // Whether each value holds U+FFFD (bytes that did not decode): worked out when a value is decoded, kept with it.
        var replaced = new bool[width];
        var previousReplaced = new bool[width];
        while (true)
        {
            bool more;
            try
            {
                more = csv.Read();
            }
            catch (CsvFormatException e)
            {
                // A record longer than the limit (an unclosed quote, a runaway field): the rest of the file cannot be split into rows.
                RowsRead++;
                Reject(report, e.LineNumber, null, "", DiagnosticCode.MalformedRow,
                    $"reading stopped: {e.Message} (the rest of the file from this line on is not used)");
                yield break;
            }
            while (_malformed.TryDequeue(out var bad))
            {
                RowsRead++;
                if (_options.Strict) throw new FilingsFormatException(FileName, $"{bad.CodeName}: {bad.Message} — \"{bad.RawText}\"", bad.Line);
                report(bad);
            }
            if (!more)
            {
                EndOfInput(report);
                yield break;
            }
            ct.ThrowIfCancellationRequested();
            RowsRead++;
            var count = csv.FieldCount;
            var line = csv.LineNumber;
            if (guard.CutCount > 0 && CutMessage(line, line + LineBreaks(csv.RawRecord)) is { } cut)
            {
                Reject(report, line, null, RawText(csv.RawRecord), DiagnosticCode.MalformedRow, cut);
                continue;
            }
            if (count != width)
            {
                var extraBlank = count > width;
                for (var i = width; i < count && extraBlank; i++) extraBlank = csv.IsEmpty(i);
                if (!extraBlank)
                {
                    Reject(report, line, null, RawText(csv.RawRecord), DiagnosticCode.MalformedRow,
                        $"expected {width} fields, found {count} (broken quotes, merged cells or a stray delimiter)");
                    continue;
                }
            }
            for (var i = 0; i < width; i++)
            {
                var bytes = csv.GetSpan(i);
                if (previousBytes[i] is { } prev && bytes.SequenceEqual(prev.AsSpan(0, previousLength[i])))
                {
                    fields[i] = previousString[i];
                    replaced[i] = previousReplaced[i];
                    continue;
                }
                fields[i] = Decode(bytes);
                replaced[i] = fields[i].Contains('\uFFFD');
                if (bytes.Length <= ReuseMaxBytes)
                {
                    if (previousBytes[i] is null || previousBytes[i].Length < bytes.Length) previousBytes[i] = new byte[Math.Max(64, bytes.Length)];
                    bytes.CopyTo(previousBytes[i]);
                    previousLength[i] = bytes.Length;
                    previousString[i] = fields[i];
                    previousReplaced[i] = replaced[i];
                }
                else
                {
                    previousBytes[i] = null!;
                }
            }
            if (Validate(fields, line, report, replaced) is { } rec) yield return rec;
        }
    }

    /// <summary>The text of a field from its UTF-8 bytes (<see cref="CsvReader.GetSpan(int)"/>), bytes that do not decode
    /// becoming U+FFFD: a value up to 1,024 bytes is transcoded in one pass into a stack buffer and copied into its
    /// string (<see cref="Encoding.GetString(ReadOnlySpan{byte})"/> counts the characters first and transcodes in a
    /// second pass, which a longer value still takes).</summary>
    private static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty) return "";
        if (bytes.Length > 1024) return Encoding.UTF8.GetString(bytes);
        Span<char> chars = stackalloc char[bytes.Length];   // UTF-8 never has fewer bytes than UTF-16 has code units
        System.Text.Unicode.Utf8.ToUtf16(bytes, chars, out _, out var written);
        return new string(chars[..written]);
    }

    /// <summary>Validates one row's fields for this table's role: the record, or <c>null</c> when the row was reported.
    /// <paramref name="replaced"/> says which text values hold U+FFFD (a workbook's cells are never checked).</summary>
    private FilingRecord? Validate(string[] fields, long line, Action<Diagnostic> report, bool[]? replaced = null)
    {
        var width = fields.Length;
        // The row as text for diagnostics (fields re-joined; built only when a diagnostic needs it).
        string Raw() => string.Join(_rawSeparator, fields);

        for (var i = 0; i < width; i++)
        {
            if (fields[i].Length > _options.MaxFieldLength)
            {
                Reject(report, line, Header[i], fields[i], DiagnosticCode.MalformedRow,
                    $"field of {fields[i].Length} characters exceeds the limit of {_options.MaxFieldLength}");
                return null;
            }
            if (replaced is not null && replaced[i])
            {
                Reject(report, line, Header[i], fields[i], DiagnosticCode.BadEncoding,
                    _encodingDetected
                        ? $"bytes that are not valid {Encoding.WebName}: the file mixes encodings (detected {Encoding.WebName} from its start)"
                        : $"bytes that are not valid {Encoding.WebName}");
                return null;
            }
        }

        string Field(FilingColumn c) => _columnIndex[(int)c] is var k && k >= 0 ? TrimField(fields[k]) : "";
        string Head(FilingColumn c) => Header[_columnIndex[(int)c]];

        var fundId = Field(FilingColumn.FundId);
        var fundName = Field(FilingColumn.FundName);
        var fundCode = Field(FilingColumn.FundCreditCode);
        if (_role != TableRole.Filings && fundId.Length == 0 && fundName.Length == 0 && fundCode.Length == 0)
        {
            var col = ColumnHeader(FilingColumn.FundId) ?? ColumnHeader(FilingColumn.FundCreditCode) ?? ColumnHeader(FilingColumn.FundName);
            Reject(report, line, col, Raw(), DiagnosticCode.MissingField,
                $"the row names no fund (its fund id, credit code and name are empty), so it cannot be joined");
            return null;
        }

        var fundPlace = Field(FilingColumn.FundPlace);
        if (_role != TableRole.Partners && fundPlace.Length == 0)
        {
            Reject(report, line, Head(FilingColumn.FundPlace), Raw(), DiagnosticCode.MissingField, "the fund place is empty");
            return null;
        }

        DateOnly? filed = null;
        var dateText = _role == TableRole.Partners ? "" : Field(FilingColumn.FiledOn);
        if (dateText.Length > 0)
        {
            // A fund's rows repeat its date, and a value equal to the previous row's is the same string object: the last
            // date read is kept and not parsed again.
            if (ReferenceEquals(dateText, _lastDateText))
            {
                filed = _lastDate;
            }
            else
            {
                if (!DateParser.TryParse(dateText, out var d, out var why))
                {
                    Reject(report, line, Head(FilingColumn.FiledOn), dateText, DiagnosticCode.BadDate, why);
                    return null;
                }
                filed = d;
                (_lastDateText, _lastDate) = (dateText, d);
            }
        }

        if (_role == TableRole.Funds)
            return new FilingRecord(line, fundId.Length > 0 ? fundId : fundName.Length > 0 ? fundName : fundCode, fundName, fundPlace, filed, "", "", "", "", null)
            {
                FundId = fundId,
                FundCreditCode = fundCode,
            };

        var partnerPlace = Field(FilingColumn.PartnerPlace);
        var credit = Field(FilingColumn.PartnerCreditCode);
        if (partnerPlace.Length == 0 && credit.Length == 0)
        {
            var col = HasColumn(FilingColumn.PartnerPlace) ? Head(FilingColumn.PartnerPlace) : Head(FilingColumn.PartnerCreditCode);
            var kind = Field(FilingColumn.PartnerKind);
            var natural = FilingsSchema.IsNaturalPerson(kind);
            if (natural == false)
            {
                Reject(report, line, col, Raw(), DiagnosticCode.MissingField,
                    $"the partner is an organisation ({kind}) but has neither a place nor a credit code: a gap in the export, not a private address; its link and capital are left out");
                return null;
            }
            var who = natural == true ? $"partner is a natural person ({kind}) and" : kind.Length > 0 ? $"partner ({kind})" : "partner";
            if (_options.PartnersWithoutPlace != UnplacedPartners.AtFundCity)
            {
                Reject(report, line, col, Raw(), DiagnosticCode.PartnerWithoutPlace,
                    $"the {who} has neither a place nor a credit code: its link and capital are left out (PartnersWithoutPlace = AtFundCity places it at the fund's city)");
                return null;
            }
            Warn(report, line, col, Raw(), DiagnosticCode.PartnerPlacedAtFundCity, _role == TableRole.Partners
                ? $"the {who} has neither a place nor a credit code: placed at the fund's city, counted as local capital"
                : $"the {who} has neither a place nor a credit code: placed at the fund's city ({Truncate(fundPlace)}), counted as local capital");
            partnerPlace = fundPlace;   // empty in a partner table: the join puts the fund's place there
        }

        double? capital = null;
        var amountText = Field(FilingColumn.Capital);
        if (amountText.Length > 0)
        {
            if (!AmountParser.TryParse(amountText, CapitalUnit, out var cny, out var why))
            {
                Reject(report, line, Head(FilingColumn.Capital), amountText, DiagnosticCode.BadAmount, why);
                return null;
            }
            capital = cny;
            if (cny > 0 && !_capitalUnitStated)
            {
                _amountsPositive++;
                if (cny < 10_000) _amountsBelowTenThousand++;
            }
        }
        else if (HasColumn(FilingColumn.Capital))
        {
            Warn(report, line, Head(FilingColumn.Capital), Raw(), DiagnosticCode.MissingAmount,
                "the amount is empty; the row is counted with zero capital");
        }

        var fundKey = fundId.Length > 0 ? fundId : fundName.Length > 0 ? fundName : fundCode.Length > 0 ? fundCode : $"\u0001row:{line}";
        return new FilingRecord(line, fundKey, fundName, fundPlace, filed, Field(FilingColumn.PartnerName),
            Field(FilingColumn.PartnerKind), partnerPlace, credit, capital)
        {
            FundId = fundId,
            FundCreditCode = fundCode,
        };
    }

    /// <summary>At the end of the input: the unit warning when amounts without a stated unit look like 万元.</summary>
    private void EndOfInput(Action<Diagnostic> report)
    {
        if (!_capitalUnitStated && _amountsPositive >= 3 && _amountsBelowTenThousand * 2 > _amountsPositive)
            report(HeaderDiagnostic(_columnIndex[(int)FilingColumn.Capital], ColumnHeader(FilingColumn.Capital) ?? "", DiagnosticCode.CapitalUnitUnclear,
                $"the capital header '{ColumnHeader(FilingColumn.Capital)}' states no unit, so amounts are read as yuan, but {_amountsBelowTenThousand:N0} of {_amountsPositive:N0} positive amounts are below 10,000, as amounts in 万元 would be; if they are 万元, pass CapitalUnit = Wan (capnet: --capital-unit wan), else --capital-unit yuan"));
    }

    /// <summary>The cell of a row and column as Excel shows it (<c>Sheet1!D17</c>; the whole row when the column is not
    /// a header of this table), or <c>null</c> for a text file.</summary>
    internal string? CellOf(long line, string? column)
    {
        if (_book is null) return null;
        int? index = null;
        if (column is not null)
            for (var i = 0; i < Header.Count; i++)
                if (string.Equals(Header[i], column, StringComparison.Ordinal)) { index = i; break; }
        return WorkbookRows.Reference(_book.SheetName, (int)Math.Min(line, int.MaxValue), index);
    }

    string? IFilingsSource.CellOf(long line, string? column) => CellOf(line, column);

    private void Warn(Action<Diagnostic> report, long line, string? column, string raw, DiagnosticCode code, string message) =>
        report(new Diagnostic(FileName, line, column, Truncate(raw), code, message, DiagnosticSeverity.Warning) { Cell = CellOf(line, column) });

    /// <summary>Longest value (UTF-8 bytes) remembered for reuse by the next row.</summary>
    private const int ReuseMaxBytes = 256;

    private void Reject(Action<Diagnostic> report, long line, string? column, string raw, DiagnosticCode code, string message)
    {
        var text = Truncate(raw);
        var d = new Diagnostic(FileName, line, column, text, code, message, DiagnosticSeverity.Rejected) { Cell = CellOf(line, column) };
        if (_options.Strict) throw new FilingsFormatException(FileName, $"{d.CodeName}: {message} — \"{text}\"{(d.Cell is null ? "" : $" ({d.Cell})")}", line);
        report(d);
    }

    /// <summary>Trims white space and control characters (NUL, BEL, …) at both ends of a value; control characters inside
    /// are kept (the place resolver ignores them). A value therefore never starts with U+0001, which keeps the key of
    /// a row without fund id or name (<c>U+0001 row:line</c>) apart from every key read from the file.</summary>
    internal static string TrimField(string value)
    {
        // Most values start and end with a printable ASCII character or a CJK one: nothing to trim (every white-space and
        // control character is below U+3001), without the Unicode tables.
        if (value.Length > 0 && Printable(value[0]) && Printable(value[^1])) return value;
        int start = 0, end = value.Length;
        while (start < end && (char.IsWhiteSpace(value[start]) || char.IsControl(value[start]))) start++;
        while (end > start && (char.IsWhiteSpace(value[end - 1]) || char.IsControl(value[end - 1]))) end--;
        return start == 0 && end == value.Length ? value : value[start..end];
    }

    private static bool Printable(char c) => c is > ' ' and < '\u007F' or > '\u3000';

    /// <summary>The start of a raw record as text, for a diagnostic (decodes at most 2,048 bytes).</summary>
    private static string RawText(ReadOnlySpan<byte> raw) => Truncate(Encoding.UTF8.GetString(raw[..Math.Min(raw.Length, 2048)]));

    private static string Truncate(string raw)
    {
        var text = raw.TrimEnd('\r', '\n');
        return text.Length > 500 ? text[..500] + "…" : text;
    }

    private static string MalformedMessage(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote => "a quote inside an unquoted field (broken quoting)",
        CsvMalformedReason.TextAfterClosingQuote => "text after the closing quote of a quoted field (broken quoting)",
        CsvMalformedReason.UnterminatedQuote => "a quoted field that is never closed",
        CsvMalformedReason.LineBreakInQuotes => "a quoted field that runs past the end of its line (unbalanced quotes)",
        _ => $"malformed row ({reason})",
    };

    /// <inheritdoc />
    public void Dispose()
    {
        _csv?.Dispose();
        _book?.Dispose();
    }
}

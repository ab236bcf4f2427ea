using System.Globalization;
using System.Text;
using System.Text.Json;
using CapitalNetwork.Reading;
using CsvHelper;

namespace CapitalNetwork;

/// <summary>
/// Streams a filings file (one row per fund–partner pair) with CsvHelper: detects the encoding (UTF-8 with or
/// without BOM, UTF-16 with BOM, GB18030/GBK) and the delimiter (comma, tab, semicolon), maps the header
/// (<see cref="FilingsSchema"/>), validates each row (field count, encoding, required fields, date, amount) and
/// yields <see cref="FilingRecord"/>s. Every row that is not yielded is reported as a <see cref="Diagnostic"/>.
/// </summary>
/// <remarks>Memory is O(<see cref="FilingsReadOptions.MaxFieldLength"/>): rows are not kept, and a line longer than the
/// line limit is cut before parsing (its row is reported; reading goes on). Bytes that do not decode become U+FFFD and the
/// row is reported as <see cref="DiagnosticCode.BadEncoding"/>; lone surrogates and noncharacters never make the reader throw.
/// Values are trimmed of white space and control characters at both ends. Not thread-safe; one enumeration per reader;
/// <see cref="ReadRecords"/> checks its cancellation token before every row.</remarks>
public sealed class FilingsReader : IDisposable
{
    private readonly CsvReader _csv;
    private readonly Queue<Diagnostic> _malformed = new();
    private readonly FilingsReadOptions _options;
    private readonly int[] _columnIndex;
    private readonly bool _encodingDetected;
    private readonly LineGuardStream _guard;
    private readonly int _lineLimit;
    private bool _enumerated;
    private bool _capitalUnitStated;
    private long _amountsPositive, _amountsBelowTenThousand;

    private FilingsReader(string fileName, LineGuardStream body, Encoding encoding, bool detected, char delimiter, FilingsReadOptions options,
        Action<Diagnostic>? headerReport)
    {
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

        _columnIndex = Enumerable.Repeat(-1, Enum.GetValues<FilingColumn>().Length).ToArray();
        for (var i = 0; i < Header.Count; i++)
        {
            if (!FilingsSchema.TryRecognize(Header[i], out var col, out var unit)) continue;
            if (_columnIndex[(int)col] >= 0)
            {
                headerReport?.Invoke(new Diagnostic(fileName, 1, Header[i], Header[i], DiagnosticCode.DuplicateHeader,
                    $"column {i + 1} '{Header[i]}' also names {JsonNamingPolicy.SnakeCaseLower.ConvertName(col.ToString())}, already given by column {_columnIndex[(int)col] + 1}; the first is used",
                    DiagnosticSeverity.Warning));
                continue;
            }
            _columnIndex[(int)col] = i;
            if (col == FilingColumn.Capital)
            {
                CapitalUnit = unit;
                _capitalUnitStated = unit != 1 || Header[i].Contains('元') || Header[i].EndsWith("_yuan", StringComparison.OrdinalIgnoreCase);
            }
        }
        if (options.CapitalUnit is { } given)
        {
            CapitalUnit = given switch { CapitalNetwork.CapitalUnit.Wan => 10_000, CapitalNetwork.CapitalUnit.Yi => 100_000_000, _ => 1 };
            _capitalUnitStated = true;
        }
        if (_columnIndex[(int)FilingColumn.FundPlace] >= 0 && (_columnIndex[(int)FilingColumn.PartnerPlace] >= 0 || _columnIndex[(int)FilingColumn.PartnerCreditCode] >= 0))
        {
            foreach (var (col, what) in new[] { (FilingColumn.Capital, "capital is 0 CNY on every row"), (FilingColumn.FiledOn, "no row has a filing year, so years, --from/--to and dynamic output are not available") })
                if (_columnIndex[(int)col] < 0)
                    headerReport?.Invoke(new Diagnostic(fileName, 1, null, Truncate(string.Join(delimiter, Header)), DiagnosticCode.MissingColumn,
                        $"no {JsonNamingPolicy.SnakeCaseLower.ConvertName(col.ToString())} column: {what}; headers seen: {string.Join(", ", Header.Select(h => $"'{h}'"))}; accepted: {string.Join(", ", FilingsSchema.Synonyms[col])}",
                        DiagnosticSeverity.Warning));
        }
        if (_columnIndex[(int)FilingColumn.FundPlace] < 0)
            throw new FilingsFormatException(fileName,
                $"no fund place column: expected one of {string.Join(", ", FilingsSchema.Synonyms[FilingColumn.FundPlace])} in the header '{string.Join(delimiter, Header)}'", 1);
        if (_columnIndex[(int)FilingColumn.PartnerPlace] < 0 && _columnIndex[(int)FilingColumn.PartnerCreditCode] < 0)
            throw new FilingsFormatException(fileName,
                $"no partner place or credit code column: expected one of {string.Join(", ", FilingsSchema.Synonyms[FilingColumn.PartnerPlace].Concat(FilingsSchema.Synonyms[FilingColumn.PartnerCreditCode]))}", 1);
    }

    /// <summary>The file name used in diagnostics.</summary>
    public string FileName { get; }

    /// <summary>The encoding used (given or detected).</summary>
    public Encoding Encoding { get; }

    /// <summary>The delimiter used (given or detected).</summary>
    public char Delimiter { get; }

    /// <summary>The header cells, trimmed.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>CNY per unit of the capital column (10,000 for <c>认缴出资额（万元）</c> or <see cref="FilingsReadOptions.CapitalUnit"/>
    /// = <see cref="CapitalNetwork.CapitalUnit.Wan"/>).</summary>
    public double CapitalUnit { get; } = 1;

    /// <summary>Data rows read so far (blank lines excluded; a row with a line break inside quotes counts once).</summary>
    public long RowsRead { get; private set; }

    /// <summary>True when the file has the given column.</summary>
    /// <param name="column">The column.</param>
    /// <returns>Whether a header names it.</returns>
    public bool HasColumn(FilingColumn column) => _columnIndex[(int)column] >= 0;

    /// <summary>The header text of a column, or <c>null</c> when the file lacks it.</summary>
    /// <param name="column">The column.</param>
    /// <returns>The header cell as written in the file.</returns>
    public string? ColumnHeader(FilingColumn column) => _columnIndex[(int)column] is var i && i >= 0 ? Header[i] : null;

    /// <summary>Opens a filings file.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="options">Options, or <c>null</c> for <see cref="FilingsReadOptions.Default"/>.</param>
    /// <param name="headerReport">Receives header warnings (duplicate headers), if given.</param>
    /// <returns>The reader, positioned after the header.</returns>
    /// <exception cref="FilingsFormatException">The file cannot be used (missing, empty, not text, no usable columns).</exception>
    public static FilingsReader Open(string path, FilingsReadOptions? options = null, Action<Diagnostic>? headerReport = null)
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
            return Open(stream, path, options, headerReport);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>Opens a filings stream (seekable or not). The reader owns and disposes the stream.</summary>
    /// <param name="stream">The bytes of the file.</param>
    /// <param name="fileName">The name used in messages and diagnostics.</param>
    /// <param name="options">Options, or <c>null</c> for defaults.</param>
    /// <param name="headerReport">Receives header warnings, if given.</param>
    /// <returns>The reader, positioned after the header.</returns>
    /// <exception cref="FilingsFormatException">The file cannot be used.</exception>
    public static FilingsReader Open(Stream stream, string fileName, FilingsReadOptions? options = null, Action<Diagnostic>? headerReport = null)
    {
        options ??= FilingsReadOptions.Default;
        var (body, encoding, detected, delimiter) = OpenText(stream, fileName, options);
        return new FilingsReader(fileName, body, encoding, detected, delimiter, options, headerReport);
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
        _guard.TryGetCut(first, last, out var line, out var length)
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
        return Iterate(report, cancellationToken);
    }

    private IEnumerable<FilingRecord> Iterate(Action<Diagnostic> report, CancellationToken ct)
    {
        var width = Header.Count;
        var fields = new string[width];
        // Each column's previous value, as UTF-8 bytes and as the string made of them: a fund's rows repeat its id, name,
        // place and date, and a value whose bytes equal the previous row's is the same string (no decoding, no copy).
        var previousBytes = new byte[width][];
        var previousLength = new int[width];
        var previousString = new string[width];
        while (true)
        {
            bool more;
            try
            {
                more = _csv.Read();
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
                if (!_capitalUnitStated && _amountsPositive >= 3 && _amountsBelowTenThousand * 2 > _amountsPositive)
                    report(new Diagnostic(FileName, 1, ColumnHeader(FilingColumn.Capital), ColumnHeader(FilingColumn.Capital) ?? "", DiagnosticCode.CapitalUnitUnclear,
                        $"the capital header '{ColumnHeader(FilingColumn.Capital)}' states no unit, so amounts are read as yuan, but {_amountsBelowTenThousand:N0} of {_amountsPositive:N0} positive amounts are below 10,000, as amounts in 万元 would be; if they are 万元, pass CapitalUnit = Wan (capnet: --capital-unit wan), else --capital-unit yuan",
                        DiagnosticSeverity.Warning));
                yield break;
            }
            ct.ThrowIfCancellationRequested();
            RowsRead++;
            var count = _csv.FieldCount;
            var line = _csv.LineNumber;
            if (_guard.CutCount > 0 && CutMessage(line, line + LineBreaks(_csv.RawRecord)) is { } cut)
            {
                Reject(report, line, null, RawText(_csv.RawRecord), DiagnosticCode.MalformedRow, cut);
                continue;
            }
            if (count != width)
            {
                var extraBlank = count > width;
                for (var i = width; i < count && extraBlank; i++) extraBlank = _csv.IsEmpty(i);
                if (!extraBlank)
                {
                    Reject(report, line, null, RawText(_csv.RawRecord), DiagnosticCode.MalformedRow,
                        $"expected {width} fields, found {count} (broken quotes, merged cells or a stray delimiter)");
                    continue;
                }
            }
            for (var i = 0; i < width; i++)
            {
                var bytes = _csv.GetSpan(i);
                if (previousBytes[i] is { } prev && bytes.SequenceEqual(prev.AsSpan(0, previousLength[i])))
                {
                    fields[i] = previousString[i];
                    continue;
                }
                fields[i] = _csv.GetString(i) ?? "";
                if (bytes.Length <= ReuseMaxBytes)
                {
                    if (previousBytes[i] is null || previousBytes[i].Length < bytes.Length) previousBytes[i] = new byte[Math.Max(64, bytes.Length)];
                    bytes.CopyTo(previousBytes[i]);
                    previousLength[i] = bytes.Length;
                    previousString[i] = fields[i];
                }
                else
                {
                    previousBytes[i] = null!;
                }
            }
            // The row as text for diagnostics (fields re-joined; built only when a diagnostic needs it).
            string Raw() => string.Join(Delimiter, fields);

            var problem = false;
            for (var i = 0; i < width && !problem; i++)
            {
                if (fields[i].Length > _options.MaxFieldLength)
                {
                    Reject(report, line, Header[i], fields[i], DiagnosticCode.MalformedRow,
                        $"field of {fields[i].Length} characters exceeds the limit of {_options.MaxFieldLength}");
                    problem = true;
                }
                else if (fields[i].Contains('\uFFFD'))
                {
                    Reject(report, line, Header[i], fields[i], DiagnosticCode.BadEncoding,
                        _encodingDetected
                            ? $"bytes that are not valid {Encoding.WebName}: the file mixes encodings (detected {Encoding.WebName} from its start)"
                            : $"bytes that are not valid {Encoding.WebName}");
                    problem = true;
                }
            }
            if (problem) continue;

            string Field(FilingColumn c) => _columnIndex[(int)c] is var k && k >= 0 ? TrimField(fields[k]) : "";
            string Head(FilingColumn c) => Header[_columnIndex[(int)c]];

            var fundPlace = Field(FilingColumn.FundPlace);
            if (fundPlace.Length == 0)
            {
                Reject(report, line, Head(FilingColumn.FundPlace), Raw(), DiagnosticCode.MissingField, "the fund place is empty");
                continue;
            }
            var partnerPlace = Field(FilingColumn.PartnerPlace);
            var credit = Field(FilingColumn.PartnerCreditCode);
            if (partnerPlace.Length == 0 && credit.Length == 0)
            {
                var col = HasColumn(FilingColumn.PartnerPlace) ? Head(FilingColumn.PartnerPlace) : Head(FilingColumn.PartnerCreditCode);
                var who = Field(FilingColumn.PartnerKind) is { Length: > 0 } kind ? $"partner ({kind})" : "partner";
                if (_options.PartnersWithoutPlace != UnplacedPartners.AtFundCity)
                {
                    Reject(report, line, col, Raw(), DiagnosticCode.PartnerWithoutPlace,
                        $"the {who} has neither a place nor a credit code: its link and capital are left out (PartnersWithoutPlace = AtFundCity places it at the fund's city)");
                    continue;
                }
                report(new Diagnostic(FileName, line, col, Truncate(Raw()), DiagnosticCode.PartnerPlacedAtFundCity,
                    $"the {who} has neither a place nor a credit code: placed at the fund's city ({Truncate(fundPlace)}), counted as local capital",
                    DiagnosticSeverity.Warning));
                partnerPlace = fundPlace;
            }

            DateOnly? filed = null;
            var dateText = Field(FilingColumn.FiledOn);
            if (dateText.Length > 0)
            {
                if (!DateParser.TryParse(dateText, out var d, out var why))
                {
                    Reject(report, line, Head(FilingColumn.FiledOn), dateText, DiagnosticCode.BadDate, why);
                    continue;
                }
                filed = d;
            }

            double? capital = null;
            var amountText = Field(FilingColumn.Capital);
            if (amountText.Length > 0)
            {
                if (!AmountParser.TryParse(amountText, CapitalUnit, out var cny, out var why))
                {
                    Reject(report, line, Head(FilingColumn.Capital), amountText, DiagnosticCode.BadAmount, why);
                    continue;
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
                report(new Diagnostic(FileName, line, Head(FilingColumn.Capital), Truncate(Raw()), DiagnosticCode.MissingAmount,
                    "the amount is empty; the row is counted with zero capital", DiagnosticSeverity.Warning));
            }

            var fundId = Field(FilingColumn.FundId);
            var fundName = Field(FilingColumn.FundName);
            var fundKey = fundId.Length > 0 ? fundId : fundName.Length > 0 ? fundName : $"\u0001row:{line}";
            yield return new FilingRecord(line, fundKey, fundName, fundPlace, filed, Field(FilingColumn.PartnerName),
                Field(FilingColumn.PartnerKind), partnerPlace, credit, capital);
        }
    }

    /// <summary>Longest value (UTF-8 bytes) remembered for reuse by the next row.</summary>
    private const int ReuseMaxBytes = 256;

    private void Reject(Action<Diagnostic> report, long line, string? column, string raw, DiagnosticCode code, string message)
    {
        var text = Truncate(raw);
        var d = new Diagnostic(FileName, line, column, text, code, message, DiagnosticSeverity.Rejected);
        if (_options.Strict) throw new FilingsFormatException(FileName, $"{d.CodeName}: {message} — \"{text}\"", line);
        report(d);
    }

    /// <summary>Trims white space and control characters (NUL, BEL, …) at both ends of a value; control characters inside
    /// are kept (the place resolver ignores them). A value therefore never starts with U+0001, which keeps the key of
    /// a row without fund id or name (<c>U+0001 row:line</c>) apart from every key read from the file.</summary>
    internal static string TrimField(string value)
    {
        int start = 0, end = value.Length;
        while (start < end && (char.IsWhiteSpace(value[start]) || char.IsControl(value[start]))) start++;
        while (end > start && (char.IsWhiteSpace(value[end - 1]) || char.IsControl(value[end - 1]))) end--;
        return start == 0 && end == value.Length ? value : value[start..end];
    }

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
    public void Dispose() => _csv.Dispose();
}

using System.Globalization;
using CsvHelper;

namespace CapitalNetwork;

/// <summary>
/// Reads a plain edge list CSV (<c>source,target[,weight]</c>, header required, comma/tab/semicolon, UTF-8 or
/// GB18030) into a <see cref="FlowNetwork"/> with arbitrary string node ids, so the library serves any network.
/// A row with an empty target declares an isolated node. Nodes are numbered in order of first appearance
/// (as NetworkX's <c>read_edgelist</c>); repeated pairs are summed. The one weight (default 1) is stored in all
/// three channels (<see cref="EdgeWeight.Funds"/>, <see cref="EdgeWeight.Links"/>, <see cref="EdgeWeight.Capital"/>)
/// so every measure reads it whichever weight it is asked for. O(rows).
/// </summary>
public static class EdgeListReader
{
    /// <summary>Reads an edge list file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="report">Receives a diagnostic for each row not used (missing source, bad weight, wrong field count).</param>
    /// <param name="options">Reading options (encoding, delimiter, strict mode), or <c>null</c>.</param>
    /// <returns>The network.</returns>
    /// <exception cref="FilingsFormatException">The file is empty, lacks a source or target column, or is not text.</exception>
    public static FlowNetwork Read(string path, Action<Diagnostic>? report = null, FilingsReadOptions? options = null)
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
        using (stream) return Read(stream, path, report, options);
    }

    /// <summary>Reads an edge list from a stream (see <see cref="Read(string, Action{Diagnostic}?, FilingsReadOptions?)"/>).</summary>
    /// <param name="stream">The bytes.</param>
    /// <param name="fileName">The name used in messages.</param>
    /// <param name="report">Receives diagnostics.</param>
    /// <param name="options">Reading options, or <c>null</c>.</param>
    /// <returns>The network.</returns>
    /// <exception cref="FilingsFormatException">The file cannot be used.</exception>
    public static FlowNetwork Read(Stream stream, string fileName, Action<Diagnostic>? report = null, FilingsReadOptions? options = null)
    {
        options ??= FilingsReadOptions.Default;
        report ??= _ => { };
        var (body, _, _, delimiter) = FilingsReader.OpenText(stream, fileName, options);
        var malformed = new Queue<(long Line, string Raw)>();
        using var csv = CsvReader.Create(body, new CsvReaderOptions
        {
            Separator = delimiter,
            HasHeader = true,
            TrackLineNumbers = true,
            TrimWhitespace = true,
            AllowLineBreaksInQuotes = options.AllowLineBreaksInQuotes,
            MalformedData = CsvMalformedDataHandling.Skip,
            MaxRecordSize = FilingsReader.LineLimit(options) + 4096,
            OnMalformedRecord = m => malformed.Enqueue((m.LineNumber, m.RawRecord)),
        });
        IReadOnlyList<string> headers;
        try
        {
            headers = csv.Headers;
        }
        catch (CsvFormatException e)
        {
            throw new FilingsFormatException(fileName, $"the header cannot be read: {e.Message}", 1);
        }
        if (body.TryGetCut(1, out var headerLength))
            throw new FilingsFormatException(fileName, $"the header line is {headerLength:N0} bytes long, more than the limit of {FilingsReader.LineLimit(options):N0} bytes", 1);
        var header = headers.Select(h => h.Trim().Trim('\uFEFF').ToLowerInvariant()).ToList();
        var si = header.IndexOf("source");
        var ti = header.IndexOf("target");
        var wi = header.IndexOf("weight");
        if (si < 0 || ti < 0)
            throw new FilingsFormatException(fileName, $"an edge list needs 'source' and 'target' columns; the header is '{string.Join(delimiter, csv.Headers)}'", 1);
        malformed.Clear();

        void Bad(long line, string? column, string raw, DiagnosticCode code, string message)
        {
            var d = new Diagnostic(fileName, line, column, raw, code, message, DiagnosticSeverity.Rejected);
            if (options.Strict) throw new FilingsFormatException(fileName, $"{d.CodeName}: {message} — \"{raw}\"", line);
            report(d);
        }

        var builder = new FlowNetworkBuilder();
        while (true)
        {
            bool more;
            try
            {
                more = csv.Read();
            }
            catch (CsvFormatException e)
            {
                // Only a record spanning lines (AllowLineBreaksInQuotes) can outgrow the buffer: the rest cannot be split into rows.
                Bad(e.LineNumber, null, "", DiagnosticCode.MalformedRow, $"reading stopped: {e.Message} (the rest of the file from this line on is not used)");
                break;
            }
            while (malformed.TryDequeue(out var m)) Bad(m.Line, null, m.Raw, DiagnosticCode.MalformedRow, "broken quoting");
            if (!more) break;
            var line = csv.LineNumber;
            var raw = System.Text.Encoding.UTF8.GetString(csv.RawRecord[..Math.Min(csv.RawRecord.Length, 2048)]);
            if (body.CutCount > 0 && body.TryGetCut(line, line + FilingsReader.LineBreaks(csv.RawRecord), out var cutLine, out var cutLength))
            {
                Bad(line, null, raw, DiagnosticCode.MalformedRow, $"line {cutLine} is {cutLength:N0} bytes long, more than the limit of {FilingsReader.LineLimit(options):N0} bytes; it was cut there and the row is not used");
                continue;
            }
            if (csv.FieldCount < header.Count)
            {
                Bad(line, null, raw, DiagnosticCode.MalformedRow, $"expected {header.Count} fields, found {csv.FieldCount}");
                continue;
            }
            var source = csv.GetString(si)?.Trim() ?? "";
            var target = csv.GetString(ti)?.Trim() ?? "";
            if (source.Length == 0)
            {
                Bad(line, csv.Headers[si], raw, DiagnosticCode.MissingField, "the source is empty");
                continue;
            }
            var weight = 1.0;
            var wtext = wi >= 0 ? csv.GetString(wi)?.Trim() ?? "" : "";
            if (wtext.Length > 0 && (!double.TryParse(wtext, NumberStyles.Float, CultureInfo.InvariantCulture, out weight) || !double.IsFinite(weight) || weight < 0))
            {
                Bad(line, csv.Headers[wi], wtext, DiagnosticCode.BadAmount, "the weight is not a finite non-negative number");
                continue;
            }
            var s = builder.AddNode(source);
            if (target.Length == 0) continue; // an isolated node
            var t = builder.AddNode(target);
            builder.AddFlow(s, t, weight, weight, weight);
        }
        return builder.Build();
    }
}

using System.Globalization;
using CapitalNetwork.NetworkText;

namespace CapitalNetwork.Ucinet;

/// <summary>
/// The UCINET DL reading rules behind <see cref="DlReader"/> (implementation only): the header (<c>DL</c>, <c>N=</c>,
/// <c>NR=</c>/<c>NC=</c>, <c>NM=</c>, <c>FORMAT=</c>, <c>DIAGONAL=</c>, <c>LABELS EMBEDDED</c>), label sections and the
/// data of the formats FULLMATRIX, UPPERHALF, LOWERHALF, EDGELIST1 and NODELIST1.
/// </summary>
internal sealed class DlParser(string file, NetworkFileReadOptions options, Action<Diagnostic> report)
{
    private enum Format { FullMatrix, UpperHalf, LowerHalf, EdgeList1, NodeList1 }

    private enum Mode { Header, Labels, ColumnLabels, OtherLabels, Data }

    private readonly FileGraph _graph = new(file, options, report);

    private readonly record struct Token(string Text, long Line, string Raw);

    public FlowNetwork Parse(Stream stream)
    {
        var source = new LineSource(stream, options.MaxLineLength, options.MaxCharacters);
        var mode = Mode.Header;
        long? n = null, nr = null, nc = null, nm = null;
        var format = Format.FullMatrix;
        var diagonal = true;
        var embedded = false;
        var labels = new List<Token>();
        var data = new List<(long Line, string Text)>();
        var pending = new List<string>();
        string? line;
        while ((line = source.Next()) is not null)
        {
            var lineNo = source.LineNumber;
            if (source.Cut)
            {
                _graph.Reject(lineNo, null, line, DiagnosticCode.MalformedRow, string.Create(CultureInfo.InvariantCulture, $"the line is longer than {options.MaxLineLength:N0} characters (NetworkFileReadOptions.MaxLineLength); it is not used"));
                continue;
            }
            if (mode == Mode.Data)
            {
                data.Add((lineNo, line));
                continue;
            }
            var text = line.TrimStart('\uFEFF');
            var quoted = Tokens.SplitQuoted(text, commas: true);
            var tokens = quoted.ConvertAll(t => t.Text);
            for (var i = 0; i < tokens.Count; i++)
            {
                // A quoted token is a name, never a keyword (a vertex may be called "data:").
                var low = quoted[i].Quoted ? "" : tokens[i].ToLowerInvariant();
                var next = i + 1 < tokens.Count && !quoted[i + 1].Quoted ? tokens[i + 1].ToLowerInvariant() : "";
                if (low is "data:" || (low == "data" && next == ":"))
                {
                    mode = Mode.Data;
                    var at = text.IndexOf(':', Math.Max(0, text.IndexOf(tokens[i], StringComparison.OrdinalIgnoreCase)));
                    var rest = at >= 0 ? text[(at + 1)..] : "";
                    if (rest.Trim().Length > 0) data.Add((lineNo, rest));
                    break;
                }
                if (low is "labels:" || (low == "labels" && next == ":"))
                {
                    mode = Mode.Labels;
                    if (low == "labels") i++;
                    continue;
                }
                if (low is "row" or "column" or "col" or "matrix" or "level" && next is "labels:" or "labels")
                {
                    mode = low switch { "row" => Mode.Labels, "matrix" or "level" => Mode.OtherLabels, _ => Mode.ColumnLabels };
                    i++;
                    if (i + 1 < tokens.Count && tokens[i + 1] == ":") i++;
                    continue;
                }
                if (low == "labels" && next.StartsWith("embedded", StringComparison.Ordinal))
                {
                    embedded = true;
                    i++;
                    if (i + 1 < tokens.Count && tokens[i + 1] == ":") i++;
                    continue;
                }
                if (mode == Mode.Labels)
                {
                    labels.Add(new Token(tokens[i], lineNo, text));
                    continue;
                }
                if (mode is Mode.ColumnLabels or Mode.OtherLabels) continue; // one-mode data: row labels name the vertices
                // Header: split key=value pairs into their parts.
                pending.Clear();
                foreach (var part in SplitEquals(tokens[i])) pending.Add(part);
                foreach (var word in pending) Header(word.ToLowerInvariant(), lineNo, text);
            }
            if (_header.Count == 0 ? mode != Mode.Header : _header[0] != "dl")
                throw new NetworkFormatException(file, "this is not a UCINET DL file: it does not start with DL", lineNo);
        }
        if (source.HitCharacterLimit)
            throw new NetworkFormatException(file, string.Create(CultureInfo.InvariantCulture, $"the file is longer than {options.MaxCharacters:N0} characters (NetworkFileReadOptions.MaxCharacters)"), source.LineNumber);
        if (_header.Count == 0 || _header[0] != "dl") throw new NetworkFormatException(file, "this is not a UCINET DL file: it does not start with DL");
        if (mode != Mode.Data) throw new NetworkFormatException(file, "the file has no DATA: section");
        for (var k = 1; k < _header.Count; k++)
        {
            var key = _header[k];
            string? Value() => k + 2 < _header.Count && _header[k + 1] == "=" ? _header[k + 2] : k + 1 < _header.Count && _header[k + 1] != "=" ? _header[k + 1] : null;
            switch (key)
            {
                case "n": n = Count(Value(), "N"); break;
                case "nr": nr = Count(Value(), "NR"); break;
                case "nc": nc = Count(Value(), "NC"); break;
                case "nm": nm = Count(Value(), "NM"); break;
                case "format":
                    format = Value() switch
                    {
                        "fullmatrix" or "fm" or "full" => Format.FullMatrix,
                        "upperhalf" or "uh" => Format.UpperHalf,
                        "lowerhalf" or "lh" => Format.LowerHalf,
                        "edgelist1" or "el1" => Format.EdgeList1,
                        "nodelist1" or "nl1" => Format.NodeList1,
                        var other => throw new NetworkFormatException(file, $"FORMAT = {other ?? "(nothing)"} is not read (FULLMATRIX, UPPERHALF, LOWERHALF, EDGELIST1 and NODELIST1 are; EDGELIST2, NODELIST2 and two-mode data are not one network)"),
                    };
                    break;
                case "diagonal":
                    diagonal = Value() switch
                    {
                        "present" => true,
                        "absent" => false,
                        var other => throw new NetworkFormatException(file, $"DIAGONAL = {other ?? "(nothing)"}: expected PRESENT or ABSENT"),
                    };
                    break;
            }
        }
        if (n is null && nr is not null && nc is not null)
        {
            if (nr != nc) throw new NetworkFormatException(file, string.Create(CultureInfo.InvariantCulture, $"NR={nr} and NC={nc} describe two-mode data, which is not one network of vertices"));
            n = nr;
        }
        if (n is null) throw new NetworkFormatException(file, "the header gives no N= (the number of vertices)");
        if (nm is > 1 && format is Format.EdgeList1 or Format.NodeList1)
            throw new NetworkFormatException(file, string.Create(CultureInfo.InvariantCulture, $"NM={nm}: several matrices in an edge or node list are not read (one network per file)"));
        var size = n.Value;
        if (embedded && format is Format.EdgeList1 or Format.NodeList1)
        {
            if (size > options.MaxNodes) _graph.DeclareVertices(size, 1);
            _graph.ExpectVertices((int)size);
        }
        else
        {
            _graph.DeclareVertices(size, 1);
            for (var k = 0; k < labels.Count; k++)
            {
                if (k < size) _graph.Name(k, labels[k].Text);
                else
                {
                    _graph.Reject(labels[k].Line, "labels", labels[k].Raw, DiagnosticCode.MalformedRow, string.Create(CultureInfo.InvariantCulture, $"{labels.Count} labels for N={size} vertices; the labels after the {size}th are not used"));
                    break;
                }
            }
        }
        switch (format)
        {
            case Format.EdgeList1: EdgeList(data, embedded); break;
            case Format.NodeList1: NodeList(data, embedded); break;
            default: Matrix(data, (int)size, format, diagonal, embedded, nm ?? 1); break;
        }
        _graph.PadTo((int)size);
        return _graph.Build();
    }

    private readonly List<string> _header = [];

    private void Header(string word, long line, string raw)
    {
        if (word.Length == 0) return;
        if (_header.Count > 4096) throw new NetworkFormatException(file, "the header goes on for more than 4,096 words without DATA:", line);
        _header.Add(word);
    }

    private static IEnumerable<string> SplitEquals(string token)
    {
        var start = 0;
        for (var k = 0; k < token.Length; k++)
        {
            if (token[k] != '=') continue;
            if (k > start) yield return token[start..k];
            yield return "=";
            start = k + 1;
        }
        if (start < token.Length) yield return token[start..];
    }

    private long Count(string? text, string key)
    {
        if (text is null || !long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            throw new NetworkFormatException(file, $"{key}= needs a whole number ≥ 0, not '{text}'");
        return value;
    }

    private static IEnumerable<Token> Stream(List<(long Line, string Text)> data)
    {
        foreach (var (line, text) in data)
            foreach (var t in Tokens.Split(text, commas: true))
                yield return new Token(t, line, text);
    }

    private void Matrix(List<(long Line, string Text)> data, int n, Format format, bool diagonal, bool embedded, long matrices)
    {
        using var tokens = Stream(data).GetEnumerator();
        var columns = new int[n];
        for (var j = 0; j < n; j++) columns[j] = j;
        if (embedded)
        {
            for (var j = 0; j < n; j++)
            {
                if (!tokens.MoveNext()) { Short(data, "column labels"); return; }
                _graph.Name(j, tokens.Current.Text);
            }
        }
        for (var i = 0; i < n; i++)
        {
            var row = i;
            // A row's embedded label is skipped: rows are positional, as igraph reads them (UCINET files differ in case).
            if (embedded && !tokens.MoveNext()) { Short(data, $"row {i + 1}"); return; }
            var (from, to) = format switch
            {
                Format.LowerHalf => (0, diagonal ? i : i - 1),
                Format.UpperHalf => (diagonal ? i : i + 1, n - 1),
                _ => (0, n - 1),
            };
            for (var j = from; j <= to; j++)
            {
                if (!tokens.MoveNext()) { Short(data, $"row {i + 1}"); return; }
                var t = tokens.Current;
                if (!_graph.Weight(t.Text, t.Line, t.Raw, out var w) || w == 0) continue;
                _graph.Tie(row, columns[j], w, undirected: format != Format.FullMatrix, t.Line, t.Raw);
            }
        }
        if (tokens.MoveNext())
        {
            var t = tokens.Current;
            var message = matrices > 1
                ? string.Create(CultureInfo.InvariantCulture, $"NM={matrices}: only the first matrix is read; the data from here on is not used")
                : "values after the last row of the matrix are not used";
            _graph.Reject(t.Line, null, t.Raw, DiagnosticCode.MalformedRow, message);
        }
    }

    private void Short(List<(long Line, string Text)> data, string what)
    {
        var last = data.Count > 0 ? data[^1] : (0, "");
        _graph.Reject(last.Item1, null, last.Item2, DiagnosticCode.MalformedRow, $"the data ends before {what} is complete; the missing values are taken as 0");
    }

    private int Vertex(string token, bool embedded, long line, string end, string raw) =>
        embedded ? _graph.ByName(token, declaring: true, line, end, raw) : _graph.ByNumber(token, line, end, raw);

    private void EdgeList(List<(long Line, string Text)> data, bool embedded)
    {
        foreach (var (line, text) in data)
        {
            var tokens = Tokens.Split(text, commas: true);
            if (tokens.Count == 0) continue;
            if (tokens.Count < 2)
            {
                _graph.Reject(line, null, text, DiagnosticCode.MalformedRow, "an EDGELIST1 line needs two vertices");
                continue;
            }
            var weight = 1.0;
            if (tokens.Count > 2 && !_graph.Weight(tokens[2], line, text, out weight)) continue;
            var s = Vertex(tokens[0], embedded, line, "source", text);
            var t = Vertex(tokens[1], embedded, line, "target", text);
            _graph.Tie(s, t, weight, undirected: false, line, text);
        }
    }

    private void NodeList(List<(long Line, string Text)> data, bool embedded)
    {
        foreach (var (line, text) in data)
        {
            var tokens = Tokens.Split(text, commas: true);
            if (tokens.Count == 0) continue;
            var s = Vertex(tokens[0], embedded, line, "source", text);
            for (var k = 1; k < tokens.Count; k++)
                _graph.Tie(s, Vertex(tokens[k], embedded, line, "target", text), 1, undirected: false, line, text);
        }
    }
}

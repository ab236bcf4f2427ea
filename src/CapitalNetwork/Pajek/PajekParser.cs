using System.Globalization;
using CapitalNetwork.NetworkText;

namespace CapitalNetwork.Pajek;

/// <summary>
/// The Pajek <c>.net</c> / <c>.paj</c> reading rules behind <see cref="PajekReader"/> (implementation only): sections
/// <c>*Network</c>, <c>*Vertices n [n1]</c>, <c>*Arcs</c>, <c>*Edges</c>, <c>*Arcslist</c>, <c>*Edgeslist</c>,
/// <c>*Matrix</c> (keywords in any case, relation suffixes such as <c>:2 "name"</c> allowed), <c>%</c> comments; the
/// first network of a project file is read and its partitions, vectors and later networks are skipped.
/// </summary>
internal sealed class PajekParser(string file, NetworkFileReadOptions options, Action<Diagnostic> report)
{
    private enum Section { None, Vertices, Arcs, Edges, ArcsList, EdgesList, Matrix, Skip }

    private readonly FileGraph _graph = new(file, options, report);
    private readonly List<PajekPosition?> _positions = [];
    private bool[] _named = [];
    private int _matrixRow;

    public string? NetworkName { get; private set; }

    public IReadOnlyList<PajekPosition?> Positions => _positions;

    public FlowNetwork Parse(Stream stream)
    {
        var source = new LineSource(stream, options.MaxLineLength, options.MaxCharacters);
        var section = Section.None;
        var sawVertices = false;
        string? line;
        while ((line = source.Next()) is not null)
        {
            var n = source.LineNumber;
            if (source.Cut)
            {
                _graph.Reject(n, null, line, DiagnosticCode.MalformedRow, string.Create(CultureInfo.InvariantCulture, $"the line is longer than {options.MaxLineLength:N0} characters (NetworkFileReadOptions.MaxLineLength); it is not used"));
                continue;
            }
            var text = line.Trim().TrimStart('\uFEFF');
            if (text.Length == 0 || text[0] == '%') continue;
            if (text[0] == '*')
            {
                var tokens = Tokens.Split(text);
                var word = tokens[0][1..].ToLowerInvariant();
                if (word == "network" || word == "vertices")
                {
                    if (sawVertices) break; // the next network of a project file
                    if (word == "network")
                    {
                        NetworkName = text.Length > 8 ? text[8..].Trim().Trim('"') : null;
                        section = Section.None;
                        continue;
                    }
                    if (tokens.Count < 2 || !long.TryParse(tokens[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
                        throw new NetworkFormatException(file, $"the *Vertices line needs the number of vertices — \"{Tokens.Raw(text)}\"", n);
                    _graph.DeclareVertices(count, n);
                    _named = new bool[count];
                    for (var k = 0; k < count; k++) _positions.Add(null);
                    sawVertices = true;
                    section = Section.Vertices;
                    continue;
                }
                section = word switch
                {
                    "arcs" => Section.Arcs,
                    "edges" => Section.Edges,
                    "arcslist" => Section.ArcsList,
                    "edgeslist" => Section.EdgesList,
                    "matrix" => Section.Matrix,
                    _ => Section.Skip,
                };
                if (section == Section.Skip)
                {
                    if (sawVertices) break; // partitions, vectors …: the network is complete
                    continue;
                }
                if (!sawVertices) throw new NetworkFormatException(file, $"ties ({tokens[0]}) before any *Vertices line", n);
                _matrixRow = 0;
                continue;
            }
            switch (section)
            {
                case Section.Vertices: Vertex(text, n); break;
                case Section.Arcs: Tie(text, n, undirected: false); break;
                case Section.Edges: Tie(text, n, undirected: true); break;
                case Section.ArcsList: List(text, n, undirected: false); break;
                case Section.EdgesList: List(text, n, undirected: true); break;
                case Section.Matrix: MatrixRow(text, n); break;
                case Section.None:
                    _graph.Reject(n, null, text, DiagnosticCode.MalformedRow, "a line outside any section (*Vertices, *Arcs, *Edges …)");
                    break;
            }
        }
        if (source.HitCharacterLimit)
            throw new NetworkFormatException(file, string.Create(CultureInfo.InvariantCulture, $"the file is longer than {options.MaxCharacters:N0} characters (NetworkFileReadOptions.MaxCharacters)"), source.LineNumber);
        if (!sawVertices) throw new NetworkFormatException(file, "no *Vertices line: this is not a Pajek network");
        for (var k = _positions.Count; k < _graph.Count; k++) _positions.Add(null);
        return _graph.Build();
    }

    private void Vertex(string text, long line)
    {
        var tokens = Tokens.Split(text);
        if (!Tokens.TryVertex(tokens[0], out var k) || k > _graph.Declared)
        {
            _graph.Reject(line, "vertex", text, DiagnosticCode.MalformedRow, $"'{tokens[0]}' is not a vertex number between 1 and {_graph.Declared.ToString(CultureInfo.InvariantCulture)}");
            return;
        }
        if (_named[k - 1])
        {
            _graph.Reject(line, "vertex", text, DiagnosticCode.MalformedRow, $"vertex {tokens[0]} is declared a second time; the first declaration is kept");
            return;
        }
        _named[k - 1] = true;
        if (tokens.Count > 1) _graph.Name(k - 1, tokens[1]);
        if (tokens.Count > 3 && Tokens.TryNumber(tokens[2], out var x) && Tokens.TryNumber(tokens[3], out var y) && double.IsFinite(x) && double.IsFinite(y))
        {
            var z = tokens.Count > 4 && Tokens.TryNumber(tokens[4], out var zz) && double.IsFinite(zz) ? zz : 0;
            _positions[k - 1] = new PajekPosition(x, y, z);
        }
    }

    private void Tie(string text, long line, bool undirected)
    {
        var tokens = Tokens.Split(text);
        if (tokens.Count < 2)
        {
            _graph.Reject(line, null, text, DiagnosticCode.MalformedRow, "a tie line needs two vertex numbers");
            return;
        }
        var weight = 1.0;
        // A third token that is not a number is a drawing keyword (c, w, l …): the tie has the default value 1.
        if (tokens.Count > 2 && Tokens.TryNumber(tokens[2], out _) && !_graph.Weight(tokens[2], line, text, out weight)) return;
        var s = _graph.ByNumber(tokens[0], line, "source", text);
        var t = _graph.ByNumber(tokens[1], line, "target", text);
        _graph.Tie(s, t, weight, undirected, line, text);
    }

    private void List(string text, long line, bool undirected)
    {
        var tokens = Tokens.Split(text);
        var s = _graph.ByNumber(tokens[0], line, "source", text);
        for (var k = 1; k < tokens.Count; k++)
            _graph.Tie(s, _graph.ByNumber(tokens[k], line, "target", text), 1, undirected, line, text);
    }

    private void MatrixRow(string text, long line)
    {
        var tokens = Tokens.Split(text);
        var n = _graph.Declared;
        if (_matrixRow >= n)
        {
            _graph.Reject(line, null, text, DiagnosticCode.MalformedRow, $"the matrix has more than {n.ToString(CultureInfo.InvariantCulture)} rows");
            return;
        }
        if (tokens.Count != n)
        {
            _matrixRow++;
            _graph.Reject(line, null, text, DiagnosticCode.MalformedRow, $"matrix row {_matrixRow.ToString(CultureInfo.InvariantCulture)} has {tokens.Count.ToString(CultureInfo.InvariantCulture)} values, not {n.ToString(CultureInfo.InvariantCulture)}");
            return;
        }
        var weights = new double[n];
        for (var j = 0; j < n; j++)
            if (!_graph.Weight(tokens[j], line, text, out weights[j])) { _matrixRow++; return; }
        for (var j = 0; j < n; j++)
            if (weights[j] != 0) _graph.Tie(_matrixRow, j, weights[j], false, line, text);
        _matrixRow++;
    }
}

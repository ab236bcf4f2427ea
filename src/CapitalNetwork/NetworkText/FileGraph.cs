using System.Globalization;

namespace CapitalNetwork.NetworkText;

/// <summary>
/// The vertices and ties of one network file of another tool (Pajek, UCINET DL) on their way into a
/// <see cref="FlowNetwork"/>, implementation only. It applies the rules the readers share: a tie to a vertex the file
/// does not declare adds that vertex with a warning (refused when strict), a tie on a pair already fed is summed with a
/// warning (refused when strict), an undirected tie enters as both directions (a self-loop once) and earns one summary
/// warning per file, a weight must be a finite number ≥ 0. Node ids are the vertex names when those are distinct and
/// non-empty (an unnamed vertex is called by its number), else the vertex numbers 1…n (names as labels); when every name is a gazetteer city (6-digit code or full
/// name, e.g. 110100 or 北京市) the nodes are those cities. O(n + m) time and memory.
/// </summary>
internal sealed class FileGraph(string file, NetworkFileReadOptions options, Action<Diagnostic> report)
{
    private readonly List<string?> _names = [];
    private readonly Dictionary<string, int> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<long, double> _sums = [];
    private readonly List<long> _pairs = [];
    private int _declared;
    private long _undirected;
    private long _undirectedLine;
    private string? _undirectedRaw;

    /// <summary>Number of vertices so far (declared and added).</summary>
    public int Count => _names.Count;

    /// <summary>Vertices the file declared (its n).</summary>
    public int Declared => _declared;

    /// <summary>Declares <paramref name="n"/> vertices, numbered from 1, names to follow.</summary>
    public void DeclareVertices(long n, long line)
    {
        if (n > options.MaxNodes)
            throw new NetworkFormatException(file, string.Create(CultureInfo.InvariantCulture, $"the file declares {n:N0} vertices, more than the limit of {options.MaxNodes:N0} (NetworkFileReadOptions.MaxNodes)"), line);
        for (var k = _names.Count; k < n; k++) _names.Add(null);
        _declared = (int)n;
    }

    /// <summary>Expects <paramref name="n"/> vertices to be named in the data (labels embedded): more are warned about.</summary>
    public void ExpectVertices(int n) => _declared = n;

    /// <summary>Adds vertices named by their numbers until there are <paramref name="n"/> (vertices the file counts but
    /// whose embedded labels never appear: isolates).</summary>
    public void PadTo(int n)
    {
        for (var k = _names.Count; k < n; k++) Add((k + 1).ToString(CultureInfo.InvariantCulture), 0);
    }

    /// <summary>Names vertex <paramref name="index"/> (0-based).</summary>
    public void Name(int index, string name)
    {
        _names[index] = name;
        _byName.TryAdd(name, index);
    }

    /// <summary>The vertex named <paramref name="name"/>; a new one when <paramref name="declaring"/> (labels embedded in
    /// the data), else a new one with a warning that the file never declared it (refused when strict).</summary>
    public int ByName(string name, bool declaring, long line, string end, string raw)
    {
        if (_byName.TryGetValue(name, out var i)) return i;
        if (!declaring || (_declared > 0 && _names.Count >= _declared)) Undeclared(name, line, end, raw);
        return Add(name, line);
    }

    /// <summary>The vertex numbered <paramref name="token"/> (1-based); a tie to a number that is not a declared vertex
    /// adds a vertex named by the token, with a warning (refused when strict), as NetworkX's read_pajek keeps it.</summary>
    public int ByNumber(string token, long line, string end, string raw)
    {
        if (Tokens.TryVertex(token, out var k) && k <= _declared) return k - 1;
        return ByName(token, declaring: false, line, end, raw);
    }

    private void Undeclared(string name, long line, string end, string raw)
    {
        const string Message = "is not a declared vertex; it was added with this name (as Gephi and NetworkX do; NetworkFileReadOptions.Strict, capnet --strict, refuses such files)";
        if (options.Strict) throw new NetworkFormatException(file, $"the {end} '{name}' is not a declared vertex (strict reading)", line);
        report(new Diagnostic(file, line, end, Tokens.Raw(raw), DiagnosticCode.UndeclaredNode, $"{end} '{name}' {Message}", DiagnosticSeverity.Warning));
    }

    private int Add(string name, long line)
    {
        if (_names.Count >= options.MaxNodes)
            throw new NetworkFormatException(file, string.Create(CultureInfo.InvariantCulture, $"more than {options.MaxNodes:N0} vertices (NetworkFileReadOptions.MaxNodes)"), line);
        _names.Add(name);
        _byName.TryAdd(name, _names.Count - 1);
        return _names.Count - 1;
    }

    /// <summary>Reports a line or cell that is not used (refused when strict).</summary>
    public void Reject(long line, string? column, string raw, DiagnosticCode code, string message)
    {
        if (options.Strict) throw new NetworkFormatException(file, $"{message} — \"{Tokens.Raw(raw)}\" (strict reading)", line);
        report(new Diagnostic(file, line, column, Tokens.Raw(raw), code, message, DiagnosticSeverity.Rejected));
    }

    /// <summary>Checks a weight text: a finite number ≥ 0, else the line is rejected and false returned.</summary>
    public bool Weight(string text, long line, string raw, out double weight)
    {
        if (Tokens.TryNumber(text, out weight) && double.IsFinite(weight) && weight >= 0) return true;
        Reject(line, "weight", raw, DiagnosticCode.BadAmount, $"the weight '{text}' is not a finite number ≥ 0");
        return false;
    }

    /// <summary>Adds a tie (both directions when <paramref name="undirected"/>, a self-loop once).</summary>
    public void Tie(int source, int target, double weight, bool undirected, long line, string raw)
    {
        if (undirected)
        {
            if (_undirected++ == 0) (_undirectedLine, _undirectedRaw) = (line, Tokens.Raw(raw));
        }
        var parallel = Feed(source, target, weight, line);
        if (undirected && source != target) parallel |= Feed(target, source, weight, line);
        if (!parallel) return;
        if (options.Strict) throw new NetworkFormatException(file, $"a second tie between {Show(source)} and {Show(target)} (strict reading refuses parallel ties)", line);
        report(new Diagnostic(file, line, null, Tokens.Raw(raw), DiagnosticCode.ParallelEdges,
            $"the tie {Show(source)} → {Show(target)} joins the same vertices as an earlier one; the weights are summed (Gephi's default merge strategy SUM)", DiagnosticSeverity.Warning));
    }

    private string Show(int v) => _names[v] ?? (v + 1).ToString(CultureInfo.InvariantCulture);

    private bool Feed(int s, int t, double w, long line)
    {
        var key = ((long)s << 32) | (uint)t;
        if (_sums.TryGetValue(key, out var sum))
        {
            _sums[key] = sum + w;
            return true;
        }
        if (_pairs.Count >= options.MaxEdges)
            throw new NetworkFormatException(file, string.Create(CultureInfo.InvariantCulture, $"more than {options.MaxEdges:N0} edges (NetworkFileReadOptions.MaxEdges)"), line);
        _sums[key] = w;
        _pairs.Add(key);
        return false;
    }

    /// <summary>Number of undirected ties read.</summary>
    public long UndirectedTies => _undirected;

    /// <summary>Builds the network; reports the undirected summary first.</summary>
    public FlowNetwork Build()
    {
        if (_undirected > 0)
            report(new Diagnostic(file, _undirectedLine, null, _undirectedRaw ?? "", DiagnosticCode.UndirectedEdges,
                string.Create(CultureInfo.InvariantCulture,
                    $"{_undirected:N0} undirected tie(s) entered the directed flow network as two edges, u → v and v → u, each with the full weight (a self-loop once); undirected views (Louvain, modularity, k-cores, constraint) add the two directions, so their weights are twice the file's"),
                DiagnosticSeverity.Warning));
        var builder = new FlowNetworkBuilder();
        var cities = options.RecognizeCities ? Cities() : null;
        // A vertex without a name is called by its number (as igraph and NetworkX do).
        var effective = _names.Select((n, v) => n ?? (v + 1).ToString(CultureInfo.InvariantCulture)).ToArray();
        var distinct = effective.All(n => n.Length > 0) && effective.Distinct(StringComparer.Ordinal).Count() == effective.Length;
        for (var v = 0; v < _names.Count; v++)
        {
            var number = (v + 1).ToString(CultureInfo.InvariantCulture);
            if (cities is not null)
            {
                var d = cities[v];
                var label = _names[v]!.Length == 6 && _names[v]!.All(char.IsAsciiDigit) ? d.Name : _names[v]!;
                builder.AddNode(d.Code.ToString("D6", CultureInfo.InvariantCulture), label, d);
            }
            else if (distinct) builder.AddNode(effective[v]);
            else builder.AddNode(number, string.IsNullOrEmpty(_names[v]) ? number : _names[v]);
        }
        foreach (var key in _pairs)
        {
            var w = _sums[key];
            if (!double.IsFinite(w))
                throw new NetworkFormatException(file, $"the weights between {Show((int)(key >> 32))} and {Show((int)(uint)key)} add up to infinity");
            builder.AddFlow((int)(key >> 32), (int)(uint)key, w, w, w);
        }
        return builder.Build();
    }

    private Division[]? Cities()
    {
        if (_names.Count == 0) return null;
        var result = new Division[_names.Count];
        var seen = new HashSet<int>();
        for (var v = 0; v < _names.Count; v++)
        {
            var name = _names[v];
            if (string.IsNullOrEmpty(name)) return null;
            Division? d = null;
            if (name.Length == 6 && name.All(char.IsAsciiDigit))
            {
                if (Gazetteer.Default.TryGet(int.Parse(name, NumberStyles.None, CultureInfo.InvariantCulture), out var byCode) && byCode.IsNode) d = byCode;
            }
            else if (CityNames.Value.TryGetValue(name, out var byName)) d = byName;
            if (d is null || !seen.Add(d.Code)) return null;
            result[v] = d;
        }
        return result;
    }

    // Full names of the gazetteer's network nodes that name exactly one node.
    private static readonly Lazy<Dictionary<string, Division>> CityNames = new(() =>
        Gazetteer.Default.Nodes.GroupBy(d => d.Name, StringComparer.Ordinal).Where(g => g.Count() == 1)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal));
}

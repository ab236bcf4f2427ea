using System.Globalization;

namespace CapitalNetwork.Interchange;

/// <summary>
/// The warnings that graph files of other tools (GEXF, GraphML) earn when read into a directed flow network, shared by
/// <see cref="GexfReader"/> and <see cref="GraphMLReader"/> (implementation only): edges to nodes the file never
/// declares (added, as Gephi does), parallel edges (summed), undirected edges (entered both ways), undeclared or
/// unparsable attribute values (skipped). One instance per document; the warnings come out in file order.
/// </summary>
internal sealed class EdgeLedger(string file)
{
    private readonly Dictionary<long, string> _firstOfPair = [];
    private readonly HashSet<string> _undeclaredKeys = new(StringComparer.Ordinal);
    private readonly List<Diagnostic> _diagnostics = [];
    private int _undirected;
    private int? _firstUndirectedLine;
    private string? _firstUndirected;

    /// <summary>The warnings so far, in file order, with the summary of undirected edges last.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics()
    {
        if (_undirected == 0) return _diagnostics.ToArray();
        var summary = new Diagnostic(file, _firstUndirectedLine ?? 0, null, _firstUndirected ?? "", DiagnosticCode.UndirectedEdges,
            string.Create(CultureInfo.InvariantCulture,
                $"{_undirected:N0} undirected edge(s) (the first is {_firstUndirected}) entered the directed flow network as two edges, u → v and v → u, each with the full weight (a self-loop once); undirected views (Louvain, modularity, k-cores, constraint) add the two directions, so their weights are twice the file's"),
            DiagnosticSeverity.Warning);
        return [.. _diagnostics, summary];
    }

    /// <summary>Records an edge of the file between node indices <paramref name="source"/> and <paramref name="target"/>
    /// (both directions when undirected); warns when a pair it feeds was already fed by an earlier edge.</summary>
    public void Edge(int source, int target, bool undirected, string what, int? line)
    {
        if (undirected)
        {
            _undirected++;
            if (_firstUndirected is null) (_firstUndirected, _firstUndirectedLine) = (what, line);
        }
        var earlier = See(source, target, what);
        if (undirected && source != target) earlier ??= See(target, source, what);
        if (earlier is not null)
            Warn(line, null, what, DiagnosticCode.ParallelEdges,
                $"{what} joins the same nodes as {earlier}; the weights of the two are summed (Gephi's default merge strategy SUM)");
    }

    private string? See(int source, int target, string what)
    {
        var key = ((long)source << 32) | (uint)target;
        if (_firstOfPair.TryGetValue(key, out var earlier)) return earlier;
        _firstOfPair[key] = what;
        return null;
    }

    /// <summary>Warns that an edge end names a node the file does not declare, which is added.</summary>
    public void UndeclaredNode(string id, string what, string end, int? line, string strictOption) =>
        Warn(line, end, id, DiagnosticCode.UndeclaredNode,
            $"{what}: {end} '{id}' is not a declared node; it was added with its id as label (as Gephi does; {strictOption} refuses such files)");

    /// <summary>Warns once per key that values refer to an attribute the file does not declare (they are skipped).</summary>
    public void UndeclaredAttribute(string key, int? line)
    {
        if (_undeclaredKeys.Add(key))
            Warn(line, key, key, DiagnosticCode.UndeclaredAttribute,
                $"values for the undeclared attribute '{key}' are skipped (the first is here)");
    }

    /// <summary>Warns that a value does not parse as its attribute's declared type (it is skipped).</summary>
    public void BadValue(string what, string attribute, string value, string type, int? line) =>
        Warn(line, attribute, value, DiagnosticCode.BadAttributeValue,
            $"{what}: value '{Cut(value)}' of attribute '{attribute}' is not a valid {type}; it is skipped");

    private void Warn(int? line, string? column, string raw, DiagnosticCode code, string message) =>
        _diagnostics.Add(new Diagnostic(file, line ?? 0, column, Cut(raw), code, message, DiagnosticSeverity.Warning));

    private static string Cut(string text) => text.Length <= 500 ? text : text[..500];
}

using System.Text;

namespace CapitalNetwork.Cli.Commands;

/// <summary>An input as loaded: its kind, the network, and for filings the ingest report and the yearly snapshots.</summary>
internal sealed record LoadedInput(InputLoader.Kind Kind, FlowNetwork Network, IngestReport? Report, IReadOnlyList<Diagnostic> Diagnostics, NetworkSeries? Series);

/// <summary>Loads a network from any input capnet accepts: a filings file, an edge-list CSV, a GEXF or a GraphML file.</summary>
internal static class InputLoader
{
    public enum Kind { Filings, EdgeList, Gexf, GraphML }

    public static Kind Detect(string path)
    {
        if (path.EndsWith(".gexf", StringComparison.OrdinalIgnoreCase)) return Kind.Gexf;
        if (path.EndsWith(".graphml", StringComparison.OrdinalIgnoreCase)) return Kind.GraphML;
        using var stream = File.OpenRead(path);
        var buffer = new byte[4096];
        var n = stream.Read(buffer, 0, buffer.Length);
        var text = Encoding.UTF8.GetString(buffer, 0, n).TrimStart('\uFEFF', ' ', '\r', '\n', '\t');
        if (text.StartsWith("<graphml", StringComparison.Ordinal) ||
            (text.StartsWith("<?xml", StringComparison.Ordinal) && text.Contains("<graphml", StringComparison.Ordinal) && !text.Contains("<gexf", StringComparison.Ordinal)))
            return Kind.GraphML;
        if (text.StartsWith("<?xml", StringComparison.Ordinal) || text.StartsWith("<gexf", StringComparison.Ordinal)) return Kind.Gexf;
        var end = text.IndexOfAny(['\r', '\n']);
        var header = (end < 0 ? text : text[..end]).ToLowerInvariant().Split([',', '\t', ';']).Select(h => h.Trim().Trim('"')).ToList();
        return header.Contains("source") && header.Contains("target") ? Kind.EdgeList : Kind.Filings;
    }

    /// <summary>
    /// Loads the input. Throws <see cref="FilingsFormatException"/>, <see cref="GexfFormatException"/> or
    /// <see cref="GraphMLFormatException"/> on unusable input, and <see cref="UsageException"/> when filings-only options
    /// (<paramref name="filingsOnly"/>) meet another kind of file. <paramref name="strictNodes"/> refuses graph files with
    /// edges to undeclared nodes.
    /// </summary>
    public static LoadedInput Load(string path, IngestOptions options, bool filingsOnly = false, bool strictNodes = false)
    {
        if (Directory.Exists(path)) throw new FilingsFormatException(path, "this is a folder, not a file");
        if (!File.Exists(path)) throw new FilingsFormatException(path, "the file does not exist");
        var kind = Detect(path);
        if (kind != Kind.Filings && filingsOnly)
            throw new UsageException($"{path} is {kind switch { Kind.Gexf => "a GEXF file", Kind.GraphML => "a GraphML file", _ => "an edge list" }}: --from/--to, --capital-unit, --unplaced-partners and --accept-short-name-prefix apply to filings files only.");
        if (strictNodes && kind is Kind.Filings or Kind.EdgeList)
            throw new UsageException($"{path} is {(kind == Kind.Filings ? "a filings file" : "an edge list")}: --strict-nodes applies to GEXF and GraphML files only.");
        switch (kind)
        {
            case Kind.Gexf:
                var doc = GexfReader.ReadDocument(path, GexfReadOptions.Default with { RejectUndeclaredNodes = strictNodes });
                return new LoadedInput(kind, doc.Network, null, doc.Diagnostics, doc.Series);
            case Kind.GraphML:
                var graphml = GraphMLReader.ReadDocument(path, GraphMLReadOptions.Default with { RejectUndeclaredNodes = strictNodes });
                return new LoadedInput(kind, graphml.Network, null, graphml.Diagnostics, null);
            case Kind.EdgeList:
                var skipped = new List<Diagnostic>();
                var net = EdgeListReader.Read(path, skipped.Add, options.Read);
                return new LoadedInput(kind, net, null, skipped, null);
            default:
                var result = CityNetwork.FromFilings(path, options);
                return new LoadedInput(kind, result.Network, result.Report, result.Report.Diagnostics,
                    result.Years is { Years.Count: > 0 } years ? years : null);
        }
    }
}

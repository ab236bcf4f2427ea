using System.Text;

namespace CapitalNetwork.Cli.Commands;

/// <summary>An input as loaded: its kind, the network, and for filings the ingest report, the yearly snapshots and the
/// whole ingest result (<paramref name="Ingest"/>, what <c>capnet report</c> hands to the library).</summary>
internal sealed record LoadedInput(InputLoader.Kind Kind, FlowNetwork Network, IngestReport? Report, IReadOnlyList<Diagnostic> Diagnostics, NetworkSeries? Series,
    IngestResult? Ingest = null);

/// <summary>Loads a network from any input capnet accepts: a filings file, an edge-list CSV, a GEXF or GraphML file, a Pajek
/// <c>.net</c>/<c>.paj</c> file, a UCINET <c>.dl</c> file, or a folder of Parquet tables (<c>nodes.parquet</c>,
/// <c>edges.parquet</c>, with per-year tables a series).</summary>
internal static class InputLoader
{
    public enum Kind { Filings, EdgeList, Gexf, GraphML, Pajek, Dl, Parquet }

    /// <summary>A short description of a kind of input, for messages.</summary>
    public static string Describe(Kind kind) => kind switch
    {
        Kind.Gexf => "a GEXF file",
        Kind.GraphML => "a GraphML file",
        Kind.EdgeList => "an edge list",
        Kind.Pajek => "a Pajek file",
        Kind.Dl => "a UCINET DL file",
        Kind.Parquet => "a folder of Parquet tables",
        _ => "a filings file",
    };

    public static Kind Detect(string path)
    {
        if (Directory.Exists(path) && File.Exists(Path.Combine(path, ParquetNetworkWriter.NodesFileName))) return Kind.Parquet;
        if (path.EndsWith(".gexf", StringComparison.OrdinalIgnoreCase)) return Kind.Gexf;
        if (path.EndsWith(".graphml", StringComparison.OrdinalIgnoreCase)) return Kind.GraphML;
        if (path.EndsWith(".net", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".paj", StringComparison.OrdinalIgnoreCase)) return Kind.Pajek;
        if (path.EndsWith(".dl", StringComparison.OrdinalIgnoreCase)) return Kind.Dl;
        using var stream = File.OpenRead(path);
        var buffer = new byte[4096];
        var n = stream.Read(buffer, 0, buffer.Length);
        if (n >= 4 && (buffer.AsSpan(0, 4).SequenceEqual("PK\x03\x04"u8) || buffer.AsSpan(0, 4).SequenceEqual(new byte[] { 0xD0, 0xCF, 0x11, 0xE0 })))
            return Kind.Filings;   // a workbook (.xlsx zip or .xls compound file): filings
        var text = Encoding.UTF8.GetString(buffer, 0, n).TrimStart('\uFEFF', ' ', '\r', '\n', '\t');
        if (text.StartsWith("<graphml", StringComparison.Ordinal) ||
            (text.StartsWith("<?xml", StringComparison.Ordinal) && text.Contains("<graphml", StringComparison.Ordinal) && !text.Contains("<gexf", StringComparison.Ordinal)))
            return Kind.GraphML;
        if (text.StartsWith("<?xml", StringComparison.Ordinal) || text.StartsWith("<gexf", StringComparison.Ordinal)) return Kind.Gexf;
        if (text.StartsWith("*vertices", StringComparison.OrdinalIgnoreCase) || text.StartsWith("*network", StringComparison.OrdinalIgnoreCase)) return Kind.Pajek;
        if (text.Length > 2 && text.StartsWith("dl", StringComparison.OrdinalIgnoreCase) && (char.IsWhiteSpace(text[2]) || text[2] == ',')) return Kind.Dl;
        var end = text.IndexOfAny(['\r', '\n']);
        var header = (end < 0 ? text : text[..end]).ToLowerInvariant().Split([',', '\t', ';']).Select(h => h.Trim().Trim('"')).ToList();
        return header.Contains("source") && header.Contains("target") ? Kind.EdgeList : Kind.Filings;
    }

    /// <summary>
    /// Loads the input. Throws <see cref="FilingsFormatException"/>, <see cref="GexfFormatException"/> or
    /// <see cref="GraphMLFormatException"/> on unusable input, and <see cref="UsageException"/> when filings-only options
    /// (<paramref name="filingsOnly"/>) meet another kind of file. Under <c>--strict</c> (<see cref="FilingsReadOptions.Strict"/>
    /// in <paramref name="options"/>) graph files with edges to undeclared nodes (GEXF, GraphML) or any repaired tie (Pajek,
    /// DL) are refused.
    /// </summary>
    public static LoadedInput Load(string path, IngestOptions options, bool filingsOnly = false, string? partners = null)
    {
        if (Directory.Exists(path) && !File.Exists(Path.Combine(path, ParquetNetworkWriter.NodesFileName)))
            throw new FilingsFormatException(path, $"this is a folder without {ParquetNetworkWriter.NodesFileName}, not a file");
        if (!File.Exists(path) && !Directory.Exists(path)) throw new FilingsFormatException(path, "the file does not exist");
        var kind = Detect(path);
        if (kind != Kind.Filings && filingsOnly)
            throw new UsageException($"{path} is {Describe(kind)}: --from/--to, --capital-unit, --unplaced-partners, --accept-short-name-prefix, --sheet, --partners and --column apply to filings files only.");
        if (partners is not null)
        {
            if (Directory.Exists(partners)) throw new FilingsFormatException(partners, "this is a folder, not a file");
            if (!File.Exists(partners)) throw new FilingsFormatException(partners, "the file does not exist");
            var joined = CityNetwork.FromFilings(path, partners, options);
            return new LoadedInput(Kind.Filings, joined.Network, joined.Report, joined.Report.Diagnostics,
                joined.Years is { Years.Count: > 0 } y ? y : null, joined);
        }
        switch (kind)
        {
            case Kind.Gexf:
                var doc = GexfReader.ReadDocument(path, GexfReadOptions.Default with { RejectUndeclaredNodes = options.Read.Strict });
                return new LoadedInput(kind, doc.Network, null, doc.Diagnostics, doc.Series);
            case Kind.GraphML:
                var graphml = GraphMLReader.ReadDocument(path, GraphMLReadOptions.Default with { RejectUndeclaredNodes = options.Read.Strict });
                return new LoadedInput(kind, graphml.Network, null, graphml.Diagnostics, null);
            case Kind.Pajek or Kind.Dl:
                var reported = new List<Diagnostic>();
                var read = NetworkFileReadOptions.Default with { Strict = options.Read.Strict };
                var network = kind == Kind.Pajek ? PajekReader.Read(path, reported.Add, read) : DlReader.Read(path, reported.Add, read);
                return new LoadedInput(kind, network, null, reported, null);
            case Kind.Parquet:
                var series = ParquetNetworkReader.ReadSeries(path);
                return new LoadedInput(kind, series.Total, null, [], series.Years.Count > 0 ? series : null);
            case Kind.EdgeList:
                var skipped = new List<Diagnostic>();
                var net = EdgeListReader.Read(path, skipped.Add, options.Read);
                return new LoadedInput(kind, net, null, skipped, null);
            default:
                var result = CityNetwork.FromFilings(path, options);
                return new LoadedInput(kind, result.Network, result.Report, result.Report.Diagnostics,
                    result.Years is { Years.Count: > 0 } years ? years : null, result);
        }
    }
}

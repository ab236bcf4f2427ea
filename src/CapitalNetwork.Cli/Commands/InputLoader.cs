using System.Text;

namespace CapitalNetwork.Cli.Commands;

/// <summary>An input as loaded: its kind, the network, and for filings the ingest report and the yearly snapshots.</summary>
internal sealed record LoadedInput(InputLoader.Kind Kind, FlowNetwork Network, IngestReport? Report, IReadOnlyList<Diagnostic> Diagnostics, NetworkSeries? Series);

/// <summary>Loads a network from any input capnet accepts: a filings file, an edge-list CSV, or a GEXF file.</summary>
internal static class InputLoader
{
    public enum Kind { Filings, EdgeList, Gexf }

    public static Kind Detect(string path)
    {
        if (path.EndsWith(".gexf", StringComparison.OrdinalIgnoreCase)) return Kind.Gexf;
        using var stream = File.OpenRead(path);
        var buffer = new byte[4096];
        var n = stream.Read(buffer, 0, buffer.Length);
        if (n >= 4 && (buffer.AsSpan(0, 4).SequenceEqual("PK\x03\x04"u8) || buffer.AsSpan(0, 4).SequenceEqual(new byte[] { 0xD0, 0xCF, 0x11, 0xE0 })))
            return Kind.Filings;   // a workbook (.xlsx zip or .xls compound file): filings
        var text = Encoding.UTF8.GetString(buffer, 0, n).TrimStart('\uFEFF', ' ', '\r', '\n', '\t');
        if (text.StartsWith("<?xml", StringComparison.Ordinal) || text.StartsWith("<gexf", StringComparison.Ordinal)) return Kind.Gexf;
        var end = text.IndexOfAny(['\r', '\n']);
        var header = (end < 0 ? text : text[..end]).ToLowerInvariant().Split([',', '\t', ';']).Select(h => h.Trim().Trim('"')).ToList();
        return header.Contains("source") && header.Contains("target") ? Kind.EdgeList : Kind.Filings;
    }

    /// <summary>
    /// Loads the input. Throws <see cref="FilingsFormatException"/> or <see cref="GexfFormatException"/> on unusable input,
    /// and <see cref="UsageException"/> when filings-only options (<paramref name="filingsOnly"/>) meet another kind of file.
    /// </summary>
    public static LoadedInput Load(string path, IngestOptions options, bool filingsOnly = false, string? partners = null)
    {
        if (Directory.Exists(path)) throw new FilingsFormatException(path, "this is a folder, not a file");
        if (!File.Exists(path)) throw new FilingsFormatException(path, "the file does not exist");
        var kind = Detect(path);
        if (kind != Kind.Filings && filingsOnly)
            throw new UsageException($"{path} is {(kind == Kind.Gexf ? "a GEXF file" : "an edge list")}: --from/--to, --capital-unit, --unplaced-partners, --accept-short-name-prefix, --sheet, --partners and --column apply to filings files only.");
        if (partners is not null)
        {
            if (Directory.Exists(partners)) throw new FilingsFormatException(partners, "this is a folder, not a file");
            if (!File.Exists(partners)) throw new FilingsFormatException(partners, "the file does not exist");
            var joined = CityNetwork.FromFilings(path, partners, options);
            return new LoadedInput(Kind.Filings, joined.Network, joined.Report, joined.Report.Diagnostics,
                joined.Years is { Years.Count: > 0 } y ? y : null);
        }
        switch (kind)
        {
            case Kind.Gexf:
                var doc = GexfReader.ReadDocument(path);
                return new LoadedInput(kind, doc.Network, null, [], doc.Series);
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

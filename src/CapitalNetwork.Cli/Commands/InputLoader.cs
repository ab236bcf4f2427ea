using System.Text;

namespace CapitalNetwork.Cli.Commands;

/// <summary>Loads a network from any input capnet accepts: a filings file, an edge-list CSV, or a GEXF capnet wrote.</summary>
internal static class InputLoader
{
    public enum Kind { Filings, EdgeList, Gexf }

    public static Kind Detect(string path)
    {
        if (path.EndsWith(".gexf", StringComparison.OrdinalIgnoreCase)) return Kind.Gexf;
        using var stream = File.OpenRead(path);
        var buffer = new byte[4096];
        var n = stream.Read(buffer, 0, buffer.Length);
        var text = Encoding.UTF8.GetString(buffer, 0, n).TrimStart('\uFEFF', ' ', '\r', '\n', '\t');
        if (text.StartsWith("<?xml", StringComparison.Ordinal) || text.StartsWith("<gexf", StringComparison.Ordinal)) return Kind.Gexf;
        var end = text.IndexOfAny(['\r', '\n']);
        var header = (end < 0 ? text : text[..end]).ToLowerInvariant().Split([',', '\t', ';']).Select(h => h.Trim().Trim('"')).ToList();
        return header.Contains("source") && header.Contains("target") ? Kind.EdgeList : Kind.Filings;
    }

    /// <summary>Loads the network; throws <see cref="FilingsFormatException"/> or <see cref="GexfFormatException"/> on unusable input.</summary>
    public static (FlowNetwork Network, IngestReport? Report, long Rejected) Load(string path, IngestOptions options)
    {
        if (!File.Exists(path)) throw new FilingsFormatException(path, "the file does not exist");
        switch (Detect(path))
        {
            case Kind.Gexf:
                return (GexfReader.Read(path), null, 0);
            case Kind.EdgeList:
                long rejected = 0;
                var net = EdgeListReader.Read(path, _ => rejected++, options.Read);
                return (net, null, rejected);
            default:
                var result = CityNetwork.FromFilings(path, options);
                return (result.Network, result.Report, result.Report.RowsRejected);
        }
    }
}

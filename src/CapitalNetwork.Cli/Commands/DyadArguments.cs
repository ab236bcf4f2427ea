using System.CommandLine;
using CapitalNetwork.Measures;

namespace CapitalNetwork.Cli.Commands;

/// <summary>
/// The dyad-matrix options of <c>capnet qap</c> and <c>capnet gravity</c>: <c>--x</c> (repeatable, comma-separated) and
/// the way one name becomes a <see cref="DyadMatrix"/>: <c>funds|links|capital</c> (the network, valued),
/// <c>funds_tie|links_tie|capital_tie</c> (binary), <c>distance_km</c>, <c>log_distance</c>, <c>same_province</c>,
/// <c>same_region</c>, <c>OP:COLUMN@FILE</c> (OP = absdiff, ratio, product, sender, receiver; FILE a <c>city,value…</c>
/// table) and <c>NAME=FILE.csv</c> (an edge list <c>source,target,weight</c> as a valued matrix). Tables are read once
/// per run; their unused rows are summarised on stderr.
/// </summary>
internal sealed class DyadArguments
{
    private readonly Dictionary<string, IndicatorTable> _tables = new(StringComparer.Ordinal);

    public Option<string[]> X { get; } = new("--x")
    {
        Description = "Predictor matrices, comma-separated or repeated: funds, links, capital (valued network), funds_tie … (binary), distance_km, log_distance, same_province, same_region, "
                      + "absdiff|ratio|product|sender|receiver:COLUMN@FILE (a city,value… table; Chinese city names are resolved), NAME=FILE.csv (an edge list source,target,weight as a valued matrix).",
        AllowMultipleArgumentsPerToken = true,
    };

    /// <summary>The names given to <see cref="X"/>, split at commas, in order, without repeats.</summary>
    public IReadOnlyList<string> Names(ParseResult pr) =>
        (pr.GetValue(X) ?? []).SelectMany(s => s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The matrix one name stands for.</summary>
    /// <exception cref="UsageException">An unknown name, a city-only matrix on another network, or a missing file.</exception>
    public DyadMatrix Build(string spec, FlowNetwork network, string option, TextWriter stderr)
    {
        var eq = spec.IndexOf('=');
        if (eq > 0)
        {
            var name = spec[..eq].Trim();
            var path = spec[(eq + 1)..].Trim();
            if (!File.Exists(path)) throw new UsageException($"{option} {spec}: the file {path} does not exist.");
            var skipped = new List<Diagnostic>();
            var edges = EdgeListReader.Read(path, skipped.Add);
            if (skipped.Count > 0)
                stderr.WriteLine($"capnet: {path}: {skipped.Count:N0} rows skipped ({string.Join(", ", skipped.GroupBy(d => d.CodeName).Select(g => $"{g.Key} {g.Count():N0}"))}).");
            var m = DyadMatrix.FromEdges(network, edges, name);
            Report(path, m, stderr);
            return m;
        }
        var colon = spec.IndexOf(':');
        if (colon > 0)
        {
            var op = spec[..colon].Trim().ToLowerInvariant() switch
            {
                "absdiff" => DyadOperation.AbsoluteDifference,
                "ratio" => DyadOperation.Ratio,
                "product" => DyadOperation.Product,
                "sender" => DyadOperation.Sender,
                "receiver" => DyadOperation.Receiver,
                var other => throw new UsageException($"{option} {spec}: '{other}' is not an operation; use absdiff, ratio, product, sender or receiver."),
            };
            var (column, path) = ColumnAtFile(spec[(colon + 1)..], option, spec);
            var m = DyadMatrix.FromAttribute(network, Table(path), column, op);
            Report(path, m, stderr);
            return m;
        }
        var key = spec.Trim().ToLowerInvariant();
        switch (key)
        {
            case "funds" or "links" or "capital":
                return DyadMatrix.FromNetwork(network, Enum.Parse<EdgeWeight>(key, ignoreCase: true));
            case "funds_tie" or "links_tie" or "capital_tie":
                return DyadMatrix.FromNetwork(network, Enum.Parse<EdgeWeight>(key[..^4], ignoreCase: true), binary: true);
        }
        if (key is "distance_km" or "distance" or "log_distance" or "same_province" or "same_region" && !network.IsCityNetwork)
            throw new UsageException($"{option} {spec}: needs a city network (a filings file or a GEXF of cities); give an edge list's dyad predictors as NAME=FILE.csv.");
        return key switch
        {
            "distance_km" or "distance" => DyadMatrix.Distance(network),
            "log_distance" => DyadMatrix.Distance(network, logarithm: true),
            "same_province" => DyadMatrix.SameProvince(network),
            "same_region" => DyadMatrix.SameRegion(network),
            _ => throw new UsageException($"{option} {spec}: unknown matrix; use funds, links, capital, funds_tie, distance_km, log_distance, same_province, same_region, OP:COLUMN@FILE or NAME=FILE.csv."),
        };
    }

    /// <summary>A table read once per run through <see cref="IndicatorTable"/> (the one place tables come in).</summary>
    public IndicatorTable Table(string path)
    {
        if (_tables.TryGetValue(path, out var t)) return t;
        if (!File.Exists(path)) throw new UsageException($"the attribute table {path} does not exist.");
        t = IndicatorTable.Read(path);
        if (t.Columns.Length < 2) throw new UsageException($"{path}: an attribute table needs a city column and at least one value column.");
        _tables[path] = t;
        return t;
    }

    /// <summary>Splits <c>COLUMN@FILE</c>.</summary>
    public static (string Column, string Path) ColumnAtFile(string text, string option, string spec)
    {
        var at = text.IndexOf('@');
        if (at <= 0 || at == text.Length - 1) throw new UsageException($"{option} {spec}: expected COLUMN@FILE (a column of a city,value… table).");
        return (text[..at].Trim(), text[(at + 1)..].Trim());
    }

    private static void Report(string path, DyadMatrix m, TextWriter stderr)
    {
        if (m.Problems.Length == 0) return;
        stderr.WriteLine($"capnet: {path}: {m.Problems.Length:N0} row(s) not used for {m.Name} ({string.Join(", ", m.Problems.GroupBy(p => p.Reason).Select(g => $"{g.Key} {g.Count():N0}"))}; first: {m.Problems[0]}).");
    }
}

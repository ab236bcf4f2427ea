using System.CommandLine;
using CapitalNetwork.Measures;
using CsvHelper;

namespace CapitalNetwork.Cli.Commands;

/// <summary>
/// The group options of the keys that compare groups of nodes (<c>ei_index</c>, and per-node brokerage roles):
/// <c>--group-by region|province</c> for city networks (default: region, the four mainland regions with Hong Kong,
/// Macao and Taiwan left out) and <c>--groups FILE</c>, a CSV with columns <c>node,group</c> naming the group of every
/// node (edge lists and GEXF files; city networks too, by node id = division code). Resolved once per run into
/// <see cref="MeasureContext.Groups"/>.
/// </summary>
internal sealed class GroupArguments
{
    private readonly Option<string?> _groupBy = new("--group-by")
    {
        Description = "Groups of ei_index on a city network: region (default: the four mainland regions, Hong Kong, Macao and Taiwan left out) or province.",
    };

    private readonly Option<string?> _groups = new("--groups")
    {
        Description = "A CSV with columns node,group giving every node's group (for edge lists, which have no regions); a node missing from it is an error.",
    };

    public GroupArguments() => _groupBy.AcceptOnlyFromAmong("region", "province");

    /// <summary>Adds the options to a command.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(_groupBy);
        command.Options.Add(_groups);
    }

    /// <summary>
    /// The grouping of this run: the file's groups, the province or region grouping of a city network, or null for a
    /// network that is not a city network and no file (the group keys then come out null with a note).
    /// </summary>
    /// <exception cref="UsageException">Both options, --group-by on a network that is not a city network, or a file that
    /// cannot be read or misses a node.</exception>
    public Grouping? Resolve(ParseResult pr, FlowNetwork network)
    {
        var by = pr.GetValue(_groupBy);
        var file = pr.GetValue(_groups);
        if (by is not null && file is not null) throw new UsageException("give --group-by or --groups, not both.");
        if (file is not null) return Read(file, network);
        if (!network.IsCityNetwork)
        {
            if (by is not null) throw new UsageException($"--group-by {by} needs a city network (a filings file or a GEXF of cities); give an edge list its groups with --groups FILE.");
            return null;
        }
        return by == "province" ? Grouping.ByProvince(network) : Grouping.ByRegion(network);
    }

    /// <summary>The default grouping of a command without group options: regions on a city network, else none.</summary>
    public static Grouping? Default(FlowNetwork network) => network.IsCityNetwork ? Grouping.ByRegion(network) : null;

    /// <summary>Reads <c>node,group</c> rows; every node of the network needs a group; rows of other ids are ignored.</summary>
    private static Grouping Read(string path, FlowNetwork network)
    {
        if (!File.Exists(path)) throw new UsageException($"--groups {path}: the file does not exist.");
        var labels = new string?[network.NodeCount];
        using (var stream = File.OpenRead(path))
        using (var csv = CsvReader.Create(stream, new CsvReaderOptions { HasHeader = true, TrackLineNumbers = true, TrimWhitespace = true }))
        {
            IReadOnlyList<string> header;
            try
            {
                header = csv.Headers;
            }
            catch (CsvFormatException e)
            {
                throw new UsageException($"--groups {path}: the header cannot be read: {e.Message}");
            }
            var names = header.Select(h => h.Trim().Trim('\uFEFF').ToLowerInvariant()).ToList();
            var ni = names.IndexOf("node");
            var gi = names.IndexOf("group");
            if (ni < 0 || gi < 0) throw new UsageException($"--groups {path}: the header needs columns node and group, not '{string.Join(",", header)}'.");
            while (csv.Read())
            {
                if (csv.FieldCount <= Math.Max(ni, gi)) throw new UsageException($"--groups {path}, line {csv.LineNumber}: expected {names.Count} fields, found {csv.FieldCount}.");
                var id = csv.GetString(ni)?.Trim() ?? "";
                var group = csv.GetString(gi)?.Trim() ?? "";
                if (!network.TryGetIndex(id, out var v)) continue;
                if (group.Length == 0) throw new UsageException($"--groups {path}, line {csv.LineNumber}: node '{id}' has an empty group.");
                if (labels[v] is { } other && other != group)
                    throw new UsageException($"--groups {path}, line {csv.LineNumber}: node '{id}' is in group '{other}' and '{group}'.");
                labels[v] = group;
            }
        }
        var missing = Enumerable.Range(0, network.NodeCount).Where(v => labels[v] is null).ToList();
        if (missing.Count > 0)
            throw new UsageException($"--groups {path}: no group for node '{network.Nodes[missing[0]].Id}'" + (missing.Count > 1 ? $" and {missing.Count - 1} more" : "") + ".");
        return Grouping.FromLabels(labels.Select(l => l!).ToList());
    }
}

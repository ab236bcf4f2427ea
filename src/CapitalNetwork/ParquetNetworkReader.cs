using System.Globalization;
using CapitalNetwork.Columnar;
using CapitalNetwork.NetworkText;
using Parquet.Schema;

namespace CapitalNetwork;

/// <summary>
/// Reads the node and edge tables of <see cref="ParquetNetworkWriter"/> (or tables with the same columns made by DuckDB,
/// pandas or Spark) back into a <see cref="FlowNetwork"/> or <see cref="NetworkSeries"/>.
/// </summary>
/// <remarks>
/// <para>Columns used: nodes <c>id</c>, <c>label</c>, <c>code</c> (int32, nullable), <c>registered_funds</c>; edges
/// <c>source</c>, <c>target</c>, <c>funds</c>, <c>links</c>, <c>capital</c>; other columns (derived strengths, indices,
/// year) are ignored, so a table may gain columns. Numbers may be stored as double, float, int64, int32 or int16, and
/// any column may be optional (DuckDB writes every column so): a null id, label, weight or count is refused, a null code
/// is a node that is not a city. Checked on tables DuckDB 1.5.6 wrote with <c>COPY … TO … (FORMAT parquet)</c>. Nodes keep the table's row order; a node whose <c>code</c> is a
/// gazetteer city gets its <see cref="Division"/>. Edges on the same ordered pair are summed. The network written by
/// <see cref="ParquetNetworkWriter"/> reads back identical: ids, labels, cities, registered funds, edges and all three
/// weights.</para>
/// <para>Refused with a <see cref="NetworkFormatException"/>: a file that is not Parquet, a missing column or one of
/// another kind (text for numbers, numbers for text, a code that is not a 32-bit whole number), a null where a value is
/// needed, an empty or repeated node id, an edge whose end is not a node id, a weight or registered count that is
/// not a finite number ≥ 0. O(n + m) per table.</para>
/// </remarks>
public static class ParquetNetworkReader
{
    private static readonly DataField[] NodeColumns = [ParquetTables.Id, ParquetTables.Label, ParquetTables.Code, ParquetTables.RegisteredFunds];
    private static readonly DataField[] EdgeColumns = [ParquetTables.Source, ParquetTables.Target, ParquetTables.Funds, ParquetTables.Links, ParquetTables.Capital];

    /// <summary>Reads <c>nodes.parquet</c> and <c>edges.parquet</c> of a directory.</summary>
    /// <param name="directory">The directory.</param>
    /// <returns>The network.</returns>
    /// <exception cref="NetworkFormatException">A table is missing or cannot be used.</exception>
    public static FlowNetwork Read(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        using var nodes = NetworkFiles.Open(Path.Combine(directory, ParquetNetworkWriter.NodesFileName));
        using var edges = NetworkFiles.Open(Path.Combine(directory, ParquetNetworkWriter.EdgesFileName));
        return Read(nodes, edges, directory);
    }

    /// <summary>Reads a node table and an edge table from streams (left open).</summary>
    /// <param name="nodes">The node table.</param>
    /// <param name="edges">The edge table.</param>
    /// <param name="name">The name used in messages.</param>
    /// <returns>The network.</returns>
    /// <exception cref="NetworkFormatException">A table cannot be used.</exception>
    public static FlowNetwork Read(Stream nodes, Stream edges, string name = "<stream>")
    {
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(edges);
        var (builder, _) = Nodes(nodes, $"{name}/{ParquetNetworkWriter.NodesFileName}", null);
        Edges(builder, edges, $"{name}/{ParquetNetworkWriter.EdgesFileName}");
        return builder.Build();
    }

    /// <summary>Reads the whole network and the yearly snapshots written by
    /// <see cref="ParquetNetworkWriter.WriteSeries(NetworkSeries, string)"/>: <c>nodes.parquet</c>, <c>edges.parquet</c>,
    /// and every <c>edges-YYYY.parquet</c> with its <c>nodes-YYYY.parquet</c> (registered funds of that year; 0 when the
    /// file is absent). All snapshots share the whole network's nodes.</summary>
    /// <param name="directory">The directory.</param>
    /// <returns>The series (no years when there are no per-year files).</returns>
    /// <exception cref="NetworkFormatException">A table is missing or cannot be used.</exception>
    public static NetworkSeries ReadSeries(string directory)
    {
        var total = Read(directory);
        var byYear = new SortedDictionary<int, FlowNetwork>();
        foreach (var file in Directory.EnumerateFiles(directory, "edges-*.parquet"))
        {
            if (ParquetTables.YearOf(file, "edges") is not { } year) continue;
            var builder = FlowNetworkBuilder.WithNodes(total.NodeArray);
            var nodeFile = Path.Combine(directory, $"nodes-{year.ToString(CultureInfo.InvariantCulture)}.parquet");
            if (File.Exists(nodeFile))
            {
                using var ns = NetworkFiles.Open(nodeFile);
                Nodes(ns, nodeFile, builder);
            }
            using (var es = NetworkFiles.Open(file)) Edges(builder, es, file);
            byYear[year] = builder.Build();
        }
        return new NetworkSeries(total, byYear);
    }

    // Reads a node table into a new builder, or (when given) its registered funds into an existing builder of the same nodes.
    private static (FlowNetworkBuilder Builder, int Count) Nodes(Stream stream, string file, FlowNetworkBuilder? existing)
    {
        var columns = ParquetTables.Read(stream, file, NodeColumns);
        var ids = (string?[])columns["id"];
        var labels = (string?[])columns["label"];
        var codes = (int?[])columns["code"];
        var registered = (double[])columns["registered_funds"];
        var builder = existing ?? new FlowNetworkBuilder();
        for (var i = 0; i < ids.Length; i++)
        {
            var id = ids[i];
            if (string.IsNullOrEmpty(id)) throw new NetworkFormatException(file, string.Create(CultureInfo.InvariantCulture, $"row {i + 1}: the node id is empty"));
            if (!(registered[i] >= 0) || double.IsInfinity(registered[i]))
                throw new NetworkFormatException(file, string.Create(CultureInfo.InvariantCulture, $"row {i + 1}: registered_funds {registered[i]} is not a finite number ≥ 0"));
            int index;
            if (existing is null)
            {
                if (builder.TryGetIndex(id, out _)) throw new NetworkFormatException(file, string.Create(CultureInfo.InvariantCulture, $"row {i + 1}: the node id '{id}' is repeated"));
                Division? division = codes[i] is { } c && Gazetteer.Default.TryGet(c, out var d) && d.IsNode ? d : null;
                index = builder.AddNode(id, labels[i] ?? id, division);
            }
            else if (!builder.TryGetIndex(id, out index))
                throw new NetworkFormatException(file, $"the node '{id}' is not a node of {ParquetNetworkWriter.NodesFileName}");
            if (registered[i] > 0) builder.AddRegisteredFunds(index, registered[i]);
        }
        return (builder, ids.Length);
    }

    private static void Edges(FlowNetworkBuilder builder, Stream stream, string file)
    {
        var columns = ParquetTables.Read(stream, file, EdgeColumns);
        var sources = (string?[])columns["source"];
        var targets = (string?[])columns["target"];
        var funds = (double[])columns["funds"];
        var links = (double[])columns["links"];
        var capital = (double[])columns["capital"];
        for (var e = 0; e < sources.Length; e++)
        {
            if (sources[e] is not { } s || !builder.TryGetIndex(s, out var si))
                throw new NetworkFormatException(file, string.Create(CultureInfo.InvariantCulture, $"row {e + 1}: the source '{sources[e]}' is not a node id"));
            if (targets[e] is not { } t || !builder.TryGetIndex(t, out var ti))
                throw new NetworkFormatException(file, string.Create(CultureInfo.InvariantCulture, $"row {e + 1}: the target '{targets[e]}' is not a node id"));
            try
            {
                builder.AddFlow(si, ti, funds[e], links[e], capital[e]);
            }
            catch (ArgumentOutOfRangeException)
            {
                throw new NetworkFormatException(file, string.Create(CultureInfo.InvariantCulture, $"row {e + 1}: the weights ({funds[e]}, {links[e]}, {capital[e]}) are not finite numbers ≥ 0"));
            }
        }
    }
}

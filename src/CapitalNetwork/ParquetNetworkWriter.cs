using System.Globalization;
using CapitalNetwork.Columnar;
using CapitalNetwork.Files;

namespace CapitalNetwork;

/// <summary>
/// Writes a network, or yearly snapshots, as Apache Parquet node and edge tables (Parquet.Net 6.1.0): the bridge to
/// DuckDB, Spark, pandas/Polars and R's arrow when a study outgrows one machine. <see cref="ParquetNetworkReader"/>
/// reads them back into the same network.
/// </summary>
/// <remarks>
/// <para><c>nodes.parquet</c>, one row per node in node order: <c>index</c> (int32, 0-based), <c>id</c>, <c>label</c>
/// (string), <c>code</c>, <c>province</c>, <c>province_code</c>, <c>region</c> (<c>East</c>, <c>Central</c>,
/// <c>West</c>, <c>Northeast</c>, <c>Outside</c>), <c>lon</c>, <c>lat</c> (GCJ-02 degrees; all null for a node that is
/// not a gazetteer city), <c>registered_funds</c>, <c>funds_in</c>, <c>funds_out</c>, <c>links_in</c>,
/// <c>links_out</c>, <c>capital_in</c>, <c>capital_out</c> (double: in- and out-strengths, self-loops included), and
/// <c>year</c> (int32, null for the whole network). <c>edges.parquet</c>, one row per edge in edge order:
/// <c>source</c>, <c>target</c> (node ids), <c>source_index</c>, <c>target_index</c> (int32), <c>funds</c>,
/// <c>links</c>, <c>capital</c> (double, capital in CNY) and <c>year</c>.</para>
/// <para>Snapshots (<see cref="WriteSeries(NetworkSeries, string)"/>): the whole network as above, plus
/// <c>nodes-YYYY.parquet</c> and <c>edges-YYYY.parquet</c> for each year with its own flows (not cumulative), the year in
/// the <c>year</c> column, so that <c>read_parquet('edges-*.parquet')</c> in DuckDB unions the years. Each file is one
/// row group, uncompressed-size order of the network itself; all files of one call are written under temporary names
/// and renamed when all are complete, so a failure leaves the previous tables. O(n + m) per file.</para>
/// </remarks>
public static class ParquetNetworkWriter
{
    /// <summary>The node table's file name.</summary>
    public const string NodesFileName = "nodes.parquet";

    /// <summary>The edge table's file name.</summary>
    public const string EdgesFileName = "edges.parquet";

    /// <summary>Writes <c>nodes.parquet</c> and <c>edges.parquet</c> into a directory (created if needed; files replaced).</summary>
    /// <param name="network">The network.</param>
    /// <param name="directory">The output directory.</param>
    /// <returns>The paths written (nodes, edges).</returns>
    /// <exception cref="IOException">A file cannot be written; the previous files are unchanged.</exception>
    public static (string Nodes, string Edges) Write(FlowNetwork network, string directory)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentException.ThrowIfNullOrEmpty(directory);
        Directory.CreateDirectory(directory);
        var nodes = Path.Combine(directory, NodesFileName);
        var edges = Path.Combine(directory, EdgesFileName);
        AtomicFile.WriteAll([(nodes, s => ParquetTables.WriteNodes(network, null, s)), (edges, s => ParquetTables.WriteEdges(network, null, s))]);
        return (nodes, edges);
    }

    /// <summary>Writes the whole network of a series and one node and one edge table per year (see the remarks).</summary>
    /// <param name="series">The yearly snapshots.</param>
    /// <param name="directory">The output directory (created if needed; files replaced).</param>
    /// <returns>The paths written, the whole network's two tables first, then the years ascending.</returns>
    /// <exception cref="IOException">A file cannot be written; the previous files are unchanged.</exception>
    public static IReadOnlyList<string> WriteSeries(NetworkSeries series, string directory)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentException.ThrowIfNullOrEmpty(directory);
        Directory.CreateDirectory(directory);
        var files = new List<(string Path, Action<Stream> Write)>
        {
            (Path.Combine(directory, NodesFileName), s => ParquetTables.WriteNodes(series.Total, null, s)),
            (Path.Combine(directory, EdgesFileName), s => ParquetTables.WriteEdges(series.Total, null, s)),
        };
        foreach (var year in series.Years)
        {
            var y = year.ToString(CultureInfo.InvariantCulture);
            var net = series[year];
            files.Add((Path.Combine(directory, $"nodes-{y}.parquet"), s => ParquetTables.WriteNodes(net, year, s)));
            files.Add((Path.Combine(directory, $"edges-{y}.parquet"), s => ParquetTables.WriteEdges(net, year, s)));
        }
        AtomicFile.WriteAll(files);
        return files.Select(f => f.Path).ToArray();
    }

    /// <summary>Writes the node table to a stream (left open).</summary>
    /// <param name="network">The network.</param>
    /// <param name="stream">A writable stream.</param>
    /// <param name="year">The value of the <c>year</c> column, or <c>null</c>.</param>
    public static void WriteNodes(FlowNetwork network, Stream stream, int? year = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(stream);
        ParquetTables.WriteNodes(network, year, stream);
    }

    /// <summary>Writes the edge table to a stream (left open).</summary>
    /// <param name="network">The network.</param>
    /// <param name="stream">A writable stream.</param>
    /// <param name="year">The value of the <c>year</c> column, or <c>null</c>.</param>
    public static void WriteEdges(FlowNetwork network, Stream stream, int? year = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(stream);
        ParquetTables.WriteEdges(network, year, stream);
    }
}

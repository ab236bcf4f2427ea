using System.Globalization;
using System.Text;
using CapitalNetwork.Csv;
using CapitalNetwork.Files;
using CapitalNetwork.Gexf;
using CapitalNetwork.Markup;

namespace CapitalNetwork;

/// <summary>
/// Writes a network (or yearly snapshots) as the two tables of Gephi's spreadsheet import (File ▸ Import
/// spreadsheet): <c>nodes.csv</c> and <c>edges.csv</c>, with the column names Gephi recognises (nodes: <c>Id</c>,
/// <c>Label</c>; edges: <c>Source</c>, <c>Target</c>, <c>Type</c>, <c>Id</c>, <c>Weight</c>; a <c>timeset</c> column
/// for time; every other column becomes an attribute).
/// </summary>
/// <remarks>
/// <para><c>nodes.csv</c>: <c>Id</c>, <c>Label</c>, then the same attributes as the GEXF export (city networks:
/// <c>code</c>, <c>province</c>, <c>province_code</c>, <c>region</c>, <c>region_zh</c>, <c>lng</c>, <c>lat</c>; every
/// network: <c>in_degree</c>, <c>out_degree</c>, <c>funds_registered</c>, <c>funds_in</c>, <c>funds_out</c>,
/// <c>links_in</c>, <c>links_out</c>, <c>capital_in</c>, <c>capital_out</c>, <c>local_funds</c>, <c>local_links</c>,
/// <c>local_capital</c>), then <see cref="GexfOptions.NodeAttributes"/>. <c>edges.csv</c>: <c>Source</c>,
/// <c>Target</c>, <c>Type</c> (<c>Directed</c>), <c>Id</c> (<c>e</c> + edge index, as in the GEXF), <c>Weight</c> (the
/// <see cref="GexfOptions.Weight"/>), <c>funds</c>, <c>links</c>, <c>capital</c>. Self-loops follow
/// <see cref="GexfOptions.IncludeSelfLoops"/>; Gephi's spreadsheet import keeps them.</para>
/// <para>Dynamic tables (<see cref="WriteDynamic(NetworkSeries, string, GexfOptions?, CsvCells)"/>): the nodes and edges of
/// <see cref="GexfWriter.WriteDynamic(NetworkSeries, Stream, GexfOptions?)"/> (every node, a city network's 372 cities,
/// each on the whole timeline) with a <c>timeset</c> column (Gephi's time-existence column) holding an interval set such
/// as <c>&lt;[2016, 2018]; [2020, 2020]&gt;</c>; the yearly figures
/// (suffix <c>_year</c> or <c>_cumulative</c>, see <see cref="GexfOptions.Timeline"/>) and
/// <see cref="GexfOptions.DynamicNodeAttributes"/> as interval maps such as <c>&lt;[2016, 2016, 3]; [2017, 2018, 5]&gt;</c>,
/// which Gephi imports as dynamic attributes; and in <c>edges.csv</c> the <c>Weight</c> as an interval map, which Gephi
/// imports as the dynamic edge weight (the static totals stay in <c>funds</c>, <c>links</c>, <c>capital</c>).</para>
/// <para>Format: UTF-8 without BOM (a BOM hides the first header from Gephi, gephi#2178), comma-separated, LF line
/// ends, a header row; cells with commas, quotes, semicolons, line breaks or surrounding spaces are quoted (RFC 4180);
/// numbers in invariant culture, shortest round-trip form; missing values empty. Deterministic. O(n + m), dynamic
/// O((n + m)·Y).</para>
/// <para>Spreadsheets: ids, labels and text attributes come from the input, and Excel or WPS would run one that starts
/// like a formula. By default (<see cref="CsvCells.SpreadsheetSafe"/>) such a text cell gets an apostrophe in front
/// (<c>@SUM(A1)</c> is written <c>"'@SUM(A1)"</c>) and numbers are written as numbers; Gephi imports the apostrophe as
/// part of the text, consistently in <c>nodes.csv</c> and <c>edges.csv</c> (city networks never need one). Pass
/// <see cref="CsvCells.Raw"/> for tables only Gephi or a program reads. The directory methods replace each file whole
/// (written under a temporary name, renamed when both are complete), so a failure leaves the previous tables.</para>
/// </remarks>
public static class GephiCsvWriter
{
    /// <summary>The file name of the node table.</summary>
    public const string NodesFileName = "nodes.csv";

    /// <summary>The file name of the edge table.</summary>
    public const string EdgesFileName = "edges.csv";

    /// <summary>Writes <c>nodes.csv</c> and <c>edges.csv</c> into a directory (created if needed; files replaced).</summary>
    /// <param name="network">The network.</param>
    /// <param name="directory">The output directory.</param>
    /// <param name="options">Weight, self-loops and extra attributes; <c>null</c> for the defaults.</param>
    /// <param name="cells">Whether to neutralise text cells that a spreadsheet would run as formulas (the default) or write them raw.</param>
    /// <returns>The paths written (nodes, edges).</returns>
    /// <exception cref="ArgumentException">See <see cref="GexfWriter.Write(FlowNetwork, Stream, GexfOptions?)"/>.</exception>
    /// <exception cref="IOException">A file cannot be written; both previous files are unchanged.</exception>
    public static (string Nodes, string Edges) Write(FlowNetwork network, string directory, GexfOptions? options = null, CsvCells cells = CsvCells.SpreadsheetSafe)
    {
        ArgumentNullException.ThrowIfNull(network);
        options = Check(network, options, dynamic: false);
        return Save(directory, w => NodeTable(network, w, options, null, cells), w => EdgeTable(network, w, options, null, cells));
    }

    /// <summary>Writes the node table.</summary>
    /// <param name="network">The network.</param>
    /// <param name="writer">Where to write (not closed).</param>
    /// <param name="options">Options; <c>null</c> for the defaults.</param>
    /// <param name="cells">Whether to neutralise text cells that a spreadsheet would run as formulas (the default) or write them raw.</param>
    public static void WriteNodes(FlowNetwork network, TextWriter writer, GexfOptions? options = null, CsvCells cells = CsvCells.SpreadsheetSafe)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(writer);
        options = Check(network, options, dynamic: false);
        NodeTable(network, writer, options, null, cells);
    }

    /// <summary>Writes the edge table.</summary>
    /// <param name="network">The network.</param>
    /// <param name="writer">Where to write (not closed).</param>
    /// <param name="options">Options; <c>null</c> for the defaults.</param>
    /// <param name="cells">Whether to neutralise text cells that a spreadsheet would run as formulas (the default) or write them raw.</param>
    public static void WriteEdges(FlowNetwork network, TextWriter writer, GexfOptions? options = null, CsvCells cells = CsvCells.SpreadsheetSafe)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(writer);
        options = Check(network, options, dynamic: false);
        EdgeTable(network, writer, options, null, cells);
    }

    /// <summary>Writes dynamic <c>nodes.csv</c> and <c>edges.csv</c> of yearly snapshots into a directory (see the remarks).</summary>
    /// <param name="series">The yearly snapshots; at least one dated year.</param>
    /// <param name="directory">The output directory (created if needed; files replaced).</param>
    /// <param name="options">Options (<see cref="GexfOptions.Timeline"/> included); <c>null</c> for the defaults.</param>
    /// <param name="cells">Whether to neutralise text cells that a spreadsheet would run as formulas (the default) or write them raw.</param>
    /// <returns>The paths written (nodes, edges).</returns>
    /// <exception cref="ArgumentException">The series has no year, or the options are invalid.</exception>
    /// <exception cref="IOException">A file cannot be written; both previous files are unchanged.</exception>
    public static (string Nodes, string Edges) WriteDynamic(NetworkSeries series, string directory, GexfOptions? options = null, CsvCells cells = CsvCells.SpreadsheetSafe)
    {
        var (time, checkedOptions) = CheckDynamic(series, options);
        return Save(directory, w => NodeTable(time.Network, w, checkedOptions, time, cells), w => EdgeTable(time.Network, w, checkedOptions, time, cells));
    }

    /// <summary>Writes the dynamic node and edge tables of yearly snapshots (see the remarks).</summary>
    /// <param name="series">The yearly snapshots; at least one dated year.</param>
    /// <param name="nodes">Where the node table goes (not closed).</param>
    /// <param name="edges">Where the edge table goes (not closed).</param>
    /// <param name="options">Options; <c>null</c> for the defaults.</param>
    /// <param name="cells">Whether to neutralise text cells that a spreadsheet would run as formulas (the default) or write them raw.</param>
    public static void WriteDynamic(NetworkSeries series, TextWriter nodes, TextWriter edges, GexfOptions? options = null, CsvCells cells = CsvCells.SpreadsheetSafe)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(edges);
        var (time, checkedOptions) = CheckDynamic(series, options);
        NodeTable(time.Network, nodes, checkedOptions, time, cells);
        EdgeTable(time.Network, edges, checkedOptions, time, cells);
    }

    private static (TimeModel, GexfOptions) CheckDynamic(NetworkSeries series, GexfOptions? options)
    {
        ArgumentNullException.ThrowIfNull(series);
        options ??= GexfOptions.Default;
        Appearance.Validate(options);
        var time = TimeModel.Build(series, options.Timeline);
        return (time, Check(time.Network, options, dynamic: true));
    }

    private static GexfOptions Check(FlowNetwork network, GexfOptions? options, bool dynamic)
    {
        options ??= GexfOptions.Default;
        Appearance.Validate(options);
        Appearance.ValidateAttributes(network, options, dynamic);
        return options;
    }

    /// <summary>Writes both tables (UTF-8 without BOM) into the directory: both complete before either replaces its file.</summary>
    private static (string, string) Save(string directory, Action<TextWriter> nodes, Action<TextWriter> edges)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        Directory.CreateDirectory(directory);
        var n = Path.Combine(directory, NodesFileName);
        var e = Path.Combine(directory, EdgesFileName);
        AtomicFile.WriteAll([(n, AtomicFile.Text(nodes)), (e, AtomicFile.Text(edges))]);
        return (n, e);
    }

    private static string N(double value) => ValueText.Double(value) ?? "";

    private static void NodeTable(FlowNetwork net, TextWriter w, GexfOptions o, TimeModel? time, CsvCells cells)
    {
        var city = net.IsCityNetwork;
        var header = new List<string> { "Id", "Label" };
        if (city)
            header.AddRange([XmlNames.Code, XmlNames.Province, XmlNames.ProvinceCode, XmlNames.Region, XmlNames.RegionZh, XmlNames.Longitude, XmlNames.Latitude]);
        header.AddRange([
            XmlNames.InDegree, XmlNames.OutDegree, XmlNames.FundsRegistered, XmlNames.FundsIn, XmlNames.FundsOut,
            XmlNames.LinksIn, XmlNames.LinksOut, XmlNames.CapitalIn, XmlNames.CapitalOut, XmlNames.LocalFunds,
            XmlNames.LocalLinks, XmlNames.LocalCapital]);
        header.AddRange(o.NodeAttributes.Select(a => a.Name));
        if (time is not null)
        {
            header.Add("timeset");
            header.AddRange(AttributeNames.DynamicNodeFigures.Select(f => f + time.Suffix));
            header.AddRange(o.DynamicNodeAttributes.Select(a => a.Name));
        }
        using var csv = CsvRows.Open(w, cells, gephi: true);
        CsvRows.Row(csv, header);
        foreach (var node in net.Nodes)
        {
            var v = node.Index;
            var row = new List<string?> { XmlChars.StripInvalidXmlChars(node.Id), XmlChars.StripInvalidXmlChars(node.Label) };
            if (city)
            {
                var d = node.Division!;
                row.AddRange([
                    d.Code.ToString("D6", CultureInfo.InvariantCulture), d.ProvinceName, d.ProvinceCode.ToString("D6", CultureInfo.InvariantCulture),
                    d.Region.ToString(), d.Region.Chinese(), d.Longitude is { } lng ? N(lng) : "", d.Latitude is { } lat ? N(lat) : ""]);
            }
            row.AddRange([
                net.InDegree(v).ToString(CultureInfo.InvariantCulture), net.OutDegree(v).ToString(CultureInfo.InvariantCulture),
                N(net.RegisteredFunds(v)), N(net.InStrength(v, EdgeWeight.Funds)), N(net.OutStrength(v, EdgeWeight.Funds)),
                N(net.InStrength(v, EdgeWeight.Links)), N(net.OutStrength(v, EdgeWeight.Links)),
                N(net.InStrength(v, EdgeWeight.Capital)), N(net.OutStrength(v, EdgeWeight.Capital)),
                N(net.LocalStrength(v, EdgeWeight.Funds)), N(net.LocalStrength(v, EdgeWeight.Links)), N(net.LocalStrength(v, EdgeWeight.Capital))]);
            row.AddRange(o.NodeAttributes.Select(a => a.Values[v]));
            if (time is not null)
            {
                row.Add(IntervalSet(time.Spells(time.NodePresent, v)));
                for (var i = 0; i < AttributeNames.DynamicNodeFigures.Length; i++)
                {
                    var values = time.NodeValues[i];
                    row.Add(IntervalMap(time.Runs(time.NodePresent, v, y => N(values[v * time.YearCount + y - time.FirstYear]))));
                }
                foreach (var a in o.DynamicNodeAttributes)
                    row.Add(IntervalMap(time.Runs(time.NodePresent, v, y => a.ValueAt(y, v))));
            }
            CsvRows.Row(csv, row);
        }
    }

    private static void EdgeTable(FlowNetwork net, TextWriter w, GexfOptions o, TimeModel? time, CsvCells cells)
    {
        var header = new List<string> { "Source", "Target", "Type", "Id", "Weight", XmlNames.Funds, XmlNames.Links, XmlNames.Capital };
        if (time is not null)
        {
            header.Add("timeset");
            header.AddRange([XmlNames.Funds + time.Suffix, XmlNames.Links + time.Suffix, XmlNames.Capital + time.Suffix]);
        }
        using var csv = CsvRows.Open(w, cells, gephi: true);
        CsvRows.Row(csv, header);
        var weight = net.Weights(o.Weight);
        for (var e = 0; e < net.EdgeCount; e++)
        {
            var f = net.Edge(e);
            if (!o.IncludeSelfLoops && f.Source == f.Target) continue;
            var row = new List<string?>
            {
                XmlChars.StripInvalidXmlChars(net.Nodes[f.Source].Id), XmlChars.StripInvalidXmlChars(net.Nodes[f.Target].Id), "Directed",
                "e" + e.ToString(CultureInfo.InvariantCulture),
            };
            if (time is null) row.Add(N(weight[e]));
            else
            {
                var values = time.EdgeValues[(int)o.Weight];
                var edge = e;
                row.Add(IntervalMap(time.Runs(time.EdgePresent, edge, y => N(values[edge * time.YearCount + y - time.FirstYear]))));
            }
            row.AddRange([N(f.Funds), N(f.Links), N(f.Capital)]);
            if (time is not null)
            {
                row.Add(IntervalSet(time.Spells(time.EdgePresent, e)));
                for (var c = 0; c < 3; c++)
                {
                    var values = time.EdgeValues[c];
                    var edge = e;
                    row.Add(IntervalMap(time.Runs(time.EdgePresent, edge, y => N(values[edge * time.YearCount + y - time.FirstYear]))));
                }
            }
            CsvRows.Row(csv, row);
        }
    }

    /// <summary>Gephi's interval set literal: <c>&lt;[2015, 2016]; [2018, 2018]&gt;</c> (graphstore parser).</summary>
    private static string IntervalSet(IEnumerable<(int Start, int End)> spells)
    {
        var sb = new StringBuilder("<");
        foreach (var (s, e) in spells)
        {
            if (sb.Length > 1) sb.Append("; ");
            sb.Append('[').Append(s.ToString(CultureInfo.InvariantCulture)).Append(", ").Append(e.ToString(CultureInfo.InvariantCulture)).Append(']');
        }
        return sb.Append('>').ToString();
    }

    /// <summary>Gephi's interval map literal: <c>&lt;[2015, 2015, 3]; [2016, 2017, 5]&gt;</c>; null when there is no run.</summary>
    private static string? IntervalMap(IEnumerable<(int Start, int End, string Value)> runs)
    {
        var sb = new StringBuilder("<");
        foreach (var (s, e, v) in runs)
        {
            if (sb.Length > 1) sb.Append("; ");
            sb.Append('[').Append(s.ToString(CultureInfo.InvariantCulture)).Append(", ").Append(e.ToString(CultureInfo.InvariantCulture)).Append(", ").Append(v).Append(']');
        }
        return sb.Length == 1 ? null : sb.Append('>').ToString();
    }
}

using System.Globalization;
using System.Text;
using System.Xml;
using CapitalNetwork.Files;
using CapitalNetwork.Gexf;
using CapitalNetwork.Markup;

namespace CapitalNetwork;

/// <summary>
/// Writes a <see cref="FlowNetwork"/> as a static, or a <see cref="NetworkSeries"/> as a dynamic, directed GEXF 1.3 file
/// that Gephi, Gephi Lite (graphology) and networkx read, and that is valid against the GEXF 1.3 XML Schema (with the
/// viz namespace repaired) and the official RelaxNG grammar.
/// </summary>
/// <remarks>
/// <para>Layout: <c>&lt;gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3"&gt;</c>,
/// optional <c>&lt;meta&gt;</c>, <c>&lt;graph defaultedgetype="directed" mode="static"&gt;</c> with one static node
/// and one static edge <c>&lt;attributes&gt;</c> block (attribute id == title, ASCII snake_case), the nodes in
/// network order and the edges in network edge order.</para>
/// <para>Nodes: <c>id</c> = <see cref="NetworkNode.Id"/>, <c>label</c> = <see cref="NetworkNode.Label"/> (the Chinese
/// name for cities). City networks get the string attributes <c>code</c>, <c>province</c>, <c>province_code</c>,
/// <c>region</c> (East/Central/West/Northeast/Outside), <c>region_zh</c> and the doubles <c>lng</c>, <c>lat</c>; every
/// network gets the integers <c>in_degree</c>, <c>out_degree</c> and the doubles <c>funds_registered</c>,
/// <c>funds_in</c>, <c>funds_out</c>, <c>links_in</c>, <c>links_out</c>, <c>capital_in</c>, <c>capital_out</c>
/// (strengths, self-loop included) and <c>local_funds</c>, <c>local_links</c>, <c>local_capital</c> (the self-loop),
/// then the typed <see cref="GexfOptions.NodeAttributes"/> (computed measures). <c>viz:color</c>, <c>viz:size</c> and
/// <c>viz:position</c> as described in <see cref="GexfOptions"/>. Network-level figures
/// (<see cref="GexfOptions.NetworkAttributes"/>) go into <c>&lt;meta&gt;&lt;description&gt;</c> (see
/// <see cref="GexfNetworkAttribute"/>).</para>
/// <para>Edges: <c>id</c> = <c>e</c> + the network edge index (<c>e0</c>, <c>e1</c>, …; unique; an omitted self-loop
/// leaves a gap), <c>weight</c> = the weight chosen by <see cref="GexfOptions.Weight"/> (written even when 0), and the
/// double attributes <c>funds</c>, <c>links</c>, <c>capital</c>; <c>viz:thickness</c> when
/// <see cref="GexfOptions.MaxEdgeThickness"/> &gt; 0.</para>
/// <para>Dynamic files (<see cref="WriteDynamic(NetworkSeries, Stream, GexfOptions?)"/>): see there.</para>
/// <para>Encoding: UTF-8 without BOM, declared as <c>encoding="UTF-8"</c>; numbers with <see cref="XmlConvert"/>
/// (culture-independent, shortest round-trip form); characters illegal in XML 1.0 are removed from ids, labels and
/// text. Deterministic: identical input and options give identical bytes (nothing is taken from the clock).
/// O(n + m) time for a static file, O((n + m)·Y) for a dynamic one over Y years; streams the output.</para>
/// </remarks>
public static class GexfWriter
{
    private const string Xs = XmlNames.Namespace;
    private const string Viz = XmlNames.VizNamespace;

    /// <summary>Writes the network to a stream as GEXF 1.3 (UTF-8, no BOM). The stream is left open.</summary>
    /// <param name="network">The network.</param>
    /// <param name="stream">A writable stream.</param>
    /// <param name="options">Options, or <c>null</c> for <see cref="GexfOptions.Default"/>.</param>
    /// <exception cref="ArgumentException">The options are out of range, a node attribute has the wrong number of
    /// values or a name that clashes, or two node ids become equal (or one becomes empty) once characters illegal in XML
    /// are removed.</exception>
    public static void Write(FlowNetwork network, Stream stream, GexfOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(stream);
        options ??= GexfOptions.Default;
        var ids = Check(network, options);
        using var w = Begin(stream);
        WriteMeta(w, options);
        w.WriteStartElement("graph", Xs);
        w.WriteAttributeString("defaultedgetype", "directed");
        w.WriteAttributeString("mode", "static");
        WriteDeclarations(w, network.IsCityNetwork, options, null);
        WriteNodes(w, network, ids, options, null);
        WriteEdges(w, network, ids, options, null);
        End(w);
    }

    /// <summary>Writes the network to a file as GEXF 1.3 (UTF-8, no BOM), replacing any existing file whole: the document
    /// is written under a temporary name in the same folder and renamed over <paramref name="path"/> when complete, so a
    /// failure (bad options, full disk, an interrupted run) leaves the previous file as it was.</summary>
    /// <param name="network">The network.</param>
    /// <param name="path">The file path (conventionally ending in <c>.gexf</c>).</param>
    /// <param name="options">Options, or <c>null</c> for <see cref="GexfOptions.Default"/>.</param>
    /// <exception cref="ArgumentException">See <see cref="Write(FlowNetwork, Stream, GexfOptions?)"/>.</exception>
    /// <exception cref="IOException">The file cannot be written; the previous file is unchanged.</exception>
    public static void Write(FlowNetwork network, string path, GexfOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(network);
        AtomicFile.Write(path, stream => Write(network, stream, options));
    }

    private static string[] Check(FlowNetwork network, GexfOptions options)
    {
        Appearance.Validate(options);
        Appearance.ValidateAttributes(network, options, dynamic: false);
        return NodeIds(network);
    }

    /// <summary>The GEXF document as a string (decoded from the same UTF-8 bytes <see cref="Write(FlowNetwork, Stream, GexfOptions?)"/>
    /// writes, so its declaration says UTF-8: save it as UTF-8).</summary>
    /// <param name="network">The network.</param>
    /// <param name="options">Options, or <c>null</c> for <see cref="GexfOptions.Default"/>.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentException">See <see cref="Write(FlowNetwork, Stream, GexfOptions?)"/>.</exception>
    public static string WriteToString(FlowNetwork network, GexfOptions? options = null)
    {
        using var buffer = new MemoryStream();
        Write(network, buffer, options);
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>
    /// Writes yearly snapshots as one dynamic GEXF 1.3 file (UTF-8, no BOM; the stream is left open), so Gephi's
    /// timeline plays the network year by year.
    /// </summary>
    /// <remarks>
    /// <para><c>&lt;graph defaultedgetype="directed" mode="dynamic" timeformat="integer"&gt;</c>: times are years; every
    /// <c>&lt;spell&gt;</c> and dynamic <c>&lt;attvalue&gt;</c> has both <c>start</c> and <c>end</c>, closed intervals
    /// (<c>start="2016" end="2018"</c> = the years 2016, 2017 and 2018), never overlapping on one element.</para>
    /// <para>Static part: the sum of the yearly snapshots of <see cref="NetworkSeries.Years"/> (funds without a filing
    /// date, which the series' <see cref="NetworkSeries.Total"/> includes, have no place on a timeline and are left
    /// out), written as by <see cref="Write(FlowNetwork, Stream, GexfOptions?)"/>: the static attribute blocks, sizes,
    /// colours and positions, the edge <c>weight</c> and <c>funds</c>/<c>links</c>/<c>capital</c> totals. Every node of
    /// the series is written (a city network's 372 cities in code order, as in every other export), also a node without
    /// any flow or registered fund.</para>
    /// <para>Time (see <see cref="GexfOptions.Timeline"/>): each edge gets <c>&lt;spells&gt;</c> with the years it is
    /// present. Each node gets one spell over the whole timeline, from the first to the last year of the series, and its
    /// dynamic figures for every one of those years (0 in a year without a flow or registered fund), because a city
    /// exists whether or not it files that year and every yearly snapshot of the series holds all its nodes. Gephi's
    /// timeline (its "Time Interval" filter) hides an element whose spells miss the visible interval, and keeps an element
    /// without spells only while the filter's "keep null" box is ticked; with a spell over the whole timeline every city
    /// stays on the map in every year whatever that box says, and Gephi's statistics of a year (degree, density …) count
    /// the same nodes as the library's snapshot of that year. A second node block (<c>mode="dynamic"</c>) declares the figures <c>in_degree</c>,
    /// <c>out_degree</c> (integer), <c>funds_registered</c>, <c>funds_in</c>, <c>funds_out</c>, <c>links_in</c>,
    /// <c>links_out</c>, <c>capital_in</c>, <c>capital_out</c>, <c>local_funds</c>, <c>local_links</c>,
    /// <c>local_capital</c> (double) with the suffix <c>_cumulative</c> or <c>_year</c>, then
    /// <see cref="GexfOptions.DynamicNodeAttributes"/>; a second edge block declares <c>funds</c>, <c>links</c>,
    /// <c>capital</c> with the same suffix and, on the cumulative timeline only, Gephi's dynamic <c>weight</c> (the
    /// <see cref="GexfOptions.Weight"/> through each year), so Gephi's edge thickness grows with the timeline. A per-year
    /// dynamic weight is not written: graphology-gexf 0.13 (Gephi Lite, sigma.js) takes the last dynamic value as the
    /// edge's weight, which on the cumulative timeline is the static total but per year would be only the last year's.
    /// Values are written for the years the element is present, consecutive years with equal values merged into one
    /// interval. Static and dynamic attributes sit in separate blocks (<c>mode="static"</c> and <c>mode="dynamic"</c>),
    /// as GEXF 1.3 asks; graphology-gexf 0.13 reads only the last block of a class, so it reads a dynamic file only
    /// with its <c>allowUndeclaredAttributes</c> option.</para>
    /// <para>Reading the file back with <see cref="GexfReader.ReadDocument(Stream, string, GexfReadOptions?)"/> gives
    /// the same yearly snapshots, and writing those again with the same options gives the same bytes.
    /// O((n + m)·Y) for Y years from the first to the last.</para>
    /// </remarks>
    /// <param name="series">The yearly snapshots (e.g. <see cref="IngestResult.Years"/>); at least one dated year.</param>
    /// <param name="stream">A writable stream.</param>
    /// <param name="options">Options, or <c>null</c> for <see cref="GexfOptions.Default"/>.</param>
    /// <exception cref="ArgumentException">The series has no year, or see <see cref="Write(FlowNetwork, Stream, GexfOptions?)"/>.</exception>
    public static void WriteDynamic(NetworkSeries series, Stream stream, GexfOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(stream);
        options ??= GexfOptions.Default;
        var (time, ids) = Check(series, options);
        WriteDynamic(time, ids, stream, options);
    }

    private static (TimeModel, string[]) Check(NetworkSeries series, GexfOptions options)
    {
        Appearance.Validate(options);
        var time = TimeModel.Build(series, options.Timeline);
        Appearance.ValidateAttributes(time.Network, options, dynamic: true);
        return (time, NodeIds(time.Network));
    }

    private static void WriteDynamic(TimeModel time, string[] ids, Stream stream, GexfOptions options)
    {
        var network = time.Network;
        using var w = Begin(stream);
        WriteMeta(w, options);
        w.WriteStartElement("graph", Xs);
        w.WriteAttributeString("defaultedgetype", "directed");
        w.WriteAttributeString("mode", "dynamic");
        w.WriteAttributeString("timeformat", "integer");
        WriteDeclarations(w, network.IsCityNetwork, options, time);
        WriteNodes(w, network, ids, options, time);
        WriteEdges(w, network, ids, options, time);
        End(w);
    }

    /// <summary>Writes yearly snapshots to a file as dynamic GEXF 1.3, replacing any existing file whole (written under a
    /// temporary name in the same folder, renamed when complete; see <see cref="WriteDynamic(NetworkSeries, Stream, GexfOptions?)"/>).</summary>
    /// <param name="series">The yearly snapshots.</param>
    /// <param name="path">The file path.</param>
    /// <param name="options">Options, or <c>null</c> for <see cref="GexfOptions.Default"/>.</param>
    /// <exception cref="ArgumentException">See <see cref="WriteDynamic(NetworkSeries, Stream, GexfOptions?)"/>.</exception>
    /// <exception cref="IOException">The file cannot be written; the previous file is unchanged.</exception>
    public static void WriteDynamic(NetworkSeries series, string path, GexfOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(series);
        options ??= GexfOptions.Default;
        var (time, ids) = Check(series, options); // refuse bad input before a temporary file is made
        AtomicFile.Write(path, stream => WriteDynamic(time, ids, stream, options));
    }

    /// <summary>The dynamic GEXF document as a string (see <see cref="WriteDynamic(NetworkSeries, Stream, GexfOptions?)"/>).</summary>
    /// <param name="series">The yearly snapshots.</param>
    /// <param name="options">Options, or <c>null</c> for <see cref="GexfOptions.Default"/>.</param>
    /// <returns>The document.</returns>
    public static string WriteDynamicToString(NetworkSeries series, GexfOptions? options = null)
    {
        using var buffer = new MemoryStream();
        WriteDynamic(series, buffer, options);
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>
    /// Writes a document read by <see cref="GexfReader.ReadDocument(Stream, string, GexfReadOptions?)"/> again: dynamic
    /// when it has a <see cref="GexfDocument.Series"/>, else static; with its attributes, network figures, meta data and
    /// timeline (<see cref="GexfDocument.ToOptions(GexfOptions?)"/>) over the given presentation options. A file written by
    /// this library and read back is reproduced byte for byte when the same presentation options are given.
    /// </summary>
    /// <param name="document">The document.</param>
    /// <param name="stream">A writable stream (left open).</param>
    /// <param name="presentation">Colours, sizes, weight, positions …; <c>null</c> for the defaults.</param>
    public static void Write(GexfDocument document, Stream stream, GexfOptions? presentation = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var options = document.ToOptions(presentation);
        if (document.Series is { } series) WriteDynamic(series, stream, options);
        else Write(document.Network, stream, options);
    }

    private static XmlWriter Begin(Stream stream)
    {
        var w = XmlOutput.Begin(stream);
        w.WriteStartElement("gexf", Xs);
        w.WriteAttributeString("xmlns", Xs); // explicit, so it comes first as in the primer
        w.WriteAttributeString("xmlns", "viz", null, Viz);
        w.WriteAttributeString("version", "1.3");
        return w;
    }

    private static void End(XmlWriter w)
    {
        w.WriteEndElement(); // graph
        w.WriteEndElement(); // gexf
        w.WriteWhitespace("\n");
    }

    internal static string[] NodeIds(FlowNetwork network)
    {
        var ids = new string[network.NodeCount];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var v = 0; v < ids.Length; v++)
        {
            var raw = network.Nodes[v].Id;
            var id = XmlChars.StripInvalidXmlChars(raw);
            if (id.Length == 0 || !seen.Add(id))
                throw new ArgumentException(
                    $"Node id '{id}' (node {v}) is empty or not unique once characters illegal in XML are removed.", nameof(network));
            ids[v] = id;
        }
        return ids;
    }

    /// <summary>The &lt;meta&gt;&lt;description&gt; text: the description, then the network-attribute block.</summary>
    internal static string? DescriptionText(GexfOptions o)
    {
        var description = o.Description is null ? null : XmlChars.StripInvalidXmlChars(o.Description);
        if (o.NetworkAttributes.Count == 0) return description;
        var sb = new StringBuilder();
        if (!string.IsNullOrWhiteSpace(description)) sb.Append(description.TrimEnd()).Append("\n\n");
        sb.Append(AttributeNames.NetworkAttributesHeader);
        foreach (var a in o.NetworkAttributes) sb.Append('\n').Append(a.ToString());
        return sb.ToString();
    }

    private static void WriteMeta(XmlWriter w, GexfOptions o)
    {
        var description = DescriptionText(o);
        if (o.Creator is null && description is null && o.LastModified is null) return;
        w.WriteStartElement("meta", Xs);
        if (o.LastModified is { } date)
            w.WriteAttributeString("lastmodifieddate", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (o.Creator is not null) w.WriteElementString("creator", Xs, XmlChars.StripInvalidXmlChars(o.Creator));
        if (description is not null) w.WriteElementString("description", Xs, description);
        w.WriteEndElement();
    }

    private static void WriteDeclarations(XmlWriter w, bool city, GexfOptions o, TimeModel? time)
    {
        Block(w, "node", "static", () =>
        {
            if (city)
            {
                Declare(w, XmlNames.Code, "string");
                Declare(w, XmlNames.Province, "string");
                Declare(w, XmlNames.ProvinceCode, "string");
                Declare(w, XmlNames.Region, "string");
                Declare(w, XmlNames.RegionZh, "string");
                Declare(w, XmlNames.Longitude, "double");
                Declare(w, XmlNames.Latitude, "double");
            }
            Declare(w, XmlNames.InDegree, "integer");
            Declare(w, XmlNames.OutDegree, "integer");
            foreach (var name in (string[])[
                         XmlNames.FundsRegistered, XmlNames.FundsIn, XmlNames.FundsOut, XmlNames.LinksIn, XmlNames.LinksOut,
                         XmlNames.CapitalIn, XmlNames.CapitalOut, XmlNames.LocalFunds, XmlNames.LocalLinks, XmlNames.LocalCapital])
                Declare(w, name, "double");
            foreach (var a in o.NodeAttributes) Declare(w, a.Name, ValueText.TypeName(a.Type));
        });
        if (time is not null)
        {
            Block(w, "node", "dynamic", () =>
            {
                foreach (var name in AttributeNames.DynamicNodeFigures)
                    Declare(w, name + time.Suffix, name is XmlNames.InDegree or XmlNames.OutDegree ? "integer" : "double");
                foreach (var a in o.DynamicNodeAttributes) Declare(w, a.Name, ValueText.TypeName(a.Type));
            });
        }
        Block(w, "edge", "static", () =>
        {
            Declare(w, XmlNames.Funds, "double");
            Declare(w, XmlNames.Links, "double");
            Declare(w, XmlNames.Capital, "double");
        });
        if (time is not null)
        {
            Block(w, "edge", "dynamic", () =>
            {
                if (time.Timeline == GexfTimeline.Cumulative) Declare(w, AttributeNames.Weight, "double");
                Declare(w, XmlNames.Funds + time.Suffix, "double");
                Declare(w, XmlNames.Links + time.Suffix, "double");
                Declare(w, XmlNames.Capital + time.Suffix, "double");
            });
        }
    }

    private static void Block(XmlWriter w, string cls, string mode, Action body)
    {
        w.WriteStartElement("attributes", Xs);
        w.WriteAttributeString("class", cls);
        w.WriteAttributeString("mode", mode);
        body();
        w.WriteEndElement();
    }

    private static void Declare(XmlWriter w, string name, string type)
    {
        w.WriteStartElement("attribute", Xs);
        w.WriteAttributeString("id", name);
        w.WriteAttributeString("title", name);
        w.WriteAttributeString("type", type);
        w.WriteEndElement();
    }

    private static void WriteNodes(XmlWriter w, FlowNetwork net, string[] ids, GexfOptions o, TimeModel? time)
    {
        var city = net.IsCityNetwork;
        var positions = Appearance.Positions(net, o);
        var sizes = Appearance.Sizes(net, o);
        var colors = Appearance.Colors(net, o);

        w.WriteStartElement("nodes", Xs);
        foreach (var node in net.Nodes)
        {
            var v = node.Index;
            w.WriteStartElement("node", Xs);
            w.WriteAttributeString("id", ids[v]);
            w.WriteAttributeString("label", XmlChars.StripInvalidXmlChars(node.Label));
            w.WriteStartElement("attvalues", Xs);
            if (city)
            {
                var d = node.Division!;
                Value(w, XmlNames.Code, d.Code.ToString("D6", CultureInfo.InvariantCulture));
                Value(w, XmlNames.Province, XmlChars.StripInvalidXmlChars(d.ProvinceName));
                Value(w, XmlNames.ProvinceCode, d.ProvinceCode.ToString("D6", CultureInfo.InvariantCulture));
                Value(w, XmlNames.Region, d.Region.ToString());
                Value(w, XmlNames.RegionZh, d.Region.Chinese());
                if (d.Longitude is { } lng) Value(w, XmlNames.Longitude, lng);
                if (d.Latitude is { } lat) Value(w, XmlNames.Latitude, lat);
            }
            Value(w, XmlNames.InDegree, XmlConvert.ToString(net.InDegree(v)));
            Value(w, XmlNames.OutDegree, XmlConvert.ToString(net.OutDegree(v)));
            Value(w, XmlNames.FundsRegistered, net.RegisteredFunds(v));
            Value(w, XmlNames.FundsIn, net.InStrength(v, EdgeWeight.Funds));
            Value(w, XmlNames.FundsOut, net.OutStrength(v, EdgeWeight.Funds));
            Value(w, XmlNames.LinksIn, net.InStrength(v, EdgeWeight.Links));
            Value(w, XmlNames.LinksOut, net.OutStrength(v, EdgeWeight.Links));
            Value(w, XmlNames.CapitalIn, net.InStrength(v, EdgeWeight.Capital));
            Value(w, XmlNames.CapitalOut, net.OutStrength(v, EdgeWeight.Capital));
            Value(w, XmlNames.LocalFunds, net.LocalStrength(v, EdgeWeight.Funds));
            Value(w, XmlNames.LocalLinks, net.LocalStrength(v, EdgeWeight.Links));
            Value(w, XmlNames.LocalCapital, net.LocalStrength(v, EdgeWeight.Capital));
            foreach (var a in o.NodeAttributes)
                if (a.Values[v] is { } text) Value(w, a.Name, text);
            if (time is not null)
            {
                var figures = AttributeNames.DynamicNodeFigures;
                for (var i = 0; i < figures.Length; i++)
                {
                    var values = time.NodeValues[i];
                    var name = figures[i] + time.Suffix;
                    foreach (var (start, end, text) in time.Runs(time.NodePresent, v,
                                 year => Number(values[v * time.YearCount + year - time.FirstYear])))
                        Value(w, name, text, start, end);
                }
                foreach (var a in o.DynamicNodeAttributes)
                    foreach (var (start, end, text) in time.Runs(time.NodePresent, v, year => a.ValueAt(year, v)))
                        Value(w, a.Name, text, start, end);
            }
            w.WriteEndElement(); // attvalues
            if (time is not null) Spells(w, time.Spells(time.NodePresent, v));

            var color = colors[v];
            w.WriteStartElement("viz", "color", Viz);
            w.WriteAttributeString("r", XmlConvert.ToString(color.R));
            w.WriteAttributeString("g", XmlConvert.ToString(color.G));
            w.WriteAttributeString("b", XmlConvert.ToString(color.B));
            w.WriteEndElement();

            w.WriteStartElement("viz", "size", Viz);
            w.WriteAttributeString("value", Number(sizes[v]));
            w.WriteEndElement();

            if (positions is not null)
            {
                w.WriteStartElement("viz", "position", Viz);
                w.WriteAttributeString("x", Number(positions[v].X));
                w.WriteAttributeString("y", Number(positions[v].Y));
                w.WriteEndElement();
            }
            w.WriteEndElement(); // node
        }
        w.WriteEndElement(); // nodes
    }

    private static void WriteEdges(XmlWriter w, FlowNetwork net, string[] ids, GexfOptions o, TimeModel? time)
    {
        var sources = net.Sources;
        var targets = net.Targets;
        var funds = net.Weights(EdgeWeight.Funds);
        var links = net.Weights(EdgeWeight.Links);
        var capital = net.Weights(EdgeWeight.Capital);
        var weight = net.Weights(o.Weight);
        var maxWeight = 0.0;
        foreach (var x in weight) maxWeight = Math.Max(maxWeight, x);
        w.WriteStartElement("edges", Xs);
        for (var e = 0; e < net.EdgeCount; e++)
        {
            if (!o.IncludeSelfLoops && sources[e] == targets[e]) continue;
            w.WriteStartElement("edge", Xs);
            w.WriteAttributeString("id", "e" + XmlConvert.ToString(e));
            w.WriteAttributeString("source", ids[sources[e]]);
            w.WriteAttributeString("target", ids[targets[e]]);
            w.WriteAttributeString("weight", Number(weight[e]));
            w.WriteStartElement("attvalues", Xs);
            Value(w, XmlNames.Funds, funds[e]);
            Value(w, XmlNames.Links, links[e]);
            Value(w, XmlNames.Capital, capital[e]);
            if (time is not null)
            {
                var edge = e;
                string?[] names = [AttributeNames.Weight, XmlNames.Funds + time.Suffix, XmlNames.Links + time.Suffix, XmlNames.Capital + time.Suffix];
                int[] channels = [(int)o.Weight, 0, 1, 2];
                for (var i = time.Timeline == GexfTimeline.Cumulative ? 0 : 1; i < names.Length; i++)
                {
                    var values = time.EdgeValues[channels[i]];
                    foreach (var (start, end, text) in time.Runs(time.EdgePresent, edge,
                                 year => Number(values[edge * time.YearCount + year - time.FirstYear])))
                        Value(w, names[i]!, text, start, end);
                }
            }
            w.WriteEndElement(); // attvalues
            if (time is not null) Spells(w, time.Spells(time.EdgePresent, e));
            if (o.MaxEdgeThickness > 0)
            {
                w.WriteStartElement("viz", "thickness", Viz);
                w.WriteAttributeString("value", Number(maxWeight > 0 ? Math.Round(o.MaxEdgeThickness * weight[e] / maxWeight, 4) : 0));
                w.WriteEndElement();
            }
            w.WriteEndElement(); // edge
        }
        w.WriteEndElement();
    }

    private static void Spells(XmlWriter w, List<(int Start, int End)> spells)
    {
        if (spells.Count == 0) return;
        w.WriteStartElement("spells", Xs);
        foreach (var (start, end) in spells)
        {
            w.WriteStartElement("spell", Xs);
            w.WriteAttributeString("start", XmlConvert.ToString(start));
            w.WriteAttributeString("end", XmlConvert.ToString(end));
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    private static void Value(XmlWriter w, string name, double value) => Value(w, name, Number(value));

    private static void Value(XmlWriter w, string name, string value)
    {
        w.WriteStartElement("attvalue", Xs);
        w.WriteAttributeString("for", name);
        w.WriteAttributeString("value", value);
        w.WriteEndElement();
    }

    private static void Value(XmlWriter w, string name, string value, int start, int end)
    {
        w.WriteStartElement("attvalue", Xs);
        w.WriteAttributeString("for", name);
        w.WriteAttributeString("value", value);
        w.WriteAttributeString("start", XmlConvert.ToString(start));
        w.WriteAttributeString("end", XmlConvert.ToString(end));
        w.WriteEndElement();
    }

    // The network guarantees finite weights; this guards derived values (sums) all the same.
    private static string Number(double value) =>
        ValueText.Double(value) ?? throw new InvalidOperationException($"Cannot write the non-finite number {value} to GEXF.");
}

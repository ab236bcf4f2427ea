using CapitalNetwork.Internals;
using System.Globalization;
using System.Text;
using System.Xml;
using CapitalNetwork.Geography;
using CapitalNetwork.Graph;

namespace CapitalNetwork.Export.Gexf;

/// <summary>
/// Writes a <see cref="FlowNetwork"/> as a static, directed GEXF 1.3 file that Gephi, Gephi Lite (graphology) and
/// networkx read, and that is valid against the GEXF 1.3 XML Schema (with the viz namespace repaired) and the official
/// RelaxNG grammar.
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
/// (strengths, self-loop included) and <c>local_funds</c>, <c>local_links</c>, <c>local_capital</c> (the self-loop).
/// <c>viz:color</c> by region, <c>viz:size</c> and <c>viz:position</c> as described in <see cref="GexfOptions"/>.</para>
/// <para>Edges: <c>id</c> = <c>e</c> + the network edge index (<c>e0</c>, <c>e1</c>, …; unique; an omitted self-loop
/// leaves a gap), <c>weight</c> = the weight chosen by <see cref="GexfOptions.Weight"/> (written even when 0), and the
/// double attributes <c>funds</c>, <c>links</c>, <c>capital</c>.</para>
/// <para>Encoding: UTF-8 without BOM, declared as <c>encoding="UTF-8"</c>; numbers with <see cref="XmlConvert"/>
/// (culture-independent, shortest round-trip form); characters illegal in XML 1.0 are removed from ids, labels and
/// text. Deterministic: identical input and options give identical bytes (nothing is taken from the clock).
/// O(n + m) time; streams the output.</para>
/// </remarks>
public static class GexfWriter
{
    private const string Xs = GexfNames.Namespace;
    private const string Viz = GexfNames.VizNamespace;

    /// <summary>Writes the network to a stream as GEXF 1.3 (UTF-8, no BOM). The stream is left open.</summary>
    /// <param name="network">The network.</param>
    /// <param name="stream">A writable stream.</param>
    /// <param name="options">Options, or <c>null</c> for <see cref="GexfOptions.Default"/>.</param>
    /// <exception cref="ArgumentException">The options are out of range, or two node ids become equal (or one becomes
    /// empty) once characters illegal in XML are removed.</exception>
    public static void Write(FlowNetwork network, Stream stream, GexfOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(stream);
        options ??= GexfOptions.Default;
        Validate(options);
        var ids = NodeIds(network);
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            OmitXmlDeclaration = true,
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
            CloseOutput = false,
        };
        // The declaration is written by hand: XmlWriter would spell the encoding "utf-8"; the primer and Gephi's
        // samples use "UTF-8" (both are legal, encoding names are case-insensitive).
        stream.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"u8);
        using var w = XmlWriter.Create(stream, settings);
        w.WriteStartElement("gexf", Xs);
        w.WriteAttributeString("xmlns", Xs); // explicit, so it comes first as in the primer
        w.WriteAttributeString("xmlns", "viz", null, Viz);
        w.WriteAttributeString("version", "1.3");
        WriteMeta(w, options);
        w.WriteStartElement("graph", Xs);
        w.WriteAttributeString("defaultedgetype", "directed");
        w.WriteAttributeString("mode", "static");
        WriteDeclarations(w, network.IsCityNetwork);
        WriteNodes(w, network, ids, options);
        WriteEdges(w, network, ids, options);
        w.WriteEndElement(); // graph
        w.WriteEndElement(); // gexf
        w.WriteWhitespace("\n");
    }

    /// <summary>Writes the network to a file as GEXF 1.3 (UTF-8, no BOM), replacing any existing file.</summary>
    /// <param name="network">The network.</param>
    /// <param name="path">The file path (conventionally ending in <c>.gexf</c>).</param>
    /// <param name="options">Options, or <c>null</c> for <see cref="GexfOptions.Default"/>.</param>
    /// <exception cref="ArgumentException">See <see cref="Write(FlowNetwork, Stream, GexfOptions?)"/>.</exception>
    public static void Write(FlowNetwork network, string path, GexfOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
        Write(network, file, options);
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

    private static void Validate(GexfOptions o)
    {
        if (!(o.MinNodeSize >= 0) || !double.IsFinite(o.MinNodeSize))
            throw new ArgumentException($"MinNodeSize must be finite and ≥ 0 (got {o.MinNodeSize.ToString(CultureInfo.InvariantCulture)}).", "options");
        if (!(o.MaxNodeSize >= o.MinNodeSize) || !double.IsFinite(o.MaxNodeSize))
            throw new ArgumentException($"MaxNodeSize must be finite and ≥ MinNodeSize (got {o.MaxNodeSize.ToString(CultureInfo.InvariantCulture)}).", "options");
        if (!(o.ProjectionScale > 0) || !double.IsFinite(o.ProjectionScale))
            throw new ArgumentException("ProjectionScale must be finite and > 0.", "options");
        if (!double.IsFinite(o.CentralMeridian) || !(Math.Abs(o.ReferenceLatitude) < 90))
            throw new ArgumentException("CentralMeridian must be finite and ReferenceLatitude within (−90, 90).", "options");
        if (o.RegionColors is null) throw new ArgumentException("RegionColors must not be null.", "options");
        if (!Enum.IsDefined(o.Weight)) throw new ArgumentException($"Unknown edge weight {o.Weight}.", "options");
    }

    private static string[] NodeIds(FlowNetwork network)
    {
        var ids = new string[network.NodeCount];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var v = 0; v < ids.Length; v++)
        {
            var raw = network.Nodes[v].Id;
            var id = GexfText.StripInvalidXmlChars(raw);
            if (id.Length == 0 || !seen.Add(id))
                throw new ArgumentException(
                    $"Node id '{id}' (node {v}) is empty or not unique once characters illegal in XML are removed.", nameof(network));
            ids[v] = id;
        }
        return ids;
    }

    private static void WriteMeta(XmlWriter w, GexfOptions o)
    {
        if (o.Creator is null && o.Description is null && o.LastModified is null) return;
        w.WriteStartElement("meta", Xs);
        if (o.LastModified is { } date)
            w.WriteAttributeString("lastmodifieddate", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (o.Creator is not null) w.WriteElementString("creator", Xs, GexfText.StripInvalidXmlChars(o.Creator));
        if (o.Description is not null) w.WriteElementString("description", Xs, GexfText.StripInvalidXmlChars(o.Description));
        w.WriteEndElement();
    }

    private static void WriteDeclarations(XmlWriter w, bool city)
    {
        w.WriteStartElement("attributes", Xs);
        w.WriteAttributeString("class", "node");
        w.WriteAttributeString("mode", "static");
        if (city)
        {
            Declare(w, GexfNames.Code, "string");
            Declare(w, GexfNames.Province, "string");
            Declare(w, GexfNames.ProvinceCode, "string");
            Declare(w, GexfNames.Region, "string");
            Declare(w, GexfNames.RegionZh, "string");
            Declare(w, GexfNames.Longitude, "double");
            Declare(w, GexfNames.Latitude, "double");
        }
        Declare(w, GexfNames.InDegree, "integer");
        Declare(w, GexfNames.OutDegree, "integer");
        foreach (var name in (string[])[
                     GexfNames.FundsRegistered, GexfNames.FundsIn, GexfNames.FundsOut, GexfNames.LinksIn, GexfNames.LinksOut,
                     GexfNames.CapitalIn, GexfNames.CapitalOut, GexfNames.LocalFunds, GexfNames.LocalLinks, GexfNames.LocalCapital])
            Declare(w, name, "double");
        w.WriteEndElement();

        w.WriteStartElement("attributes", Xs);
        w.WriteAttributeString("class", "edge");
        w.WriteAttributeString("mode", "static");
        Declare(w, GexfNames.Funds, "double");
        Declare(w, GexfNames.Links, "double");
        Declare(w, GexfNames.Capital, "double");
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

    private static void WriteNodes(XmlWriter w, FlowNetwork net, string[] ids, GexfOptions o)
    {
        var city = net.IsCityNetwork;
        var positions = o.WritePositions && city &&
                        net.Nodes.All(x => x.Division!.Longitude is not null && x.Division.Latitude is not null);
        var attracted = new double[net.NodeCount];
        var maxAttracted = 0.0;
        for (var v = 0; v < attracted.Length; v++)
        {
            attracted[v] = net.InStrength(v, EdgeWeight.Funds);
            maxAttracted = Math.Max(maxAttracted, attracted[v]);
        }
        var cosRef = Math.Cos(o.ReferenceLatitude * Math.PI / 180);

        w.WriteStartElement("nodes", Xs);
        foreach (var node in net.Nodes)
        {
            var v = node.Index;
            w.WriteStartElement("node", Xs);
            w.WriteAttributeString("id", ids[v]);
            w.WriteAttributeString("label", GexfText.StripInvalidXmlChars(node.Label));
            w.WriteStartElement("attvalues", Xs);
            if (city)
            {
                var d = node.Division!;
                Value(w, GexfNames.Code, d.Code.ToString("D6", CultureInfo.InvariantCulture));
                Value(w, GexfNames.Province, GexfText.StripInvalidXmlChars(d.ProvinceName));
                Value(w, GexfNames.ProvinceCode, d.ProvinceCode.ToString("D6", CultureInfo.InvariantCulture));
                Value(w, GexfNames.Region, d.Region.ToString());
                Value(w, GexfNames.RegionZh, d.Region.Chinese());
                if (d.Longitude is { } lng) Value(w, GexfNames.Longitude, lng);
                if (d.Latitude is { } lat) Value(w, GexfNames.Latitude, lat);
            }
            Value(w, GexfNames.InDegree, XmlConvert.ToString(net.InDegree(v)));
            Value(w, GexfNames.OutDegree, XmlConvert.ToString(net.OutDegree(v)));
            Value(w, GexfNames.FundsRegistered, net.RegisteredFunds(v));
            Value(w, GexfNames.FundsIn, attracted[v]);
            Value(w, GexfNames.FundsOut, net.OutStrength(v, EdgeWeight.Funds));
            Value(w, GexfNames.LinksIn, net.InStrength(v, EdgeWeight.Links));
            Value(w, GexfNames.LinksOut, net.OutStrength(v, EdgeWeight.Links));
            Value(w, GexfNames.CapitalIn, net.InStrength(v, EdgeWeight.Capital));
            Value(w, GexfNames.CapitalOut, net.OutStrength(v, EdgeWeight.Capital));
            Value(w, GexfNames.LocalFunds, net.LocalStrength(v, EdgeWeight.Funds));
            Value(w, GexfNames.LocalLinks, net.LocalStrength(v, EdgeWeight.Links));
            Value(w, GexfNames.LocalCapital, net.LocalStrength(v, EdgeWeight.Capital));
            w.WriteEndElement(); // attvalues

            var color = city ? o.RegionColors.GetValueOrDefault(node.Region, o.NeutralColor) : o.NeutralColor;
            w.WriteStartElement("viz", "color", Viz);
            w.WriteAttributeString("r", XmlConvert.ToString(color.R));
            w.WriteAttributeString("g", XmlConvert.ToString(color.G));
            w.WriteAttributeString("b", XmlConvert.ToString(color.B));
            w.WriteEndElement();

            var size = maxAttracted > 0
                ? o.MinNodeSize + (o.MaxNodeSize - o.MinNodeSize) * Math.Sqrt(attracted[v] / maxAttracted)
                : o.MinNodeSize;
            w.WriteStartElement("viz", "size", Viz);
            w.WriteAttributeString("value", Number(Math.Round(size, 4)));
            w.WriteEndElement();

            if (positions)
            {
                var d = node.Division!;
                var x = (d.Longitude!.Value - o.CentralMeridian) * cosRef * o.ProjectionScale;
                var y = (d.Latitude!.Value - o.ReferenceLatitude) * o.ProjectionScale;
                w.WriteStartElement("viz", "position", Viz);
                w.WriteAttributeString("x", Number(Math.Round(x, 3)));
                w.WriteAttributeString("y", Number(Math.Round(y, 3)));
                w.WriteEndElement();
            }
            w.WriteEndElement(); // node
        }
        w.WriteEndElement(); // nodes
    }

    private static void WriteEdges(XmlWriter w, FlowNetwork net, string[] ids, GexfOptions o)
    {
        var sources = net.Sources;
        var targets = net.Targets;
        var funds = net.Weights(EdgeWeight.Funds);
        var links = net.Weights(EdgeWeight.Links);
        var capital = net.Weights(EdgeWeight.Capital);
        var weight = net.Weights(o.Weight);
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
            Value(w, GexfNames.Funds, funds[e]);
            Value(w, GexfNames.Links, links[e]);
            Value(w, GexfNames.Capital, capital[e]);
            w.WriteEndElement();
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

    // The network guarantees finite weights; this guards derived values (sums) all the same.
    private static string Number(double value)
    {
        if (!double.IsFinite(value)) throw new InvalidOperationException($"Cannot write the non-finite number {value} to GEXF.");
        return XmlConvert.ToString(value == 0 ? 0.0 : value); // no "-0"
    }
}

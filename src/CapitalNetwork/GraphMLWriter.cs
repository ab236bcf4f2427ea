using System.Globalization;
using System.Text;
using System.Xml;
using CapitalNetwork.Files;
using CapitalNetwork.Gexf;
using CapitalNetwork.Markup;

namespace CapitalNetwork;

/// <summary>
/// Writes a <see cref="FlowNetwork"/> as GraphML (<c>http://graphml.graphdrawing.org/xmlns</c>, UTF-8 without BOM) with a
/// typed <c>&lt;key attr.type&gt;</c> for every node and edge attribute that <see cref="GexfWriter"/> writes, so
/// NetworkX (<c>read_graphml</c>), igraph (<c>Read_GraphML</c>), Cytoscape, yEd and Gephi read the same figures.
/// </summary>
/// <remarks>
/// <para>Graph: <c>edgedefault="directed"</c>; graph keys for <see cref="GexfOptions.Creator"/>,
/// <see cref="GexfOptions.Description"/> and each <see cref="GexfOptions.NetworkAttributes"/> figure (typed).</para>
/// <para>Nodes (key id = <c>v_</c> + name, <c>attr.name</c> = name): <c>label</c> (string); for city networks
/// <c>code</c>, <c>province</c>, <c>province_code</c>, <c>region</c>, <c>region_zh</c> (string), <c>lng</c>, <c>lat</c>
/// (double); <c>in_degree</c>, <c>out_degree</c> (int); <c>funds_registered</c>, <c>funds_in</c>, <c>funds_out</c>,
/// <c>links_in</c>, <c>links_out</c>, <c>capital_in</c>, <c>capital_out</c>, <c>local_funds</c>, <c>local_links</c>,
/// <c>local_capital</c> (double); every <see cref="GexfOptions.NodeAttributes"/> attribute with its type (int, long,
/// double, boolean, string); and the drawing of the GEXF file: <c>x</c>, <c>y</c> (double, when positions are known),
/// <c>size</c> (double), <c>r</c>, <c>g</c>, <c>b</c> (int, the viz colour). The definitions are those of
/// <see cref="GexfWriter"/>.</para>
/// <para>Edges (key id = <c>e_</c> + name): <c>weight</c> (double, the <see cref="GexfOptions.Weight"/> chosen),
/// <c>funds</c>, <c>links</c>, <c>capital</c> (double). Edge ids <c>e0</c>, <c>e1</c> … in the network's edge order;
/// self-loops unless <see cref="GexfOptions.IncludeSelfLoops"/> is false.</para>
/// <para>Numbers in the invariant culture, shortest round-trip form; a missing value (NaN) writes no
/// <c>&lt;data&gt;</c>. Characters illegal in XML 1.0 are removed from ids, labels and values. Dynamic series are not
/// written (use <see cref="GexfWriter.WriteDynamic(NetworkSeries, Stream, GexfOptions?)"/>). O(n + m).</para>
/// </remarks>
public static class GraphMLWriter
{
    private const string Ns = "http://graphml.graphdrawing.org/xmlns";

    /// <summary>Writes the network as GraphML to a stream (left open).</summary>
    /// <param name="network">The network.</param>
    /// <param name="stream">A writable stream.</param>
    /// <param name="options">Options, or <c>null</c> for <see cref="GexfOptions.Default"/>.</param>
    /// <exception cref="ArgumentException">The options are invalid, an attribute does not fit the network, or node ids
    /// collide once characters illegal in XML are removed (as for <see cref="GexfWriter"/>).</exception>
    public static void Write(FlowNetwork network, Stream stream, GexfOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(stream);
        options ??= GexfOptions.Default;
        Appearance.Validate(options);
        Appearance.ValidateAttributes(network, options, dynamic: false);
        var ids = GexfWriter.NodeIds(network);
        var city = network.IsCityNetwork;
        var positions = Appearance.Positions(network, options);
        var sizes = Appearance.Sizes(network, options);
        var colors = Appearance.Colors(network, options);

        var nodeKeys = new List<(string Name, string Type, Func<int, string?> Value)>
        {
            ("label", "string", v => XmlChars.StripInvalidXmlChars(network.Nodes[v].Label)),
        };
        if (city)
        {
            Division D(int v) => network.Nodes[v].Division!;
            nodeKeys.AddRange([
                (XmlNames.Code, "string", v => D(v).Code.ToString("D6", CultureInfo.InvariantCulture)),
                (XmlNames.Province, "string", v => D(v).ProvinceName),
                (XmlNames.ProvinceCode, "string", v => D(v).ProvinceCode.ToString("D6", CultureInfo.InvariantCulture)),
                (XmlNames.Region, "string", v => D(v).Region.ToString()),
                (XmlNames.RegionZh, "string", v => D(v).Region.Chinese()),
                (XmlNames.Longitude, "double", v => D(v).Longitude is { } x ? ValueText.Double(x) : null),
                (XmlNames.Latitude, "double", v => D(v).Latitude is { } y ? ValueText.Double(y) : null),
            ]);
        }
        string Int(int x) => x.ToString(CultureInfo.InvariantCulture);
        nodeKeys.AddRange([
            (XmlNames.InDegree, "int", v => Int(network.InDegree(v))),
            (XmlNames.OutDegree, "int", v => Int(network.OutDegree(v))),
            (XmlNames.FundsRegistered, "double", v => ValueText.Double(network.RegisteredFunds(v))),
            (XmlNames.FundsIn, "double", v => ValueText.Double(network.InStrength(v, EdgeWeight.Funds))),
            (XmlNames.FundsOut, "double", v => ValueText.Double(network.OutStrength(v, EdgeWeight.Funds))),
            (XmlNames.LinksIn, "double", v => ValueText.Double(network.InStrength(v, EdgeWeight.Links))),
            (XmlNames.LinksOut, "double", v => ValueText.Double(network.OutStrength(v, EdgeWeight.Links))),
            (XmlNames.CapitalIn, "double", v => ValueText.Double(network.InStrength(v, EdgeWeight.Capital))),
            (XmlNames.CapitalOut, "double", v => ValueText.Double(network.OutStrength(v, EdgeWeight.Capital))),
            (XmlNames.LocalFunds, "double", v => ValueText.Double(network.LocalStrength(v, EdgeWeight.Funds))),
            (XmlNames.LocalLinks, "double", v => ValueText.Double(network.LocalStrength(v, EdgeWeight.Links))),
            (XmlNames.LocalCapital, "double", v => ValueText.Double(network.LocalStrength(v, EdgeWeight.Capital))),
        ]);
        foreach (var a in options.NodeAttributes)
            nodeKeys.Add((a.Name, TypeName(a.Type), v => a.Values[v]));
        if (positions is not null)
        {
            nodeKeys.Add(("x", "double", v => ValueText.Double(positions[v].X)));
            nodeKeys.Add(("y", "double", v => ValueText.Double(positions[v].Y)));
        }
        nodeKeys.AddRange([
            ("size", "double", v => ValueText.Double(sizes[v])),
            ("r", "int", v => Int(colors[v].R)),
            ("g", "int", v => Int(colors[v].G)),
            ("b", "int", v => Int(colors[v].B)),
        ]);
        var weight = network.Weights(options.Weight).ToArray();
        var edgeKeys = new List<(string Name, Func<FlowEdge, int, string?> Value)>
        {
            ("weight", (FlowEdge _, int e) => ValueText.Double(weight[e])),
            (XmlNames.Funds, (FlowEdge f, int _) => ValueText.Double(f.Funds)),
            (XmlNames.Links, (FlowEdge f, int _) => ValueText.Double(f.Links)),
            (XmlNames.Capital, (FlowEdge f, int _) => ValueText.Double(f.Capital)),
        };
        var graphData = new List<(string Name, string Type, string Value)>();
        if (options.Creator is { } creator) graphData.Add(("creator", "string", XmlChars.StripInvalidXmlChars(creator)));
        if (options.Description is { } description) graphData.Add(("description", "string", XmlChars.StripInvalidXmlChars(description)));
        foreach (var a in options.NetworkAttributes) graphData.Add((a.Name, TypeName(a.Type), XmlChars.StripInvalidXmlChars(a.Value)));

        var w = Begin(stream);
        foreach (var (name, type, _) in graphData) Key(w, "g_" + name, "graph", name, type);
        foreach (var (name, type, _) in nodeKeys) Key(w, "v_" + name, "node", name, type);
        foreach (var (name, _) in edgeKeys) Key(w, "e_" + name, "edge", name, "double");
        w.WriteStartElement("graph", Ns);
        w.WriteAttributeString("id", "G");
        w.WriteAttributeString("edgedefault", "directed");
        foreach (var (name, _, value) in graphData) Data(w, "g_" + name, value);
        for (var v = 0; v < network.NodeCount; v++)
        {
            w.WriteStartElement("node", Ns);
            w.WriteAttributeString("id", ids[v]);
            foreach (var (name, _, value) in nodeKeys) Data(w, "v_" + name, value(v));
            w.WriteEndElement();
        }
        for (var e = 0; e < network.EdgeCount; e++)
        {
            var f = network.Edge(e);
            if (!options.IncludeSelfLoops && f.Source == f.Target) continue;
            w.WriteStartElement("edge", Ns);
            w.WriteAttributeString("id", "e" + e.ToString(CultureInfo.InvariantCulture));
            w.WriteAttributeString("source", ids[f.Source]);
            w.WriteAttributeString("target", ids[f.Target]);
            foreach (var (name, value) in edgeKeys) Data(w, "e_" + name, value(f, e));
            w.WriteEndElement();
        }
        w.WriteEndElement(); // graph
        w.WriteEndElement(); // graphml
        w.WriteWhitespace("\n");
        w.Flush();
        w.Dispose();
    }

    /// <summary>Writes the network to a GraphML file, replacing any existing file whole: the document is written under a
    /// temporary name in the same folder and renamed over <paramref name="path"/> when complete, so a failure leaves the
    /// previous file as it was.</summary>
    /// <param name="network">The network.</param>
    /// <param name="path">The file path (conventionally ending in <c>.graphml</c>).</param>
    /// <param name="options">Options, or <c>null</c> for <see cref="GexfOptions.Default"/>.</param>
    /// <exception cref="ArgumentException">See <see cref="Write(FlowNetwork, Stream, GexfOptions?)"/>.</exception>
    /// <exception cref="IOException">The file cannot be written; the previous file is unchanged.</exception>
    public static void Write(FlowNetwork network, string path, GexfOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(network);
        AtomicFile.Write(path, stream => Write(network, stream, options));
    }

    private static string TypeName(GexfAttributeType type) => type switch
    {
        GexfAttributeType.Integer => "int",
        GexfAttributeType.Long => "long",
        GexfAttributeType.Double => "double",
        GexfAttributeType.Boolean => "boolean",
        _ => "string",
    };

    private static XmlWriter Begin(Stream stream)
    {
        var w = XmlOutput.Begin(stream);
        w.WriteStartElement("graphml", Ns);
        w.WriteAttributeString("xmlns", Ns);
        w.WriteAttributeString("xmlns", "xsi", null, "http://www.w3.org/2001/XMLSchema-instance");
        w.WriteAttributeString("xsi", "schemaLocation", "http://www.w3.org/2001/XMLSchema-instance",
            Ns + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
        return w;
    }

    private static void Key(XmlWriter w, string id, string domain, string name, string type)
    {
        w.WriteStartElement("key", Ns);
        w.WriteAttributeString("id", id);
        w.WriteAttributeString("for", domain);
        w.WriteAttributeString("attr.name", name);
        w.WriteAttributeString("attr.type", type);
        w.WriteEndElement();
    }

    private static void Data(XmlWriter w, string key, string? value)
    {
        if (value is null) return;
        w.WriteStartElement("data", Ns);
        w.WriteAttributeString("key", key);
        w.WriteString(value);
        w.WriteEndElement();
    }
}

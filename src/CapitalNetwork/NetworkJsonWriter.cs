using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CapitalNetwork.Files;
using CapitalNetwork.Gexf;
using CapitalNetwork.Layout;

namespace CapitalNetwork;

/// <summary>
/// Writes a network as JSON in graphology's serialisation format (<c>{"attributes", "options", "nodes", "edges"}</c>,
/// https://graphology.github.io/serialization.html), which <c>graph.import(json)</c> loads into graphology, sigma.js
/// and Gephi Lite's engine, and which is easy to read from Python or R.
/// </summary>
/// <remarks>
/// <para><c>options</c>: <c>{"type": "directed", "multi": false, "allowSelfLoops": true}</c>. <c>attributes</c> (the
/// graph): <c>creator</c>, <c>description</c>, <c>weight</c> (which weight is the edge <c>weight</c>: funds, links or
/// capital), <c>positions</c> (<c>geographic</c>, <c>force-directed</c> or <c>grid</c>) and every
/// <see cref="GexfOptions.NetworkAttributes"/> figure under its name, typed.</para>
/// <para>Nodes: <c>key</c> = the node id; attributes <c>label</c>, <c>x</c>, <c>y</c> (the GEXF projection of
/// <see cref="GexfOptions"/> for city networks with coordinates, y north; otherwise a seeded Fruchterman–Reingold layout
/// scaled to ±500, or a grid beyond <see cref="MaxForceNodes"/> nodes; the graph attribute <c>positions</c> says which),
/// <c>size</c> and <c>color</c> (<c>#RRGGBB</c>) as in the GEXF, then the GEXF attributes (<c>code</c>,
/// <c>region</c>, …, <c>funds_in</c>, …) and <see cref="GexfOptions.NodeAttributes"/> (numbers as JSON numbers,
/// booleans as JSON booleans, missing values left out). Edges: <c>key</c> <c>e</c> + edge index, <c>source</c>,
/// <c>target</c>, attributes <c>weight</c>, <c>funds</c>, <c>links</c>, <c>capital</c>, and <c>size</c> when
/// <see cref="GexfOptions.MaxEdgeThickness"/> &gt; 0.</para>
/// <para>UTF-8 without BOM, Chinese characters unescaped, indented, numbers in shortest round-trip form; identical input
/// gives identical bytes. O(n + m) (plus the layout for non-geographic networks).</para>
/// </remarks>
public static class NetworkJsonWriter
{
    /// <summary>Writes the JSON document to a stream (left open).</summary>
    /// <param name="network">The network.</param>
    /// <param name="stream">A writable stream.</param>
    /// <param name="options">Options shared with the GEXF export; <c>null</c> for the defaults.</param>
    /// <exception cref="ArgumentException">See <see cref="GexfWriter.Write(FlowNetwork, Stream, GexfOptions?)"/>.</exception>
    public static void Write(FlowNetwork network, Stream stream, GexfOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(stream);
        options ??= GexfOptions.Default;
        Appearance.Validate(options);
        Appearance.ValidateAttributes(network, options, dynamic: false);
        var geographic = Appearance.Positions(network, options with { WritePositions = true });
        var layout = geographic is not null ? "geographic" : network.NodeCount <= MaxForceNodes ? "force-directed" : "grid";
        var positions = geographic ?? (network.NodeCount <= MaxForceNodes
            ? ForceDirected.Layout(network, 42, 300).Select(p => (Math.Round(p.X * 1000, 3), Math.Round(p.Y * 1000, 3))).ToArray()
            : Grid(network.NodeCount));
        var sizes = Appearance.Sizes(network, options);
        var colors = Appearance.Colors(network, options);
        var city = network.IsCityNetwork;

        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteStartObject("attributes");
        if (options.Creator is not null) json.WriteString("creator", options.Creator);
        if (options.Description is not null) json.WriteString("description", options.Description);
        json.WriteString("weight", options.Weight.ToString().ToLowerInvariant());
        json.WriteString("positions", layout);
        foreach (var a in options.NetworkAttributes) Typed(json, a.Name, a.Type, a.Value);
        json.WriteEndObject();

        json.WriteStartObject("options");
        json.WriteString("type", "directed");
        json.WriteBoolean("multi", false);
        json.WriteBoolean("allowSelfLoops", true);
        json.WriteEndObject();

        json.WriteStartArray("nodes");
        foreach (var node in network.Nodes)
        {
            var v = node.Index;
            json.WriteStartObject();
            json.WriteString("key", node.Id);
            json.WriteStartObject("attributes");
            json.WriteString("label", node.Label);
            json.WriteNumber("x", positions[v].X);
            json.WriteNumber("y", positions[v].Y);
            json.WriteNumber("size", sizes[v]);
            json.WriteString("color", colors[v].ToString());
            if (city)
            {
                var d = node.Division!;
                json.WriteString(XmlNames.Code, d.Code.ToString("D6", CultureInfo.InvariantCulture));
                json.WriteString(XmlNames.Province, d.ProvinceName);
                json.WriteString(XmlNames.ProvinceCode, d.ProvinceCode.ToString("D6", CultureInfo.InvariantCulture));
                json.WriteString(XmlNames.Region, d.Region.ToString());
                json.WriteString(XmlNames.RegionZh, d.Region.Chinese());
                if (d.Longitude is { } lng) json.WriteNumber(XmlNames.Longitude, lng);
                if (d.Latitude is { } lat) json.WriteNumber(XmlNames.Latitude, lat);
            }
            json.WriteNumber(XmlNames.InDegree, network.InDegree(v));
            json.WriteNumber(XmlNames.OutDegree, network.OutDegree(v));
            json.WriteNumber(XmlNames.FundsRegistered, network.RegisteredFunds(v));
            json.WriteNumber(XmlNames.FundsIn, network.InStrength(v, EdgeWeight.Funds));
            json.WriteNumber(XmlNames.FundsOut, network.OutStrength(v, EdgeWeight.Funds));
            json.WriteNumber(XmlNames.LinksIn, network.InStrength(v, EdgeWeight.Links));
            json.WriteNumber(XmlNames.LinksOut, network.OutStrength(v, EdgeWeight.Links));
            json.WriteNumber(XmlNames.CapitalIn, network.InStrength(v, EdgeWeight.Capital));
            json.WriteNumber(XmlNames.CapitalOut, network.OutStrength(v, EdgeWeight.Capital));
            json.WriteNumber(XmlNames.LocalFunds, network.LocalStrength(v, EdgeWeight.Funds));
            json.WriteNumber(XmlNames.LocalLinks, network.LocalStrength(v, EdgeWeight.Links));
            json.WriteNumber(XmlNames.LocalCapital, network.LocalStrength(v, EdgeWeight.Capital));
            foreach (var a in options.NodeAttributes)
                if (a.Values[v] is { } text) Typed(json, a.Name, a.Type, text);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();

        var weight = network.Weights(options.Weight);
        var maxWeight = 0.0;
        foreach (var w in weight) maxWeight = Math.Max(maxWeight, w);
        json.WriteStartArray("edges");
        for (var e = 0; e < network.EdgeCount; e++)
        {
            var f = network.Edge(e);
            if (!options.IncludeSelfLoops && f.Source == f.Target) continue;
            json.WriteStartObject();
            json.WriteString("key", "e" + e.ToString(CultureInfo.InvariantCulture));
            json.WriteString("source", network.Nodes[f.Source].Id);
            json.WriteString("target", network.Nodes[f.Target].Id);
            json.WriteStartObject("attributes");
            json.WriteNumber("weight", weight[e]);
            json.WriteNumber(XmlNames.Funds, f.Funds);
            json.WriteNumber(XmlNames.Links, f.Links);
            json.WriteNumber(XmlNames.Capital, f.Capital);
            if (options.MaxEdgeThickness > 0)
                json.WriteNumber("size", maxWeight > 0 ? Math.Round(options.MaxEdgeThickness * weight[e] / maxWeight, 4) : 0);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        stream.Write("\n"u8);
    }

    /// <summary>The largest network that gets a force-directed layout (O(n²) per iteration); larger non-geographic
    /// networks are placed on a square grid in node order, spanning ±500.</summary>
    public const int MaxForceNodes = 2000;

    private static (double X, double Y)[] Grid(int n)
    {
        var side = (int)Math.Ceiling(Math.Sqrt(n));
        var step = side > 1 ? 1000.0 / (side - 1) : 0;
        return Enumerable.Range(0, n).Select(i => (Math.Round(-500 + i % side * step, 3), Math.Round(500 - i / side * step, 3))).ToArray();
    }

    /// <summary>Writes the JSON document to a file (UTF-8), replacing it whole: written under a temporary name in the same
    /// folder and renamed over <paramref name="path"/> when complete, so a failure leaves the previous file as it was.</summary>
    /// <param name="network">The network.</param>
    /// <param name="path">The file path.</param>
    /// <param name="options">Options; <c>null</c> for the defaults.</param>
    /// <exception cref="IOException">The file cannot be written; the previous file is unchanged.</exception>
    public static void Write(FlowNetwork network, string path, GexfOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(network);
        AtomicFile.Write(path, stream => Write(network, stream, options));
    }

    /// <summary>The JSON document as a string.</summary>
    /// <param name="network">The network.</param>
    /// <param name="options">Options; <c>null</c> for the defaults.</param>
    /// <returns>The document.</returns>
    public static string WriteToString(FlowNetwork network, GexfOptions? options = null)
    {
        using var buffer = new MemoryStream();
        Write(network, buffer, options);
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void Typed(Utf8JsonWriter json, string name, GexfAttributeType type, string text)
    {
        switch (type)
        {
            case GexfAttributeType.Integer or GexfAttributeType.Long:
                json.WriteNumber(name, long.Parse(text, CultureInfo.InvariantCulture));
                break;
            case GexfAttributeType.Double:
                json.WriteNumber(name, double.Parse(text, CultureInfo.InvariantCulture));
                break;
            case GexfAttributeType.Boolean:
                json.WriteBoolean(name, text == "true");
                break;
            default:
                json.WriteString(name, text);
                break;
        }
    }
}

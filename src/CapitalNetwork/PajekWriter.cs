using System.Globalization;
using CapitalNetwork.Files;
using CapitalNetwork.Layout;
using CapitalNetwork.NetworkText;

namespace CapitalNetwork;

/// <summary>
/// Writes a network as a Pajek <c>.net</c> file: <c>*Vertices n</c> with one line <c>k "name" [x y 0.5]</c> per node
/// (k = node index + 1, in node order), then <c>*Arcs</c> with one line <c>i j value</c> per edge in edge order, the
/// layout of the Pajek manual. NetworkX 3.6.1's <c>read_pajek</c> and igraph 0.10.2's <c>Read_Pajek</c> read it back with
/// the same vertices, labels, arcs and values (tools/interchange-check; Pajek itself, a Windows program, was not run).
/// </summary>
/// <remarks>
/// <para>Values: the chosen <see cref="PajekOptions.Weight"/> in shortest round-trip invariant form (<c>3</c>,
/// <c>1250000.5</c>); a Pajek arc carries one value, so the other two weights are not written. Names: the node's label
/// (or id, <see cref="PajekOptions.Names"/>) in double quotes; a double quote inside becomes <c>'</c> and control
/// characters spaces, since Pajek has no escape.</para>
/// <para>Coordinates (city networks with <see cref="PajekOptions.Coordinates"/>): each city's longitude λ and latitude
/// φ go through the equirectangular projection of the GEXF and SVG exports (x = (λ − 105°)·cos 35°, y = φ − 35°), then
/// into Pajek's unit box with one scale for both axes (so the map keeps its shape) and a margin of 0.05: X = 0.05 + 0.9·(x
/// − x_min)/s, Y = 0.05 + 0.9·(y_max − y)/s with s = max(x_max − x_min, y_max − y_min). Y is flipped because Pajek's
/// Draw window has y = 0 at the top, so north is up; z is 0.5, as Pajek writes 2-D layouts. Other networks get no
/// coordinates (Pajek then draws the vertices on a circle until a layout is run).</para>
/// <para>Text: UTF-8 without byte order mark (NetworkX and igraph would take a BOM as part of the first keyword), LF line
/// ends, a <c>%</c> comment line first naming the weight. <see cref="PajekReader"/> reads the file back into the same
/// nodes, edges and that weight; a city network written with labels is recognised by its city names. Writing by path
/// replaces the file whole. O(n + m).</para>
/// </remarks>
public static class PajekWriter
{
    /// <summary>Margin of Pajek's unit box left free around the map.</summary>
    private const double Margin = 0.05;

    /// <summary>Writes a Pajek file (replaced whole).</summary>
    /// <param name="network">The network.</param>
    /// <param name="path">The file path (conventionally <c>.net</c>).</param>
    /// <param name="options">Weight, names, self-loops, coordinates; <c>null</c> for the defaults.</param>
    /// <exception cref="IOException">The file cannot be written; any previous file is unchanged.</exception>
    public static void Write(FlowNetwork network, string path, PajekOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentException.ThrowIfNullOrEmpty(path);
        AtomicFile.Write(path, AtomicFile.Text(w => Write(network, w, options)));
    }

    /// <summary>Writes a Pajek network to a text writer (not closed; its encoding is the caller's: use UTF-8 without BOM).</summary>
    /// <param name="network">The network.</param>
    /// <param name="writer">Where to write.</param>
    /// <param name="options">Weight, names, self-loops, coordinates; <c>null</c> for the defaults.</param>
    public static void Write(FlowNetwork network, TextWriter writer, PajekOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(writer);
        var o = options ?? PajekOptions.Default;
        writer.NewLine = "\n";
        var weightName = o.Weight.ToString().ToLowerInvariant();
        writer.WriteLine($"% CapitalNetwork: arc values = {weightName}{(network.IsCityNetwork && o.Coordinates ? "; x y = longitude/latitude in Pajek's unit box, north up" : "")}");
        if (o.NetworkName is { } name) writer.WriteLine($"*Network {Tokens.Label(name)}");
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"*Vertices {network.NodeCount}"));
        var box = o.Coordinates ? UnitBox(network) : null;
        for (var v = 0; v < network.NodeCount; v++)
        {
            var node = network.Nodes[v];
            var text = Tokens.Label(o.Names == VertexNames.Ids ? node.Id : node.Label);
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"{v + 1} \"{text}\""));
            if (box is not null)
                writer.Write(string.Create(CultureInfo.InvariantCulture, $" {box[v].X:0.######} {box[v].Y:0.######} 0.5"));
            writer.WriteLine();
        }
        writer.WriteLine("*Arcs");
        var sources = network.Sources;
        var targets = network.Targets;
        var weights = network.Weights(o.Weight);
        for (var e = 0; e < network.EdgeCount; e++)
        {
            if (!o.IncludeSelfLoops && sources[e] == targets[e]) continue;
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{sources[e] + 1} {targets[e] + 1} {Tokens.Number(weights[e])}"));
        }
    }

    /// <summary>The coordinates of a city network in Pajek's unit box (see the remarks), or null.</summary>
    internal static (double X, double Y)[]? UnitBox(FlowNetwork network)
    {
        var projected = Projection.Project(network, GexfOptions.Default.CentralMeridian, GexfOptions.Default.ReferenceLatitude, 1);
        if (projected is null || projected.Length == 0) return null;
        var minX = projected.Min(p => p.X);
        var maxX = projected.Max(p => p.X);
        var minY = projected.Min(p => p.Y);
        var maxY = projected.Max(p => p.Y);
        var s = Math.Max(maxX - minX, maxY - minY);
        if (s <= 0) s = 1;
        return projected.Select(p => (Margin + (1 - 2 * Margin) * (p.X - minX) / s, Margin + (1 - 2 * Margin) * (maxY - p.Y) / s)).ToArray();
    }
}

using System.Globalization;
using CapitalNetwork.Files;
using CapitalNetwork.NetworkText;

namespace CapitalNetwork;

/// <summary>
/// Writes a network as a UCINET DL file in the layout of UCINET's DL documentation (UCINET: Data ▸ Import text file ▸
/// DL), so that UCINET users can check the figures in the tool they trust. igraph 0.10.2's <c>Read_DL</c> reads the edge
/// list and (0/1 values only, its limit) the full matrix back with the same vertices, names and ties
/// (tools/interchange-check); <see cref="DlReader"/> reads both. UCINET itself, a Windows program, was not run.
/// </summary>
/// <remarks>
/// <para>Layout: a header <c>DL N=n</c> and <c>FORMAT = FULLMATRIX</c> (or <c>FORMAT = EDGELIST1</c>), then
/// <c>LABELS:</c> with one name per line in node order (in double quotes only when it holds white space, a comma, <c>=</c> or
/// <c>:</c>, since igraph's <c>Read_DL</c> keeps quotes as part of a name), then <c>DATA:</c>: for the full matrix, n lines of n
/// values separated by spaces (row i, column j = the weight of i → j, 0 where there is no edge, the diagonal holding
/// self-loops); for the edge list, one line <c>i j value</c> per edge in edge order (vertex numbers 1…n). Values are the
/// chosen <see cref="DlOptions.Weight"/> in shortest round-trip invariant form. A double quote inside a name becomes
/// <c>'</c> and control characters spaces (DL has no escape).</para>
/// <para>Text: UTF-8 without byte order mark, CRLF line ends (UCINET is a Windows program). UCINET 6 reads a DL file as
/// ANSI text, so Chinese names may show garbled there; <see cref="VertexNames.Ids"/> writes the ASCII codes instead.
/// Writing by path replaces the file whole. O(n²) for the full matrix, O(n + m) for the edge list.</para>
/// </remarks>
public static class DlWriter
{
    /// <summary>Writes a DL file (replaced whole).</summary>
    /// <param name="network">The network.</param>
    /// <param name="path">The file path (conventionally <c>.dl</c> or <c>.txt</c>).</param>
    /// <param name="options">Layout, weight, names, self-loops; <c>null</c> for the defaults.</param>
    /// <exception cref="IOException">The file cannot be written; any previous file is unchanged.</exception>
    public static void Write(FlowNetwork network, string path, DlOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentException.ThrowIfNullOrEmpty(path);
        AtomicFile.Write(path, AtomicFile.Text(w => Write(network, w, options)));
    }

    // A name in quotes only when it needs them (white space, a comma, '=' or ':' that could read as a keyword, empty):
    // igraph's Read_DL keeps quotes as part of a name.
    private static string Quoted(string name) =>
        name.Length == 0 || name.Any(c => char.IsWhiteSpace(c) || c is ',' or '=' or ':') ? $"\"{name}\"" : name;

    /// <summary>Writes a DL network to a text writer (not closed).</summary>
    /// <param name="network">The network.</param>
    /// <param name="writer">Where to write.</param>
    /// <param name="options">Layout, weight, names, self-loops; <c>null</c> for the defaults.</param>
    public static void Write(FlowNetwork network, TextWriter writer, DlOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(writer);
        var o = options ?? DlOptions.Default;
        writer.NewLine = "\r\n";
        var n = network.NodeCount;
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"DL N={n}"));
        writer.WriteLine(o.Layout == DlLayout.FullMatrix ? "FORMAT = FULLMATRIX" : "FORMAT = EDGELIST1");
        writer.WriteLine("LABELS:");
        foreach (var node in network.Nodes)
            writer.WriteLine(Quoted(Tokens.Label(o.Names == VertexNames.Ids ? node.Id : node.Label)));
        writer.WriteLine("DATA:");
        var sources = network.Sources;
        var targets = network.Targets;
        var weights = network.Weights(o.Weight);
        if (o.Layout == DlLayout.EdgeList1)
        {
            for (var e = 0; e < network.EdgeCount; e++)
            {
                if (!o.IncludeSelfLoops && sources[e] == targets[e]) continue;
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{sources[e] + 1} {targets[e] + 1} {Tokens.Number(weights[e])}"));
            }
            return;
        }
        var row = new string[n];
        for (var i = 0; i < n; i++)
        {
            Array.Fill(row, "0");
            var range = network.OutEdges(i);
            for (var e = range.Start.Value; e < range.End.Value; e++)
                if (o.IncludeSelfLoops || targets[e] != i) row[targets[e]] = Tokens.Number(weights[e]);
            writer.WriteLine(string.Join(' ', row));
        }
    }
}

using CapitalNetwork.NetworkText;
using CapitalNetwork.Pajek;

namespace CapitalNetwork;

/// <summary>
/// Reads a Pajek network file (<c>.net</c>, or the first network of a <c>.paj</c> project) into a
/// <see cref="FlowNetwork"/>, as Pajek 5/6, NetworkX's <c>write_pajek</c>, igraph's <c>write_graph_pajek</c> and
/// <see cref="PajekWriter"/> write it.
/// </summary>
/// <remarks>
/// <para>Sections (keywords in any case, <c>%</c> comment lines skipped): <c>*Network name</c>; <c>*Vertices n</c>
/// (a two-mode <c>*Vertices n n1</c> is read as one vertex set) followed by lines <c>k "label" [x y [z]] [drawing
/// parameters]</c> (vertices without a line have no name); <c>*Arcs</c> and <c>*Edges</c> with lines <c>i j [value]
/// [drawing parameters]</c> (value 1 when absent or when the third token is a drawing keyword); <c>*Arcslist</c> and
/// <c>*Edgeslist</c> with lines <c>i j k …</c> (value 1); <c>*Matrix</c> with n rows of n values (a value ≠ 0 is an arc
/// i → j). Relation suffixes (<c>*Arcs :2 "trade"</c>) are allowed; all relations are summed. A project file's
/// partitions, vectors and later networks are skipped.</para>
/// <para>Direction: an <c>*Edges</c>/<c>*Edgeslist</c> tie enters the directed flow network as both directions u → v
/// and v → u, each with the full value (a self-loop once), the rule <see cref="GexfReader"/> applies to undirected GEXF
/// edges; one warning (<see cref="DiagnosticCode.UndirectedEdges"/>) per file says how many there were, because
/// undirected views (Louvain, modularity, k-cores, constraint) then see twice the file's weight.</para>
/// <para>Repairs, each reported as a warning <see cref="Diagnostic"/> and refused under
/// <see cref="NetworkFileReadOptions.Strict"/>: a tie to a number that is not a declared vertex adds a vertex named by
/// that text (<see cref="DiagnosticCode.UndeclaredNode"/>, as NetworkX keeps it); a second tie on an ordered pair is
/// summed (<see cref="DiagnosticCode.ParallelEdges"/>, Gephi's merge strategy SUM). Rejected lines (a value that is not
/// a finite number ≥ 0, a vertex line with a bad number or declared twice, a matrix row of the wrong length, an
/// over-long line) are reported as rejected diagnostics and reading goes on; under strict reading they fail the file.</para>
/// <para>Nodes: in vertex order; the value of a tie goes into all three weights (funds, links, capital), as
/// <see cref="EdgeListReader"/> does. Ids are the vertex labels when these are distinct and non-empty, else the vertex
/// numbers (labels kept as labels). When every label is the 6-digit code or the full name of a distinct gazetteer city,
/// the network is a city network (<see cref="NetworkFileReadOptions.RecognizeCities"/>). Text is UTF-8 (a byte order
/// mark is skipped; other bytes become U+FFFD). A file without <c>*Vertices</c>, with ties before it, or past the limits
/// of <see cref="NetworkFileReadOptions"/> fails with a <see cref="NetworkFormatException"/>. O(file size).</para>
/// </remarks>
public static class PajekReader
{
    /// <summary>Reads a Pajek file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="report">Receives the warnings and rejected lines (see the remarks), in file order.</param>
    /// <param name="options">Strictness and limits; <c>null</c> for <see cref="NetworkFileReadOptions.Default"/>.</param>
    /// <returns>The network.</returns>
    /// <exception cref="NetworkFormatException">The file cannot be used (see the remarks).</exception>
    public static FlowNetwork Read(string path, Action<Diagnostic>? report = null, NetworkFileReadOptions? options = null) =>
        ReadDocument(path, report, options).Network;

    /// <summary>Reads a Pajek network from a stream (left open).</summary>
    /// <param name="stream">The bytes.</param>
    /// <param name="fileName">The name used in diagnostics and messages.</param>
    /// <param name="report">Receives the warnings and rejected lines.</param>
    /// <param name="options">Strictness and limits, or <c>null</c>.</param>
    /// <returns>The network.</returns>
    /// <exception cref="NetworkFormatException">The file cannot be used.</exception>
    public static FlowNetwork Read(Stream stream, string fileName = "<stream>", Action<Diagnostic>? report = null, NetworkFileReadOptions? options = null) =>
        ReadDocument(stream, fileName, report, options).Network;

    /// <summary>Reads a Pajek file with its network name and vertex positions.</summary>
    /// <param name="path">The file.</param>
    /// <param name="report">Receives the warnings and rejected lines.</param>
    /// <param name="options">Strictness and limits, or <c>null</c>.</param>
    /// <returns>The document.</returns>
    /// <exception cref="NetworkFormatException">The file cannot be used.</exception>
    public static PajekDocument ReadDocument(string path, Action<Diagnostic>? report = null, NetworkFileReadOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = NetworkFiles.Open(path);
        return ReadDocument(stream, path, report, options);
    }

    /// <summary>Reads a Pajek network from a stream (left open) with its network name and vertex positions.</summary>
    /// <param name="stream">The bytes.</param>
    /// <param name="fileName">The name used in diagnostics and messages.</param>
    /// <param name="report">Receives the warnings and rejected lines.</param>
    /// <param name="options">Strictness and limits, or <c>null</c>.</param>
    /// <returns>The document.</returns>
    /// <exception cref="NetworkFormatException">The file cannot be used.</exception>
    public static PajekDocument ReadDocument(Stream stream, string fileName = "<stream>", Action<Diagnostic>? report = null, NetworkFileReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        var parser = new PajekParser(fileName, (options ?? NetworkFileReadOptions.Default).Checked(), report ?? (_ => { }));
        var network = parser.Parse(stream);
        return new PajekDocument(network, parser.NetworkName, parser.Positions);
    }
}

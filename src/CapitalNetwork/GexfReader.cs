using System.Globalization;
using System.Text;
using System.Xml;
using CapitalNetwork.Gexf;

namespace CapitalNetwork;

/// <summary>
/// Reads a GEXF file (as written by <see cref="GexfWriter"/>, or by Gephi, networkx or graphology) back into a
/// <see cref="FlowNetwork"/> (<see cref="Read(Stream, string, GexfReadOptions?)"/>) or into a <see cref="GexfDocument"/>
/// with the yearly snapshots, typed attributes and network figures (<see cref="ReadDocument(Stream, string, GexfReadOptions?)"/>).
/// </summary>
/// <remarks>
/// <para>Element names are matched on their local name, ignoring namespace and case (as Gephi does), so GEXF 1.1–1.3
/// files with or without <c>www.</c> in the namespace are read. Nodes keep the file's order; edges are sorted by
/// (source, target) as in every <see cref="FlowNetwork"/>, and parallel edges (e.g. of different <c>kind</c>s) are summed
/// with a <see cref="DiagnosticCode.ParallelEdges"/> warning (Gephi's default merge strategy SUM).</para>
/// <para>Undirected and mixed graphs: an edge is undirected when its <c>type</c>, or else the graph's
/// <c>defaultedgetype</c> (whose GEXF default is <c>undirected</c>), says <c>undirected</c> or <c>mutual</c>. A flow
/// network is directed, so an undirected edge {u, v} of weight w enters it as two edges u → v and v → u, each of weight w
/// (a self-loop once) — as NetworkX <c>G.to_directed()</c> and igraph <c>as_directed(mode="mutual")</c> do; directed edges
/// of a mixed file enter as they are. Directed measures then see every undirected tie both ways; the undirected views of
/// the measures that take one (Louvain, modularity, k-cores, constraint: w_ij + w_ji) see 2w, which changes no
/// partition or ranking of a purely undirected file. One <see cref="DiagnosticCode.UndirectedEdges"/> warning says how
/// many edges were so entered.</para>
/// <para>Edges to undeclared nodes: the node is added (id as label, after the declared nodes) with a
/// <see cref="DiagnosticCode.UndeclaredNode"/> warning, as Gephi does, unless
/// <see cref="GexfReadOptions.RejectUndeclaredNodes"/>. Attribute values whose <c>for</c> names no declared attribute,
/// and static node values that do not parse as their declared type, are skipped with a warning; list types
/// (<c>liststring</c>, <c>listinteger</c> …) and unknown types are kept as strings. Warnings are in
/// <see cref="GexfDocument.Diagnostics"/>.</para>
/// <para>Weights: an edge's funds, links and capital come from its static <c>funds</c>, <c>links</c> and <c>capital</c>
/// attribute values (matched on the attribute title, else id, ignoring case); each one that is absent takes the edge's
/// <c>weight</c> (1 when absent). A node's <c>funds_registered</c> value becomes its registered funds. Derived figures
/// (degrees, strengths, colours, sizes, positions) are ignored: the network recomputes them. Every other static node
/// attribute is kept, typed, in <see cref="GexfDocument.NodeAttributes"/>; network figures are read from the
/// <c>network attributes:</c> block of <c>&lt;meta&gt;&lt;description&gt;</c>.</para>
/// <para>City networks: when the file declares a node attribute <c>code</c> and every node id is the 6-digit code of a
/// network node of <see cref="Gazetteer.Default"/>, the nodes get their <see cref="Division"/> (so regions, provinces
/// and coordinates are known), in the file's order; a dynamic city file is completed to all gazetteer cities in code
/// order (files of other tools, or of versions of the dynamic writer before it wrote every city, may leave out cities
/// without any flow).</para>
/// <para>Dynamic files (<c>mode="dynamic"</c>, or <c>mode="slice"</c>, where the graph's <c>start</c>/<c>end</c> or
/// <c>timestamp</c> is the time of every node and edge) whose times are whole numbers (<c>timeformat</c> integer, or double with
/// integral values; dates give no series) become yearly snapshots for every year from the first to the last finite
/// bound: a node or edge is present in the years its <c>&lt;spells&gt;</c> (GEXF 1.1: <c>&lt;slices&gt;</c>; or its <c>start</c>/<c>end</c>/<c>timestamp</c>)
/// cover, or always when it has none; bounds are inclusive and a missing bound is open. An edge's funds, links and
/// capital in year y are its <c>funds_year</c>, … values at y (files of <see cref="GexfTimeline.PerYear"/>), or the
/// increase of its <c>funds_cumulative</c>, … values over y − 1 (<see cref="GexfTimeline.Cumulative"/>); otherwise
/// Gephi's dynamic <c>weight</c> at y; otherwise, in the years it is present, its static value. (Differences of
/// running totals are exact for whole numbers; fractional amounts such as capital in yuan may differ from the original
/// yearly values in the last bits, ≈ 10⁻¹⁶ relative; writing the snapshots again reproduces the file.) Registered funds come
/// from <c>funds_registered_year</c> / <c>_cumulative</c>. Years without any flow or registered fund are left out. Other
/// dynamic node attributes are kept in <see cref="GexfDocument.DynamicNodeAttributes"/>.</para>
/// <para>Safety: DTDs are prohibited (a document with a <c>DOCTYPE</c> is refused before any entity is expanded, so no
/// external file or URL is ever read), no resolver is used, entities expand to nothing, and the document size, node and
/// edge counts and time span are capped by <see cref="GexfReadOptions"/>. Every problem is a
/// <see cref="GexfFormatException"/> with the file name and line: not well-formed XML, a root that is not <c>gexf</c>,
/// an edge type other than directed, undirected or mutual, hierarchical (nested) nodes, a missing, empty or duplicate
/// node id, a duplicate edge id, an empty edge end (or, with <see cref="GexfReadOptions.RejectUndeclaredNodes"/>, one
/// that is not a declared node), weights (also <c>funds</c>, <c>links</c>, <c>capital</c> values) that are not finite
/// numbers ≥ 0, times that do not parse, and spells that end before they start. O(file size + (n + m)·years).</para>
/// </remarks>
public static class GexfReader
{
    /// <summary>Reads a GEXF file into a network.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="options">Options, or <c>null</c> for <see cref="GexfReadOptions.Default"/>.</param>
    /// <returns>The network (<see cref="GexfDocument.Network"/>).</returns>
    /// <exception cref="GexfFormatException">The file is not a usable GEXF file (see the remarks).</exception>
    public static FlowNetwork Read(string path, GexfReadOptions? options = null) => ReadDocument(path, options).Network;

    /// <summary>Reads a GEXF document from a stream (left open) into a network.</summary>
    /// <param name="stream">A readable stream positioned at the start of the document.</param>
    /// <param name="sourceName">The name used in error messages (e.g. the file name).</param>
    /// <param name="options">Options, or <c>null</c> for <see cref="GexfReadOptions.Default"/>.</param>
    /// <returns>The network (<see cref="GexfDocument.Network"/>).</returns>
    /// <exception cref="GexfFormatException">The document is not a usable GEXF file (see the remarks).</exception>
    public static FlowNetwork Read(Stream stream, string sourceName = "<stream>", GexfReadOptions? options = null) =>
        ReadDocument(stream, sourceName, options).Network;

    /// <summary>Reads a GEXF file with its attributes, network figures and (dynamic files) yearly snapshots.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="options">Options, or <c>null</c> for <see cref="GexfReadOptions.Default"/>.</param>
    /// <returns>The document.</returns>
    /// <exception cref="GexfFormatException">The file is not a usable GEXF file (see the remarks).</exception>
    public static GexfDocument ReadDocument(string path, GexfReadOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        return ReadDocument(file, path, options);
    }

    /// <summary>Reads a GEXF document from a stream (left open) with its attributes, network figures and (dynamic files)
    /// yearly snapshots.</summary>
    /// <param name="stream">A readable stream positioned at the start of the document.</param>
    /// <param name="sourceName">The name used in error messages (e.g. the file name).</param>
    /// <param name="options">Options, or <c>null</c> for <see cref="GexfReadOptions.Default"/>.</param>
    /// <returns>The document.</returns>
    /// <exception cref="GexfFormatException">The document is not a usable GEXF file (see the remarks).</exception>
    public static GexfDocument ReadDocument(Stream stream, string sourceName = "<stream>", GexfReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        options ??= GexfReadOptions.Default;
        if (options.MaxCharactersInDocument < 0 || options.MaxNodes < 0 || options.MaxEdges < 0 || options.MaxYears < 1)
            throw new ArgumentException("The limits must be ≥ 0 (MaxYears ≥ 1).", nameof(options));
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersFromEntities = 0,
            MaxCharactersInDocument = options.MaxCharactersInDocument,
            // Comments, PIs and whitespace stay visible so that the prolog's line count is known (see Parser.Parse).
            CloseInput = false,
        };
        var parser = new DocumentParser(sourceName, options);
        using var reader = XmlReader.Create(stream, settings);
        try
        {
            parser.Parse(reader);
        }
        catch (XmlException ex)
        {
            // Some refusals (a prohibited DTD) carry no position: the DTD then starts where the prolog read so far ends.
            var line = ex.LineNumber > 0 ? ex.LineNumber : parser.PrologEndLine;
            throw new GexfFormatException(sourceName, $"not well-formed or refused XML: {ex.Message}", line, ex);
        }
        catch (Exception ex) when (ex is ArgumentException or DecoderFallbackException)
        {
            // XmlReader throws these (not XmlException) for some broken encoding declarations and undecodable bytes.
            throw new GexfFormatException(sourceName, $"the file cannot be decoded as declared: {ex.Message}", parser.PrologEndLine, ex);
        }
        return parser.Build();
    }
}

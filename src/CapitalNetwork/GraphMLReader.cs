using System.Text;
using System.Xml;
using CapitalNetwork.GraphML;

namespace CapitalNetwork;

/// <summary>
/// Reads a GraphML file — as written by <see cref="GraphMLWriter"/>, NetworkX (<c>write_graphml</c>), igraph
/// (<c>write_graph(format="graphml")</c>), yEd or Cytoscape — into a <see cref="FlowNetwork"/>
/// (<see cref="Read(Stream, string, GraphMLReadOptions?)"/>) or a <see cref="GraphMLDocument"/> with the typed node
/// attributes and the warnings of the read (<see cref="ReadDocument(Stream, string, GraphMLReadOptions?)"/>).
/// </summary>
/// <remarks>
/// <para>Element names are matched on their local name, ignoring namespace and case. Keys (<c>&lt;key id for attr.name
/// attr.type&gt;</c>, <c>for</c> node, edge or all) are typed: <c>int</c>, <c>long</c>, <c>float</c>, <c>double</c>,
/// <c>boolean</c>, <c>string</c> (any other type is kept as a string); a key's <c>&lt;default&gt;</c> applies to every
/// element without a <c>&lt;data&gt;</c> for it. A <c>&lt;data&gt;</c> for an undeclared key is skipped with a
/// <see cref="DiagnosticCode.UndeclaredAttribute"/> warning; a node value that does not parse as its key's type is
/// skipped with a <see cref="DiagnosticCode.BadAttributeValue"/> warning.</para>
/// <para>Nodes: the file's order (nodes of graphs nested in nodes — yEd groups — included, as NetworkX does; GraphML lets
/// an edge come before the <c>&lt;node&gt;</c> of its end, which then takes the place of that first mention); the label
/// is the node key named <c>label</c>, else <c>name</c> (igraph, Cytoscape), else yEd's first <c>&lt;y:NodeLabel&gt;</c> (yFiles for HTML: <c>&lt;y:Label.Text&gt;</c>; keys with a <c>yfiles.type</c> or <c>y:attr.uri</c> hold drawing data and are not kept as attributes),
/// else the id. Edges: funds, links and capital come from edge keys named <c>funds</c>, <c>links</c> and <c>capital</c>
/// (ignoring case); each one that is absent takes the key <c>weight</c> (1 when absent); a node's
/// <c>funds_registered</c> becomes its registered funds. City networks are recognised as by <see cref="GexfReader"/>
/// (a node key <c>code</c> and every id the 6-digit code of a gazetteer city).</para>
/// <para>Direction: an edge is directed when its <c>directed</c> attribute says <c>true</c>, else when its graph's
/// <c>edgedefault</c> is <c>directed</c> (an absent <c>edgedefault</c> means undirected, as in NetworkX). An undirected
/// edge {u, v} of weight w enters the flow network as u → v and v → u, each of weight w (a self-loop once), exactly as
/// <see cref="GexfReader"/> does (see there for what the undirected views of measures then see), with one
/// <see cref="DiagnosticCode.UndirectedEdges"/> warning. Parallel edges are summed with a
/// <see cref="DiagnosticCode.ParallelEdges"/> warning; an edge to a node the file does not declare adds that node with a
/// <see cref="DiagnosticCode.UndeclaredNode"/> warning unless <see cref="GraphMLReadOptions.RejectUndeclaredNodes"/>.
/// Only the first top-level <c>&lt;graph&gt;</c> is read (as NetworkX and igraph do); ports are ignored.</para>
/// <para>Safety: DTDs are prohibited (no entity is expanded, no external file or URL is read), no resolver is used,
/// and the document size, node and edge counts and the nesting of graphs (64) are capped. Every problem is a
/// <see cref="GraphMLFormatException"/> with the file name and line: not well-formed XML, a root that is not
/// <c>graphml</c>, no <c>&lt;graph&gt;</c>, a hyperedge, a missing, empty or duplicate node id, an edge without source
/// or target (or, strict, to an undeclared node), and a weight, funds, links, capital or funds_registered value that is
/// not a finite number ≥ 0. O(file size).</para>
/// </remarks>
public static class GraphMLReader
{
    /// <summary>Reads a GraphML file into a network.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="options">Options, or <c>null</c> for <see cref="GraphMLReadOptions.Default"/>.</param>
    /// <returns>The network (<see cref="GraphMLDocument.Network"/>).</returns>
    /// <exception cref="GraphMLFormatException">The file is not a usable GraphML file (see the remarks).</exception>
    public static FlowNetwork Read(string path, GraphMLReadOptions? options = null) => ReadDocument(path, options).Network;

    /// <summary>Reads a GraphML document from a stream (left open) into a network.</summary>
    /// <param name="stream">A readable stream positioned at the start of the document.</param>
    /// <param name="sourceName">The name used in messages (e.g. the file name).</param>
    /// <param name="options">Options, or <c>null</c> for <see cref="GraphMLReadOptions.Default"/>.</param>
    /// <returns>The network (<see cref="GraphMLDocument.Network"/>).</returns>
    /// <exception cref="GraphMLFormatException">The document is not a usable GraphML file (see the remarks).</exception>
    public static FlowNetwork Read(Stream stream, string sourceName = "<stream>", GraphMLReadOptions? options = null) =>
        ReadDocument(stream, sourceName, options).Network;

    /// <summary>Reads a GraphML file with its node attributes and the warnings of the read.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="options">Options, or <c>null</c> for <see cref="GraphMLReadOptions.Default"/>.</param>
    /// <returns>The document.</returns>
    /// <exception cref="GraphMLFormatException">The file is not a usable GraphML file (see the remarks).</exception>
    public static GraphMLDocument ReadDocument(string path, GraphMLReadOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        return ReadDocument(file, path, options);
    }

    /// <summary>Reads a GraphML document from a stream (left open) with its node attributes and the warnings of the read.</summary>
    /// <param name="stream">A readable stream positioned at the start of the document.</param>
    /// <param name="sourceName">The name used in messages (e.g. the file name).</param>
    /// <param name="options">Options, or <c>null</c> for <see cref="GraphMLReadOptions.Default"/>.</param>
    /// <returns>The document.</returns>
    /// <exception cref="GraphMLFormatException">The document is not a usable GraphML file (see the remarks).</exception>
    public static GraphMLDocument ReadDocument(Stream stream, string sourceName = "<stream>", GraphMLReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        options ??= GraphMLReadOptions.Default;
        if (options.MaxCharactersInDocument < 0 || options.MaxNodes < 0 || options.MaxEdges < 0)
            throw new ArgumentException("The limits must be ≥ 0.", nameof(options));
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersFromEntities = 0,
            MaxCharactersInDocument = options.MaxCharactersInDocument,
            CloseInput = false,
        };
        var parser = new KeyedParser(sourceName, options);
        using var reader = XmlReader.Create(stream, settings);
        try
        {
            parser.Parse(reader);
        }
        catch (XmlException ex)
        {
            var line = ex.LineNumber > 0 ? ex.LineNumber : parser.PrologEndLine;
            throw new GraphMLFormatException(sourceName, $"not well-formed or refused XML: {ex.Message}", line, ex);
        }
        catch (Exception ex) when (ex is ArgumentException or DecoderFallbackException)
        {
            throw new GraphMLFormatException(sourceName, $"the file cannot be decoded as declared: {ex.Message}", parser.PrologEndLine, ex);
        }
        return parser.Build();
    }
}

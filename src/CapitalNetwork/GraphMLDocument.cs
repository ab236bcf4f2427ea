namespace CapitalNetwork;

/// <summary>
/// Everything <see cref="GraphMLReader.ReadDocument(Stream, string, GraphMLReadOptions?)"/> recovers from a GraphML file:
/// the network, the typed node attributes that are not derived figures, the warnings of the read and the file's own
/// counts. Immutable.
/// </summary>
public sealed class GraphMLDocument
{
    internal GraphMLDocument(FlowNetwork network, IReadOnlyList<GexfNodeAttribute> nodeAttributes,
        IReadOnlyList<GexfNetworkAttribute> networkAttributes, string? creator, string? description,
        IReadOnlyList<Diagnostic> diagnostics, int fileNodeCount, int fileEdgeCount)
    {
        NetworkAttributes = networkAttributes;
        Creator = creator;
        Description = description;
        Network = network;
        NodeAttributes = nodeAttributes;
        Diagnostics = diagnostics;
        FileNodeCount = fileNodeCount;
        FileEdgeCount = fileEdgeCount;
    }

    /// <summary>The network: the file's nodes in file order (then nodes added for undeclared edge ends), its edges
    /// directed, undirected ones both ways (see <see cref="GraphMLReader"/>).</summary>
    public FlowNetwork Network { get; }

    /// <summary>Node attributes other than the label, the figures the writers compute (degrees, strengths, city
    /// attributes) and the drawing (<c>x</c>, <c>y</c>, <c>size</c>, <c>r</c>, <c>g</c>, <c>b</c>, <c>color</c> …), typed
    /// by their <c>attr.type</c>, on the nodes of <see cref="Network"/>, in declaration order; names are the
    /// <c>attr.name</c>s (made into identifiers when they are not). Keys without any value are left out.</summary>
    public IReadOnlyList<GexfNodeAttribute> NodeAttributes { get; }

    /// <summary>The graph-level values of the top-level <c>&lt;graph&gt;</c> (keys <c>for="graph"</c> whose name is an
    /// identifier, typed; <c>creator</c> and <c>description</c> apart), as <see cref="GraphMLWriter"/> writes
    /// <see cref="GexfOptions.NetworkAttributes"/>.</summary>
    public IReadOnlyList<GexfNetworkAttribute> NetworkAttributes { get; }

    /// <summary>The graph-level <c>creator</c> value, if any.</summary>
    public string? Creator { get; }

    /// <summary>The graph-level <c>description</c> value, if any.</summary>
    public string? Description { get; }

    /// <summary>The warnings of the read, in file order (empty for files of <see cref="GraphMLWriter"/>): the codes
    /// <see cref="DiagnosticCode.UndeclaredNode"/>, <see cref="DiagnosticCode.ParallelEdges"/>,
    /// <see cref="DiagnosticCode.UndeclaredAttribute"/>, <see cref="DiagnosticCode.BadAttributeValue"/>, and last one
    /// <see cref="DiagnosticCode.UndirectedEdges"/> summary. Nothing in them was refused.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>The number of <c>&lt;node&gt;</c> elements in the file (nested graphs included).</summary>
    public int FileNodeCount { get; }

    /// <summary>The number of <c>&lt;edge&gt;</c> elements in the file; the network's edge count differs when edges are
    /// undirected (two directed edges each, one for a self-loop) or parallel (summed into one).</summary>
    public int FileEdgeCount { get; }

    /// <summary>Writer options (for <see cref="GraphMLWriter"/>, <see cref="GexfWriter"/> …) that carry this document's node
    /// attributes, network figures, creator and description on top of <paramref name="presentation"/>.</summary>
    /// <param name="presentation">The presentation options, or <c>null</c> for <see cref="GexfOptions.Default"/>.</param>
    /// <returns>The options.</returns>
    public GexfOptions ToOptions(GexfOptions? presentation = null) => (presentation ?? GexfOptions.Default) with
    {
        NodeAttributes = NodeAttributes,
        NetworkAttributes = NetworkAttributes,
        Creator = Creator,
        Description = Description,
    };

    /// <inheritdoc />
    public override string ToString() =>
        $"GraphML: {Network}; {NodeAttributes.Count} extra node attributes, {Diagnostics.Count} warnings";
}

namespace CapitalNetwork;

/// <summary>
/// Everything <see cref="GexfReader.ReadDocument(Stream, string, GexfReadOptions?)"/> recovers from a GEXF file: the
/// network, the yearly snapshots of a dynamic file, the typed attributes that are not derived figures, the network-level
/// figures and the meta data. <see cref="GexfWriter.Write(GexfDocument, Stream, GexfOptions?)"/> writes it back.
/// Immutable.
/// </summary>
public sealed class GexfDocument
{
    internal GexfDocument(FlowNetwork network, NetworkSeries? series, GexfTimeline? timeline,
        IReadOnlyList<GexfNodeAttribute> nodeAttributes, IReadOnlyList<GexfDynamicNodeAttribute> dynamicNodeAttributes,
        IReadOnlyList<GexfNetworkAttribute> networkAttributes, string? creator, string? description, DateOnly? lastModified,
        bool isDynamic, IReadOnlyList<Diagnostic> diagnostics, int fileNodeCount, int fileEdgeCount)
    {
        Diagnostics = diagnostics;
        FileNodeCount = fileNodeCount;
        FileEdgeCount = fileEdgeCount;
        Network = network;
        Series = series;
        Timeline = timeline;
        NodeAttributes = nodeAttributes;
        DynamicNodeAttributes = dynamicNodeAttributes;
        NetworkAttributes = networkAttributes;
        Creator = creator;
        Description = description;
        LastModified = lastModified;
        IsDynamic = isDynamic;
    }

    /// <summary>The static network (for a dynamic file: its static part, which for files of
    /// <see cref="GexfWriter.WriteDynamic(NetworkSeries, Stream, GexfOptions?)"/> is the sum of the years; a dynamic city
    /// file is completed to every gazetteer city, in code order, so it shares the node list of <see cref="Series"/>).</summary>
    public FlowNetwork Network { get; }

    /// <summary>The yearly snapshots of a dynamic file whose times are whole years (see <see cref="GexfReader"/>), else <c>null</c>.</summary>
    public NetworkSeries? Series { get; }

    /// <summary>The timeline of a dynamic file (<see cref="GexfTimeline.Cumulative"/> when its figures carry the suffix
    /// <c>_cumulative</c>, else <see cref="GexfTimeline.PerYear"/>); <c>null</c> for a static file.</summary>
    public GexfTimeline? Timeline { get; }

    /// <summary>True when the file's graph is <c>mode="dynamic"</c>.</summary>
    public bool IsDynamic { get; }

    /// <summary>Static node attributes other than the derived figures the writer computes (measures added with
    /// <see cref="GexfOptions.NodeAttributes"/>, or any attribute of a foreign file), on the nodes of
    /// <see cref="Network"/>, in declaration order; names are the titles (made into identifiers when they are not).</summary>
    public IReadOnlyList<GexfNodeAttribute> NodeAttributes { get; }

    /// <summary>Dynamic node attributes other than the writer's own figures, by year (only for a <see cref="Series"/>).</summary>
    public IReadOnlyList<GexfDynamicNodeAttribute> DynamicNodeAttributes { get; }

    /// <summary>The network-level figures found in <c>&lt;meta&gt;&lt;description&gt;</c> (see <see cref="GexfNetworkAttribute"/>).</summary>
    public IReadOnlyList<GexfNetworkAttribute> NetworkAttributes { get; }

    /// <summary>The warnings of the read, in file order (empty for files of <see cref="GexfWriter"/>): edges to undeclared
    /// nodes (<see cref="DiagnosticCode.UndeclaredNode"/>), parallel edges summed (<see cref="DiagnosticCode.ParallelEdges"/>),
    /// values of undeclared attributes or of the wrong type skipped (<see cref="DiagnosticCode.UndeclaredAttribute"/>,
    /// <see cref="DiagnosticCode.BadAttributeValue"/>), and last one summary of the undirected edges entered both ways
    /// (<see cref="DiagnosticCode.UndirectedEdges"/>). All have <see cref="DiagnosticSeverity.Warning"/>: nothing was
    /// refused.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>The number of <c>&lt;node&gt;</c> elements in the file (nodes added for undeclared edge ends not included;
    /// a dynamic city file's network may hold more nodes, see <see cref="Network"/>).</summary>
    public int FileNodeCount { get; }

    /// <summary>The number of <c>&lt;edge&gt;</c> elements in the file. The network's edge count differs when edges are
    /// undirected (two directed edges each, one for a self-loop) or parallel (summed into one).</summary>
    public int FileEdgeCount { get; }

    /// <summary>The <c>&lt;meta&gt;&lt;creator&gt;</c> text, if any.</summary>
    public string? Creator { get; }

    /// <summary>The <c>&lt;meta&gt;&lt;description&gt;</c> text without the network-attribute block, if any.</summary>
    public string? Description { get; }

    /// <summary>The <c>&lt;meta lastmodifieddate&gt;</c>, if any and valid.</summary>
    public DateOnly? LastModified { get; }

    /// <summary>Writer options that reproduce this document: <paramref name="presentation"/> (colours, sizes, weight,
    /// positions …) with this document's attributes, network figures, creator, description, date and timeline.</summary>
    /// <param name="presentation">The presentation options, or <c>null</c> for <see cref="GexfOptions.Default"/>.</param>
    /// <returns>The options.</returns>
    public GexfOptions ToOptions(GexfOptions? presentation = null) => (presentation ?? GexfOptions.Default) with
    {
        NodeAttributes = NodeAttributes,
        DynamicNodeAttributes = DynamicNodeAttributes,
        NetworkAttributes = NetworkAttributes,
        Creator = Creator,
        Description = Description,
        LastModified = LastModified,
        Timeline = Timeline ?? (presentation ?? GexfOptions.Default).Timeline,
    };

    /// <inheritdoc />
    public override string ToString() =>
        $"GEXF {(IsDynamic ? "dynamic" : "static")}: {Network}; {NodeAttributes.Count} extra node attributes, {NetworkAttributes.Count} network figures" +
        (Series is null ? "" : $", {Series.Years.Count} years");
}

using System.Collections.Frozen;

namespace CapitalNetwork;

/// <summary>Options of <see cref="GexfWriter"/> (also used by <see cref="GephiCsvWriter"/> and
/// <see cref="NetworkJsonWriter"/>, which take the weight, self-loops, attributes and timeline from them); change
/// with <c>with</c>. Every field has a default, so <c>new GexfOptions()</c> (or <see cref="Default"/>) writes a file
/// Gephi opens ready to draw.</summary>
public sealed record GexfOptions
{
    /// <summary>
    /// Okabe–Ito colours (colourblind-safe; Okabe &amp; Ito, "Color Universal Design", 2002/2008): East blue #0072B2,
    /// Central orange #E69F00, West bluish green #009E73, Northeast reddish purple #CC79A7, Outside (HK, Macao, Taiwan)
    /// vermillion #D55E00.
    /// </summary>
    public static IReadOnlyDictionary<StatisticalRegion, GexfColor> OkabeItoRegionColors { get; } =
        new Dictionary<StatisticalRegion, GexfColor>
        {
            [StatisticalRegion.East] = new(0x00, 0x72, 0xB2),
            [StatisticalRegion.Central] = new(0xE6, 0x9F, 0x00),
            [StatisticalRegion.West] = new(0x00, 0x9E, 0x73),
            [StatisticalRegion.Northeast] = new(0xCC, 0x79, 0xA7),
            [StatisticalRegion.Outside] = new(0xD5, 0x5E, 0x00),
        }.ToFrozenDictionary();

    /// <summary>
    /// Okabe–Ito colours for categories (<see cref="ColorBy"/> naming an integer, string or boolean attribute), in this
    /// order: blue #0072B2, orange #E69F00, bluish green #009E73, reddish purple #CC79A7, vermillion #D55E00, sky blue
    /// #56B4E9, yellow #F0E442 (black is left out: it hides labels).
    /// </summary>
    public static IReadOnlyList<GexfColor> OkabeItoCategoryColors { get; } =
    [
        new(0x00, 0x72, 0xB2), new(0xE6, 0x9F, 0x00), new(0x00, 0x9E, 0x73), new(0xCC, 0x79, 0xA7),
        new(0xD5, 0x5E, 0x00), new(0x56, 0xB4, 0xE9), new(0xF0, 0xE4, 0x42),
    ];

    /// <summary>Default options.</summary>
    public static GexfOptions Default { get; } = new(); // after OkabeItoRegionColors: static initialisers run in order

    /// <summary>Which edge weight becomes the GEXF <c>weight</c> (what Gephi uses for edge thickness and weighted
    /// statistics). Default <see cref="EdgeWeight.Funds"/>: small integers, exact in Gephi's single-precision parse.
    /// All three weights are always written as the edge attributes <c>funds</c>, <c>links</c> and <c>capital</c>.</summary>
    public EdgeWeight Weight { get; init; } = EdgeWeight.Funds;

    /// <summary>The <c>viz:size</c> of a node that attracts no funds (≥ 0). See <see cref="MaxNodeSize"/> for the formula.</summary>
    public double MinNodeSize { get; init; } = 4;

    /// <summary>
    /// The <c>viz:size</c> of the node that attracts the most funds (≥ <see cref="MinNodeSize"/>). By default sizes grow
    /// with the square root of the in-strength by funds s(v) = Σ_u w_uv (self-loop included), so that a disc's area
    /// grows in proportion to the funds a city attracts: size(v) = min + (max − min)·√(s(v) / max_u s(u)); every node
    /// gets min when no node attracts anything. <see cref="SizeWeight"/>, <see cref="SizeBy"/> and
    /// <see cref="SizeScale"/> change the value and the law.
    /// </summary>
    public double MaxNodeSize { get; init; } = 40;

    /// <summary>Which in-strength sizes the nodes when <see cref="SizeBy"/> is <c>null</c>: s(v) = Σ_u w_uv of this
    /// weight, self-loop included. Default <see cref="EdgeWeight.Funds"/> (funds attracted).</summary>
    public EdgeWeight SizeWeight { get; init; } = EdgeWeight.Funds;

    /// <summary>The name of a numeric attribute of <see cref="NodeAttributes"/> that sizes the nodes instead of the
    /// in-strength (e.g. a centrality), or <c>null</c> (default) for the in-strength by <see cref="SizeWeight"/>.</summary>
    public string? SizeBy { get; init; }

    /// <summary>How values become sizes between <see cref="MinNodeSize"/> and <see cref="MaxNodeSize"/>; default
    /// <see cref="GexfSizeScale.Area"/> (disc area ∝ value).</summary>
    public GexfSizeScale SizeScale { get; init; } = GexfSizeScale.Area;

    /// <summary>
    /// The name of an attribute of <see cref="NodeAttributes"/> that colours the nodes instead of the region, or
    /// <c>null</c> (default) for <see cref="RegionColors"/>. An integer, long, string or boolean attribute is
    /// categorical: its values, ordered by how many nodes carry them (most first, ties by ordinal text order), take
    /// <see cref="CategoryColors"/> in turn; values beyond the palette and nodes without a value get
    /// <see cref="NeutralColor"/>. A double attribute is sequential: value v maps linearly (in RGB) from
    /// <see cref="GradientLow"/> at the minimum to <see cref="GradientHigh"/> at the maximum.
    /// </summary>
    public string? ColorBy { get; init; }

    /// <summary>Colours of categories for <see cref="ColorBy"/>; default <see cref="OkabeItoCategoryColors"/>.</summary>
    public IReadOnlyList<GexfColor> CategoryColors { get; init; } = OkabeItoCategoryColors;

    /// <summary>Colour of the smallest value of a double <see cref="ColorBy"/> attribute (default #DEEBF7).</summary>
    public GexfColor GradientLow { get; init; } = new(0xDE, 0xEB, 0xF7);

    /// <summary>Colour of the largest value of a double <see cref="ColorBy"/> attribute (default #08306B).</summary>
    public GexfColor GradientHigh { get; init; } = new(0x08, 0x30, 0x6B);

    /// <summary>
    /// Largest <c>viz:thickness</c> of an edge, or 0 (default) to write none. When &gt; 0, edge e gets
    /// thickness = max·w_e / max_f w_f with w the <see cref="Weight"/> (rounded to 4 decimals). Gephi ignores
    /// <c>viz:thickness</c> (it draws thickness from the weight); sigma.js/Gephi Lite and gexf-js use it.
    /// </summary>
    public double MaxEdgeThickness { get; init; }

    /// <summary>Extra typed node attributes (computed measures) written after the built-in ones, in list order; each
    /// must have one value per node of the network written. See <see cref="GexfNodeAttribute"/> for the naming rules.</summary>
    public IReadOnlyList<GexfNodeAttribute> NodeAttributes { get; init; } = [];

    /// <summary>Extra node attributes that change by year, written only by
    /// <see cref="GexfWriter.WriteDynamic(NetworkSeries, Stream, GexfOptions?)"/> (ignored by the static writer).</summary>
    public IReadOnlyList<GexfDynamicNodeAttribute> DynamicNodeAttributes { get; init; } = [];

    /// <summary>Network-level figures, written into <c>&lt;meta&gt;&lt;description&gt;</c> (see
    /// <see cref="GexfNetworkAttribute"/> for why and how).</summary>
    public IReadOnlyList<GexfNetworkAttribute> NetworkAttributes { get; init; } = [];

    /// <summary>How a dynamic file puts the years on the timeline (default <see cref="GexfTimeline.Cumulative"/>:
    /// the network grows). Ignored by the static writer.</summary>
    public GexfTimeline Timeline { get; init; } = GexfTimeline.Cumulative;

    /// <summary>Node colour per statistical region (city networks). A region missing from the map gets
    /// <see cref="NeutralColor"/>. Default <see cref="OkabeItoRegionColors"/>.</summary>
    public IReadOnlyDictionary<StatisticalRegion, GexfColor> RegionColors { get; init; } = OkabeItoRegionColors;

    /// <summary>Colour of nodes that are not gazetteer cities (generic edge-list networks, roll-ups). Default Okabe–Ito
    /// grey #999999.</summary>
    public GexfColor NeutralColor { get; init; } = new(0x99, 0x99, 0x99);

    /// <summary>Whether self-loops (local capital) are written as edges. The node attributes <c>local_funds</c>,
    /// <c>local_links</c>, <c>local_capital</c> and the in/out strengths (which include the loop) are written either way.</summary>
    public bool IncludeSelfLoops { get; init; } = true;

    /// <summary>The <c>&lt;meta&gt;&lt;creator&gt;</c> text, or <c>null</c> for none. Default <c>CapitalNetwork</c>
    /// (no version number, so identical networks give identical files across library versions).</summary>
    public string? Creator { get; init; } = "CapitalNetwork";

    /// <summary>The <c>&lt;meta&gt;&lt;description&gt;</c> text, or <c>null</c> for none.</summary>
    public string? Description { get; init; }

    /// <summary>The <c>&lt;meta lastmodifieddate&gt;</c>, or <c>null</c> for none. Never taken from the clock, so that
    /// identical input gives identical bytes.</summary>
    public DateOnly? LastModified { get; init; }

    /// <summary>
    /// Whether to write <c>viz:position</c>. Positions are written only for a city network in which every node has
    /// coordinates (otherwise for no node: Gephi puts nodes without a position at the origin when others have one),
    /// with an equirectangular projection centred on (<see cref="CentralMeridian"/>, <see cref="ReferenceLatitude"/>):
    /// x = (lng − λ0)·cos φ0·k, y = (lat − φ0)·k, y pointing north, k = <see cref="ProjectionScale"/>.
    /// </summary>
    public bool WritePositions { get; init; } = true;

    /// <summary>Projection scale k in layout units per degree of latitude. Default 40: mainland China spans roughly
    /// x ∈ [−1000, 900], y ∈ [−700, 750].</summary>
    public double ProjectionScale { get; init; } = 40;

    /// <summary>Central meridian λ0 of the projection in degrees east (default 105°E, the centre of China).</summary>
    public double CentralMeridian { get; init; } = 105;

    /// <summary>Reference latitude φ0 in degrees north: the projection's origin and the parallel whose cosine scales x
    /// (default 35°N, so east–west distances are true in central China).</summary>
    public double ReferenceLatitude { get; init; } = 35;
}

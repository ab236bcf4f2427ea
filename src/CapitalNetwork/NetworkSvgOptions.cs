using CapitalNetwork.Svg;

namespace CapitalNetwork;

/// <summary>Options of <see cref="NetworkSvg"/>; change with <c>with</c>. The defaults draw the study's picture: a map of
/// China's cities, disc area by funds attracted, colour by region, the 150 strongest flows by funds, labels for the 30
/// leading cities.</summary>
public sealed record NetworkSvgOptions
{
    /// <summary>Default options.</summary>
    public static NetworkSvgOptions Default { get; } = new();

    /// <summary>Picture width in pixels (≥ 400). Default 1200.</summary>
    public double Width { get; init; } = 1200;

    /// <summary>Picture height in pixels (≥ 300). Default 900.</summary>
    public double Height { get; init; } = 900;

    /// <summary>The title drawn at the top left (and the SVG <c>&lt;title&gt;</c>), or <c>null</c> for none.</summary>
    public string? Title { get; init; }

    /// <summary>Where the nodes go (default <see cref="NetworkLayout.Auto"/>).</summary>
    public NetworkLayout Layout { get; init; } = NetworkLayout.Auto;

    /// <summary>The weight that sets edge widths and picks the strongest flows (default <see cref="EdgeWeight.Funds"/>).</summary>
    public EdgeWeight Weight { get; init; } = EdgeWeight.Funds;

    /// <summary>The in-strength that sets node areas (default <see cref="EdgeWeight.Funds"/>: funds attracted, local capital included).</summary>
    public EdgeWeight SizeWeight { get; init; } = EdgeWeight.Funds;

    /// <summary>How many flows are drawn: the k with the largest <see cref="Weight"/> (ties by edge order), ≥ 0. Default 150.</summary>
    public int TopEdges { get; init; } = 150;

    /// <summary>How self-loops are drawn (default <see cref="SelfLoopStyle.Ring"/>).</summary>
    public SelfLoopStyle SelfLoops { get; init; } = SelfLoopStyle.Ring;

    /// <summary>How many leading cities (by the <see cref="SizeWeight"/> in-strength, &gt; 0) get a label; labels that
    /// would overlap another label, a labelled disc or the legend are dropped. Default 30.</summary>
    public int Labels { get; init; } = 30;

    /// <summary>Whether labels drop the trailing 市 of city names of three characters or more (北京市 → 北京). Default true.</summary>
    public bool ShortLabels { get; init; } = true;

    /// <summary>Font size of the smallest label (default 11 px); labels grow with the square root of the value.</summary>
    public double MinLabelSize { get; init; } = 11;

    /// <summary>Font size of the leading city's label (default 22 px).</summary>
    public double MaxLabelSize { get; init; } = 22;

    /// <summary>Radius of the disc of the node with the largest in-strength (default 26 px). Disc area is proportional to
    /// the in-strength: r = max·√(s / s_max), at least <see cref="MinNodeRadius"/> for s &gt; 0.</summary>
    public double MaxNodeRadius { get; init; } = 26;

    /// <summary>Smallest radius of a node with s &gt; 0 (default 1.5 px).</summary>
    public double MinNodeRadius { get; init; } = 1.5;

    /// <summary>Whether nodes without any flow are drawn as faint dots (default true: on a map they sketch the country).
    /// Nodes with s = 0 that send capital out are always drawn, as hollow rings (see <see cref="NetworkSvg"/>).</summary>
    public bool ShowInactiveNodes { get; init; } = true;

    /// <summary>Width of the strongest drawn flow (default 9 px); widths are proportional to the weight, at least
    /// <see cref="MinEdgeWidth"/>.</summary>
    public double MaxEdgeWidth { get; init; } = 9;

    /// <summary>Smallest drawn edge width (default 0.4 px).</summary>
    public double MinEdgeWidth { get; init; } = 0.4;

    /// <summary>Edge opacity (default 0.45).</summary>
    public double EdgeOpacity { get; init; } = 0.45;

    /// <summary>Node colour per region; default Okabe–Ito as in GEXF.</summary>
    public IReadOnlyDictionary<StatisticalRegion, GexfColor> RegionColors { get; init; } = GexfOptions.OkabeItoRegionColors;

    /// <summary>Colour of non-city nodes (default #999999).</summary>
    public GexfColor NeutralColor { get; init; } = new(0x99, 0x99, 0x99);

    /// <summary>Whether the legend panel (regions, sizes, widths, scale) is drawn at the right (default true).</summary>
    public bool Legend { get; init; } = true;

    /// <summary>Central meridian λ0 of the projection (default 105°E, as <see cref="GexfOptions.CentralMeridian"/>).</summary>
    public double CentralMeridian { get; init; } = 105;

    /// <summary>Reference latitude φ0 (default 35°N, as <see cref="GexfOptions.ReferenceLatitude"/>): the parallel along
    /// which the scale bar is true.</summary>
    public double ReferenceLatitude { get; init; } = 35;

    /// <summary>Seed of the force-directed layout (default 42).</summary>
    public ulong Seed { get; init; } = 42;

    /// <summary>Iterations of the force-directed layout (default 300).</summary>
    public int Iterations { get; init; } = 300;

    /// <summary>CSS font-family list with CJK fonts first (see <see cref="SvgChartOptions.FontFamily"/>).</summary>
    public string FontFamily { get; init; } = Canvas.DefaultFontFamily;

    /// <summary>The language of the words drawn (titles, axes, legends, region names): Chinese or English; <c>null</c> (the
    /// default) draws both, Chinese first. Labels of nodes are the network's own.</summary>
    public ReportLanguage? Language { get; init; }
}

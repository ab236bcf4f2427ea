using CapitalNetwork.Svg;

namespace CapitalNetwork;

/// <summary>Options of <see cref="SvgCharts"/>; change with <c>with</c>.</summary>
public sealed record SvgChartOptions
{
    /// <summary>Default options (800 × 500 px).</summary>
    public static SvgChartOptions Default { get; } = new();

    /// <summary>Width in pixels (≥ 200). Default 800.</summary>
    public double Width { get; init; } = 800;

    /// <summary>Height in pixels (≥ 150). Default 500.</summary>
    public double Height { get; init; } = 500;

    /// <summary>The chart title, or <c>null</c> for the chart's default title.</summary>
    public string? Title { get; init; }

    /// <summary>The axis label of the values, or <c>null</c> for the chart's default.</summary>
    public string? ValueLabel { get; init; }

    /// <summary>CSS font-family list; default "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei",
    /// "PingFang SC", sans-serif (Chinese labels on Linux, Windows and macOS).</summary>
    public string FontFamily { get; init; } = Canvas.DefaultFontFamily;

    /// <summary>Base font size in pixels (default 13).</summary>
    public double FontSize { get; init; } = 13;

    /// <summary>Colours of the statistical regions (bars of city networks, region trends); default Okabe–Ito as in GEXF.</summary>
    public IReadOnlyDictionary<StatisticalRegion, GexfColor> RegionColors { get; init; } = GexfOptions.OkabeItoRegionColors;

    /// <summary>Colours of series without their own colour, in turn; default Okabe–Ito.</summary>
    public IReadOnlyList<GexfColor> CategoryColors { get; init; } = GexfOptions.OkabeItoCategoryColors;

    /// <summary>Colour of bars and lines that are not coloured by region (default Okabe–Ito blue #0072B2).</summary>
    public GexfColor Accent { get; init; } = new(0x00, 0x72, 0xB2);

    /// <summary>The language of the words drawn (titles, axes, legends, region names): Chinese or English; <c>null</c> (the
    /// default) draws both, Chinese first. Labels of nodes are the network's own.</summary>
    public ReportLanguage? Language { get; init; }
}

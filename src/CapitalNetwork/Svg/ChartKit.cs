using System.Globalization;

namespace CapitalNetwork.Svg;

/// <summary>Frames, axes and checks shared by the <see cref="SvgCharts"/> (implementation only).</summary>
internal static class ChartKit
{
    public static SvgChartOptions Check(SvgChartOptions? options)
    {
        var o = options ?? SvgChartOptions.Default;
        if (!double.IsFinite(o.Width) || !double.IsFinite(o.Height) || o.Width < 200 || o.Height < 150 || o.Width > 20000 || o.Height > 20000)
            throw new ArgumentException("Width must be in [200, 20000] and Height in [150, 20000].", nameof(options));
        if (!(o.FontSize is >= 6 and <= 72)) throw new ArgumentException("FontSize must be in [6, 72].", nameof(options));
        if (o.RegionColors is null || o.CategoryColors is null || o.CategoryColors.Count == 0 || string.IsNullOrWhiteSpace(o.FontFamily))
            throw new ArgumentException("RegionColors, CategoryColors (non-empty) and FontFamily are required.", nameof(options));
        return o;
    }

    /// <summary>Starts a chart: white background and the title at the top left.</summary>
    public static Canvas Begin(SvgChartOptions o, string title)
    {
        var svg = new Canvas(o.Width, o.Height, o.FontFamily, title);
        svg.Element("rect", ("x", "0"), ("y", "0"), ("width", Canvas.N(o.Width)), ("height", Canvas.N(o.Height)), ("fill", "#FFFFFF"));
        svg.Text(16, 16 + o.FontSize * 1.4, title, o.FontSize * 1.4, weight: "bold");
        return svg;
    }

    /// <summary>A value axis: gridlines and tick labels for the ticks, mapped by <paramref name="map"/>.</summary>
    public static void VerticalAxis(Canvas svg, SvgChartOptions o, IReadOnlyList<double> ticks, Func<double, double> map,
        double x0, double x1, Func<double, string> label)
    {
        svg.Start("g", ("id", "y-axis"));
        foreach (var t in ticks)
        {
            var y = map(t);
            svg.Element("line", ("x1", Canvas.N(x0)), ("y1", Canvas.N(y)), ("x2", Canvas.N(x1)), ("y2", Canvas.N(y)),
                ("stroke", t == 0 ? "#888888" : "#E3E3E3"), ("stroke-width", "1"));
            svg.Text(x0 - 6, y + o.FontSize * 0.35, label(t), o.FontSize * 0.9, "end", "#444444");
        }
        svg.End();
    }

    public static void HorizontalAxis(Canvas svg, SvgChartOptions o, IReadOnlyList<double> ticks, Func<double, double> map,
        double y0, double y1, Func<double, string> label)
    {
        svg.Start("g", ("id", "x-axis"));
        foreach (var t in ticks)
        {
            var x = map(t);
            svg.Element("line", ("x1", Canvas.N(x)), ("y1", Canvas.N(y0)), ("x2", Canvas.N(x)), ("y2", Canvas.N(y1)),
                ("stroke", t == 0 ? "#888888" : "#E3E3E3"), ("stroke-width", "1"));
            svg.Text(x, y1 + o.FontSize * 1.2, label(t), o.FontSize * 0.9, "middle", "#444444");
        }
        svg.End();
    }

    public static void YLabel(Canvas svg, SvgChartOptions o, double x, double y, string text) =>
        svg.Text(x, y, text, o.FontSize, "middle", "#333333",
            transform: string.Create(CultureInfo.InvariantCulture, $"rotate(-90 {Canvas.N(x)} {Canvas.N(y)})"));

    public static string Color(GexfColor c) => c.ToString();

    public static string Percent(double share) => (share * 100).ToString("0", CultureInfo.InvariantCulture) + "%";
}

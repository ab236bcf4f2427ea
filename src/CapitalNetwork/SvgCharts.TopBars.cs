using CapitalNetwork.Measures;
using CapitalNetwork.Svg;

namespace CapitalNetwork;

public static partial class SvgCharts
{
    /// <summary>
    /// A horizontal bar chart of the k nodes with the largest values (<see cref="NodeValues.Top(int)"/>: ties in node
    /// order; NaN values left out), largest on top; bar length ∝ value on an axis from 0 (or from the smallest value
    /// when some are negative); bars coloured by statistical region for city networks, else
    /// <see cref="SvgChartOptions.Accent"/>; city names without the trailing 市. O(n log n).
    /// </summary>
    /// <param name="values">A measure result.</param>
    /// <param name="k">How many bars (1–100, default 20).</param>
    /// <param name="options">Options, or <c>null</c> for the defaults.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentOutOfRangeException">k is outside 1–100.</exception>
    public static SvgImage TopBars(NodeValues values, int k = 20, SvgChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (k is < 1 or > 100) throw new ArgumentOutOfRangeException(nameof(k), k, "k must be in 1–100.");
        var o = ChartKit.Check(options);
        var rows = values.Top(values.Network.NodeCount).Where(x => !double.IsNaN(x.Value)).Take(k).ToList();
        var title = o.Title ?? ChartWords.Say(o.Language, $"前 {k} 位 top {k}: {values.Measure}", $"前 {k} 位：{values.Measure}", $"top {k}: {values.Measure}");
        using var svg = ChartKit.Begin(o, title);
        var fs = o.FontSize;
        var labels = rows.Select(r => TextMetrics.ShortLabel(r.Node.Label)).ToList();
        var labelWidth = labels.Count == 0 ? 40 : labels.Max(t => TextMetrics.Width(t, fs)) + 14;
        var top = 16 + fs * 3.4;
        var left = 16 + labelWidth;
        var right = 16 + fs * 4.5;
        var bottom = fs * 3.4;
        var max = rows.Count == 0 ? 1 : Math.Max(rows.Max(r => r.Value), 0);
        var min = rows.Count == 0 ? 0 : Math.Min(rows.Min(r => r.Value), 0);
        if (max == min) max = min + 1;
        var ticks = TextMetrics.Ticks(min, max, 5);
        var lo = ticks[0];
        var hi = ticks[^1];
        var width = o.Width - left - right;
        double X(double v) => left + (v - lo) / (hi - lo) * width;
        var band = (o.Height - top - bottom) / Math.Max(rows.Count, 1);
        ChartKit.HorizontalAxis(svg, o, ticks, X, top, top + band * rows.Count, TextMetrics.Value);
        svg.Text(left + width / 2, top + band * rows.Count + fs * 2.6, o.ValueLabel ?? values.Measure, fs, "middle", "#333333");
        var city = values.Network.IsCityNetwork;
        svg.Start("g", ("id", "bars"));
        for (var i = 0; i < rows.Count; i++)
        {
            var (node, value) = rows[i];
            var y = top + i * band;
            var h = band * 0.72;
            var x0 = X(Math.Min(0, value));
            var x1 = X(Math.Max(0, value));
            var fill = city ? o.RegionColors.GetValueOrDefault(node.Region, o.Accent).ToString() : o.Accent.ToString();
            svg.Start("rect", ("x", Canvas.N(x0)), ("y", Canvas.N(y + (band - h) / 2)), ("width", Canvas.N(Math.Max(x1 - x0, 0.5))),
                ("height", Canvas.N(h)), ("fill", fill), ("fill-opacity", "0.9"));
            svg.Tooltip($"{node.Label} ({node.Id}): {value.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}");
            svg.End();
            var textSize = Math.Min(fs, band * 0.8);
            svg.Text(left - 8, y + band / 2 + textSize * 0.35, labels[i], textSize, "end", "#222222");
            svg.Text(x1 + 5, y + band / 2 + textSize * 0.35, TextMetrics.Value(value), textSize * 0.9, fill: "#444444");
        }
        svg.End();
        return new SvgImage(svg.Finish(), o.Width, o.Height);
    }
}

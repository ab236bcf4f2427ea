using System.Globalization;
using System.Text;
using CapitalNetwork.Svg;

namespace CapitalNetwork;

public static partial class SvgCharts
{
    /// <summary>
    /// A trend chart: one line per series over the years (x axis: years, evenly spaced by value; y axis from 0, or from
    /// the smallest value when some are negative, to a nice maximum), points marked, NaN values leaving gaps; legend at
    /// the right in series order. O(years × series).
    /// </summary>
    /// <param name="years">The years, ascending and distinct.</param>
    /// <param name="series">The lines; each has one value per year.</param>
    /// <param name="options">Options, or <c>null</c> for the defaults.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentException">No year, years not ascending, or a series of the wrong length.</exception>
    public static SvgImage Trend(IReadOnlyList<int> years, IReadOnlyList<ChartSeries> series, SvgChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(years);
        ArgumentNullException.ThrowIfNull(series);
        var o = ChartKit.Check(options);
        if (years.Count == 0) throw new ArgumentException("At least one year is needed.", nameof(years));
        for (var i = 1; i < years.Count; i++)
            if (years[i] <= years[i - 1]) throw new ArgumentException("Years must be ascending and distinct.", nameof(years));
        foreach (var s in series)
            if (s?.Values is null || s.Values.Count != years.Count)
                throw new ArgumentException($"Every series needs one value per year ({years.Count}).", nameof(series));
        if (series.SelectMany(s => s.Values).Any(double.IsInfinity)) throw new ArgumentException("Values must not be infinite.", nameof(series));

        using var svg = ChartKit.Begin(o, o.Title ?? ChartWords.Say(o.Language, "趋势", "Trend"));
        var fs = o.FontSize;
        var legendWidth = series.Count == 0 ? 0 : series.Max(s => TextMetrics.Width(s.Name, fs)) + 40;
        var top = 16 + fs * 3.4;
        var left = 16 + fs * 5;
        var right = 16 + Math.Max(legendWidth, 30);
        var bottom = fs * 3.6;
        var finite = series.SelectMany(s => s.Values).Where(double.IsFinite).ToList();
        var max = finite.Count == 0 ? 1 : Math.Max(finite.Max(), 0);
        var min = finite.Count == 0 ? 0 : Math.Min(finite.Min(), 0);
        if (max == min) max = min + 1;
        var ticks = TextMetrics.Ticks(min, max, 5);
        var (lo, hi) = (ticks[0], ticks[^1]);
        var (y0, y1) = (years[0], years[^1]);
        var plotW = o.Width - left - right;
        var plotH = o.Height - top - bottom;
        double X(double year) => y1 == y0 ? left + plotW / 2 : left + (year - y0) / (y1 - y0) * plotW;
        double Y(double v) => top + (hi - v) / (hi - lo) * plotH;
        ChartKit.VerticalAxis(svg, o, ticks, Y, left, left + plotW, TextMetrics.Value);
        var every = Math.Max(1, (years.Count + 11) / 12);
        svg.Start("g", ("id", "years"));
        for (var i = 0; i < years.Count; i++)
        {
            svg.Element("line", ("x1", Canvas.N(X(years[i]))), ("y1", Canvas.N(top + plotH)), ("x2", Canvas.N(X(years[i]))),
                ("y2", Canvas.N(top + plotH + 4)), ("stroke", "#888888"));
            if (i % every == 0 || i == years.Count - 1)
                svg.Text(X(years[i]), top + plotH + fs * 1.3, years[i].ToString(CultureInfo.InvariantCulture), fs * 0.9, "middle", "#444444");
        }
        svg.End();
        if (o.ValueLabel is { } valueLabel) ChartKit.YLabel(svg, o, 16 + fs * 0.8, top + plotH / 2, valueLabel);
        for (var k = 0; k < series.Count; k++)
        {
            var s = series[k];
            var color = (s.Color ?? o.CategoryColors[k % o.CategoryColors.Count]).ToString();
            svg.Start("g", ("id", "series-" + k.ToString(CultureInfo.InvariantCulture)), ("stroke", color), ("fill", color));
            var segment = new StringBuilder();
            void Flush()
            {
                if (segment.Length > 0)
                    svg.Element("polyline", ("points", segment.ToString().TrimEnd()), ("fill", "none"), ("stroke-width", "2.2"), ("stroke-linejoin", "round"));
                segment.Clear();
            }
            for (var i = 0; i < years.Count; i++)
            {
                var v = s.Values[i];
                if (double.IsNaN(v))
                {
                    Flush();
                    continue;
                }
                segment.Append(Canvas.N(X(years[i]))).Append(',').Append(Canvas.N(Y(v))).Append(' ');
            }
            Flush();
            for (var i = 0; i < years.Count; i++)
            {
                var v = s.Values[i];
                if (double.IsNaN(v)) continue;
                svg.Start("circle", ("cx", Canvas.N(X(years[i]))), ("cy", Canvas.N(Y(v))), ("r", "3"), ("stroke", "#FFFFFF"), ("stroke-width", "1"));
                svg.Tooltip($"{s.Name} {years[i].ToString(CultureInfo.InvariantCulture)}: {TextMetrics.Value(v)}");
                svg.End();
            }
            svg.End();
            var ly = top + fs * 0.5 + k * fs * 1.6;
            svg.Element("line", ("x1", Canvas.N(o.Width - right + 12)), ("y1", Canvas.N(ly - fs * 0.35)), ("x2", Canvas.N(o.Width - right + 30)),
                ("y2", Canvas.N(ly - fs * 0.35)), ("stroke", color), ("stroke-width", "3"));
            svg.Text(o.Width - right + 36, ly, s.Name, fs * 0.95, fill: "#222222");
        }
        return new SvgImage(svg.Finish(), o.Width, o.Height);
    }

    /// <summary>
    /// The trend of what each statistical region attracts: for every year of the series, Σ over the region's cities of
    /// the in-strength by <paramref name="weight"/> (self-loops included) in that year's snapshot, or — cumulative —
    /// in <see cref="NetworkSeries.Through(int)"/>; one line per region (East, Central, West, Northeast; Outside = HK,
    /// Macao, Taiwan only when it has a non-zero value), coloured by region. O(years × (n + m)).
    /// </summary>
    /// <param name="series">Yearly snapshots of a city network.</param>
    /// <param name="weight">The weight (default funds).</param>
    /// <param name="cumulative">Totals up to each year instead of each year's own flows.</param>
    /// <param name="options">Options, or <c>null</c> for the defaults.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentException">The series has no year or is not a city network.</exception>
    public static SvgImage RegionTrend(NetworkSeries series, EdgeWeight weight = EdgeWeight.Funds, bool cumulative = false, SvgChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (!series.Total.IsCityNetwork) throw new ArgumentException("A region trend needs a city network.", nameof(series));
        if (!Enum.IsDefined(weight)) throw new ArgumentException($"Unknown weight {weight}.", nameof(weight));
        var o = options ?? SvgChartOptions.Default;
        var years = series.Years.Order().ToList();
        var regions = Enum.GetValues<StatisticalRegion>();
        var values = regions.ToDictionary(r => r, _ => new double[years.Count]);
        for (var i = 0; i < years.Count; i++)
        {
            var net = cumulative ? series.Through(years[i]) : series[years[i]];
            for (var v = 0; v < net.NodeCount; v++) values[net.Nodes[v].Region][i] += net.InStrength(v, weight);
        }
        var lines = regions
            .Where(r => r != StatisticalRegion.Outside || values[r].Any(x => x != 0))
            .Select(r => new ChartSeries(ChartWords.Region(o.Language, r), values[r], o.RegionColors.GetValueOrDefault(r, o.Accent)))
            .ToList();
        var what = weight switch { EdgeWeight.Funds => "funds", EdgeWeight.Links => "links", _ => "capital" };
        return Trend(years, lines, o with
        {
            Title = o.Title ?? (cumulative
                ? ChartWords.Say(o.Language, $"各区域累计吸引 cumulative {what} attracted by region", "各区域累计吸引", $"cumulative {what} attracted by region")
                : ChartWords.Say(o.Language, $"各区域逐年吸引 {what} attracted by region per year", "各区域逐年吸引", $"{what} attracted by region per year")),
            ValueLabel = o.ValueLabel ?? what,
        });
    }
}

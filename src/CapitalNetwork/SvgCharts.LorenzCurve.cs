using System.Globalization;
using System.Text;
using CapitalNetwork.Measures;
using CapitalNetwork.Svg;

namespace CapitalNetwork;

/// <summary>
/// SVG charts of the measures, drawn without any plotting library: <see cref="LorenzCurve(IEnumerable{double}, SvgChartOptions?)"/>,
/// <see cref="FlowMatrix(FlowNetwork, EdgeWeight, SvgChartOptions?)"/> and
/// <see cref="RegionFlowMatrix(FlowNetwork, EdgeWeight, SvgChartOptions?)"/>,
/// <see cref="TopBars(NodeValues, int, SvgChartOptions?)"/>, <see cref="Trend(IReadOnlyList{int}, IReadOnlyList{ChartSeries}, SvgChartOptions?)"/>
/// and <see cref="RegionTrend(NetworkSeries, EdgeWeight, bool, SvgChartOptions?)"/>. Every chart is a
/// standalone SVG (valid XML, UTF-8, CJK font list) with identical bytes for identical input.
/// </summary>
public static partial class SvgCharts
{
    /// <summary>
    /// A Lorenz curve with the Gini coefficient: the values sorted ascending, x_i = i/n (cumulative share of units),
    /// L_i = Σ_{j≤i} x_(j) / X (cumulative share of the total), i = 0…n, against the line of equality; the area between
    /// them is shaded. Annotated with the population Gini G = 2·Σ_i i·x_(i)/(n·X) − (n + 1)/n (= 1 − Σ_i (L_{i−1} + L_i)/n,
    /// range [0, 1 − 1/n], zeros counted; R ineq::Gini(x, corr = FALSE)), n and the share of
    /// the top 10 % of units, 1 − L(0.9) with L interpolated linearly. O(n log n); more than 4,000 points are thinned
    /// for drawing (every ⌈n/2000⌉-th, the ends kept), the figures use all values.
    /// </summary>
    /// <param name="values">Non-negative finite values, e.g. the funds attracted by each city.</param>
    /// <param name="options">Options, or <c>null</c> for the defaults.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentException">A value is negative, NaN or infinite, or there is none.</exception>
    public static SvgImage LorenzCurve(IEnumerable<double> values, SvgChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        var o = ChartKit.Check(options);
        var x = values.ToList();
        if (x.Count == 0) throw new ArgumentException("At least one value is needed.", nameof(values));
        if (x.Any(v => !double.IsFinite(v) || v < 0)) throw new ArgumentException("Values must be finite and ≥ 0.", nameof(values));
        var lorenz = Concentration.Lorenz(x);
        var gini = Concentration.Gini(x).Value;

        var title = o.Title ?? ChartWords.Say(o.Language, "洛伦兹曲线", "Lorenz curve");
        using var svg = ChartKit.Begin(o, title);
        var top = 16 + o.FontSize * 3.2;
        var left = 16 + o.FontSize * 4.2;
        var bottom = o.FontSize * 3.6;
        var side = Math.Min(o.Width - left - Math.Max(190, o.Width * 0.28), o.Height - top - bottom);
        if (side < 60) side = Math.Min(o.Width - left - 20, o.Height - top - bottom);
        double X(double t) => left + t * side;
        double Y(double t) => top + (1 - t) * side;
        var ticks = new[] { 0, 0.2, 0.4, 0.6, 0.8, 1.0 };
        ChartKit.VerticalAxis(svg, o, ticks, Y, left, left + side, ChartKit.Percent);
        ChartKit.HorizontalAxis(svg, o, ticks, X, top, top + side, ChartKit.Percent);
        svg.Text(left + side / 2, top + side + o.FontSize * 2.7, ChartWords.Say(o.Language, "单位累计比重", "cumulative share of units (ascending)"), o.FontSize, "middle", "#333333");
        ChartKit.YLabel(svg, o, left - o.FontSize * 3.1, top + side / 2, ChartWords.Say(o.Language, "累计比重 cumulative share of " + (o.ValueLabel ?? "total"), "累计比重" + (o.ValueLabel is { } zhLabel ? "：" + zhLabel : ""), "cumulative share of " + (o.ValueLabel ?? "total")));
        svg.Element("line", ("x1", Canvas.N(X(0))), ("y1", Canvas.N(Y(0))), ("x2", Canvas.N(X(1))), ("y2", Canvas.N(Y(1))),
            ("stroke", "#888888"), ("stroke-width", "1.2"), ("stroke-dasharray", "5 4"));
        var accent = ChartKit.Color(o.Accent);
        var notes = new List<string>();
        if (lorenz.IsDefined)
        {
            var l = lorenz.Points;
            var n = l.Length - 1;
            var step = n > 4000 ? (n + 1999) / 2000 : 1;
            var points = new StringBuilder();
            for (var i = 0; i <= n; i += step) Point(points, X(l[i].Population), Y(l[i].Share));
            if (n % step != 0) Point(points, X(1), Y(1));
            var line = points.ToString().TrimEnd();
            svg.Element("polygon", ("points", line), ("fill", accent), ("fill-opacity", "0.14"), ("stroke", "none"));
            svg.Element("polyline", ("points", line), ("fill", "none"), ("stroke", accent), ("stroke-width", "2.2"), ("stroke-linejoin", "round"));
            var topShare = 1 - lorenz.ShareAt(0.9);
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"Gini = {gini:0.000}"));
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"n = {n:N0}"));
            notes.Add(ChartWords.Say(o.Language, "前10%占", "top 10% hold") + " " + TextMetrics.Percent(topShare));
        }
        else
        {
            notes.Add("Gini undefined (total = 0)");
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"n = {x.Count:N0}"));
        }
        svg.Text(X(0.3), Y(0.32), ChartWords.Say(o.Language, "完全均等", "equality"), o.FontSize * 0.85, fill: "#777777",
            transform: string.Create(CultureInfo.InvariantCulture, $"rotate(-45 {Canvas.N(X(0.3))} {Canvas.N(Y(0.32))})"));
        var nx = left + side + 24;
        var ny = top + o.FontSize * 2;
        for (var i = 0; i < notes.Count; i++)
            svg.Text(nx, ny + i * o.FontSize * 1.8, notes[i], i == 0 ? o.FontSize * 1.5 : o.FontSize, weight: i == 0 ? "bold" : null,
                fill: i == 0 ? accent : "#333333");
        return new SvgImage(svg.Finish(), o.Width, o.Height);
    }

    /// <summary>A Lorenz curve of a measure result (see <see cref="LorenzCurve(IEnumerable{double}, SvgChartOptions?)"/>);
    /// the value label defaults to <see cref="NodeValues.Measure"/>.</summary>
    /// <param name="values">Non-negative per-node values.</param>
    /// <param name="options">Options, or <c>null</c> for the defaults.</param>
    /// <returns>The chart.</returns>
    public static SvgImage LorenzCurve(NodeValues values, SvgChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        var o = options ?? SvgChartOptions.Default;
        return LorenzCurve(values.Values, o with { ValueLabel = o.ValueLabel ?? values.Measure });
    }

    private static void Point(StringBuilder sb, double x, double y) => sb.Append(Canvas.N(x)).Append(',').Append(Canvas.N(y)).Append(' ');
}

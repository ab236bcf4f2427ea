using CapitalNetwork.Gexf;
using CapitalNetwork.Svg;

namespace CapitalNetwork;

public static partial class SvgCharts
{
    /// <summary>
    /// The region-to-region flow chart: the city network rolled up to the five statistical regions
    /// (<see cref="FlowNetwork.RollUp(RollUpLevel)"/>; East, Central, West, Northeast, Outside = HK/Macao/Taiwan) drawn as a
    /// 5 × 5 heat map by <see cref="FlowMatrix(FlowNetwork, EdgeWeight, SvgChartOptions?)"/>: rows = partner (source)
    /// region, columns = fund (target) region, the diagonal = flows within a region (city self-loops included).
    /// </summary>
    /// <param name="cityNetwork">A city network.</param>
    /// <param name="weight">The weight to sum (default funds).</param>
    /// <param name="options">Options, or <c>null</c> for the defaults.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="InvalidOperationException">The network is not a city network.</exception>
    public static SvgImage RegionFlowMatrix(FlowNetwork cityNetwork, EdgeWeight weight = EdgeWeight.Funds, SvgChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(cityNetwork);
        var regions = cityNetwork.RollUp(RollUpLevel.Region);
        var o = options ?? SvgChartOptions.Default;
        return Matrix(regions, weight, o with { Title = o.Title ?? ChartWords.Say(o.Language, "区域间资本流", "Flows between regions") },
            v => Enum.TryParse<StatisticalRegion>(regions.Nodes[v].Id, out var r) ? ChartWords.Region(o.Language, r) : regions.Nodes[v].Label);
    }

    /// <summary>
    /// A flow matrix heat map of a small network (at most 40 nodes, e.g. a roll-up): cell (i, j) = w_ij, the flow from
    /// row node i (partner side) to column node j (fund side), the diagonal = self-loops; the cell text gives the value
    /// and its share of the total W = Σ w_ij; the cell colour runs linearly from white to dark blue with w_ij / max w;
    /// row totals (out-strength) at the right, column totals (in-strength) at the bottom. O(n²).
    /// </summary>
    /// <param name="network">A network with at most 40 nodes.</param>
    /// <param name="weight">The weight (default funds).</param>
    /// <param name="options">Options, or <c>null</c> for the defaults.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentException">More than 40 nodes.</exception>
    public static SvgImage FlowMatrix(FlowNetwork network, EdgeWeight weight = EdgeWeight.Funds, SvgChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        var o = options ?? SvgChartOptions.Default;
        return Matrix(network, weight, o with { Title = o.Title ?? ChartWords.Say(o.Language, "资本流矩阵", "Flow matrix") }, v => network.Nodes[v].Label);
    }

    private static SvgImage Matrix(FlowNetwork net, EdgeWeight weight, SvgChartOptions options, Func<int, string> label)
    {
        var o = ChartKit.Check(options);
        if (!Enum.IsDefined(weight)) throw new ArgumentException($"Unknown weight {weight}.", nameof(weight));
        var n = net.NodeCount;
        if (n == 0 || n > 40) throw new ArgumentException("A flow matrix needs 1 to 40 nodes; roll a city network up first.", nameof(options));
        var cells = new double[n, n];
        var w = net.Weights(weight);
        for (var e = 0; e < net.EdgeCount; e++) cells[net.Sources[e], net.Targets[e]] += w[e];
        var total = net.TotalWeight(weight);
        var max = 0.0;
        foreach (var c in cells) max = Math.Max(max, c);
        var labels = Enumerable.Range(0, n).Select(label).ToArray();

        using var svg = ChartKit.Begin(o, o.Title!);
        var fs = o.FontSize;
        var labelWidth = labels.Max(t => TextMetrics.Width(t, fs)) + 12;
        var top = 16 + fs * 6.2;
        var left = 16 + fs * 1.6 + labelWidth;
        var right = fs * 6;
        var bottom = fs * 3.2;
        var cell = Math.Min(Math.Min((o.Width - left - right) / n, (o.Height - top - bottom) / (n + 0.0)), 140);
        var low = new GexfColor(0xF7, 0xFB, 0xFF);
        var high = new GexfColor(0x08, 0x30, 0x6B);
        svg.Text(left + cell * n / 2, top - fs * 3.2, ChartWords.Say(o.Language, "基金所在 fund side (to) →", "基金所在 →", "fund side (to) →"), fs, "middle", "#333333");
        ChartKit.YLabel(svg, o, 16 + fs * 0.8, top + cell * n / 2, ChartWords.Say(o.Language, "出资方所在 partner side (from) →", "出资方所在 →", "partner side (from) →"));
        for (var j = 0; j < n; j++)
        {
            // a header wider than its column goes on two lines, split at the first space (东部 / East)
            var space = labels[j].IndexOf(' ', StringComparison.Ordinal);
            if (TextMetrics.Width(labels[j], fs * 0.9) > cell * 0.95 && space > 0)
            {
                svg.Text(left + (j + 0.5) * cell, top - fs * 1.8, labels[j][..space], fs * 0.9, "middle", "#333333");
                svg.Text(left + (j + 0.5) * cell, top - fs * 0.7, labels[j][(space + 1)..], fs * 0.9, "middle", "#333333");
            }
            else svg.Text(left + (j + 0.5) * cell, top - fs * 0.7, labels[j], fs * 0.9, "middle", "#333333");
        }
        svg.Text(left + n * cell + fs * 0.6, top - fs * 0.7, ChartWords.Say(o.Language, "流出", "out"), fs * 0.9, fill: "#333333");
        for (var i = 0; i < n; i++)
        {
            var y = top + i * cell;
            svg.Text(left - 8, y + cell / 2 + fs * 0.35, labels[i], fs * 0.9, "end", "#333333");
            var rowTotal = 0.0;
            for (var j = 0; j < n; j++)
            {
                var v = cells[i, j];
                rowTotal += v;
                var t = max > 0 ? v / max : 0;
                var fill = Appearance.Mix(low, high, t).ToString();
                svg.Start("rect", ("x", Canvas.N(left + j * cell)), ("y", Canvas.N(y)), ("width", Canvas.N(cell)), ("height", Canvas.N(cell)),
                    ("fill", fill), ("stroke", i == j ? "#333333" : "#FFFFFF"), ("stroke-width", i == j ? "1.5" : "1"));
                svg.Tooltip($"{labels[i]} → {labels[j]}: {TextMetrics.Value(v)}");
                svg.End();
                var ink = t > 0.5 ? "#FFFFFF" : "#1A1A1A";
                if (cell >= fs * 2.2)
                {
                    svg.Text(left + (j + 0.5) * cell, y + cell / 2 - (cell >= fs * 3.4 ? fs * 0.15 : -fs * 0.35), TextMetrics.Value(v), fs, "middle", ink);
                    if (cell >= fs * 3.4 && total > 0)
                        svg.Text(left + (j + 0.5) * cell, y + cell / 2 + fs * 1.1, TextMetrics.Percent(v / total), fs * 0.8, "middle", ink);
                }
            }
            svg.Text(left + n * cell + fs * 0.6, y + cell / 2 + fs * 0.35, TextMetrics.Value(rowTotal), fs * 0.9, fill: "#333333");
        }
        var by = top + n * cell + fs * 1.4;
        svg.Text(left - 8, by, ChartWords.Say(o.Language, "流入", "in"), fs * 0.9, "end", "#333333");
        for (var j = 0; j < n; j++)
        {
            var colTotal = 0.0;
            for (var i = 0; i < n; i++) colTotal += cells[i, j];
            svg.Text(left + (j + 0.5) * cell, by, TextMetrics.Value(colTotal), fs * 0.9, "middle", "#333333");
        }
        svg.Text(left + n * cell + fs * 0.6, by, TextMetrics.Value(total), fs * 0.9, fill: "#333333", weight: "bold");
        return new SvgImage(svg.Finish(), o.Width, o.Height);
    }
}

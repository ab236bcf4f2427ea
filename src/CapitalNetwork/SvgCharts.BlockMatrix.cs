using CapitalNetwork.Measures;
using CapitalNetwork.Svg;
using System.Globalization;

namespace CapitalNetwork;

public static partial class SvgCharts
{
    /// <summary>
    /// The permuted adjacency matrix of a block model (<see cref="BlockModel.Concor"/>): rows and columns in block order
    /// (members ascending inside a block), a dark cell where node i sends a tie to node j (with a weight, its shade runs
    /// with w_ij / max w), loops left out as in the block model, block borders as lines and each block's number, size
    /// and role along the top and left; node labels only for at most 60 nodes. O(n²).
    /// </summary>
    /// <param name="network">The network the block model was computed on.</param>
    /// <param name="blocks">The block model.</param>
    /// <param name="options">Options, or <c>null</c> for the defaults.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentException">The block model is of another network (other node ids).</exception>
    public static SvgImage BlockMatrix(FlowNetwork network, BlockModelResult blocks, SvgChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(blocks);
        var o = ChartKit.Check(options);
        var n = network.NodeCount;
        if (n != blocks.NodeIds.Length || Enumerable.Range(0, n).Any(v => network.Nodes[v].Id != blocks.NodeIds[v]))
            throw new ArgumentException("The block model was computed on another network.", nameof(blocks));
        if (n == 0) throw new ArgumentException("The network has no nodes.", nameof(network));
        var order = blocks.Blocks.SelectMany(b => b.Members).ToArray();
        var position = new int[n];
        for (var p = 0; p < n; p++) position[order[p]] = p;
        var weighted = blocks.Options.Weight is not null;
        var w = network.Weights(blocks.Options.Weight ?? EdgeWeight.Funds);
        var max = 0.0;
        for (var e = 0; e < network.EdgeCount; e++)
            if (network.Sources[e] != network.Targets[e]) max = Math.Max(max, w[e]);

        using var svg = ChartKit.Begin(o, o.Title ?? ChartWords.Say(o.Language, "块模型矩阵", "Block model (CONCOR)"));
        var fs = o.FontSize;
        var labels = n <= 60;
        var labelWidth = labels ? Enumerable.Range(0, n).Max(v => TextMetrics.Width(network.Nodes[v].Label, fs * 0.75)) + 6 : 0;
        var top = 16 + fs * 4.2 + (labels ? labelWidth : 0);
        var left = 16 + fs * 2 + labelWidth;
        var size = Math.Min(o.Width - left - 16, o.Height - top - 16);
        if (size <= 10) throw new ArgumentException("The picture is too small for the matrix; make it larger.", nameof(options));
        var cell = size / n;
        svg.Element("rect", ("x", Canvas.N(left)), ("y", Canvas.N(top)), ("width", Canvas.N(cell * n)), ("height", Canvas.N(cell * n)),
            ("fill", "#FFFFFF"), ("stroke", "#999999"), ("stroke-width", "1"));
        var ink = ChartKit.Color(o.Accent);
        for (var e = 0; e < network.EdgeCount; e++)
        {
            var (s, t) = (network.Sources[e], network.Targets[e]);
            if (s == t || !(w[e] > 0)) continue;
            var opacity = weighted && max > 0 ? 0.2 + 0.8 * w[e] / max : 1;
            svg.Element("rect", ("x", Canvas.N(left + position[t] * cell)), ("y", Canvas.N(top + position[s] * cell)),
                ("width", Canvas.N(cell)), ("height", Canvas.N(cell)), ("fill", ink), ("fill-opacity", Canvas.N(Math.Round(opacity, 3))));
        }
        var start = 0;
        foreach (var b in blocks.Blocks)
        {
            var a = left + start * cell;
            var mid = start + b.Size / 2.0;
            svg.Text(left + mid * cell, 16 + fs * 3.4, $"{b.Index + 1}", fs, "middle", "#333333", weight: "bold");
            svg.Text(16 + fs * 0.8, top + mid * cell + fs * 0.35, $"{b.Index + 1}", fs, "middle", "#333333", weight: "bold");
            if (start > 0)
            {
                svg.Element("line", ("x1", Canvas.N(a)), ("y1", Canvas.N(top)), ("x2", Canvas.N(a)), ("y2", Canvas.N(top + n * cell)), ("stroke", "#D55E00"), ("stroke-width", "1.5"));
                svg.Element("line", ("x1", Canvas.N(left)), ("y1", Canvas.N(top + start * cell)), ("x2", Canvas.N(left + n * cell)), ("y2", Canvas.N(top + start * cell)), ("stroke", "#D55E00"), ("stroke-width", "1.5"));
            }
            start += b.Size;
        }
        svg.Text(left, 16 + fs * 2.6, o.Language == ReportLanguage.Chinese
            ? string.Create(CultureInfo.InvariantCulture, $"{blocks.Blocks.Length} 个块；行发出 → 列接收")
            : $"{blocks.Blocks.Length} blocks; {blocks.Variant}; rows send → columns receive", fs * 0.85, fill: "#555555");
        if (labels)
            for (var p = 0; p < n; p++)
            {
                var label = network.Nodes[order[p]].Label;
                svg.Text(left - 4, top + (p + 0.5) * cell + fs * 0.3, label, fs * 0.75, "end", "#333333");
                var x = left + (p + 0.5) * cell + fs * 0.3;
                var y = top - 4;
                svg.Text(x, y, label, fs * 0.75, fill: "#333333",
                    transform: string.Create(CultureInfo.InvariantCulture, $"rotate(-90 {Canvas.N(x)} {Canvas.N(y)})"));
            }
        return new SvgImage(svg.Finish(), o.Width, o.Height);
    }
}

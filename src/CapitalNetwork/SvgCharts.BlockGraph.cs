using CapitalNetwork.Measures;
using CapitalNetwork.Svg;
using System.Globalization;

namespace CapitalNetwork;

public static partial class SvgCharts
{
    /// <summary>
    /// The reduced graph of a block model (<see cref="BlockModel.Concor"/>): one circle per block on a ring (area ∝
    /// members, labelled with its number, size and role), an arrow k → l for every 1 of the image matrix off the diagonal
    /// (block density ≥ α), bent so that ties both ways stay apart, and a thick outline on a block whose own image cell
    /// is 1; the tooltips give densities. O(b²) for b blocks.
    /// </summary>
    /// <param name="blocks">The block model.</param>
    /// <param name="options">Options, or <c>null</c> for the defaults.</param>
    /// <returns>The chart.</returns>
    public static SvgImage BlockGraph(BlockModelResult blocks, SvgChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var o = ChartKit.Check(options);
        var b = blocks.Blocks.Length;
        var fs = o.FontSize;
        var cx = o.Width / 2;
        var cy = (o.Height + fs * 4) / 2;
        var ring = b == 1 ? 0 : Math.Min(o.Width, o.Height - fs * 4) / 2 - fs * 5;
        var largest = blocks.Blocks.Length == 0 ? 1 : blocks.Blocks.Max(x => x.Size);
        var maxRadius = Math.Max(8, Math.Min(ring * (b > 1 ? Math.Sin(Math.PI / b) : 1) * 0.6, fs * 4));
        var xs = new double[b];
        var ys = new double[b];
        var rs = new double[b];
        for (var k = 0; k < b; k++)
        {
            var angle = -Math.PI / 2 + 2 * Math.PI * k / Math.Max(1, b);
            xs[k] = cx + ring * Math.Cos(angle);
            ys[k] = cy + ring * Math.Sin(angle);
            rs[k] = Math.Max(6, maxRadius * Math.Sqrt((double)blocks.Blocks[k].Size / largest));
        }
        using var svg = ChartKit.Begin(o, o.Title ?? ChartWords.Say(o.Language, "块间关系", "Ties between blocks (image matrix)"));
        var english = string.Create(CultureInfo.InvariantCulture, $"arrow k → l: block density ≥ α = {blocks.Alpha:G4}; thick outline: dense inside; {blocks.Variant}");
        svg.Text(16, 16 + fs * 2.8, ChartWords.Say(o.Language, english,
            string.Create(CultureInfo.InvariantCulture, $"箭头 k → l：块密度 ≥ α = {blocks.Alpha:G4}；粗边框：块内稠密"), english), fs * 0.85, fill: "#555555");
        const string color = "#555555";
        const double width = 2;
        var arrows = new List<(int K, int L)>();
        for (var k = 0; k < b; k++)
            for (var l = 0; l < b; l++)
                if (k != l && blocks.Image[k][l] == 1) arrows.Add((k, l));
        ArrowMarker.Define(svg, arrows.Count > 0 ? [(color, 1.0, width)] : []);
        foreach (var (k, l) in arrows)
        {
            var dx = xs[l] - xs[k];
            var dy = ys[l] - ys[k];
            var d = Math.Sqrt(dx * dx + dy * dy);
            if (d < 1e-9) continue;
            var (ux, uy) = (dx / d, dy / d);
            var (nx, ny) = (uy, -ux); // bend to the left of the direction: k → l and l → k bend apart
            var bend = d * 0.12;
            var head = ArrowMarker.Length(width);
            var x1 = xs[k] + ux * rs[k] + nx * bend * 0.3;
            var y1 = ys[k] + uy * rs[k] + ny * bend * 0.3;
            var x2 = xs[l] - ux * (rs[l] + head) + nx * bend * 0.3;
            var y2 = ys[l] - uy * (rs[l] + head) + ny * bend * 0.3;
            var qx = (x1 + x2) / 2 + nx * bend;
            var qy = (y1 + y2) / 2 + ny * bend;
            svg.Start("path", ("d", $"M{Canvas.N(x1)},{Canvas.N(y1)} Q{Canvas.N(qx)},{Canvas.N(qy)} {Canvas.N(x2)},{Canvas.N(y2)}"),
                ("fill", "none"), ("stroke", color), ("stroke-width", Canvas.N(width)),
                ("marker-end", $"url(#{ArrowMarker.Id(color, 1.0, width)})"));
            svg.Tooltip(string.Create(CultureInfo.InvariantCulture,
                $"block {k + 1} → block {l + 1}: density {blocks.Density[k][l]:G4}, {blocks.Ties[k][l]:G6} ties"));
            svg.End();
        }
        for (var k = 0; k < b; k++)
        {
            var block = blocks.Blocks[k];
            var fill = block.IsConstant ? "#DDDDDD" : ChartKit.Color(o.CategoryColors[k % o.CategoryColors.Count]);
            var dense = blocks.Image[k][k] == 1;
            svg.Start("circle", ("cx", Canvas.N(xs[k])), ("cy", Canvas.N(ys[k])), ("r", Canvas.N(rs[k])), ("fill", fill), ("fill-opacity", "0.85"),
                ("stroke", "#222222"), ("stroke-width", dense ? "4" : "1"));
            var inside = double.IsNaN(blocks.Density[k][k]) ? "—" : blocks.Density[k][k].ToString("G4", CultureInfo.InvariantCulture);
            svg.Tooltip(string.Create(CultureInfo.InvariantCulture, $"block {k + 1} ({block.Path}): {block.Size} members, density inside {inside}"));
            svg.End();
            var role = block.Role is { } r ? BlockModelResult.RoleKey(r).Replace('_', ' ') : "no ties";
            if (block.IsConstant) role += " (constant column)";
            if (o.Language == ReportLanguage.Chinese)
                role = (block.Role switch
                {
                    BlockRole.NetSpillover => "净溢出",
                    BlockRole.NetBeneficiary => "净受益",
                    BlockRole.BidirectionalSpillover => "双向溢出",
                    BlockRole.Broker => "经纪人",
                    _ => "无关系",
                }) + (block.IsConstant ? "（常数列）" : "");
            svg.Text(xs[k], ys[k] + fs * 0.35, (k + 1).ToString(CultureInfo.InvariantCulture), fs * 1.1, "middle", "#111111", weight: "bold", halo: true);
            var below = ys[k] + rs[k] + fs * 1.2;
            svg.Text(xs[k], below, o.Language == ReportLanguage.Chinese
                ? string.Create(CultureInfo.InvariantCulture, $"{block.Size} 个成员")
                : string.Create(CultureInfo.InvariantCulture, $"{block.Size} members"), fs * 0.85, "middle", "#333333", halo: true);
            svg.Text(xs[k], below + fs * 1.05, role, fs * 0.85, "middle", "#333333", halo: true);
        }
        return new SvgImage(svg.Finish(), o.Width, o.Height);
    }
}

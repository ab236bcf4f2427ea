using System.Globalization;
using CapitalNetwork.Layout;
using CapitalNetwork.Svg;

namespace CapitalNetwork;

/// <summary>
/// Draws a network as a standalone SVG picture without Gephi: a map of the cities (or a force-directed layout), disc
/// area by funds attracted, colour by region, the strongest flows as curved lines whose width follows the weight,
/// labels for the leading cities placed without overlaps, a legend and a scale bar in km.
/// </summary>
/// <remarks>
/// <para><b>Layout.</b> <see cref="NetworkLayout.Geographic"/> uses the equirectangular projection of the GEXF export
/// (x = (λ − λ0)·cos φ0, y = φ − φ0, the same λ0/φ0 as <see cref="GexfOptions"/>), so the picture matches the positions
/// Gephi opens; all nodes are fitted into the drawing area (north up) with one scale factor. The scale bar gives a round
/// length in km (1° of latitude = 111.195 km on the 6371.0088 km sphere), true along φ0.
/// <see cref="NetworkLayout.ForceDirected"/> uses a seeded Fruchterman–Reingold layout (doi:10.1002/spe.4380211102;
/// edges undirected and unweighted, O(iterations·n²)).</para>
/// <para><b>Nodes.</b> s(v) = in-strength by <see cref="NetworkSvgOptions.SizeWeight"/> (self-loop included); disc
/// radius r = r_max·√(s / s_max) (area ∝ s), at least r_min for s &gt; 0; nodes with s = 0 are faint 1.1 px dots (or
/// hidden). Colour by statistical region (Okabe–Ito by default), grey for non-city networks. Larger discs are drawn
/// first so small ones stay visible.</para>
/// <para><b>Flows.</b> Only the k strongest edges by <see cref="NetworkSvgOptions.Weight"/> are drawn (k =
/// <see cref="NetworkSvgOptions.TopEdges"/>, edges of weight 0 never; ties by edge order), weakest first; width =
/// max(w_min, w_max·w / w_top) with w_top the strongest drawn weight; each flow is a quadratic curve bending to the
/// right of its direction (partner city → fund city), so the two directions between a pair of cities do not overlap;
/// coloured like its source. Self-loops (local capital) are rings around the disc with the same width scale
/// (<see cref="SelfLoopStyle.Ring"/>, competing for the top k) or left out (<see cref="SelfLoopStyle.Omit"/>).</para>
/// <para><b>Labels.</b> The <see cref="NetworkSvgOptions.Labels"/> leading cities by s, in rank order, font size growing
/// with √s, are placed greedily at the first of eight positions around their disc whose box overlaps no label placed
/// before, no labelled disc, the title or the legend (Christensen, Marks &amp; Shieber 1995, doi:10.1145/212332.212334);
/// a label without a free position is left out. Text widths are estimated (CJK 1 em).</para>
/// <para><b>Output.</b> Valid XML, UTF-8, font-family list with CJK fonts first, coordinates rounded to 0.01 px;
/// identical input and options give identical bytes. O(n log n + m log m + L²) plus the layout.</para>
/// </remarks>
public static class NetworkSvg
{
    /// <summary>The largest network drawn with the force-directed layout (5,000 nodes).</summary>
    public const int MaxForceNodes = 5000;

    private const double Margin = 16;
    private const double LegendWidth = 236;

    /// <summary>Draws the network.</summary>
    /// <param name="network">The network.</param>
    /// <param name="options">Options, or <c>null</c> for <see cref="NetworkSvgOptions.Default"/>.</param>
    /// <returns>The picture.</returns>
    /// <exception cref="ArgumentException">The options are out of range, a geographic layout is asked for a network
    /// without coordinates, or a force-directed layout for more than <see cref="MaxForceNodes"/> nodes.</exception>
    public static SvgImage Draw(FlowNetwork network, NetworkSvgOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        var o = options ?? NetworkSvgOptions.Default;
        Validate(o);
        var geographic = o.Layout switch
        {
            NetworkLayout.Geographic when !Projection.HasCoordinates(network) =>
                throw new ArgumentException("A geographic layout needs a city network whose nodes all have coordinates.", nameof(options)),
            NetworkLayout.Geographic => true,
            NetworkLayout.ForceDirected => false,
            _ => Projection.HasCoordinates(network),
        };
        var n = network.NodeCount;
        if (!geographic && n > MaxForceNodes)
            throw new ArgumentException($"A force-directed layout is limited to {MaxForceNodes} nodes (it costs O(n²) per iteration); draw a roll-up or a filtered network.", nameof(network));
        var raw = geographic
            ? Projection.Project(network, o.CentralMeridian, o.ReferenceLatitude, 1)!
            : ForceDirected.Layout(network, o.Seed, o.Iterations);

        var title = o.Title is null ? 0 : 40;
        var legend = o.Legend ? LegendWidth : 0;
        double areaX0 = Margin, areaY0 = Margin + title, areaX1 = o.Width - Margin - legend, areaY1 = o.Height - Margin;
        var pad = o.MaxNodeRadius + 2;
        double minX = 0, maxX = 0, minY = 0, maxY = 0;
        if (n > 0)
        {
            minX = raw.Min(p => p.X);
            maxX = raw.Max(p => p.X);
            minY = raw.Min(p => p.Y);
            maxY = raw.Max(p => p.Y);
        }
        var spanX = Math.Max(maxX - minX, 1e-9);
        var spanY = Math.Max(maxY - minY, 1e-9);
        var scale = Math.Min((areaX1 - areaX0 - 2 * pad) / spanX, (areaY1 - areaY0 - 2 * pad) / spanY);
        if (!(scale > 0) || !double.IsFinite(scale)) scale = 1;
        var cx = (areaX0 + areaX1) / 2;
        var cy = (areaY0 + areaY1) / 2;
        var midX = (minX + maxX) / 2;
        var midY = (minY + maxY) / 2;
        var px = new double[n];
        var py = new double[n];
        for (var v = 0; v < n; v++)
        {
            px[v] = cx + (raw[v].X - midX) * scale;
            py[v] = cy - (raw[v].Y - midY) * scale; // north (or +y) up
        }

        // Node values, radii, colours.
        var s = new double[n];
        for (var v = 0; v < n; v++) s[v] = Math.Max(0, network.InStrength(v, o.SizeWeight));
        var sMax = n == 0 ? 0 : s.Max();
        var radius = new double[n];
        for (var v = 0; v < n; v++) radius[v] = Radius(s[v], sMax, o);
        var city = network.IsCityNetwork;
        var color = new string[n];
        for (var v = 0; v < n; v++)
            color[v] = (city ? o.RegionColors.GetValueOrDefault(network.Nodes[v].Region, o.NeutralColor) : o.NeutralColor).ToString();

        // The strongest k flows.
        var weights = network.Weights(o.Weight).ToArray();
        var candidates = Enumerable.Range(0, network.EdgeCount)
            .Where(e => weights[e] > 0 && (o.SelfLoops == SelfLoopStyle.Ring || network.Sources[e] != network.Targets[e]))
            .ToList();
        var top = candidates.OrderByDescending(e => weights[e]).ThenBy(e => e).Take(o.TopEdges).ToList();
        var wTop = top.Count == 0 ? 0 : weights[top[0]];

        var svgTitle = o.Title ?? "CapitalNetwork: " + network;
        using var svg = new Canvas(o.Width, o.Height, o.FontFamily, svgTitle);
        svg.Element("rect", ("x", "0"), ("y", "0"), ("width", Canvas.N(o.Width)), ("height", Canvas.N(o.Height)), ("fill", "#FFFFFF"));
        if (o.Title is not null) svg.Text(Margin, Margin + 24, o.Title, 20, weight: "bold");

        // Flows, weakest first.
        svg.Start("g", ("id", "flows"), ("fill", "none"), ("stroke-linecap", "round"), ("stroke-opacity", Canvas.N(o.EdgeOpacity)));
        foreach (var e in top.OrderBy(e => weights[e]).ThenBy(e => e))
        {
            var (a, b) = (network.Sources[e], network.Targets[e]);
            var width = EdgeWidth(weights[e], wTop, o);
            var tip = $"{network.Nodes[a].Label} → {network.Nodes[b].Label}: {TextMetrics.Value(weights[e])}";
            if (a == b)
            {
                svg.Start("circle", ("cx", Canvas.N(px[a])), ("cy", Canvas.N(py[a])), ("r", Canvas.N(radius[a] + 1.5 + width / 2)),
                    ("stroke", color[a]), ("stroke-width", Canvas.N(width)));
            }
            else
            {
                var (x0, y0, x1, y1) = (px[a], py[a], px[b], py[b]);
                var (mx, my) = ((x0 + x1) / 2, (y0 + y1) / 2);
                var (dx, dy) = (x1 - x0, y1 - y0);
                // control point: 20 % of the chord length to the right of the direction of travel (y down)
                var (qx, qy) = (mx - dy * 0.2, my + dx * 0.2);
                svg.Start("path", ("d", $"M{Canvas.N(x0)},{Canvas.N(y0)} Q{Canvas.N(qx)},{Canvas.N(qy)} {Canvas.N(x1)},{Canvas.N(y1)}"),
                    ("stroke", color[a]), ("stroke-width", Canvas.N(width)));
            }
            svg.Tooltip(tip);
            svg.End();
        }
        svg.End();

        // Nodes: faint dots, then discs from large to small.
        svg.Start("g", ("id", "nodes"));
        if (o.ShowInactiveNodes)
        {
            for (var v = 0; v < n; v++)
                if (s[v] == 0)
                    svg.Element("circle", ("cx", Canvas.N(px[v])), ("cy", Canvas.N(py[v])), ("r", "1.1"), ("fill", color[v]), ("fill-opacity", "0.35"));
        }
        foreach (var v in Enumerable.Range(0, n).Where(v => s[v] > 0).OrderByDescending(v => radius[v]).ThenBy(v => v))
        {
            svg.Start("circle", ("cx", Canvas.N(px[v])), ("cy", Canvas.N(py[v])), ("r", Canvas.N(radius[v])), ("fill", color[v]),
                ("fill-opacity", "0.85"), ("stroke", "#FFFFFF"), ("stroke-width", "0.8"));
            svg.Tooltip($"{network.Nodes[v].Label}: {TextMetrics.Value(s[v])}");
            svg.End();
        }
        svg.End();

        // Labels of the leading cities.
        var placer = new LabelPlacer(Margin / 2, Margin / 2 + title, o.Width - Margin / 2 - legend, o.Height - Margin / 2);
        var leaders = Enumerable.Range(0, n).Where(v => s[v] > 0).OrderByDescending(v => s[v]).ThenBy(v => v).Take(o.Labels).ToList();
        foreach (var v in leaders) placer.AddDisc(px[v], py[v], radius[v]);
        svg.Start("g", ("id", "labels"));
        foreach (var v in leaders)
        {
            var text = o.ShortLabels ? TextMetrics.ShortLabel(network.Nodes[v].Label) : network.Nodes[v].Label;
            var size = o.MinLabelSize + (o.MaxLabelSize - o.MinLabelSize) * Math.Sqrt(s[v] / sMax);
            var at = placer.Place(px[v], py[v], radius[v], TextMetrics.Width(text, size), size);
            if (at is { } p) svg.Text(p.X, p.Y, text, Math.Round(size, 1), p.Anchor, "#1A1A1A", halo: true);
        }
        svg.End();

        if (o.Legend)
            DrawLegend(svg, network, o, city, sMax, wTop, top.Count, candidates.Count, geographic ? scale : null);
        var text2 = svg.Finish();
        return new SvgImage(text2, o.Width, o.Height);
    }

    private static double Radius(double s, double sMax, NetworkSvgOptions o) =>
        s > 0 && sMax > 0 ? Math.Max(o.MinNodeRadius, o.MaxNodeRadius * Math.Sqrt(s / sMax)) : 0;

    private static double EdgeWidth(double w, double wTop, NetworkSvgOptions o) =>
        wTop > 0 ? Math.Max(o.MinEdgeWidth, o.MaxEdgeWidth * w / wTop) : o.MinEdgeWidth;

    private static void DrawLegend(Canvas svg, FlowNetwork network, NetworkSvgOptions o, bool city, double sMax, double wTop,
        int drawn, int candidates, double? scale)
    {
        var x0 = o.Width - LegendWidth - Margin + 8;
        var y = Margin + 6.0;
        svg.Start("g", ("id", "legend"));
        svg.Element("rect", ("x", Canvas.N(x0 - 8)), ("y", Canvas.N(Margin)), ("width", Canvas.N(LegendWidth)),
            ("height", Canvas.N(o.Height - 2 * Margin)), ("fill", "#F7F7F7"), ("stroke", "#DDDDDD"));
        const double fs = 12.5;
        void Heading(string text)
        {
            y += 22;
            svg.Text(x0, y, text, 13.5, weight: "bold");
            y += 6;
        }

        if (city)
        {
            Heading("区域 Region");
            foreach (var r in Enum.GetValues<StatisticalRegion>())
            {
                y += 20;
                svg.Element("circle", ("cx", Canvas.N(x0 + 8)), ("cy", Canvas.N(y - 4)), ("r", "6"),
                    ("fill", o.RegionColors.GetValueOrDefault(r, o.NeutralColor).ToString()), ("fill-opacity", "0.85"));
                svg.Text(x0 + 22, y, $"{r.Chinese()} {r}", fs);
            }
        }

        if (sMax > 0)
        {
            Heading(o.SizeWeight switch
            {
                EdgeWeight.Funds => "吸引基金 funds attracted",
                EdgeWeight.Links => "出资关系 links attracted",
                _ => "吸引资本 capital attracted (CNY)",
            });
            var values = new List<double>();
            foreach (var f in (double[])[1, 0.25, 0.0625])
            {
                var v = TextMetrics.NiceBelow(sMax * f);
                if (v > 0 && !values.Contains(v)) values.Add(v);
            }
            var rMax = Radius(values[0], sMax, o);
            var baseY = y + 8 + 2 * rMax;
            var cxl = x0 + 8 + rMax;
            foreach (var v in values)
            {
                var r = Radius(v, sMax, o);
                svg.Element("circle", ("cx", Canvas.N(cxl)), ("cy", Canvas.N(baseY - r)), ("r", Canvas.N(r)),
                    ("fill", "none"), ("stroke", "#555555"), ("stroke-width", "0.8"));
                svg.Element("line", ("x1", Canvas.N(cxl)), ("y1", Canvas.N(baseY - 2 * r)), ("x2", Canvas.N(cxl + rMax + 12)),
                    ("y2", Canvas.N(baseY - 2 * r)), ("stroke", "#999999"), ("stroke-width", "0.6"));
                svg.Text(cxl + rMax + 15, baseY - 2 * r + 4, TextMetrics.Value(v), fs);
            }
            y = baseY + 4;
        }

        if (drawn > 0)
        {
            Heading(o.Weight switch
            {
                EdgeWeight.Funds => "基金流 funds (出资地 → 基金地)",
                EdgeWeight.Links => "出资关系 links (出资地 → 基金地)",
                _ => "资本流 capital (出资地 → 基金地)",
            });
            var values = new List<double>();
            foreach (var f in (double[])[1, 0.4, 0.1])
            {
                var v = TextMetrics.NiceBelow(wTop * f);
                if (v > 0 && !values.Contains(v)) values.Add(v);
            }
            foreach (var v in values)
            {
                y += 20;
                svg.Element("line", ("x1", Canvas.N(x0)), ("y1", Canvas.N(y - 4)), ("x2", Canvas.N(x0 + 56)), ("y2", Canvas.N(y - 4)),
                    ("stroke", "#555555"), ("stroke-opacity", Canvas.N(Math.Max(o.EdgeOpacity, 0.5))), ("stroke-linecap", "round"),
                    ("stroke-width", Canvas.N(EdgeWidth(v, wTop, o))));
                svg.Text(x0 + 66, y, TextMetrics.Value(v), fs);
            }
            y += 20;
            svg.Text(x0, y, string.Create(CultureInfo.InvariantCulture, $"最强 {drawn} 条 / top {drawn} of {candidates} flows"), 11.5, fill: "#555555");
            if (o.SelfLoops == SelfLoopStyle.Ring)
            {
                y += 16;
                svg.Text(x0, y, "环 = 本地资本 ring = local capital", 11.5, fill: "#555555");
            }
        }

        if (scale is { } pxPerUnit)
        {
            Heading("比例尺 Scale");
            var pxPerKm = pxPerUnit / Projection.KilometresPerDegree;
            var km = TextMetrics.NiceBelow(150 / pxPerKm);
            var length = km * pxPerKm;
            y += 22;
            svg.Element("rect", ("x", Canvas.N(x0)), ("y", Canvas.N(y - 6)), ("width", Canvas.N(length / 2)), ("height", "5"), ("fill", "#333333"));
            svg.Element("rect", ("x", Canvas.N(x0 + length / 2)), ("y", Canvas.N(y - 6)), ("width", Canvas.N(length / 2)), ("height", "5"),
                ("fill", "#FFFFFF"), ("stroke", "#333333"), ("stroke-width", "0.8"));
            y += 16;
            svg.Text(x0, y, "0", 11.5);
            svg.Text(x0 + length, y, string.Create(CultureInfo.InvariantCulture, $"{km:0.##} km"), 11.5, "middle");
            y += 16;
            svg.Text(x0, y, string.Create(CultureInfo.InvariantCulture, $"等距圆柱投影，沿 {o.ReferenceLatitude:0.##}°N 为真"), 11, fill: "#555555");
            y += 15;
            svg.Text(x0, y, string.Create(CultureInfo.InvariantCulture, $"equirectangular, true at {o.ReferenceLatitude:0.##}°N"), 11, fill: "#555555");
        }
        y += 24;
        svg.Text(x0, Math.Max(y, o.Height - Margin - 10), string.Create(CultureInfo.InvariantCulture, $"{network.NodeCount} nodes, {network.EdgeCount} edges"), 11, fill: "#777777");
        svg.End();
    }

    private static void Validate(NetworkSvgOptions o)
    {
        static bool Finite(double x, double min) => double.IsFinite(x) && x >= min;
        if (!Finite(o.Width, 400) || !Finite(o.Height, 300) || o.Width > 20000 || o.Height > 20000)
            throw new ArgumentException("Width must be in [400, 20000] and Height in [300, 20000].", "options");
        if (o.TopEdges < 0 || o.Labels < 0) throw new ArgumentException("TopEdges and Labels must be ≥ 0.", "options");
        if (!Finite(o.MinNodeRadius, 0) || !Finite(o.MaxNodeRadius, o.MinNodeRadius) || !Finite(o.MinEdgeWidth, 0) ||
            !Finite(o.MaxEdgeWidth, o.MinEdgeWidth) || !Finite(o.MinLabelSize, 1) || !Finite(o.MaxLabelSize, o.MinLabelSize))
            throw new ArgumentException("Sizes must be finite, ≥ 0, and each maximum ≥ its minimum.", "options");
        if (!(o.EdgeOpacity is >= 0 and <= 1)) throw new ArgumentException("EdgeOpacity must be in [0, 1].", "options");
        if (o.Iterations is < 0 or > 100_000) throw new ArgumentException("Iterations must be in [0, 100000].", "options");
        if (!double.IsFinite(o.CentralMeridian) || !(Math.Abs(o.ReferenceLatitude) < 90))
            throw new ArgumentException("CentralMeridian must be finite and ReferenceLatitude within (−90, 90).", "options");
        if (!Enum.IsDefined(o.Layout) || !Enum.IsDefined(o.Weight) || !Enum.IsDefined(o.SizeWeight) || !Enum.IsDefined(o.SelfLoops))
            throw new ArgumentException("Unknown layout, weight or self-loop style.", "options");
        if (o.RegionColors is null || string.IsNullOrWhiteSpace(o.FontFamily)) throw new ArgumentException("RegionColors and FontFamily are required.", "options");
    }
}

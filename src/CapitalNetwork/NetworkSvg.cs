using System.Globalization;
using CapitalNetwork.Layout;
using CapitalNetwork.Svg;

namespace CapitalNetwork;

/// <summary>
/// Draws a network as a standalone SVG picture without Gephi: a map of the cities (or a force-directed layout), disc
/// area by funds attracted, colour by region, the strongest flows as curved arrows (partner city → fund city) whose
/// width follows the weight, labels for the leading cities placed without overlaps, a legend and a scale bar in km.
/// </summary>
/// <remarks>
/// <para><b>Layout.</b> <see cref="NetworkLayout.Geographic"/> uses the equirectangular projection of the GEXF export
/// (x = (λ − λ0)·cos φ0, y = φ − φ0, the same λ0/φ0 as <see cref="GexfOptions"/>), so the picture matches the positions
/// Gephi opens; all nodes are fitted into the drawing area (north up) with one scale factor. The scale bar gives a round
/// length in km (1° of latitude = 111.195 km on the 6371.0088 km sphere), true along φ0.
/// <see cref="NetworkLayout.ForceDirected"/> uses a seeded Fruchterman–Reingold layout (doi:10.1002/spe.4380211102;
/// edges undirected and unweighted, O(iterations·n²)).</para>
/// <para><b>Nodes.</b> s(v) = in-strength by <see cref="NetworkSvgOptions.SizeWeight"/> (self-loop included); disc
/// radius r = r_max·√(s / s_max) (area ∝ s), at least r_min for s &gt; 0. A node with s = 0 that sends capital out
/// (out-strength by the same weight &gt; 0: a city that only supplies) has no area to show, so it is drawn as a hollow
/// ring (white inside, outlined in its colour, radius max(r_min, 3 px), class <c>supply-only</c>), on top of the discs,
/// and the legend explains the ring; nodes without any flow are faint 1.1 px dots (or hidden,
/// <see cref="NetworkSvgOptions.ShowInactiveNodes"/>). Colour by statistical region (Okabe–Ito by default), grey for
/// non-city networks. Larger discs are drawn first so small ones stay visible.</para>
/// <para><b>Flows.</b> Only the k strongest edges by <see cref="NetworkSvgOptions.Weight"/> are drawn (k =
/// <see cref="NetworkSvgOptions.TopEdges"/>, edges of weight 0 never; ties by edge order), weakest first; width =
/// max(w_min, w_max·w / w_top) with w_top the strongest drawn weight; each flow is a quadratic curve bending to the
/// right of its direction (partner city → fund city), so the two directions between a pair of cities do not overlap;
/// coloured like its source. Direction is shown by an arrowhead at the fund city: an SVG marker, a triangle 2.5 widths
/// long (at least 5 px, so thin flows keep a visible head) and 0.9 times as wide as long; the curve is cut where it comes
/// within (target radius + 1 px + head length) of the fund city, so the tip stops just outside its disc (a flow between
/// cities too close for that is drawn whole, without a head). Self-loops (local capital) are rings around the disc with
/// the same width scale (<see cref="SelfLoopStyle.Ring"/>, competing for the top k) or left out
/// (<see cref="SelfLoopStyle.Omit"/>).</para>
/// <para><b>Labels.</b> The <see cref="NetworkSvgOptions.Labels"/> leading cities by s, in rank order, font size growing
/// with √s, are placed greedily at the first of eight positions around their disc whose box overlaps no label placed
/// before, no labelled disc, the title or the legend (Christensen, Marks &amp; Shieber 1995, doi:10.1145/212332.212334);
/// a label without a free position is left out. Text widths are estimated (CJK 1 em).</para>
/// <para><b>Legend.</b> Regions; the size circles and the sample widths show up to three distinct values, whole
/// numbers whenever the largest value is at least 1 (3, 2, 1 on a tiny network; otherwise round values such as 200, 50,
/// 10), never fractions of a fund; the supply-only ring when there is one; the scale bar on maps.</para>
/// <para><b>Output.</b> Valid XML, UTF-8, font-family list with CJK fonts first, coordinates rounded to 0.01 px;
/// identical input and options give identical bytes. O(n log n + m log m + L²) plus the layout.</para>
/// </remarks>
public static class NetworkSvg
{
    /// <summary>The largest network drawn with the force-directed layout (5,000 nodes).</summary>
    public const int MaxForceNodes = 5000;

    private const double Margin = 16;
    private const double LegendWidth = 236;
    private const double ArrowGap = 1;
    private const double MinSupplyRadius = 3;
    private const double SupplyStroke = 1.3;
    private const double LegendLabelStep = 13;

    /// <summary>The class of the hollow rings of supply-only cities (for styling and for tests).</summary>
    internal const string SupplyOnlyClass = "supply-only";

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

        // Cities that only supply: nothing attracted (s = 0) but capital sent out by the same weight.
        var supply = new double[n];
        for (var v = 0; v < n; v++) supply[v] = s[v] == 0 ? Math.Max(0, network.OutStrength(v, o.SizeWeight)) : 0;
        var suppliers = Enumerable.Range(0, n).Where(v => supply[v] > 0).ToList();
        var supplyRadius = Math.Max(o.MinNodeRadius, MinSupplyRadius);

        // The flows as curves with an arrowhead at the fund city (null: no room for a head between the two discs).
        var flows = new List<(int Edge, double Width, string Path, string? Marker)>();
        foreach (var e in top.OrderBy(e => weights[e]).ThenBy(e => e))
        {
            var (a, b) = (network.Sources[e], network.Targets[e]);
            var width = EdgeWidth(weights[e], wTop, o);
            if (a == b)
            {
                flows.Add((e, width, "", null));
                continue;
            }
            var targetRadius = s[b] > 0 ? radius[b] : supply[b] > 0 ? supplyRadius : 1.1;
            var (d, fits) = FlowPath(px[a], py[a], px[b], py[b], targetRadius + ArrowGap + HeadLength(width));
            flows.Add((e, width, d, fits ? ArrowMarker.Id(color[a], o.EdgeOpacity, width) : null));
        }

        var svgTitle = o.Title ?? "CapitalNetwork: " + network;
        using var svg = new Canvas(o.Width, o.Height, o.FontFamily, svgTitle);
        var legendArrow = (Color: "#555555", Opacity: Math.Max(o.EdgeOpacity, 0.5));
        var markers = flows.Where(f => f.Marker is not null).Select(f => (Color: color[network.Sources[f.Edge]], o.EdgeOpacity, f.Width));
        if (o.Legend && top.Count > 0)
            markers = markers.Concat(LegendEdgeValues(wTop).Select(v => (legendArrow.Color, legendArrow.Opacity, EdgeWidth(v, wTop, o))));
        ArrowMarker.Define(svg, markers);
        svg.Element("rect", ("x", "0"), ("y", "0"), ("width", Canvas.N(o.Width)), ("height", Canvas.N(o.Height)), ("fill", "#FFFFFF"));
        if (o.Title is not null) svg.Text(Margin, Margin + 24, o.Title, 20, weight: "bold");

        // Flows, weakest first.
        svg.Start("g", ("id", "flows"), ("fill", "none"), ("stroke-linecap", "butt"), ("stroke-opacity", Canvas.N(o.EdgeOpacity)));
        foreach (var (e, width, d, marker) in flows)
        {
            var (a, b) = (network.Sources[e], network.Targets[e]);
            var tip = $"{network.Nodes[a].Label} → {network.Nodes[b].Label}: {TextMetrics.Value(weights[e])}";
            if (a == b)
            {
                svg.Start("circle", ("cx", Canvas.N(px[a])), ("cy", Canvas.N(py[a])), ("r", Canvas.N(radius[a] + 1.5 + width / 2)),
                    ("stroke", color[a]), ("stroke-width", Canvas.N(width)));
            }
            else
            {
                svg.Start("path", ("d", d), ("stroke", color[a]), ("stroke-width", Canvas.N(width)),
                    ("marker-end", marker is null ? null : $"url(#{marker})"));
            }
            svg.Tooltip(tip);
            svg.End();
        }
        svg.End();

        // Nodes: faint dots, then discs from large to small, then the hollow rings of supply-only cities on top.
        svg.Start("g", ("id", "nodes"));
        if (o.ShowInactiveNodes)
        {
            for (var v = 0; v < n; v++)
                if (s[v] == 0 && supply[v] == 0)
                    svg.Element("circle", ("cx", Canvas.N(px[v])), ("cy", Canvas.N(py[v])), ("r", "1.1"), ("fill", color[v]), ("fill-opacity", "0.35"));
        }
        foreach (var v in Enumerable.Range(0, n).Where(v => s[v] > 0).OrderByDescending(v => radius[v]).ThenBy(v => v))
        {
            svg.Start("circle", ("cx", Canvas.N(px[v])), ("cy", Canvas.N(py[v])), ("r", Canvas.N(radius[v])), ("fill", color[v]),
                ("fill-opacity", "0.85"), ("stroke", "#FFFFFF"), ("stroke-width", "0.8"));
            svg.Tooltip($"{network.Nodes[v].Label}: {TextMetrics.Value(s[v])}");
            svg.End();
        }
        foreach (var v in suppliers)
        {
            svg.Start("circle", ("class", SupplyOnlyClass), ("cx", Canvas.N(px[v])), ("cy", Canvas.N(py[v])), ("r", Canvas.N(supplyRadius)),
                ("fill", "#FFFFFF"), ("stroke", color[v]), ("stroke-width", Canvas.N(SupplyStroke)));
            svg.Tooltip($"{network.Nodes[v].Label}: 0 ({ChartWords.Say(o.Language, "出资", "supplies")} {TextMetrics.Value(supply[v])})");
            svg.End();
        }
        svg.End();

        // Labels of the leading cities.
        // Labels stay left of the legend panel (its box starts at Width − Margin − LegendWidth).
        var placer = new LabelPlacer(Margin / 2, Margin / 2 + title, o.Legend ? o.Width - Margin - legend - 2 : o.Width - Margin / 2, o.Height - Margin / 2);
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
            DrawLegend(svg, network, o, city, sMax, wTop, top.Count, candidates.Count, suppliers.Count > 0 ? supplyRadius : null,
                legendArrow, geographic ? scale : null);
        var text2 = svg.Finish();
        return new SvgImage(text2, o.Width, o.Height);
    }

    private static double Radius(double s, double sMax, NetworkSvgOptions o) =>
        s > 0 && sMax > 0 ? Math.Max(o.MinNodeRadius, o.MaxNodeRadius * Math.Sqrt(s / sMax)) : 0;

    private static double EdgeWidth(double w, double wTop, NetworkSvgOptions o) =>
        wTop > 0 ? Math.Max(o.MinEdgeWidth, o.MaxEdgeWidth * w / wTop) : o.MinEdgeWidth;

    /// <summary>Length of the arrowhead of a flow of the given width: 2.5 widths, at least 5 px.</summary>
    private static double HeadLength(double width) => ArrowMarker.Length(width);

    private static List<double> LegendSizeValues(double sMax) => TextMetrics.LegendValues(sMax, 0.25, 0.0625);

    private static List<double> LegendEdgeValues(double wTop) => TextMetrics.LegendValues(wTop, 0.4, 0.1);

    /// <summary>
    /// The path of a flow from (x0, y0) to (x1, y1): a quadratic curve bending to the right of the direction of travel
    /// (control point 20 % of the chord to the right of its midpoint, y down), cut where it comes within
    /// <paramref name="stop"/> of the end, so that an arrowhead starting there ends just outside the target's disc.
    /// Not cut (and <c>Fits</c> false) when the chord is no longer than <paramref name="stop"/>.
    /// </summary>
    private static (string Path, bool Fits) FlowPath(double x0, double y0, double x1, double y1, double stop)
    {
        var (mx, my) = ((x0 + x1) / 2, (y0 + y1) / 2);
        var (dx, dy) = (x1 - x0, y1 - y0);
        var (qx, qy) = (mx - dy * 0.2, my + dx * 0.2);
        var fits = Math.Sqrt(dx * dx + dy * dy) > stop;
        if (fits)
        {
            // Bisection for the parameter t where the curve B(t) is at distance 'stop' from the end point; the distance
            // falls from the chord length at t = 0 to 0 at t = 1. 50 halvings: exact to double precision, deterministic.
            double lo = 0, hi = 1;
            for (var i = 0; i < 50; i++)
            {
                var t = (lo + hi) / 2;
                var (bx, by) = Bezier(x0, y0, qx, qy, x1, y1, t);
                if (Math.Sqrt((bx - x1) * (bx - x1) + (by - y1) * (by - y1)) > stop) lo = t;
                else hi = t;
            }
            // de Casteljau: the part [0, t] of the curve is again a quadratic curve, control point P0 + t·(Q − P0).
            var (ex, ey) = Bezier(x0, y0, qx, qy, x1, y1, lo);
            (qx, qy, x1, y1) = (x0 + lo * (qx - x0), y0 + lo * (qy - y0), ex, ey);
        }
        return ($"M{Canvas.N(x0)},{Canvas.N(y0)} Q{Canvas.N(qx)},{Canvas.N(qy)} {Canvas.N(x1)},{Canvas.N(y1)}", fits);
    }

    private static (double X, double Y) Bezier(double x0, double y0, double qx, double qy, double x1, double y1, double t)
    {
        var u = 1 - t;
        return (u * u * x0 + 2 * u * t * qx + t * t * x1, u * u * y0 + 2 * u * t * qy + t * t * y1);
    }

    private static void DrawLegend(Canvas svg, FlowNetwork network, NetworkSvgOptions o, bool city, double sMax, double wTop,
        int drawn, int candidates, double? supplyRadius, (string Color, double Opacity) arrow, double? scale)
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
            Heading(ChartWords.Say(o.Language, "区域", "Region"));
            foreach (var r in Enum.GetValues<StatisticalRegion>())
            {
                y += 20;
                svg.Element("circle", ("cx", Canvas.N(x0 + 8)), ("cy", Canvas.N(y - 4)), ("r", "6"),
                    ("fill", o.RegionColors.GetValueOrDefault(r, o.NeutralColor).ToString()), ("fill-opacity", "0.85"));
                svg.Text(x0 + 22, y, ChartWords.Region(o.Language, r), fs);
            }
        }

        if (sMax > 0)
        {
            Heading(o.SizeWeight switch
            {
                EdgeWeight.Funds => ChartWords.Say(o.Language, "吸引基金", "funds attracted"),
                EdgeWeight.Links => ChartWords.Say(o.Language, "出资关系", "links attracted"),
                _ => ChartWords.Say(o.Language, "吸引资本", "capital attracted (CNY)"),
            });
            // Nested circles standing on one base line, each value written level with its circle's top (moved down
            // just enough not to touch the label above, with the leader line following).
            var values = LegendSizeValues(sMax);
            var rMax = Radius(values[0], sMax, o);
            var baseY = y + 8 + 2 * rMax;
            var cxl = x0 + 8 + rMax;
            var labelY = double.NegativeInfinity;
            svg.Start("g", ("id", "legend-sizes"));
            foreach (var v in values)
            {
                var r = Radius(v, sMax, o);
                var topY = baseY - 2 * r;
                labelY = Math.Max(topY, labelY + LegendLabelStep);
                svg.Element("circle", ("cx", Canvas.N(cxl)), ("cy", Canvas.N(baseY - r)), ("r", Canvas.N(r)),
                    ("fill", "none"), ("stroke", "#555555"), ("stroke-width", "0.8"));
                svg.Element("line", ("x1", Canvas.N(cxl)), ("y1", Canvas.N(topY)), ("x2", Canvas.N(cxl + rMax + 12)),
                    ("y2", Canvas.N(labelY)), ("stroke", "#999999"), ("stroke-width", "0.6"));
                svg.Text(cxl + rMax + 15, labelY + 4, TextMetrics.Value(v), fs);
            }
            svg.End();
            y = Math.Max(baseY, labelY + 4) + 4;
        }

        if (supplyRadius is { } ring)
        {
            y += 20;
            svg.Element("circle", ("class", SupplyOnlyClass), ("cx", Canvas.N(x0 + 8)), ("cy", Canvas.N(y - 4)), ("r", Canvas.N(ring)), ("fill", "#FFFFFF"),
                ("stroke", "#555555"), ("stroke-width", Canvas.N(SupplyStroke)));
            svg.Text(x0 + 22, y, ChartWords.Say(o.Language, "只出资", "supplies only, attracts 0"), fs);
        }

        if (drawn > 0)
        {
            Heading(o.Weight switch
            {
                EdgeWeight.Funds => ChartWords.Say(o.Language, "基金流 funds (出资地 → 基金地)", "基金流（出资地 → 基金地）", "funds (partner → fund city)"),
                EdgeWeight.Links => ChartWords.Say(o.Language, "出资关系 links (出资地 → 基金地)", "出资关系（出资地 → 基金地）", "links (partner → fund city)"),
                _ => ChartWords.Say(o.Language, "资本流 capital (出资地 → 基金地)", "资本流（出资地 → 基金地）", "capital (partner → fund city)"),
            });
            // Sample lines pointing right, each with the arrowhead of its width; rows spaced so the heads do not touch.
            svg.Start("g", ("id", "legend-widths"));
            foreach (var v in LegendEdgeValues(wTop))
            {
                var width = EdgeWidth(v, wTop, o);
                var step = Math.Max(20, ArrowMarker.Width(width) + 6);
                y += step / 2 + 10;
                svg.Element("line", ("x1", Canvas.N(x0)), ("y1", Canvas.N(y - 4)), ("x2", Canvas.N(x0 + 56 - HeadLength(width))), ("y2", Canvas.N(y - 4)),
                    ("stroke", arrow.Color), ("stroke-opacity", Canvas.N(arrow.Opacity)), ("stroke-width", Canvas.N(width)),
                    ("marker-end", $"url(#{ArrowMarker.Id(arrow.Color, arrow.Opacity, width)})"));
                svg.Text(x0 + 66, y, TextMetrics.Value(v), fs);
                y += step / 2 - 10;
            }
            svg.End();
            y += 20;
            svg.Text(x0, y, ChartWords.Say(o.Language, string.Create(CultureInfo.InvariantCulture, $"最强 {drawn} 条 / top {drawn} of {candidates} flows"), string.Create(CultureInfo.InvariantCulture, $"最强 {drawn} 条（共 {candidates} 条）"), string.Create(CultureInfo.InvariantCulture, $"top {drawn} of {candidates} flows")), 11.5, fill: "#555555");
            if (o.SelfLoops == SelfLoopStyle.Ring)
            {
                y += 16;
                svg.Text(x0, y, ChartWords.Say(o.Language, "环 = 本地资本 ring = local capital", "环 = 本地资本", "ring = local capital"), 11.5, fill: "#555555");
            }
        }

        if (scale is { } pxPerUnit)
        {
            Heading(ChartWords.Say(o.Language, "比例尺", "Scale"));
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
            if (o.Language != ReportLanguage.English)
                svg.Text(x0, y, string.Create(CultureInfo.InvariantCulture, $"等距圆柱投影，沿 {o.ReferenceLatitude:0.##}°N 为真"), 11, fill: "#555555");
            if (o.Language is null) y += 15;
            if (o.Language != ReportLanguage.Chinese)
                svg.Text(x0, y, string.Create(CultureInfo.InvariantCulture, $"equirectangular, true at {o.ReferenceLatitude:0.##}°N"), 11, fill: "#555555");
        }
        y += 24;
        svg.Text(x0, Math.Max(y, o.Height - Margin - 10), o.Language == ReportLanguage.Chinese
            ? string.Create(CultureInfo.InvariantCulture, $"{network.NodeCount} 个节点，{network.EdgeCount} 条边")
            : string.Create(CultureInfo.InvariantCulture, $"{network.NodeCount} nodes, {network.EdgeCount} edges"), 11, fill: "#777777");
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

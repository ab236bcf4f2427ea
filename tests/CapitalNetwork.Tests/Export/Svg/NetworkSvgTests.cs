using System.Globalization;
using System.Text;
using System.Xml.Linq;
using CapitalNetwork.Layout;
using CapitalNetwork.Svg;
using CapitalNetwork.Tests.Export.Gexf;

namespace CapitalNetwork.Tests.Export.Svg;

/// <summary>The network picture. Expected values by hand from <see cref="GexfTestData.CityNetwork"/> (funds: 杭州
/// attracts 10, 北京 1, 上海 1, 武汉 1; flows 3, 1, 2, 5 (杭州 loop), 1, 1) or from the sample filings where stated.</summary>
public class NetworkSvgTests
{
    private static readonly XNamespace S = "http://www.w3.org/2000/svg";

    private static XDocument Parse(SvgImage image) => XDocument.Parse(image.Text);

    private static double D(XElement e, string attribute) => double.Parse(e.Attribute(attribute)!.Value, CultureInfo.InvariantCulture);

    private static XElement Group(XDocument doc, string id) => doc.Descendants(S + "g").Single(g => (string?)g.Attribute("id") == id);

    [Fact]
    public void The_picture_is_valid_UTF8_XML_with_size_and_a_CJK_font_list()
    {
        var image = NetworkSvg.Draw(GexfTestData.CityNetwork(), new NetworkSvgOptions { Title = "测试 <网络> & co" });
        var bytes = image.ToUtf8Bytes();
        Assert.False(bytes is [0xEF, 0xBB, 0xBF, ..]);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"", image.Text);
        var doc = XDocument.Parse(new UTF8Encoding(false, true).GetString(bytes));
        var root = doc.Root!;
        Assert.Equal(S + "svg", root.Name);
        Assert.Equal(("1200", "900", "0 0 1200 900"), ((string)root.Attribute("width")!, (string)root.Attribute("height")!, (string)root.Attribute("viewBox")!));
        Assert.Equal("'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC', sans-serif", (string?)root.Attribute("font-family"));
        Assert.Equal("测试 <网络> & co", root.Element(S + "title")!.Value);
        Assert.Contains(doc.Descendants(S + "text"), t => t.Value == "杭州"); // label without 市
    }

    [Fact]
    public void Identical_input_gives_identical_bytes_under_any_culture()
    {
        // Expected: byte equality, also under de-DE (decimal comma) — coordinates use the invariant culture.
        var a = NetworkSvg.Draw(GexfTestData.SampleIngest.Network).Text;
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            Assert.Equal(a, NetworkSvg.Draw(GexfTestData.SampleIngest.Network).Text);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Only_the_strongest_flows_are_drawn_with_widths_proportional_to_weight()
    {
        // TopEdges = 2: the 杭州 loop (5) and 北京→杭州 (3). Widths: 9·5/5 = 9 (ring), 9·3/5 = 5.4 (path).
        var doc = Parse(NetworkSvg.Draw(GexfTestData.CityNetwork(), new NetworkSvgOptions { TopEdges = 2 }));
        var flows = Group(doc, "flows").Elements().ToList();
        Assert.Equal(2, flows.Count);
        Assert.Equal(("path", 5.4), (flows[0].Name.LocalName, D(flows[0], "stroke-width"))); // weakest first
        Assert.Equal(("circle", 9.0), (flows[1].Name.LocalName, D(flows[1], "stroke-width")));
        Assert.Equal("北京市 → 杭州市: 3", flows[0].Element(S + "title")!.Value);
        // Omit: the loop is not drawn, so the top 2 are 北京→杭州 (3) and 上海→杭州 (2): widths 9 and 6.
        var omit = Group(Parse(NetworkSvg.Draw(GexfTestData.CityNetwork(), new NetworkSvgOptions { TopEdges = 2, SelfLoops = SelfLoopStyle.Omit })), "flows");
        Assert.Equal([6.0, 9.0], omit.Elements().Select(e => D(e, "stroke-width")));
        Assert.All(omit.Elements(), e => Assert.Equal("path", e.Name.LocalName));
        // the widest drawn flow of the sample gets MaxEdgeWidth exactly
        var sample = Group(Parse(NetworkSvg.Draw(GexfTestData.SampleIngest.Network)), "flows").Elements().ToList();
        Assert.Equal(150, sample.Count);
        Assert.Equal(9, sample.Max(e => D(e, "stroke-width")));
    }

    [Fact]
    public void Disc_area_is_proportional_to_funds_attracted()
    {
        // r = 26·√(s/10): 杭州 26, 北京/上海/武汉 26·√0.1 = 8.22; cities without any flow are 1.1 px dots (365 of them);
        // 成都, 哈尔滨 and 香港 only send capital: hollow rings (see Supply_only_cities_are_hollow_rings…).
        var doc = Parse(NetworkSvg.Draw(GexfTestData.CityNetwork()));
        var discs = Group(doc, "nodes").Elements(S + "circle").ToList();
        var active = discs.Where(c => c.Element(S + "title") is not null && c.Attribute("class") is null).ToList();
        Assert.Equal(4, active.Count);
        Assert.Equal(26, D(active.Single(c => c.Element(S + "title")!.Value.StartsWith("杭州市", StringComparison.Ordinal)), "r"));
        Assert.Equal(8.22, D(active.Single(c => c.Element(S + "title")!.Value.StartsWith("北京市", StringComparison.Ordinal)), "r"));
        Assert.Equal(365, discs.Count(c => (string?)c.Attribute("r") == "1.1"));
        var hidden = Parse(NetworkSvg.Draw(GexfTestData.CityNetwork(), new NetworkSvgOptions { ShowInactiveNodes = false }));
        Assert.Equal(4 + 3, Group(hidden, "nodes").Elements(S + "circle").Count()); // the supply-only rings stay
    }

    /// <summary>
    /// A tiny network of plain ids, one weight per edge as in an edge list: 上海→杭州 3, 北京→杭州 1, 杭州→北京 2,
    /// 深圳→上海 1, 深圳→北京 1. Funds attracted: 杭州 4, 北京 3, 上海 1, 深圳 0 — 深圳 only supplies (2 funds out).
    /// </summary>
    private const string TinyEdgeList = "source,target,weight\n上海,杭州,3\n北京,杭州,1\n杭州,北京,2\n深圳,上海,1\n深圳,北京,1\n";

    private static FlowNetwork Tiny()
    {
        var b = new FlowNetworkBuilder();
        foreach (var id in (string[])["上海", "杭州", "北京", "深圳"]) b.AddNode(id);
        void Flow(int source, int target, double w) => b.AddFlow(source, target, w, w, w);
        Flow(0, 1, 3);
        Flow(2, 1, 1);
        Flow(1, 2, 2);
        Flow(3, 0, 1);
        Flow(3, 2, 1);
        return b.Build();
    }

    private static (double X, double Y, double R) Disc(XDocument doc, string label) =>
        Group(doc, "nodes").Elements(S + "circle")
            .Where(c => c.Element(S + "title")?.Value.StartsWith(label + ":", StringComparison.Ordinal) == true)
            .Select(c => (D(c, "cx"), D(c, "cy"), D(c, "r"))).Single();

    /// <summary>The end point of a path "M x0,y0 Q qx,qy x1,y1".</summary>
    private static (double X, double Y) PathEnd(XElement path)
    {
        var end = path.Attribute("d")!.Value.Split(' ')[^1].Split(',');
        return (double.Parse(end[0], CultureInfo.InvariantCulture), double.Parse(end[1], CultureInfo.InvariantCulture));
    }

    private static List<string> LegendTexts(XDocument doc, string group) =>
        Group(doc, group).Elements(S + "text").Select(t => t.Value).ToList();

    [Fact]
    public void Flows_end_in_an_arrowhead_at_the_fund_city_sized_with_the_width()
    {
        // Expected (NetworkSvg remarks): every flow of the tiny network is a path with marker-end = url(#id) of a
        // <marker> in <defs>, orient="auto", filled with the path's colour; widths 9·w/3 = 9, 6, 3 ≥ 2 px use the marker
        // scaled by stroke width (2.5 widths long), the flows of width 3 too; the path is cut so that it ends at
        // target radius + 1 + head length (2.5·width) from the fund city's centre (±0.02 px: coordinates are rounded).
        // The same edge list read by EdgeListReader draws the same bytes.
        var image = NetworkSvg.Draw(Tiny());
        var fromCsv = EdgeListReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(TinyEdgeList)), "tiny.csv");
        Assert.Equal(image.Text, NetworkSvg.Draw(fromCsv).Text);
        var doc = Parse(image);
        var markers = doc.Root!.Element(S + "defs")!.Elements(S + "marker").ToDictionary(m => (string)m.Attribute("id")!);
        var paths = Group(doc, "flows").Elements(S + "path").ToList();
        Assert.Equal(5, paths.Count);
        foreach (var path in paths)
        {
            var reference = (string?)path.Attribute("marker-end");
            Assert.NotNull(reference);
            Assert.StartsWith("url(#", reference);
            var marker = markers[reference[5..^1]];
            Assert.Equal("auto", (string?)marker.Attribute("orient"));
            Assert.Equal("strokeWidth", (string?)marker.Attribute("markerUnits"));
            Assert.Equal(2.5, D(marker, "markerWidth"));
            Assert.Equal((string?)path.Attribute("stroke"), (string?)marker.Element(S + "path")!.Attribute("fill"));
            var title = path.Element(S + "title")!.Value; // "上海 → 杭州: 3"
            var target = title[(title.IndexOf('→') + 2)..title.IndexOf(':')];
            var (x, y, r) = Disc(doc, target);
            var (ex, ey) = PathEnd(path);
            var expected = r + 1 + 2.5 * D(path, "stroke-width");
            Assert.Equal(expected, Math.Sqrt((ex - x) * (ex - x) + (ey - y) * (ey - y)), 0.02);
        }
    }

    [Fact]
    public void Thin_flows_keep_a_visible_head_and_the_sample_flows_all_point_at_their_fund_city()
    {
        // Sample filings, 150 flows: widths below 2 px share the fixed 5 px head (markerUnits userSpaceOnUse). Every
        // path has a head unless the fund city's disc is so close to the partner city that the head cannot fit:
        // distance ≤ target radius + 1 + head length (then the whole flow lies under the two discs).
        var doc = Parse(NetworkSvg.Draw(GexfTestData.SampleIngest.Network));
        var markers = doc.Root!.Element(S + "defs")!.Elements(S + "marker").ToDictionary(m => (string)m.Attribute("id")!);
        var paths = Group(doc, "flows").Elements(S + "path").ToList();
        var headed = 0;
        foreach (var path in paths)
        {
            var width = D(path, "stroke-width");
            var head = Math.Max(5, 2.5 * width);
            var title = path.Element(S + "title")!.Value;
            var source = title[..title.IndexOf(' ')];
            var target = title[(title.IndexOf('→') + 2)..title.IndexOf(':')];
            var (sx, sy, _) = Disc(doc, source);
            var (tx, ty, tr) = Disc(doc, target);
            var chord = Math.Sqrt((tx - sx) * (tx - sx) + (ty - sy) * (ty - sy));
            if ((string?)path.Attribute("marker-end") is { } reference)
            {
                headed++;
                var marker = markers[reference[5..^1]];
                Assert.Equal(width < 2 ? "userSpaceOnUse" : "strokeWidth", (string?)marker.Attribute("markerUnits"));
                var (ex, ey) = PathEnd(path);
                Assert.Equal(tr + 1 + head, Math.Sqrt((ex - tx) * (ex - tx) + (ey - ty) * (ey - ty)), 0.02);
            }
            else
            {
                Assert.True(chord <= tr + 1 + head + 0.02, $"{title}: no head although the chord is {chord} px");
            }
        }
        Assert.InRange(headed, paths.Count * 3 / 4, paths.Count);
    }

    [Fact]
    public void Supply_only_cities_are_hollow_rings_explained_in_the_legend()
    {
        // Expected: 深圳 attracts nothing and sends 2 funds: a ring of radius max(MinNodeRadius 1.5, 3) = 3 px, white
        // inside, outlined in its colour, after (on top of) the discs; the legend shows the same ring with its meaning.
        // CityNetwork: 成都, 哈尔滨, 香港 supply only (3 rings). Sample: one ring per city with funds in = 0 and
        // funds out > 0, computed from the network.
        var doc = Parse(NetworkSvg.Draw(Tiny()));
        var rings = Group(doc, "nodes").Elements(S + "circle").Where(c => (string?)c.Attribute("class") == "supply-only").ToList();
        var ring = Assert.Single(rings);
        Assert.Equal("深圳: 0 (出资 supplies 2)", ring.Element(S + "title")!.Value);
        Assert.Equal(3, D(ring, "r"));
        Assert.Equal("#FFFFFF", (string?)ring.Attribute("fill"));
        Assert.Equal("#999999", (string?)ring.Attribute("stroke"));
        Assert.True(D(ring, "stroke-width") >= 1);
        Assert.Same(ring, Group(doc, "nodes").Elements(S + "circle").Last());
        Assert.Contains("只出资 supplies only, attracts 0", Group(doc, "legend").Elements(S + "text").Select(t => t.Value));
        Assert.Single(Group(doc, "legend").Elements(S + "circle"), c => (string?)c.Attribute("class") == "supply-only");

        var city = Parse(NetworkSvg.Draw(GexfTestData.CityNetwork()));
        var net0 = GexfTestData.CityNetwork();
        Assert.Equal(((string[])["510100", "230100", "810000"]).Select(code => net0.Nodes[net0.IndexOf(code)].Label).Order(StringComparer.Ordinal),
            Group(city, "nodes").Elements(S + "circle").Where(c => (string?)c.Attribute("class") == "supply-only")
                .Select(c => c.Element(S + "title")!.Value.Split(':')[0]).Order(StringComparer.Ordinal));

        var net = GexfTestData.SampleIngest.Network;
        var expected = Enumerable.Range(0, net.NodeCount).Count(v => net.InStrength(v, EdgeWeight.Funds) == 0 && net.OutStrength(v, EdgeWeight.Funds) > 0);
        Assert.True(expected > 0);
        Assert.Equal(expected, Group(Parse(NetworkSvg.Draw(net)), "nodes").Elements(S + "circle").Count(c => (string?)c.Attribute("class") == "supply-only"));
        // a network without supply-only cities (a → b, b → a) has no ring, in the picture or the legend
        var pair = new FlowNetworkBuilder();
        pair.AddNode("a");
        pair.AddNode("b");
        pair.AddFlow(0, 1, 1, 1, 1);
        pair.AddFlow(1, 0, 2, 2, 2);
        var none = Parse(NetworkSvg.Draw(pair.Build()));
        Assert.DoesNotContain(none.Descendants(S + "circle"), c => c.Attribute("class") is not null);
        Assert.DoesNotContain("只出资 supplies only, attracts 0", Group(none, "legend").Elements(S + "text").Select(t => t.Value));
    }

    [Fact]
    public void Legend_values_are_distinct_whole_numbers_of_funds()
    {
        // Tiny network (funds attracted 4, 3, 1; widest flow 3 funds): sizes 4, 2, 1 and widths 3, 2, 1 — before they
        // were 2.5, 1, 0.25 for both. Sample: sizes 200, 50, 10; widths 25, 10, 2 (before 25, 10, 2.5).
        var tiny = Parse(NetworkSvg.Draw(Tiny()));
        Assert.Equal(["4", "2", "1"], LegendTexts(tiny, "legend-sizes"));
        Assert.Equal(["3", "2", "1"], LegendTexts(tiny, "legend-widths"));
        var sample = Parse(NetworkSvg.Draw(GexfTestData.SampleIngest.Network));
        foreach (var group in (string[])["legend-sizes", "legend-widths"])
        {
            var labels = LegendTexts(sample, group);
            Assert.NotEmpty(labels);
            Assert.All(labels, l => Assert.True(int.TryParse(l, NumberStyles.None, CultureInfo.InvariantCulture, out _), $"'{l}' is not a whole number"));
            Assert.Equal(labels.Count, labels.Distinct().Count());
        }
        Assert.Equal(["200", "50", "10"], LegendTexts(sample, "legend-sizes"));
        Assert.Equal(["25", "10", "2"], LegendTexts(sample, "legend-widths"));
        // the size labels of close values are moved apart: at least 13 px between baselines
        var ys = Group(tiny, "legend-sizes").Elements(S + "text").Select(t => D(t, "y")).ToList();
        for (var i = 1; i < ys.Count; i++) Assert.True(ys[i] - ys[i - 1] >= 13 - 0.01, $"labels {i - 1} and {i} overlap");
    }

    [Theory]
    // Expected by the rule in TextMetrics.LegendValues: n ≤ 3 → n…1; n < 10 → n, ⌊n/2⌋, 1; else nice top ≤ n, then
    // top·middle and top·low brought down to nice (or, below 10, whole) numbers ≥ 1.
    [InlineData(1, new double[] { 1 })]
    [InlineData(2, new double[] { 2, 1 })]
    [InlineData(3, new double[] { 3, 2, 1 })]
    [InlineData(3.7, new double[] { 3, 2, 1 })]
    [InlineData(4, new double[] { 4, 2, 1 })]
    [InlineData(9, new double[] { 9, 4, 1 })]
    [InlineData(10, new double[] { 10, 2, 1 })]
    [InlineData(37, new double[] { 25, 6, 1 })]
    [InlineData(266, new double[] { 250, 50, 10 })]
    [InlineData(1234567, new double[] { 1000000, 250000, 50000 })]
    [InlineData(0.3, new double[] { 0.25, 0.05, 0.01 })] // fractional weights only: nice fractions
    public void Legend_values_rule(double max, double[] expected)
    {
        var values = TextMetrics.LegendValues(max, 0.25, 0.0625);
        Assert.Equal(expected, values);
        if (max >= 1) Assert.All(values, v => Assert.Equal(Math.Floor(v), v));
        Assert.Equal(values.Count, values.Distinct().Count());
        Assert.All(values, v => Assert.InRange(v, double.Epsilon, max));
        Assert.Empty(TextMetrics.LegendValues(0, 0.25, 0.0625));
    }

    [Fact]
    public void Geographic_positions_are_the_GEXF_projection_scaled_north_up()
    {
        // Projection (TestData/gexf/make_reference.py): 北京 (9.342663, 4.904989), 上海 (13.493600, −3.768294) with k = 1.
        // One scale factor s for both axes and y flipped: Δpx/Δx = −Δpy/Δy = s.
        var doc = Parse(NetworkSvg.Draw(GexfTestData.CityNetwork()));
        XElement Disc(string label) => Group(doc, "nodes").Elements(S + "circle").Single(c => c.Element(S + "title")?.Value.StartsWith(label, StringComparison.Ordinal) == true);
        var (bj, sh) = (Disc("北京市"), Disc("上海市"));
        var sx = (D(sh, "cx") - D(bj, "cx")) / (13.493600 - 9.342663);
        var sy = -(D(sh, "cy") - D(bj, "cy")) / (-3.768294 - 4.904989);
        Assert.True(sx > 0);
        Assert.Equal(sx, sy, 0.02 * sx); // equal up to the 0.01 px rounding of the coordinates
    }

    [Fact]
    public void Labels_of_the_leading_cities_do_not_overlap_each_other_or_the_legend()
    {
        // Sample filings, 30 labels: every drawn label box (estimated with the writer's own width rule, CJK = 1 em) is
        // disjoint from the others and lies left of the legend panel.
        var o = NetworkSvgOptions.Default;
        var doc = Parse(NetworkSvg.Draw(GexfTestData.SampleIngest.Network, o));
        var boxes = Group(doc, "labels").Elements(S + "text").Select(t =>
        {
            var size = D(t, "font-size");
            var width = TextMetrics.Width(t.Value, size);
            var x = D(t, "x");
            var x0 = (string?)t.Attribute("text-anchor") switch { "end" => x - width, "middle" => x - width / 2, _ => x };
            return (X0: x0, Y0: D(t, "y") - size * 0.88, X1: x0 + width, Y1: D(t, "y") - size * 0.88 + size * 1.15);
        }).ToList();
        Assert.InRange(boxes.Count, 15, 30);
        for (var i = 0; i < boxes.Count; i++)
        {
            Assert.True(boxes[i].X1 < o.Width - 16 - 236, "label under the legend");
            for (var j = i + 1; j < boxes.Count; j++)
                Assert.False(boxes[i].X0 < boxes[j].X1 && boxes[j].X0 < boxes[i].X1 && boxes[i].Y0 < boxes[j].Y1 && boxes[j].Y0 < boxes[i].Y1,
                    $"labels {i} and {j} overlap");
        }
    }

    [Fact]
    public void Legend_shows_regions_sizes_widths_and_a_scale_bar_in_km()
    {
        // The scale bar is the largest 1/2/2.5/5×10^k km that fits in 150 px: with the sample's fit this is 500 km.
        var doc = Parse(NetworkSvg.Draw(GexfTestData.SampleIngest.Network));
        var legend = Group(doc, "legend").Descendants(S + "text").Select(t => t.Value).ToList();
        Assert.Contains("东部 East", legend);
        Assert.Contains("港澳台 Outside", legend);
        Assert.Contains("吸引基金 funds attracted", legend);
        Assert.Contains("最强 150 条 / top 150 of 1117 flows", legend);
        Assert.Contains("500 km", legend);
        Assert.DoesNotContain("比例尺 Scale", Group(Parse(NetworkSvg.Draw(GexfTestData.GenericNetwork())), "legend").Descendants(S + "text").Select(t => t.Value));
    }

    [Fact]
    public void Force_layout_is_seeded_and_used_for_networks_without_coordinates()
    {
        // Expected: same seed → same picture; another seed → another picture; Geographic on a generic network → refused.
        var net = GexfTestData.GenericNetwork();
        var a = NetworkSvg.Draw(net).Text;
        Assert.Equal(a, NetworkSvg.Draw(net, new NetworkSvgOptions { Seed = 42 }).Text);
        Assert.NotEqual(a, NetworkSvg.Draw(net, new NetworkSvgOptions { Seed = 7 }).Text);
        Assert.Throws<ArgumentException>(() => NetworkSvg.Draw(net, new NetworkSvgOptions { Layout = NetworkLayout.Geographic }));
        Assert.Throws<ArgumentException>(() => NetworkSvg.Draw(net, new NetworkSvgOptions { TopEdges = -1 }));
        var big = new FlowNetworkBuilder();
        for (var i = 0; i <= NetworkSvg.MaxForceNodes; i++) big.AddNode("n" + i.ToString(CultureInfo.InvariantCulture));
        Assert.Throws<ArgumentException>(() => NetworkSvg.Draw(big.Build())); // O(n²) layout refused beyond 5,000 nodes
        var forced = Parse(NetworkSvg.Draw(GexfTestData.CityNetwork(), new NetworkSvgOptions { Layout = NetworkLayout.ForceDirected, Iterations = 20 }));
        Assert.DoesNotContain(forced.Descendants(S + "text"), t => t.Value.EndsWith(" km", StringComparison.Ordinal));
    }

    [Fact]
    public void Force_layout_keeps_nodes_in_the_frame_and_pulls_neighbours_together()
    {
        // Province roll-up of the sample (34 nodes): every position within the unit frame, and linked pairs closer on
        // average than all pairs (what the attraction term is for).
        var net = GexfTestData.SampleIngest.Network.RollUp(RollUpLevel.Province);
        var p = ForceDirected.Layout(net, 42, 300);
        Assert.All(p, q => Assert.True(Math.Abs(q.X) <= 0.5 && Math.Abs(q.Y) <= 0.5));
        double Dist(int a, int b) => Math.Sqrt((p[a].X - p[b].X) * (p[a].X - p[b].X) + (p[a].Y - p[b].Y) * (p[a].Y - p[b].Y));
        var linked = Enumerable.Range(0, net.EdgeCount).Where(e => net.Sources[e] != net.Targets[e]).Average(e => Dist(net.Sources[e], net.Targets[e]));
        var all = (from a in Enumerable.Range(0, net.NodeCount) from b in Enumerable.Range(0, net.NodeCount) where a < b select Dist(a, b)).Average();
        Assert.True(linked < all, $"linked {linked} vs all {all}");
    }

    [Fact]
    public void Saving_writes_the_same_bytes()
    {
        var image = NetworkSvg.Draw(GexfTestData.CityNetwork());
        var path = Path.Combine(Path.GetTempPath(), $"capnet-{Guid.NewGuid():N}.svg");
        try
        {
            image.Save(path);
            Assert.Equal(image.ToUtf8Bytes(), File.ReadAllBytes(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}

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
        // r = 26·√(s/10): 杭州 26, 北京/上海/武汉 26·√0.1 = 8.22; inactive cities are 1.1 px dots (368 of them).
        var doc = Parse(NetworkSvg.Draw(GexfTestData.CityNetwork()));
        var discs = Group(doc, "nodes").Elements(S + "circle").ToList();
        var active = discs.Where(c => c.Element(S + "title") is not null).ToList();
        Assert.Equal(4, active.Count);
        Assert.Equal(26, D(active.Single(c => c.Element(S + "title")!.Value.StartsWith("杭州市", StringComparison.Ordinal)), "r"));
        Assert.Equal(8.22, D(active.Single(c => c.Element(S + "title")!.Value.StartsWith("北京市", StringComparison.Ordinal)), "r"));
        Assert.Equal(368, discs.Count(c => (string?)c.Attribute("r") == "1.1"));
        var hidden = Parse(NetworkSvg.Draw(GexfTestData.CityNetwork(), new NetworkSvgOptions { ShowInactiveNodes = false }));
        Assert.Equal(4, Group(hidden, "nodes").Elements(S + "circle").Count());
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

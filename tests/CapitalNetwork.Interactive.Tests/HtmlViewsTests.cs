using System.Text.RegularExpressions;
using System.Xml.Linq;
using CapitalNetwork.Measures;

namespace CapitalNetwork.Interactive.Tests;

public class HtmlViewsTests
{
    private static readonly Lazy<IngestResult> Sample = new(() => CityNetwork.FromFilings(Repo.SampleFilings));

    /// <summary>The views are well-formed markup: parse them as XML (after the two HTML entities XML lacks).</summary>
    private static XElement Parse(string html) => XElement.Parse(html.Replace("&nbsp;", " "));

    private static string[] CellTexts(XElement table, int column) =>
        table.Element("tbody")!.Elements("tr").Select(tr => tr.Elements("td").ElementAt(column).Value).ToArray();

    [Fact]
    public void Network_view_lists_counts_and_the_top_cities_in_order()
    {
        var html = HtmlViews.Network(TestNetworks.Cities(), top: 3);
        var root = Parse(html);
        Assert.Contains("City network: 372 nodes · 7 edges (2 self-loops = local capital)", html);
        var top = root.Descendants("table").Single(t => ((string?)t.Attribute("class"))!.Contains("capnet-top"));
        // Funds attracted by hand: 北京 1 + 2 + 1 = 4, 上海 3 + 1 = 4 (tie → code order), 成都 2.
        Assert.Equal(["北京市", "上海市", "成都市"], CellTexts(top, 1));
        Assert.Equal(["4", "4", "2"], CellTexts(top, 4));
        Assert.Equal(["3", "4", "2"], CellTexts(top, 5));   // funds registered
        var totals = root.Descendants("table").Single(t => (string?)t.Attribute("class") == "capnet-totals");
        Assert.Equal(["11", "14", "0.00"], CellTexts(totals, 1));   // by hand: 11 funds, 14 links; 1,005 CNY is 0.00 亿元
        Assert.Equal(["3", "4", "0.00"], CellTexts(totals, 2));     // self-loops 成都 + 北京: 2 + 1 funds, 3 + 1 links (45 CNY)
    }

    [Fact]
    public void Plain_network_labels_are_encoded()
    {
        var html = HtmlViews.Network(TestNetworks.Plain(), top: 5);
        Assert.Contains("Network: 5 nodes", html);
        Assert.Contains("&lt;b&gt;E &amp; co&lt;/b&gt; (e)", html);
        Assert.DoesNotContain("<b>E", html);
        Parse(html);
    }

    [Fact]
    public void Report_view_shows_reconciliation_codes_and_diagnostics_of_the_sample()
    {
        var report = Sample.Value.Report;
        var html = HtmlViews.Report(report);
        var root = Parse(html);
        Assert.Contains("✓ reconciles", html);
        foreach (var (code, n) in report.CountsByCode)
            Assert.Contains($"<code>{Naming(code)}</code>", html);
        var diagnostics = root.Descendants("table").Single(t => ((string?)t.Attribute("class"))!.Contains("capnet-diagnostics"));
        Assert.Equal(report.Diagnostics.Take(50).Select(d => d.Line.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            CellTexts(diagnostics, 0));
        Assert.Contains("unknown_place", html);   // the sample's deliberate bad rows (examples/data/README.md)
    }

    [Fact]
    public void Report_view_flags_a_report_that_does_not_reconcile_and_encodes_raw_text()
    {
        var d = new Diagnostic("f.csv", 7, "所在地", "<script>alert(1)</script>", DiagnosticCode.UnknownPlace, "partner place: unknown", DiagnosticSeverity.Rejected);
        var report = new IngestReport("f.csv", "utf-8", ',', 10, 5, 2, 0, 0, 3, 0, new Dictionary<DiagnosticCode, long> { [DiagnosticCode.UnknownPlace] = 2 }, [d], 1);
        var html = HtmlViews.Report(report);
        Assert.Contains("class=\"n bad\">✗ does not reconcile", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.DoesNotContain("<script>", html);
        Assert.Contains("1 of 1 kept (1 more counted, not kept)", html);
        Parse(html);
    }

    [Fact]
    public void Ingest_view_holds_report_network_and_years()
    {
        var result = Sample.Value;
        var html = HtmlViews.Ingest(result);
        Parse(html);
        Assert.Contains("capnet-report", html);
        Assert.Contains("capnet-network", html);
        Assert.Contains("<svg", html);
        foreach (var y in result.Years.Years) Assert.Contains($"data-v=\"{y}\">{y}</td>", html);
    }

    [Fact]
    public void Measure_view_shows_top_k_with_bars_sort_handlers_and_sums()
    {
        var net = TestNetworks.Cities();
        var values = Centrality.InStrength(net);
        var html = HtmlViews.Measures(MeasureTable.Of(values, Centrality.OutStrength(net)) with { Top = 2 });
        var root = Parse(html);
        var table = root.Descendants("table").Single();
        Assert.Equal("Top 2 of 372 nodes by in_strength(weight=funds)", table.Element("caption")!.Value);
        Assert.Equal(["北京市", "上海市"], CellTexts(table, 1));
        Assert.Equal(["4", "4"], CellTexts(table, 4));
        Assert.Equal(["4", "1"], CellTexts(table, 5));   // out-strength by hand: 北京 3 + 1, 上海 1
        Assert.Contains("linear-gradient(90deg,rgba(0,114,178,.16) 100%", html);
        Assert.Equal(6, Regex.Matches(html, "onclick=").Count);   // the headers #, city, province, region and the two measures
        Assert.Contains("11 (4)", html);   // Σ in-strength 11 over 4 cities that attract (北京, 上海, 武汉, 成都)
    }

    [Fact]
    public void Bare_node_values_show_the_top_twenty()
    {
        var v = Centrality.InDegree(Sample.Value.Network);
        var table = Parse(HtmlViews.Measures(v)).Descendants("table").Single();
        Assert.Equal(20, table.Element("tbody")!.Elements("tr").Count());
        Assert.Equal(v.Top(20).Select(x => x.Node.Label), CellTexts(table, 1));
    }

    [Fact]
    public void Region_view_shows_shares_matrix_and_chart()
    {
        var html = HtmlViews.Regions(RegionComparison.Of(TestNetworks.Cities()));
        var doc = Parse(html);
        Assert.Contains("72.7%", html);    // East attracts 8 of 11 fund–city links
        Assert.Contains("62.5%", html);    // 5 of the East's 8 from the East
        Assert.Contains("<svg", html);
        Assert.Contains("东部 attracted", html);
        var capital = HtmlViews.Regions(RegionComparison.Of(TestNetworks.Cities(), EdgeWeight.Capital));
        Assert.Contains("capital (亿元) attracted", capital);
        Assert.Contains("partner links attracted", HtmlViews.Regions(RegionComparison.Of(TestNetworks.Cities(), EdgeWeight.Links)));

        // The table leads with the funds registered, names what the weight counts, and has the four mainland regions as
        // its rows; Hong Kong, Macao and Taiwan are on a line of their own under them, with the subtotal and the total.
        var table = doc.Descendants("table").First();
        var headers = table.Element("thead")!.Descendants("th").Select(th => th.Value).ToList();
        Assert.Equal("region", headers[0]);
        Assert.Equal("funds registered", headers[1]);
        Assert.Equal("fund–city links attracted", headers[4]);
        var body = table.Element("tbody")!.Elements("tr").Select(tr => tr.Elements("td").First().Value).ToList();
        Assert.Equal(new[] { "East 东部", "Central 中部", "West 西部", "Northeast 东北" }, body);
        var foot = table.Element("tfoot")!.Elements("tr").Select(tr => tr.Elements("td").First().Value).ToList();
        Assert.Equal(new[] { "four regions", "Hong Kong, Macao, Taiwan 港澳台 (apart)", "total" }, foot);
        Assert.Equal("10", table.Element("tfoot")!.Elements("tr").First().Elements("td").ElementAt(1).Value);   // 7 + 1 + 2 + 0 funds registered
        Assert.Contains("Funds registered count each fund once, in the region where it is registered (10 in all)", html);
        Assert.Contains("Fund–city links count a fund once per city its partners sit in (11 in all)", html);
        Assert.DoesNotContain("港澳台 attracted", html);   // not a bar of the chart
    }

    [Fact]
    public void Svg_view_inlines_the_element_without_the_declaration()
    {
        var html = HtmlViews.Svg(new SvgPicture("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><circle r=\"3\"/></svg>\n"));
        Assert.Equal("<div class=\"capnet capnet-svg\"><svg xmlns=\"http://www.w3.org/2000/svg\"><circle r=\"3\"/></svg></div>", html);
    }

    [Fact]
    public void Svg_images_of_the_library_show_inline()
    {
        var image = SvgCharts.TopBars(Centrality.InStrength(TestNetworks.Cities()), 3);
        var html = HtmlViews.Svg(image);
        Assert.StartsWith("<div class=\"capnet capnet-svg\"><svg", html);
        Assert.DoesNotContain("<?xml", html);
        Assert.Contains("北京", html);
    }

    [Fact]
    public void Core_periphery_view_lists_the_core_with_blocks()
    {
        var net = CityNetwork.FromFilings(Repo.SampleFilings).Network;
        var partition = CorePeriphery.BorgattiEverett(net);
        var html = HtmlViews.CorePeriphery(partition);
        var root = Parse(html);
        Assert.Contains($"core of {partition.CoreSize} of 372 nodes", html);
        var table = root.Descendants("table").Single(t => ((string?)t.Attribute("class"))!.Contains("capnet-sortable"));
        // The core, largest funds attracted first (ties in node order), as the partition gives it.
        var expected = partition.Core.OrderByDescending(v => net.InStrength(v, EdgeWeight.Funds)).ThenBy(v => v).Select(v => net.Nodes[v].Label);
        Assert.Equal(expected, CellTexts(table, 0));
        Assert.Contains("density core–core", html);
    }

    private static string Naming(DiagnosticCode code) => Regex.Replace(code.ToString(), "(?<!^)([A-Z])", "_$1").ToLowerInvariant();
}

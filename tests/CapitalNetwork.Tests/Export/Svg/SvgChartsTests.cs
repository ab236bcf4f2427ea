using System.Globalization;
using System.Xml.Linq;
using CapitalNetwork.Measures;
using CapitalNetwork.Svg;
using CapitalNetwork.Tests.Export.Gexf;

namespace CapitalNetwork.Tests.Export.Svg;

/// <summary>The SVG charts. Reference numbers: TestData/gexf/make_reference.py (Python 3.11.2, exact fractions) and
/// hand sums from <see cref="GexfTestData"/>.</summary>
public class SvgChartsTests
{
    private static readonly XNamespace S = "http://www.w3.org/2000/svg";

    private static XDocument Parse(SvgImage image) => XDocument.Parse(image.Text);

    private static List<string> Texts(SvgImage image) => Parse(image).Descendants(S + "text").Select(t => t.Value).ToList();

    [Theory]
    // make_reference.py (pairwise form, exact): Gini(1..8) = 7/24 = 0.2917, Gini(0,0,10,0) = 3/4; the chart takes its
    // figures from Concentration.Gini and Concentration.Lorenz (one implementation).
    [InlineData(new double[] { 8, 7, 6, 5, 4, 3, 2, 1 }, "Gini = 0.292")]
    [InlineData(new double[] { 0, 0, 10, 0 }, "Gini = 0.750")]
    [InlineData(new double[] { 0, 0 }, "Gini undefined (total = 0)")]
    public void Lorenz_chart_states_the_reference_gini(double[] values, string expected) =>
        Assert.Contains(expected, Texts(SvgCharts.LorenzCurve(values)));

    [Fact]
    public void Lorenz_chart_shows_the_curve_and_the_figures()
    {
        // (1, 2, 3, 6): Gini 0.333, n = 4, top 10 % hold 1 − L(0.9) = 20.0 % (make_reference.py).
        var image = SvgCharts.LorenzCurve([1, 2, 3, 6]);
        var texts = Texts(image);
        Assert.Contains("Gini = 0.333", texts);
        Assert.Contains("n = 4", texts);
        Assert.Contains("前10%占 top 10% hold 20.0%", texts);
        var doc = Parse(image);
        var points = doc.Descendants(S + "polyline").Single().Attribute("points")!.Value.Split(' ');
        Assert.Equal(5, points.Length);
        Assert.Single(doc.Descendants(S + "polygon"));
        Assert.Contains("Gini undefined (total = 0)", Texts(SvgCharts.LorenzCurve([0.0, 0])));
        Assert.Throws<ArgumentException>(() => SvgCharts.LorenzCurve([1, -1.0]));
        Assert.Throws<ArgumentException>(() => SvgCharts.LorenzCurve(Array.Empty<double>()));
    }

    [Fact]
    public void Lorenz_chart_of_a_measure_uses_its_name()
    {
        var values = Centrality.InStrength(GexfTestData.SampleIngest.Network, EdgeWeight.Funds);
        var texts = Texts(SvgCharts.LorenzCurve(values));
        Assert.Contains("累计比重 cumulative share of " + values.Measure, texts);
        Assert.Contains(texts, t => t.StartsWith("Gini = 0.", StringComparison.Ordinal));
    }

    [Fact]
    public void Region_flow_matrix_sums_flows_between_regions()
    {
        // GexfTestData.CityNetwork by region (funds): East→East = 北京→杭州 3 + 上海→杭州 2 + 杭州 loop 5 = 10;
        // West→Central = 成都→武汉 1; Northeast→East = 哈尔滨→北京 1; Outside→East = 香港→上海 1; total 13.
        var doc = Parse(SvgCharts.RegionFlowMatrix(GexfTestData.CityNetwork()));
        var cells = doc.Descendants(S + "rect").Where(r => r.Element(S + "title") is not null)
            .ToDictionary(r => r.Element(S + "title")!.Value.Split(':')[0], r => r.Element(S + "title")!.Value.Split(": ")[1]);
        Assert.Equal(25, cells.Count);
        Assert.Equal("10", cells["东部 East → 东部 East"]);
        Assert.Equal("1", cells["西部 West → 中部 Central"]);
        Assert.Equal("1", cells["东北 Northeast → 东部 East"]);
        Assert.Equal("1", cells["港澳台 Outside → 东部 East"]);
        Assert.Equal("0", cells["东部 East → 西部 West"]);
        var texts = doc.Descendants(S + "text").Select(t => t.Value).ToList();
        Assert.Contains("76.9%", texts); // 10 / 13
        Assert.Contains("13", texts);     // grand total
        Assert.Throws<InvalidOperationException>(() => SvgCharts.RegionFlowMatrix(GexfTestData.GenericNetwork()));
        Assert.Equal(25, Parse(SvgCharts.FlowMatrix(GexfTestData.GenericNetwork())).Descendants(S + "rect").Count(r => r.Element(S + "title") is not null));
    }

    [Fact]
    public void Top_bars_are_ordered_and_coloured_by_region()
    {
        // In-strength by funds: 杭州 10, then 北京, 上海, 武汉 with 1 each (ties in code order 110000, 310000, 420100).
        var values = Centrality.InStrength(GexfTestData.CityNetwork(), EdgeWeight.Funds);
        var doc = Parse(SvgCharts.TopBars(values, 4));
        var bars = doc.Descendants(S + "g").Single(g => (string?)g.Attribute("id") == "bars").Elements(S + "rect").ToList();
        Assert.Equal(["杭州市 (330100): 10", "北京市 (110000): 1", "上海市 (310000): 1", "武汉市 (420100): 1"], bars.Select(b => b.Element(S + "title")!.Value));
        Assert.Equal(["#0072B2", "#0072B2", "#0072B2", "#E69F00"], bars.Select(b => (string)b.Attribute("fill")!));
        var width = bars.Select(b => double.Parse(b.Attribute("width")!.Value, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(10, width[0] / width[1], 0.01);
        Assert.Throws<ArgumentOutOfRangeException>(() => SvgCharts.TopBars(values, 0));
    }

    [Fact]
    public void Region_trend_sums_what_each_region_attracts_per_year_and_cumulatively()
    {
        // GexfTestData.HandSeries, funds attracted by East (北京, 上海, 杭州): 2016: 2 + 1 = 3; 2017: 1 + 1 = 2; 2019: 1.
        // Cumulative: 3, 5, 6. Other regions: 0 (the undated 成都→武汉 flow is in no year). Outside has no value → no line.
        var series = GexfTestData.HandSeries();
        var perYear = Parse(SvgCharts.RegionTrend(series));
        var east = perYear.Descendants(S + "g").Single(g => (string?)g.Attribute("id") == "series-0");
        Assert.Equal(["东部 East 2016: 3", "东部 East 2017: 2", "东部 East 2019: 1"], east.Elements(S + "circle").Select(c => c.Element(S + "title")!.Value));
        Assert.Equal(4, perYear.Descendants(S + "g").Count(g => ((string?)g.Attribute("id"))?.StartsWith("series-", StringComparison.Ordinal) == true));
        var cumulative = Parse(SvgCharts.RegionTrend(series, cumulative: true));
        Assert.Equal(["东部 East 2016: 3", "东部 East 2017: 5", "东部 East 2019: 6"],
            cumulative.Descendants(S + "g").Single(g => (string?)g.Attribute("id") == "series-0").Elements(S + "circle").Select(c => c.Element(S + "title")!.Value));
    }

    [Fact]
    public void Trend_leaves_gaps_for_missing_values_and_checks_its_input()
    {
        // Values (1, NaN, 3, 4): two line segments, three points.
        var doc = Parse(SvgCharts.Trend([2020, 2021, 2022, 2023], [new ChartSeries("a", [1, double.NaN, 3, 4])]));
        Assert.Equal(2, doc.Descendants(S + "polyline").Count());
        Assert.Equal(3, doc.Descendants(S + "circle").Count());
        Assert.Throws<ArgumentException>(() => SvgCharts.Trend([2021, 2020], [new ChartSeries("a", [1.0, 2])]));
        Assert.Throws<ArgumentException>(() => SvgCharts.Trend([2020], [new ChartSeries("a", [1.0, 2])]));
    }

    [Fact]
    public void Charts_are_deterministic_and_valid_XML()
    {
        var values = Centrality.InStrength(GexfTestData.SampleIngest.Network, EdgeWeight.Capital);
        SvgImage[] Draw() =>
        [
            SvgCharts.LorenzCurve(values), SvgCharts.RegionFlowMatrix(GexfTestData.SampleIngest.Network, EdgeWeight.Capital),
            SvgCharts.TopBars(values, 15), SvgCharts.RegionTrend(GexfTestData.SampleIngest.Years, EdgeWeight.Capital),
        ];
        var a = Draw();
        var b = Draw();
        for (var i = 0; i < a.Length; i++)
        {
            Assert.Equal(a[i].Text, b[i].Text);
            Assert.Equal("svg", Parse(a[i]).Root!.Name.LocalName);
        }
        Assert.Contains(Texts(a[2]), t => t.EndsWith('亿')); // capital labelled in 亿 (10⁸ CNY)
    }

    [Fact]
    public void Number_labels_use_Chinese_units()
    {
        // TextMetrics.Value: ≥ 10⁸ → 亿, ≥ 10⁴ → 万, else up to 3 decimals for small numbers.
        Assert.Equal("1.5亿", TextMetrics.Value(150_000_000));
        Assert.Equal("2.35万", TextMetrics.Value(23_456));
        Assert.Equal("250", TextMetrics.Value(250));
        Assert.Equal("0.125", TextMetrics.Value(0.125));
        Assert.Equal([0, 20, 40, 60, 80, 100], TextMetrics.Ticks(0, 93, 5));
        Assert.Equal(500, TextMetrics.NiceBelow(866));
        Assert.Equal(250, TextMetrics.NiceBelow(260));
    }

    [Fact]
    public void Bad_chart_options_are_refused()
    {
        Assert.Throws<ArgumentException>(() => SvgCharts.LorenzCurve([1.0], new SvgChartOptions { Width = 10 }));
        Assert.Throws<ArgumentException>(() => SvgCharts.TopBars(new NodeValues(GexfTestData.GenericNetwork(), "m", [1, 2, 3, 4, 5]), 3, new SvgChartOptions { FontSize = 0 }));
    }
}

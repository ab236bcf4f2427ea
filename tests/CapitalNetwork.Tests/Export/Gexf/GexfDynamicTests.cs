using System.Globalization;
using System.Xml.Linq;

namespace CapitalNetwork.Tests.Export.Gexf;

/// <summary>Dynamic GEXF (yearly snapshots on Gephi's timeline). Expected values are worked out by hand from
/// <see cref="GexfTestData.HandSeries"/> unless a test says otherwise.</summary>
public class GexfDynamicTests
{
    private static readonly XNamespace G = "http://gexf.net/1.3";

    private static XDocument Parse(byte[] bytes) => XDocument.Load(new MemoryStream(bytes));

    private static XElement Node(XDocument doc, string id) => doc.Descendants(G + "node").Single(n => (string?)n.Attribute("id") == id);

    private static XElement Edge(XDocument doc, string source, string target) =>
        doc.Descendants(G + "edge").Single(e => (string?)e.Attribute("source") == source && (string?)e.Attribute("target") == target);

    /// <summary>(start, end, value) of the dynamic attvalues of one attribute, in file order.</summary>
    private static List<(int, int, string)> Runs(XElement owner, string name) =>
        owner.Element(G + "attvalues")!.Elements(G + "attvalue").Where(a => (string?)a.Attribute("for") == name && a.Attribute("start") is not null)
            .Select(a => ((int)a.Attribute("start")!, (int)a.Attribute("end")!, a.Attribute("value")!.Value)).ToList();

    private static List<(int, int)> Spells(XElement owner) =>
        owner.Element(G + "spells")?.Elements(G + "spell").Select(s => ((int)s.Attribute("start")!, (int)s.Attribute("end")!)).ToList() ?? [];

    [Theory]
    [InlineData(GexfTimeline.Cumulative)]
    [InlineData(GexfTimeline.PerYear)]
    public void Dynamic_files_are_valid_against_the_schema(GexfTimeline timeline)
    {
        // Expected: no errors or warnings from TestData/gexf-schema/gexf.xsd, for the hand series and the sample filings.
        Assert.Empty(GexfTestData.SchemaProblems(GexfTestData.DynamicBytes(GexfTestData.HandSeries(), new GexfOptions { Timeline = timeline })));
        Assert.Empty(GexfTestData.SchemaProblems(GexfTestData.DynamicBytes(GexfTestData.SampleIngest.Years, new GexfOptions { Timeline = timeline })));
    }

    [Fact]
    public void Graph_is_dynamic_with_integer_years_and_every_spell_and_timed_value_has_both_bounds()
    {
        // Expected: docs/reference/gexf-and-gephi.md §0.11 (mode, timeformat, both bounds, no overlapping spells).
        var doc = Parse(GexfTestData.DynamicBytes(GexfTestData.SampleIngest.Years, new GexfOptions { Timeline = GexfTimeline.PerYear }));
        var graph = doc.Root!.Element(G + "graph")!;
        Assert.Equal("dynamic", (string?)graph.Attribute("mode"));
        Assert.Equal("integer", (string?)graph.Attribute("timeformat"));
        Assert.Equal(["static", "dynamic", "static", "dynamic"], doc.Descendants(G + "attributes").Select(a => (string)a.Attribute("mode")!));
        var timed = doc.Descendants(G + "spell").Concat(doc.Descendants(G + "attvalue").Where(a => a.Attribute("start") is not null || a.Attribute("end") is not null)).ToList();
        Assert.NotEmpty(timed);
        Assert.All(timed, t => Assert.True(t.Attribute("start") is not null && t.Attribute("end") is not null && (int)t.Attribute("start")! <= (int)t.Attribute("end")!));
        foreach (var owner in doc.Descendants(G + "node").Concat(doc.Descendants(G + "edge")))
        {
            var spells = Spells(owner);
            Assert.NotEmpty(spells);
            for (var i = 1; i < spells.Count; i++) Assert.True(spells[i].Item1 > spells[i - 1].Item2 + 1, "spells overlap or touch");
        }
    }

    [Fact]
    public void Cumulative_timeline_holds_running_totals_and_edge_spells_from_the_first_year()
    {
        var doc = Parse(GexfTestData.DynamicBytes(GexfTestData.HandSeries()));
        // Every city is written, in code order, on the whole timeline 2016–2019 (GexfWriter.WriteDynamic remarks).
        Assert.Equal(global::CapitalNetwork.Gazetteer.Default.Nodes.Select(d => d.Code.ToString("D6", CultureInfo.InvariantCulture)),
            doc.Descendants(G + "node").Select(n => (string)n.Attribute("id")!));
        Assert.All(doc.Descendants(G + "node"), n => Assert.Equal([(2016, 2019)], Spells(n)));
        // 成都 only has an undated flow, which a timeline cannot show: zero figures over the whole timeline.
        var cd = Node(doc, "510100");
        Assert.Equal([(2016, 2019, "0")], Runs(cd, "funds_out_cumulative"));
        Assert.Equal([(2016, 2019, "0")], Runs(cd, "funds_registered_cumulative"));
        var bjHz = Edge(doc, "110000", "330100");
        // static weight = 2 + 1 + 1 funds over the years (the undated flow is not on this edge anyway)
        Assert.Equal("4", (string?)bjHz.Attribute("weight"));
        Assert.Equal([(2016, 2019)], Spells(bjHz));
        // funds through 2016: 2; 2017: 3; 2018: 3; 2019: 4 → runs of equal values merged
        Assert.Equal([(2016, 2016, "2"), (2017, 2018, "3"), (2019, 2019, "4")], Runs(bjHz, "funds_cumulative"));
        Assert.Equal([(2016, 2016, "2"), (2017, 2018, "3"), (2019, 2019, "4")], Runs(bjHz, "weight"));
        Assert.Equal([(2016, 2016, "1000000"), (2017, 2018, "1200000"), (2019, 2019, "1300000")], Runs(bjHz, "capital_cumulative"));
        Assert.Equal([(2017, 2019)], Spells(Edge(doc, "310000", "110000")));
        var hz = Node(doc, "330100");
        Assert.Equal([(2016, 2019)], Spells(hz));
        // 杭州 attracts 2 + 1 (loop) in 2016, +1 in 2017, +1 in 2019
        Assert.Equal([(2016, 2016, "3"), (2017, 2018, "4"), (2019, 2019, "5")], Runs(hz, "funds_in_cumulative"));
        Assert.Equal([(2016, 2016, "2"), (2017, 2018, "3"), (2019, 2019, "4")], Runs(hz, "funds_registered_cumulative"));
        Assert.Equal([(2016, 2019, "1")], Runs(hz, "local_funds_cumulative"));
        var bj = Node(doc, "110000");
        Assert.Equal([(2016, 2019)], Spells(bj));
        Assert.Equal([(2016, 2016, "0"), (2017, 2019, "1")], Runs(bj, "funds_in_cumulative"));
        Assert.Equal([(2016, 2016, "0"), (2017, 2019, "1")], Runs(bj, "in_degree_cumulative"));
        // 上海 sends its first fund in 2017: on the timeline from 2016 all the same, with 0 before 2017
        var sh = Node(doc, "310000");
        Assert.Equal([(2016, 2019)], Spells(sh));
        Assert.Equal([(2016, 2016, "0"), (2017, 2019, "1")], Runs(sh, "funds_out_cumulative"));
    }

    [Fact]
    public void Per_year_timeline_holds_each_years_figures_and_edge_gaps()
    {
        var doc = Parse(GexfTestData.DynamicBytes(GexfTestData.HandSeries(), new GexfOptions { Timeline = GexfTimeline.PerYear }));
        var bjHz = Edge(doc, "110000", "330100");
        Assert.Equal([(2016, 2017), (2019, 2019)], Spells(bjHz));
        Assert.Equal([(2016, 2016, "2"), (2017, 2017, "1"), (2019, 2019, "1")], Runs(bjHz, "funds_year"));
        Assert.Equal([(2016, 2016, "3"), (2017, 2017, "1"), (2019, 2019, "1")], Runs(bjHz, "links_year"));
        Assert.Empty(Runs(bjHz, "weight")); // no dynamic weight per year (graphology would read the last year as the weight)
        Assert.DoesNotContain(doc.Descendants(G + "attribute"), a => (string?)a.Attribute("id") == "weight");
        // nodes stay on the timeline in 2018, a year without any flow, with zero figures
        var hz = Node(doc, "330100");
        Assert.Equal([(2016, 2019)], Spells(hz));
        Assert.Equal([(2016, 2016, "3"), (2017, 2017, "1"), (2018, 2018, "0"), (2019, 2019, "1")], Runs(hz, "funds_in_year"));
        var bj = Node(doc, "110000");
        Assert.Equal([(2016, 2019)], Spells(bj));
        // 北京 in 2016: sends 2 funds, attracts 0 (a written zero, not a missing value); 2017: attracts 1; 2018–2019: 0
        Assert.Equal([(2016, 2016, "0"), (2017, 2017, "1"), (2018, 2019, "0")], Runs(bj, "funds_in_year"));
        Assert.Equal([(2016, 2016, "2"), (2017, 2017, "1"), (2018, 2018, "0"), (2019, 2019, "1")], Runs(bj, "funds_out_year"));
        Assert.Equal([(2017, 2017, "1")], Runs(bj, "funds_registered_year").Where(r => r.Item3 != "0"));
        Assert.Equal([(2016, 2019, "0")], Runs(Node(doc, "510100"), "funds_in_year")); // 成都: undated flow only
    }

    [Theory]
    [InlineData(GexfTimeline.Cumulative)]
    [InlineData(GexfTimeline.PerYear)]
    public void Sample_file_holds_all_372_cities_on_the_whole_timeline(GexfTimeline timeline)
    {
        // Expected: 372 <node> elements in code order, as the static file has; each with the one spell 2014–2023 (the
        // first and last years of examples/data/sample-filings.csv). 95 cities have no dated flow and no registered fund
        // (the writer used to leave them out: capnet build --dynamic wrote 277 nodes): every dynamic figure of theirs is
        // a single run of 0 over 2014–2023. Read back: 372 nodes.
        var series = GexfTestData.SampleIngest.Years;
        var bytes = GexfTestData.DynamicBytes(series, new GexfOptions { Timeline = timeline });
        var doc = Parse(bytes);
        var nodes = doc.Descendants(G + "node").ToList();
        Assert.Equal(372, nodes.Count);
        Assert.Equal(Parse(GexfTestData.Bytes(series.Total)).Descendants(G + "node").Select(n => (string)n.Attribute("id")!),
            nodes.Select(n => (string)n.Attribute("id")!));
        Assert.All(nodes, n => Assert.Equal([(2014, 2023)], Spells(n)));
        var suffix = timeline == GexfTimeline.Cumulative ? "_cumulative" : "_year";
        var silent = Enumerable.Range(0, 372).Where(v => series.Years.All(y =>
            series[y].InDegree(v) + series[y].OutDegree(v) == 0 && series[y].RegisteredFunds(v) == 0)).ToList();
        Assert.Equal(95, silent.Count);
        foreach (var v in silent)
        {
            var node = nodes[v];
            foreach (var figure in (string[])["in_degree", "out_degree", "funds_registered", "funds_in", "funds_out", "capital_in", "local_funds"])
                Assert.Equal([(2014, 2023, "0")], Runs(node, figure + suffix));
        }
        var read = GexfTestData.ReadDocument(bytes);
        Assert.Equal(372, read.Network.NodeCount);
        Assert.Equal(series.Years, read.Series!.Years);
    }

    [Fact]
    public void A_plain_series_keeps_its_node_without_flows()
    {
        // Plain ids (no city completion on reading): a → b in 2020, b → a in 2022; c never has a flow.
        // Expected: three nodes in the file, c with the spell 2020–2022 and zeros; read back as three nodes a, b, c.
        var b = new FlowNetworkBuilder();
        foreach (var id in (string[])["a", "b", "c"]) b.AddNode(id);
        var nodes = b.Build().NodeArray;
        var y2020 = FlowNetworkBuilder.WithNodes(nodes);
        y2020.AddFlow(0, 1, 1, 1, 10);
        var y2022 = FlowNetworkBuilder.WithNodes(nodes);
        y2022.AddFlow(1, 0, 2, 2, 20);
        var byYear = new SortedDictionary<int, FlowNetwork> { [2020] = y2020.Build(), [2022] = y2022.Build() };
        var series = new NetworkSeries(FlowNetwork.Sum(byYear.Values), byYear);
        var bytes = GexfTestData.DynamicBytes(series, new GexfOptions { Timeline = GexfTimeline.PerYear });
        Assert.Empty(GexfTestData.SchemaProblems(bytes));
        var doc = Parse(bytes);
        Assert.Equal(["a", "b", "c"], doc.Descendants(G + "node").Select(n => (string)n.Attribute("id")!));
        var c = Node(doc, "c");
        Assert.Equal([(2020, 2022)], Spells(c));
        Assert.Equal([(2020, 2022, "0")], Runs(c, "funds_in_year"));
        Assert.Equal([(2020, 2021, "0"), (2022, 2022, "2")], Runs(Node(doc, "a"), "funds_in_year"));
        var read = GexfTestData.ReadDocument(bytes);
        Assert.Equal(["a", "b", "c"], read.Network.Nodes.Select(n => n.Id));
        Assert.Equal([2020, 2022], read.Series!.Years);
        Assert.Equal(bytes, GexfTestData.Rewrite(read, new GexfOptions { Timeline = GexfTimeline.PerYear }));
    }

    [Theory]
    [InlineData(GexfTimeline.Cumulative)]
    [InlineData(GexfTimeline.PerYear)]
    public void Hand_series_round_trips_to_the_same_snapshots_and_bytes(GexfTimeline timeline)
    {
        // Expected: the snapshots of GexfTestData.HandSeries (2018 has nothing and is not a year of the series).
        var original = GexfTestData.HandSeries();
        var options = new GexfOptions { Timeline = timeline };
        var first = GexfTestData.DynamicBytes(original, options);
        var doc = GexfTestData.ReadDocument(first);
        Assert.True(doc.IsDynamic);
        Assert.Equal(timeline, doc.Timeline);
        var series = doc.Series!;
        Assert.Equal([2016, 2017, 2019], series.Years);
        foreach (var year in series.Years)
        {
            Assert.Equal(original[year].Edges, series[year].Edges);
            Assert.Equal(Enumerable.Range(0, 372).Select(original[year].RegisteredFunds), Enumerable.Range(0, 372).Select(series[year].RegisteredFunds));
        }
        // the read network is completed to all 372 cities and equals the sum of the years (undated flow excluded)
        Assert.Equal(372, doc.Network.NodeCount);
        Assert.Equal(original.Through(2019).Edges, doc.Network.Edges);
        Assert.Equal(first, GexfTestData.Rewrite(doc, options));
        Assert.Equal(first, GexfTestData.DynamicBytes(series, options));
    }

    [Theory]
    [InlineData(GexfTimeline.Cumulative)]
    [InlineData(GexfTimeline.PerYear)]
    public void Sample_filings_round_trip_byte_for_byte(GexfTimeline timeline)
    {
        // Expected: the yearly snapshots of examples/data/sample-filings.csv (2014–2023, capitals such as
        // 33,333,332.999999996 yuan) and the bytes of their first write. Per year the file holds the values themselves
        // (exact); cumulatively it holds running totals whose differences may differ in the last bits (relative 1e-12
        // allowed, GexfReader remarks); funds and links are whole numbers and exact either way.
        var original = GexfTestData.SampleIngest.Years;
        var options = new GexfOptions { Timeline = timeline, Weight = EdgeWeight.Capital };
        var first = GexfTestData.DynamicBytes(original, options);
        var doc = GexfTestData.ReadDocument(first);
        Assert.Equal(original.Years, doc.Series!.Years);
        foreach (var year in original.Years)
        {
            var (a, b) = (original[year], doc.Series[year]);
            Assert.Equal(a.Edges.Select(e => (e.Source, e.Target, e.Funds, e.Links)), b.Edges.Select(e => (e.Source, e.Target, e.Funds, e.Links)));
            if (timeline == GexfTimeline.PerYear) Assert.Equal(a.Weights(EdgeWeight.Capital).ToArray(), b.Weights(EdgeWeight.Capital).ToArray());
            else
                for (var e = 0; e < a.EdgeCount; e++)
                    Assert.Equal(a.Edge(e).Capital, b.Edge(e).Capital, Math.Max(1e-12 * a.Edge(e).Capital, 1e-9));
        }
        Assert.Equal(first, GexfTestData.Rewrite(doc, options));
    }

    [Fact]
    public void Static_reader_sees_the_sum_of_the_years()
    {
        // Expected: 北京→杭州 4 funds / 5 links / 1,300,000 CNY; 上海→北京 1 / 2 / 300,000; 杭州 loop 1 / 1 / 500,000.
        var net = GexfReader.Read(new MemoryStream(GexfTestData.DynamicBytes(GexfTestData.HandSeries())), "d.gexf");
        Assert.True(net.IsCityNetwork);
        var e = net.FindEdge(net.IndexOf("110000"), net.IndexOf("330100"));
        Assert.Equal(new FlowEdge(net.IndexOf("110000"), net.IndexOf("330100"), 4, 5, 1_300_000), net.Edge(e));
        Assert.Equal(3, net.EdgeCount);
        Assert.Equal(4, net.RegisteredFunds(net.IndexOf("330100")));
    }

    [Fact]
    public void Dynamic_user_attributes_are_written_in_the_years_they_have_and_read_back()
    {
        // A per-year measure: node index + year for every node in 2016, 2017 and 2019. Expected: written for every node
        // (all are on the timeline) in those years (北京: 2016, 2017, 2019; none in 2018), one attvalue per year (the
        // values differ), and read back unchanged.
        var series = GexfTestData.HandSeries();
        var n = series.Total.NodeCount;
        var attr = GexfDynamicNodeAttribute.Doubles("rank_score", new Dictionary<int, IReadOnlyList<double>>
        {
            [2016] = Enumerable.Range(0, n).Select(v => v + 2016.0).ToArray(),
            [2017] = Enumerable.Range(0, n).Select(v => v + 2017.0).ToArray(),
            [2019] = Enumerable.Range(0, n).Select(v => v + 2019.0).ToArray(),
        });
        var options = new GexfOptions { Timeline = GexfTimeline.PerYear, DynamicNodeAttributes = [attr] };
        var bytes = GexfTestData.DynamicBytes(series, options);
        Assert.Empty(GexfTestData.SchemaProblems(bytes));
        var bj = series.Total.IndexOf("110000");
        Assert.Equal([(2016, 2016, (bj + 2016).ToString()), (2017, 2017, (bj + 2017).ToString()), (2019, 2019, (bj + 2019).ToString())],
            Runs(Node(Parse(bytes), "110000"), "rank_score"));
        var doc = GexfTestData.ReadDocument(bytes);
        var read = Assert.Single(doc.DynamicNodeAttributes);
        Assert.Equal("rank_score", read.Name);
        Assert.Equal(GexfAttributeType.Double, read.Type);
        Assert.Equal((bj + 2017).ToString(), read.ValueAt(2017, bj));
        Assert.Null(read.ValueAt(2018, bj));
        var cd = series.Total.IndexOf("510100"); // 成都: no dated flow, on the timeline all the same
        Assert.Equal((cd + 2016).ToString(), read.ValueAt(2016, cd));
        Assert.Equal(bytes, GexfTestData.Rewrite(doc, new GexfOptions { Timeline = GexfTimeline.PerYear }));
    }

    [Fact]
    public void A_series_without_years_is_refused()
    {
        // Expected: ArgumentException — nothing to put on a timeline.
        var nodes = FlowNetworkBuilder.ForCities(global::CapitalNetwork.Gazetteer.Default).Build();
        var empty = new NetworkSeries(nodes, new SortedDictionary<int, FlowNetwork>());
        Assert.Throws<ArgumentException>(() => GexfTestData.DynamicBytes(empty));
    }

    [Fact]
    public void Dynamic_output_is_deterministic_and_the_string_and_file_forms_match()
    {
        // Expected: byte equality of two writes; WriteDynamicToString and WriteDynamic(path) give the same bytes.
        var series = GexfTestData.HandSeries();
        var bytes = GexfTestData.DynamicBytes(series);
        Assert.Equal(bytes, GexfTestData.DynamicBytes(GexfTestData.HandSeries()));
        Assert.Equal(System.Text.Encoding.UTF8.GetString(bytes), GexfWriter.WriteDynamicToString(series));
        var path = Path.Combine(Path.GetTempPath(), $"capnet-dyn-{Guid.NewGuid():N}.gexf");
        try
        {
            GexfWriter.WriteDynamic(series, path);
            Assert.Equal(bytes, File.ReadAllBytes(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}

using System.Xml;
using System.Xml.Schema;

namespace CapitalNetwork.Tests.Export.Gexf;

/// <summary>Networks and helpers shared by the GEXF tests.</summary>
internal static class GexfTestData
{
    /// <summary>
    /// All 372 gazetteer cities with six hand-made flows (one per region, HK included) and a self-loop in 杭州:
    /// 北京→杭州 (3 funds, 4 links, 150,000,000 CNY), 上海→杭州 (2, 2, 123,456,789.25), 杭州→杭州 (5, 6, 25,000,000),
    /// 成都→武汉 (1, 1, 1,000,000), 哈尔滨→北京 (1, 1, 500,000.5), 香港→上海 (1, 2, 30,000,000); registered funds
    /// 杭州 9, 武汉 1, 北京 1, 上海 1. So 杭州 attracts the most funds (3 + 2 + 5 = 10) and 北京 attracts 1.
    /// </summary>
    public static FlowNetwork CityNetwork()
    {
        var b = FlowNetworkBuilder.ForCities(Gazetteer.Default);
        int I(string code) => b.IndexOf(code);
        b.AddFlow(I("110000"), I("330100"), 3, 4, 150_000_000);
        b.AddFlow(I("310000"), I("330100"), 2, 2, 123_456_789.25);
        b.AddFlow(I("330100"), I("330100"), 5, 6, 25_000_000);
        b.AddFlow(I("510100"), I("420100"), 1, 1, 1_000_000);
        b.AddFlow(I("230100"), I("110000"), 1, 1, 500_000.5);
        b.AddFlow(I("810000"), I("310000"), 1, 2, 30_000_000);
        b.AddRegisteredFunds(I("330100"), 9);
        b.AddRegisteredFunds(I("420100"), 1);
        b.AddRegisteredFunds(I("110000"), 1);
        b.AddRegisteredFunds(I("310000"), 1);
        return b.Build();
    }

    /// <summary>The ids that carry every XML markup character (the same set as shared/tools/gexf-check/samples/good-special-chars.gexf).</summary>
    public static readonly string[] MarkupIds = ["Smith & Sons", "<root>", "say \"hi\"", "it's", "a>b&c<d"];

    /// <summary>A generic (non-city) network over <see cref="MarkupIds"/> with a self-loop and a fractional capital.</summary>
    public static FlowNetwork GenericNetwork()
    {
        var b = new FlowNetworkBuilder();
        foreach (var id in MarkupIds) b.AddNode(id, "label of " + id);
        b.AddFlow(0, 1, 2, 3, 1234.5);
        b.AddFlow(1, 2, 1, 1, 0.25);
        b.AddFlow(2, 2, 4, 4, 10);
        b.AddFlow(3, 4, 1, 2, 7);
        b.AddFlow(4, 0, 1, 1, 1e12);
        b.AddRegisteredFunds(1, 2);
        return b.Build();
    }

    /// <summary>
    /// Yearly snapshots on all 372 cities, written by hand (expected values in the tests are worked out from this list):
    /// 2016: 北京→杭州 (2 funds, 3 links, 1,000,000 CNY), 杭州→杭州 (1, 1, 500,000); 杭州 registers 2 funds.
    /// 2017: 北京→杭州 (1, 1, 200,000), 上海→北京 (1, 2, 300,000); 杭州 and 北京 register 1 fund each.
    /// 2018: nothing. 2019: 北京→杭州 (1, 1, 100,000); 杭州 registers 1.
    /// The total also holds an undated flow 成都→武汉 (1, 1, 1), which a timeline cannot show.
    /// </summary>
    public static NetworkSeries HandSeries()
    {
        var nodes = FlowNetworkBuilder.ForCities(Gazetteer.Default).Build().NodeArray;
        FlowNetworkBuilder Year() => FlowNetworkBuilder.WithNodes(nodes);
        var y2016 = Year();
        y2016.AddFlow(y2016.IndexOf("110000"), y2016.IndexOf("330100"), 2, 3, 1_000_000);
        y2016.AddFlow(y2016.IndexOf("330100"), y2016.IndexOf("330100"), 1, 1, 500_000);
        y2016.AddRegisteredFunds(y2016.IndexOf("330100"), 2);
        var y2017 = Year();
        y2017.AddFlow(y2017.IndexOf("110000"), y2017.IndexOf("330100"), 1, 1, 200_000);
        y2017.AddFlow(y2017.IndexOf("310000"), y2017.IndexOf("110000"), 1, 2, 300_000);
        y2017.AddRegisteredFunds(y2017.IndexOf("330100"), 1);
        y2017.AddRegisteredFunds(y2017.IndexOf("110000"), 1);
        var y2019 = Year();
        y2019.AddFlow(y2019.IndexOf("110000"), y2019.IndexOf("330100"), 1, 1, 100_000);
        y2019.AddRegisteredFunds(y2019.IndexOf("330100"), 1);
        var undated = Year();
        undated.AddFlow(undated.IndexOf("510100"), undated.IndexOf("420100"), 1, 1, 1);
        var byYear = new SortedDictionary<int, FlowNetwork> { [2016] = y2016.Build(), [2017] = y2017.Build(), [2019] = y2019.Build() };
        return new NetworkSeries(FlowNetwork.Sum([.. byYear.Values, undated.Build()]), byYear);
    }

    private static readonly Lazy<IngestResult> Sample = new(() =>
        global::CapitalNetwork.CityNetwork.FromFilings(Path.Combine(AppContext.BaseDirectory, "SampleData", "sample-filings.csv")));

    /// <summary>The ingest of examples/data/sample-filings.csv (synthetic, 2014–2023), read once per test run.</summary>
    public static IngestResult SampleIngest => Sample.Value;

    public static byte[] DynamicBytes(NetworkSeries series, GexfOptions? options = null)
    {
        using var s = new MemoryStream();
        GexfWriter.WriteDynamic(series, s, options);
        return s.ToArray();
    }

    public static GexfDocument ReadDocument(byte[] bytes, GexfReadOptions? options = null) =>
        GexfReader.ReadDocument(new MemoryStream(bytes), "test.gexf", options);

    public static byte[] Rewrite(GexfDocument document, GexfOptions? presentation = null)
    {
        using var s = new MemoryStream();
        GexfWriter.Write(document, s, presentation);
        return s.ToArray();
    }

    public static byte[] Bytes(FlowNetwork network, GexfOptions? options = null)
    {
        using var s = new MemoryStream();
        GexfWriter.Write(network, s, options);
        return s.ToArray();
    }

    public static string SchemaPath(string file) => Path.Combine(AppContext.BaseDirectory, "TestData", "gexf-schema", file);

    /// <summary>Validates against TestData/gexf-schema/gexf.xsd (the viz-namespace-repaired 1.3 XSD), warnings included
    /// (pattern of docs/reference/gexf-and-gephi.md §1.6: without warnings, a file in the wrong namespace passes).</summary>
    public static List<string> SchemaProblems(byte[] gexf)
    {
        var set = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        set.Add(null, SchemaPath("gexf.xsd"));
        set.Compile();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = set };
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        var problems = new List<string>();
        settings.ValidationEventHandler += (_, e) => problems.Add($"{e.Severity} {e.Exception?.LineNumber}: {e.Message}");
        using var reader = XmlReader.Create(new MemoryStream(gexf), settings);
        while (reader.Read())
        {
        }
        return problems;
    }
}

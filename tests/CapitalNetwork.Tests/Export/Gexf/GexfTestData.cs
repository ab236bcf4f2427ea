using System.Xml;
using System.Xml.Schema;
using CapitalNetwork.Export.Gexf;
using CapitalNetwork.Geography;
using CapitalNetwork.Graph;

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

    public static byte[] Bytes(FlowNetwork network, GexfOptions? options = null)
    {
        using var s = new MemoryStream();
        GexfWriter.Write(network, s, options);
        return s.ToArray();
    }

    public static string SchemaPath(string file) => Path.Combine(AppContext.BaseDirectory, "TestData", "gexf-schema", file);

    /// <summary>Validates against TestData/gexf-schema/gexf.xsd (the viz-namespace-repaired 1.3 XSD), warnings included
    /// (pattern of shared/docs/gexf-and-gephi.md §1.6: without warnings, a file in the wrong namespace passes).</summary>
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

namespace CapitalNetwork.Tests.Export.GraphML;

/// <summary>Networks and files shared by the GraphML tests.</summary>
internal static class GraphMLTestData
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "TestData", "formats");

    public static string PathOf(string name) => Path.Combine(Folder, name);

    /// <summary>
    /// Five cities (北京 110000, 上海 310000, 杭州 330100, 武汉 420100, 香港 810000) with hand-made flows: 北京→杭州 (3 funds,
    /// 4 links, 150,000,000 CNY), 上海→杭州 (2, 2, 123,456,789.25), 杭州→杭州 (5, 6, 25,000,000), 武汉→北京 (1, 1, 500,000.5),
    /// 香港→上海 (1, 2, 30,000,000); registered funds 杭州 9, 北京 1. Total funds 12, links 15, capital 328,956,789.75.
    /// </summary>
    public static FlowNetwork SmallCities()
    {
        var b = new FlowNetworkBuilder();
        foreach (var code in new[] { 110000, 310000, 330100, 420100, 810000 })
        {
            var d = Gazetteer.Default.Get(code);
            b.AddNode(code.ToString("D6", System.Globalization.CultureInfo.InvariantCulture), d.Name, d);
        }
        b.AddFlow(0, 2, 3, 4, 150_000_000);
        b.AddFlow(1, 2, 2, 2, 123_456_789.25);
        b.AddFlow(2, 2, 5, 6, 25_000_000);
        b.AddFlow(3, 0, 1, 1, 500_000.5);
        b.AddFlow(4, 1, 1, 2, 30_000_000);
        b.AddRegisteredFunds(2, 9);
        b.AddRegisteredFunds(0, 1);
        return b.Build();
    }

    /// <summary>Options with a node attribute of every type (one value missing in each) and two network figures.</summary>
    public static GexfOptions SmallCityOptions() => new()
    {
        NodeAttributes =
        [
            GexfNodeAttribute.Integers("community", [0, 0, 1, 1, 2]),
            GexfNodeAttribute.Doubles("score", [0.125, double.NaN, 2.5e-7, 1e15, -3]),
            GexfNodeAttribute.Booleans("core", [true, true, false, false, true]),
            GexfNodeAttribute.Strings("note", ["Smith & Sons <ltd>", "上海 \"总部\"", null, "it's", "a\tb"]),
            GexfNodeAttribute.Parse("big", GexfAttributeType.Long, ["9007199254740993", null, "-1", "0", "42"]),
        ],
        NetworkAttributes = [GexfNetworkAttribute.Double("density", 0.25), GexfNetworkAttribute.Integer("components", 2)],
        Description = "five cities for the GraphML checks",
    };

    public static byte[] GraphML(FlowNetwork network, GexfOptions? options = null)
    {
        using var stream = new MemoryStream();
        GraphMLWriter.Write(network, stream, options);
        return stream.ToArray();
    }

    public static byte[] Gexf(FlowNetwork network, GexfOptions? options = null)
    {
        using var stream = new MemoryStream();
        GexfWriter.Write(network, stream, options);
        return stream.ToArray();
    }

    public static GraphMLDocument Read(byte[] bytes, GraphMLReadOptions? options = null) =>
        GraphMLReader.ReadDocument(new MemoryStream(bytes), "test.graphml", options);

    public static GraphMLDocument ReadText(string xml, GraphMLReadOptions? options = null) =>
        Read(System.Text.Encoding.UTF8.GetBytes(xml), options);
}

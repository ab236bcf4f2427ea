using System.Text.Json;

namespace CapitalNetwork.Tests.Measures;

/// <summary>
/// The graphs and reference values of TestData/coreperiphery, written by make_reference.py (networkx 3.6.1,
/// numpy 1.24.2, scipy 1.10.1, python-igraph 0.10.2; see the script's header for what each value is).
/// Each CSV declares nodes 0..n−1 first, so node i here is node i there.
/// </summary>
internal static class CorePeripheryReference
{
    private static readonly Lazy<JsonDocument> Doc = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "coreperiphery", "reference.json"))));

    private static readonly Dictionary<string, FlowNetwork> Cache = [];

    public static JsonElement Of(string graph) => Doc.Value.RootElement.GetProperty("graphs").GetProperty(graph);

    private static readonly Lazy<JsonDocument> ExactDoc = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "coreperiphery", "exact.json"))));

    /// <summary>A section of exact.json, written by make_exact.py (exhaustive null distributions and optima, NetworkX's
    /// normalised rich club; see the script's header).</summary>
    public static JsonElement Exact(string section) => ExactDoc.Value.RootElement.GetProperty(section);

    /// <summary>A graph file of TestData/coreperiphery read by name (e.g. a tiny*.csv of make_exact.py).</summary>
    public static FlowNetwork NetworkFile(string file)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue("file:" + file, out var net))
                Cache["file:" + file] = net = EdgeListReader.Read(Path.Combine(AppContext.BaseDirectory, "TestData", "coreperiphery", file));
            return net;
        }
    }

    public static FlowNetwork Network(string graph)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(graph, out var net))
            {
                net = EdgeListReader.Read(Path.Combine(AppContext.BaseDirectory, "TestData", "coreperiphery", Of(graph).GetProperty("file").GetString()!));
                Assert.Equal(Of(graph).GetProperty("n").GetInt32(), net.NodeCount);
                Cache[graph] = net;
            }
            return net;
        }
    }

    public static double[] Doubles(JsonElement e) => e.EnumerateArray().Select(x => x.ValueKind == JsonValueKind.Null ? double.NaN : x.GetDouble()).ToArray();

    public static int[] Ints(JsonElement e) => e.EnumerateArray().Select(x => x.GetInt32()).ToArray();

    /// <summary>A {"k": value} object as a sorted map (null → NaN).</summary>
    public static SortedDictionary<int, double> Map(JsonElement e) =>
        new(e.EnumerateObject().ToDictionary(p => int.Parse(p.Name, System.Globalization.CultureInfo.InvariantCulture),
            p => p.Value.ValueKind == JsonValueKind.Null ? double.NaN : p.Value.GetDouble()));

    public static readonly string[] Undirected = ["karate", "lesmis", "florentine", "davis", "planted", "directed",
        "small0", "small1", "small2", "small3", "small4", "small5", "small6", "small7"];

    public static readonly string[] Smalls = ["small0", "small1", "small2", "small3", "small4", "small5", "small6", "small7"];

    public static TheoryData<string> Names(params string[] names)
    {
        var d = new TheoryData<string>();
        foreach (var n in names) d.Add(n);
        return d;
    }

    /// <summary>Builds a network from (source, target, weight) triples on nodes 0..n−1.</summary>
    public static FlowNetwork Build(int n, params (int S, int T, double W)[] edges)
    {
        var b = new FlowNetworkBuilder();
        for (var i = 0; i < n; i++) b.AddNode(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var (s, t, w) in edges) b.AddFlow(s, t, w, w, w);
        return b.Build();
    }
}

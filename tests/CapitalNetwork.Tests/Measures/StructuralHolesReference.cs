using System.Text.Json;
using CapitalNetwork.Measures;

namespace CapitalNetwork.Tests.Measures;

/// <summary>
/// The fixture TestData/brokerage/: random directed weighted graphs (NAME.edges.csv, NAME.groups.csv) and
/// reference.json, written by TestData/brokerage/make_reference.py with networkx 3.6.1 (per-node path
/// <c>nx.constraint(G, nodes=G, weight="weight")</c>, <c>nx.effective_size(G, nodes=G, weight="weight")</c>) and
/// R 4.2.2 sna 2.7-1 (<c>brokerage(A, cl)$raw.nli</c>, A binary with the diagonal cleared, cl unique per left-out
/// node). Null = undefined (NaN).
/// </summary>
internal static class StructuralHolesReference
{
    private static readonly Lazy<IReadOnlyDictionary<string, Graph>> All = new(Load);

    public static Graph Get(string name) => All.Value[name];

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var name in All.Value.Keys) data.Add(name);
        return data;
    }

    private static string Dir => Path.Combine(AppContext.BaseDirectory, "TestData", "brokerage");

    private static IReadOnlyDictionary<string, Graph> Load()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Dir, "reference.json")));
        var result = new Dictionary<string, Graph>();
        foreach (var g in doc.RootElement.GetProperty("graphs").EnumerateArray())
        {
            var name = g.GetProperty("name").GetString()!;
            var nodes = g.GetProperty("nodes").EnumerateArray().Select(x => x.GetString()!).ToArray();
            var builder = new FlowNetworkBuilder();
            foreach (var id in nodes) builder.AddNode(id);
            foreach (var line in File.ReadLines(Path.Combine(Dir, name + ".edges.csv")).Skip(1))
            {
                var f = line.Split(',');
                var w = double.Parse(f[2], System.Globalization.CultureInfo.InvariantCulture);
                builder.AddFlow(builder.IndexOf(f[0]), builder.IndexOf(f[1]), w, w, w);
            }
            var labels = File.ReadLines(Path.Combine(Dir, name + ".groups.csv")).Skip(1)
                .Select(l => l.Split(',')).ToDictionary(f => f[0], f => f[1]);
            static double[] Vector(JsonElement e) =>
                e.EnumerateArray().Select(x => x.ValueKind == JsonValueKind.Null ? double.NaN : x.GetDouble()).ToArray();
            var brokerage = g.GetProperty("brokerage").EnumerateObject()
                .ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(x => x.GetInt64()).ToArray());
            result[name] = new Graph(name, nodes, builder.Build(), nodes.Select(v => labels[v]).ToArray(),
                Vector(g.GetProperty("constraint")), Vector(g.GetProperty("effective_size")), brokerage);
        }
        return result;
    }

    /// <summary>A fixture graph; <see cref="Labels"/> has "" for a node the grouping leaves out.</summary>
    internal sealed record Graph(string Name, string[] Nodes, FlowNetwork Network, string[] Labels, double[] Constraint,
        double[] EffectiveSize, IReadOnlyDictionary<string, long[]> Brokerage)
    {
        /// <summary>The expected vector in the network's node order.</summary>
        public double[] InNodeOrder(double[] byFixtureNode)
        {
            var v = new double[Network.NodeCount];
            for (var k = 0; k < Nodes.Length; k++) v[Network.IndexOf(Nodes[k])] = byFixtureNode[k];
            return v;
        }

        /// <summary>The grouping sna was given: the labels, a left-out node with a label of its own.</summary>
        public Grouping Grouping()
        {
            var byIndex = new string[Network.NodeCount];
            for (var k = 0; k < Nodes.Length; k++)
                byIndex[Network.IndexOf(Nodes[k])] = Labels[k].Length > 0 ? Labels[k] : "_left_" + Nodes[k];
            return CapitalNetwork.Measures.Grouping.FromLabels(byIndex);
        }

        public override string ToString() => Name;
    }
}

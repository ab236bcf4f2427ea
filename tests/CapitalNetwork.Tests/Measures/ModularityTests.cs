using System.Text.Json;
using CapitalNetwork.Measures;
using static CapitalNetwork.Tests.Measures.CorePeripheryReference;

namespace CapitalNetwork.Tests.Measures;

public class ModularityTests
{
    public static TheoryData<string> Graphs => Names("karate", "lesmis", "florentine", "davis", "planted", "directed");

    internal static ModularityOptions OptionsOf(JsonElement e) => new()
    {
        Weight = e.GetProperty("weighted").GetBoolean() ? EdgeWeight.Funds : null,
        Directed = e.GetProperty("directed").GetBoolean(),
        SelfLoops = e.GetProperty("self_loops").GetBoolean(),
        Resolution = e.GetProperty("resolution").GetDouble(),
    };

    [Theory]
    [MemberData(nameof(Graphs))]
    public void Matches_networkx_modularity(string graph)
    {
        // expected: networkx 3.6.1 community.modularity(G, communities, weight, resolution) (make_reference.py):
        // weighted and binary, γ ∈ {0.5, 1, 2} (directed graph: γ ∈ {1, 1.5}, directed, with and without self-loops)
        var cases = Of(graph).GetProperty("modularity").EnumerateArray().ToList();
        Assert.NotEmpty(cases);
        foreach (var e in cases)
        {
            var q = CapitalNetwork.Measures.Communities.Modularity(Network(graph), Ints(e.GetProperty("labels")), OptionsOf(e));
            Assert.Equal(e.GetProperty("value").GetDouble(), q, 1e-12);
        }
    }

    [Fact]
    public void Labels_are_names_only()
    {
        var net = Network("karate");
        var e = Of("karate").GetProperty("modularity")[0];
        var labels = Ints(e.GetProperty("labels"));
        var renamed = labels.Select(x => x == 0 ? 41 : -7).ToArray();
        Assert.Equal(CapitalNetwork.Measures.Communities.Modularity(net, labels, OptionsOf(e)),
            CapitalNetwork.Measures.Communities.Modularity(net, renamed, OptionsOf(e)), 1e-15);
    }

    [Fact]
    public void By_hand_and_edge_cases()
    {
        // two disjoint edges 0–1, 2–3 (binary), partition {0,1},{2,3}: Q = Σ_c [1/2 − (2/4)²] = 2 · 1/4 = 1/2
        var net = Build(4, (0, 1, 1), (2, 3, 5));
        Assert.Equal(0.5, CapitalNetwork.Measures.Communities.Modularity(net, [0, 0, 1, 1], new ModularityOptions { Weight = null }), 1e-15);
        // weighted: m = 6, c1: 1/6 − (2/12)², c2: 5/6 − (10/12)² → 1 − 1/36 − 25/36 = 10/36
        Assert.Equal(10.0 / 36, CapitalNetwork.Measures.Communities.Modularity(net, [0, 0, 1, 1]), 1e-15);
        Assert.True(double.IsNaN(CapitalNetwork.Measures.Communities.Modularity(Build(3), [0, 1, 2])));
        Assert.Throws<ArgumentException>(() => CapitalNetwork.Measures.Communities.Modularity(net, [0, 1]));
    }
}

using CapitalNetwork.Measures;

namespace CapitalNetwork.Tests.Measures;


/// <summary>
/// Harmonic centrality against TestData/centrality/reference.json (make_reference.py: networkx 3.6.1
/// harmonic_centrality; the ÷(n−1) variant from python-igraph 0.10.2 harmonic_centrality(normalized=True)). Relative 1e-9.
/// </summary>
public class HarmonicTests
{
    public static TheoryData<string> All => CentralityReference.With("harmonic");

    public static TheoryData<string> Directed => CentralityReference.With("harmonic_outgoing");

    [Theory]
    [MemberData(nameof(All))]
    public void Incoming_unscaled_matches_networkx_and_igraph_scaling(string name)
    {
        var g = CentralityReference.Get(name);
        var options = new HarmonicOptions { Directed = g.Directed };
        Agreement.Relative(g["harmonic"], Centrality.Harmonic(g.Network, options).Values.Values, g.Call("harmonic"));
        Agreement.Relative(g["harmonic_weighted"], Centrality.Harmonic(g.Network, options with { Distance = EdgeDistance.InverseWeight }).Values.Values, g.Call("harmonic_weighted"));
        Agreement.Relative(g["harmonic_igraph"], Centrality.Harmonic(g.Network, options with { Scale = HarmonicScale.NodesMinusOne }).Values.Values, g.Call("harmonic_igraph"));
        Agreement.Relative(g["harmonic_gephi"], Centrality.Harmonic(g.Network, HarmonicOptions.Gephi with { Directed = g.Directed }).Values.Values, g.Call("harmonic_gephi"));
    }

    [Theory]
    [MemberData(nameof(Directed))]
    public void Outgoing_and_undirected_views(string name)
    {
        var g = CentralityReference.Get(name);
        var outgoing = new HarmonicOptions { Direction = PathDirection.Outgoing };
        Agreement.Relative(g["harmonic_outgoing"], Centrality.Harmonic(g.Network, outgoing).Values.Values, g.Call("harmonic_outgoing"));
        Agreement.Relative(g["harmonic_outgoing_weighted"], Centrality.Harmonic(g.Network, outgoing with { Distance = EdgeDistance.InverseWeight }).Values.Values, g.Call("harmonic_outgoing_weighted"));
        Agreement.Relative(g["harmonic_undirected"], Centrality.Harmonic(g.Network, new() { Directed = false }).Values.Values, g.Call("harmonic_undirected"));
    }

    [Fact]
    public void Weight_as_distance_and_merge_rules_by_hand()
    {
        // a → b (w 2), b → a (w 6). Undirected view with lengths = weight: Sum 8, Max 6, Min 2 → H(a) = 1/8, 1/6, 1/2.
        var b = new FlowNetworkBuilder();
        b.AddNode("a");
        b.AddNode("b");
        b.AddFlow(0, 1, 2, 2, 2);
        b.AddFlow(1, 0, 6, 6, 6);
        var net = b.Build();
        var options = new HarmonicOptions { Directed = false, Distance = EdgeDistance.Weight };
        Assert.Equal(1.0 / 8, Centrality.Harmonic(net, options)["a"], 15);
        Assert.Equal(1.0 / 6, Centrality.Harmonic(net, options with { Merge = ReciprocalMerge.Max })["a"], 15);
        Assert.Equal(1.0 / 2, Centrality.Harmonic(net, options with { Merge = ReciprocalMerge.Min })["a"], 15);
        // Directed, incoming, lengths = 1/weight: d(b → a) = 1/6, so H(a) = 6.
        Assert.Equal(6.0, Centrality.Harmonic(net, new() { Distance = EdgeDistance.InverseWeight })["a"], 15);
    }
}

using CapitalNetwork.Measures;

namespace CapitalNetwork.Tests.Measures;


/// <summary>
/// Closeness against TestData/centrality/reference.json (make_reference.py: networkx 3.6.1 closeness_centrality; the
/// reachable-only variant also checked there against python-igraph 0.10.2 closeness(normalized=True)). Relative 1e-9.
/// </summary>
public class ClosenessTests
{
    public static TheoryData<string> All => CentralityReference.With("closeness");

    public static TheoryData<string> Directed => CentralityReference.With("closeness_outgoing");

    [Theory]
    [MemberData(nameof(All))]
    public void Incoming_with_Wasserman_Faust_matches_networkx(string name)
    {
        var g = CentralityReference.Get(name);
        var options = new ClosenessOptions { Directed = g.Directed };
        Agreement.Relative(g["closeness"], Centrality.Closeness(g.Network, options).Values.Values, g.Call("closeness"));
        Agreement.Relative(g["closeness_weighted"], Centrality.Closeness(g.Network, options with { Distance = EdgeDistance.InverseWeight }).Values.Values, g.Call("closeness_weighted"));
        Agreement.Relative(g["closeness_reachable"], Centrality.Closeness(g.Network, options with { Scale = ClosenessScale.ReachableOnly }).Values.Values, g.Call("closeness_reachable"));
    }

    [Theory]
    [MemberData(nameof(All))]
    public void Gephi_preset_is_outgoing_and_reachable_only(string name)
    {
        var g = CentralityReference.Get(name);
        Agreement.Relative(g["closeness_gephi"], Centrality.Closeness(g.Network, ClosenessOptions.Gephi with { Directed = g.Directed }).Values.Values, g.Call("closeness_gephi"));
    }

    [Theory]
    [MemberData(nameof(Directed))]
    public void Outgoing_and_undirected_views(string name)
    {
        var g = CentralityReference.Get(name);
        var outgoing = new ClosenessOptions { Direction = PathDirection.Outgoing };
        Agreement.Relative(g["closeness_outgoing"], Centrality.Closeness(g.Network, outgoing).Values.Values, g.Call("closeness_outgoing"));
        Agreement.Relative(g["closeness_outgoing_weighted"], Centrality.Closeness(g.Network, outgoing with { Distance = EdgeDistance.InverseWeight }).Values.Values, g.Call("closeness_outgoing_weighted"));
        Agreement.Relative(g["closeness_undirected_weighted"],
            Centrality.Closeness(g.Network, new() { Directed = false, Distance = EdgeDistance.InverseWeight }).Values.Values, g.Call("closeness_undirected_weighted"));
    }

    [Fact]
    public void Inverse_total_and_unreached_nodes_by_hand()
    {
        // a → b → c, d isolated. Incoming: c is reached by b (1) and a (2): S = 3, r = 2, n = 4.
        // WF = (2/3)(2/3) = 4/9; reachable-only 2/3; inverse total 1/3; a and d are reached by nobody: 0.
        var b = new FlowNetworkBuilder();
        foreach (var id in new[] { "a", "b", "c", "d" }) b.AddNode(id);
        b.AddFlow(0, 1, 1, 1, 1);
        b.AddFlow(1, 2, 1, 1, 1);
        var net = b.Build();
        Assert.Equal(4.0 / 9, Centrality.Closeness(net)["c"], 15);
        Assert.Equal(2.0 / 3, Centrality.Closeness(net, new() { Scale = ClosenessScale.ReachableOnly })["c"], 15);
        Assert.Equal(1.0 / 3, Centrality.Closeness(net, new() { Scale = ClosenessScale.InverseTotal })["c"], 15);
        Assert.Equal(0.0, Centrality.Closeness(net)["a"]);
        Assert.Equal(0.0, Centrality.Closeness(net, new() { Scale = ClosenessScale.InverseTotal })["d"]);
        Assert.Equal("closeness(distance=hops, directed, incoming, scale=wasserman_faust)", Centrality.Closeness(net).Values.Measure);
    }
}

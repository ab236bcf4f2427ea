using CapitalNetwork.Measures;

namespace CapitalNetwork.Tests.Measures;


/// <summary>Degenerate networks, worked out by hand: no nodes, one node with a self-loop.</summary>
public class CentralityEdgeCaseTests
{
    [Fact]
    public void Empty_network_gives_empty_results()
    {
        var net = new FlowNetworkBuilder().Build();
        Assert.Empty(Centrality.Betweenness(net).Values.Values);
        Assert.Empty(Centrality.Closeness(net).Values.Values);
        Assert.Empty(Centrality.Harmonic(net, new() { Distance = EdgeDistance.InverseWeight }).Values.Values);
        Assert.False(Centrality.PageRank(net).IsDefined);
        Assert.False(Centrality.Eigenvector(net).IsDefined);
        Assert.False(Centrality.Hits(net).IsDefined);
        Assert.False(Centrality.Katz(net).IsDefined);
    }

    [Fact]
    public void One_city_with_local_capital()
    {
        // A single node with a self-loop of weight 5: no path through it (betweenness 0), nobody else (closeness,
        // harmonic 0); PageRank 1; eigenvector: λ₁ = 5, x = 1; HITS: σ₁ = 5, h = a = 1; Katz: x = 1/(1 − 0.1) → normalised 1.
        var b = new FlowNetworkBuilder();
        b.AddNode("110000");
        b.AddFlow(0, 0, 5, 5, 5);
        var net = b.Build();
        Assert.Equal(0.0, Centrality.Betweenness(net)[0]);
        Assert.Equal(0.0, Centrality.Closeness(net)[0]);
        Assert.Equal(0.0, Centrality.Harmonic(net)[0]);
        Assert.Equal(1.0, Centrality.PageRank(net)[0], 12);
        var ev = Centrality.Eigenvector(net);
        Assert.Equal(5.0, ev.Eigenvalue, 12);
        Assert.Equal(1.0, ev[0], 12);
        var hits = Centrality.Hits(net);
        Assert.Equal(5.0, hits.SingularValue, 12);
        Assert.Equal(1.0, hits.Authorities[0], 12);
        Assert.Equal(1.0, Centrality.Katz(net)[0], 12);
    }
}

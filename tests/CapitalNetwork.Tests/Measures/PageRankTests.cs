using CapitalNetwork.Measures;

namespace CapitalNetwork.Tests.Measures;


/// <summary>
/// PageRank against TestData/centrality/reference.json (make_reference.py: networkx 3.6.1 pagerank at tol=1e-15, checked
/// there against a dense linear solve and python-igraph 0.10.2 PRPACK). Absolute 1e-9.
/// </summary>
public class PageRankTests
{
    public static TheoryData<string> All => CentralityReference.With("pagerank");

    public static TheoryData<string> Directed => CentralityReference.With("pagerank_undirected");

    [Theory]
    [MemberData(nameof(All))]
    public void Weighted_unweighted_and_personalized_match_networkx(string name)
    {
        var g = CentralityReference.Get(name);
        var options = new PageRankOptions { Directed = g.Directed };
        var pr = Centrality.PageRank(g.Network, options);
        Assert.True(pr.Converged && pr.IsDefined);
        Agreement.Absolute(g["pagerank"], pr.Values.Values, g.Call("pagerank"));
        Assert.Equal(1.0, pr.Values.Sum, 12);
        Agreement.Absolute(g["pagerank_unweighted"], Centrality.PageRank(g.Network, options with { Weighted = false }).Values.Values, g.Call("pagerank_unweighted"));
        var nodes = g.Network.Nodes;
        var personalized = options with
        {
            Alpha = 0.7,
            Personalization = new Dictionary<string, double> { [nodes[0].Id] = 3, [nodes[^1].Id] = 1 },
        };
        Agreement.Absolute(g["pagerank_personalized"], Centrality.PageRank(g.Network, personalized).Values.Values, g.Call("pagerank_personalized"));
    }

    [Theory]
    [MemberData(nameof(Directed))]
    public void Undirected_view_matches_networkx_on_the_summed_graph(string name)
    {
        var g = CentralityReference.Get(name);
        Agreement.Absolute(g["pagerank_undirected"], Centrality.PageRank(g.Network, new() { Directed = false }).Values.Values, g.Call("pagerank_undirected"));
    }

    [Fact]
    public void Dangling_distribution_and_validation()
    {
        // a → b only: b is dangling. Sending b's walker always to a (dangling = {a: 1}) with α = 0.5:
        // x_a = 0.5·x_b + 0.25, x_b = 0.5·x_a + 0.25 → x_a = x_b = 0.5 (by hand).
        var net = AToB();
        var pr = Centrality.PageRank(net, new() { Alpha = 0.5, Dangling = new Dictionary<string, double> { ["a"] = 1 } });
        Assert.Equal(0.5, pr["a"], 12);
        Assert.Throws<ArgumentException>(() => Centrality.PageRank(net, new() { Personalization = new Dictionary<string, double> { ["zz"] = 1 } }));
        Assert.Throws<ArgumentException>(() => Centrality.PageRank(net, new() { Personalization = new Dictionary<string, double> { ["a"] = 0 } }));
        Assert.Throws<ArgumentOutOfRangeException>(() => Centrality.PageRank(net, new() { Alpha = 1 }));
    }

    /// <summary>Two nodes, one edge a → b (b dangles).</summary>
    private static FlowNetwork AToB()
    {
        var b = new FlowNetworkBuilder();
        b.AddNode("a");
        b.AddNode("b");
        b.AddFlow(0, 1, 1, 1, 1);
        return b.Build();
    }

    [Fact]
    public void Options_keep_their_own_copy_of_the_distributions()
    {
        // Changing the caller's dictionaries after the call changes neither the options nor the result's options, and a
        // second call with the same options gives the same values (x_a = x_b = 0.5 by hand, as above).
        var net = AToB();
        var teleport = new Dictionary<string, double> { ["a"] = 1, ["b"] = 1 };
        var dangling = new Dictionary<string, double> { ["a"] = 1 };
        var options = new PageRankOptions { Alpha = 0.5, Personalization = teleport, Dangling = dangling };
        var first = Centrality.PageRank(net, options);
        teleport["a"] = 100;
        dangling.Remove("a");
        dangling["b"] = 1;
        Assert.Equal(1, options.Personalization!["a"]);
        Assert.Equal(1, first.Options.Dangling!["a"]);
        Assert.False(first.Options.Dangling.ContainsKey("b"));
        var second = Centrality.PageRank(net, options);
        Assert.Equal(0.5, first["a"], 12);
        Assert.Equal(first.Values.Values.ToArray(), second.Values.Values.ToArray());
    }

    [Fact]
    public void NetworkX_default_tolerance_stops_early_and_reports_it()
    {
        var g = CentralityReference.Get("random40");
        var loose = Centrality.PageRank(g.Network, new() { Tolerance = 1e-6, MaxIterations = 100 });
        var tight = Centrality.PageRank(g.Network);
        Assert.True(loose.Converged && loose.Iterations < tight.Iterations);
        Assert.True(loose.Residual < 40 * 1e-6 && tight.Residual < 40 * 1e-13);
        var capped = Centrality.PageRank(g.Network, new() { MaxIterations = 3 });
        Assert.False(capped.Converged);
        Assert.Equal(3, capped.Iterations);
    }
}

using CapitalNetwork.Measures;

namespace CapitalNetwork.Tests.Measures;


/// <summary>
/// Betweenness against TestData/centrality/reference.json (make_reference.py: networkx 3.6.1; weighted values with exact
/// rational distances, checked there against python-igraph 0.10.2). Relative agreement 1e-9.
/// </summary>
public class BetweennessTests
{
    private static BetweennessOptions For(CentralityReference.Graph g) => new() { Directed = g.Directed };

    public static TheoryData<string> Hops => CentralityReference.With("betweenness");

    public static TheoryData<string> FloatTies => CentralityReference.With("betweenness_weighted_networkx_float");

    public static TheoryData<string> Undirected => CentralityReference.With("betweenness_undirected");

    [Theory]
    [MemberData(nameof(Hops))]
    public void Hops_normalized_raw_and_endpoints_match_networkx(string name)
    {
        var g = CentralityReference.Get(name);
        Agreement.Relative(g["betweenness"], Centrality.Betweenness(g.Network, For(g)).Values.Values, g.Call("betweenness"));
        Agreement.Relative(g["betweenness_raw"], Centrality.Betweenness(g.Network, For(g) with { Normalized = false }).Values.Values, g.Call("betweenness_raw"));
        Agreement.Relative(g["betweenness_endpoints"], Centrality.Betweenness(g.Network, For(g) with { Endpoints = true }).Values.Values, g.Call("betweenness_endpoints"));
    }

    [Theory]
    [MemberData(nameof(Hops))]
    public void Weighted_inverse_distance_matches_the_exact_value(string name)
    {
        var g = CentralityReference.Get(name);
        var options = For(g) with { Distance = EdgeDistance.InverseWeight };
        Agreement.Relative(g["betweenness_weighted"], Centrality.Betweenness(g.Network, options).Values.Values, g.Call("betweenness_weighted"));
        Agreement.Relative(g["betweenness_weighted_raw"], Centrality.Betweenness(g.Network, options with { Normalized = false }).Values.Values, g.Call("betweenness_weighted_raw"));
    }

    [Theory]
    [MemberData(nameof(FloatTies))]
    public void Exact_float_ties_count_as_ties_and_zero_tolerance_reproduces_networkx(string name)
    {
        // Where networkx's float `==` misses ties the fixture stores both answers; they differ (else the key would be absent).
        var g = CentralityReference.Get(name);
        var options = For(g) with { Distance = EdgeDistance.InverseWeight };
        var exact = g["betweenness_weighted"];
        var nxFloat = g["betweenness_weighted_networkx_float"];
        Assert.Contains(Enumerable.Range(0, exact.Length), i => Math.Abs(exact[i] - nxFloat[i]) > 1e-6);
        Agreement.Relative(exact, Centrality.Betweenness(g.Network, options).Values.Values, "tolerant ties = exact value");
        Agreement.Relative(nxFloat, Centrality.Betweenness(g.Network, options with { TieTolerance = 0 }).Values.Values, g.Call("betweenness_weighted_networkx_float"));
    }

    [Fact]
    public void Karate_node_0_is_the_documented_tie_case()
    {
        // docs/reference/measures.md §1.2: networkx 0.394886 vs exact 0.395833 for node 0 of the weighted karate club.
        var g = CentralityReference.Get("karate");
        var b = Centrality.Betweenness(g.Network, new() { Directed = false, Distance = EdgeDistance.InverseWeight });
        Assert.Equal(0.395833, b["0"], 6);
        Assert.Equal(0.394886, g["betweenness_weighted_networkx_float"][0], 6);
    }

    [Theory]
    [MemberData(nameof(Undirected))]
    public void Undirected_view_sums_reciprocal_weights(string name)
    {
        var g = CentralityReference.Get(name);
        var options = new BetweennessOptions { Directed = false };
        Agreement.Relative(g["betweenness_undirected"], Centrality.Betweenness(g.Network, options).Values.Values, g.Call("betweenness_undirected"));
        Agreement.Relative(g["betweenness_weighted_undirected"],
            Centrality.Betweenness(g.Network, options with { Distance = EdgeDistance.InverseWeight, Merge = ReciprocalMerge.Sum }).Values.Values,
            g.Call("betweenness_weighted_undirected"));
    }

    [Fact]
    public void Star_centre_carries_every_path_and_self_loops_change_nothing()
    {
        // By hand: in a star with 6 leaves the centre lies on all C(6,2) = 15 leaf pairs; normalized 15 / (6·5/2) = 1.
        var b = new FlowNetworkBuilder();
        for (var i = 0; i < 7; i++) b.AddNode(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        for (var i = 1; i < 7; i++) b.AddFlow(0, i, 1, 1, 1);
        var star = b.Build();
        b.AddFlow(0, 0, 50, 50, 50);
        b.AddFlow(3, 3, 5, 5, 5);
        var withLoops = b.Build();
        var undirected = new BetweennessOptions { Directed = false };
        Assert.Equal(1.0, Centrality.Betweenness(star, undirected)[0], 12);
        Assert.Equal(15.0, Centrality.Betweenness(star, undirected with { Normalized = false })[0], 12);
        Assert.Equal(Centrality.Betweenness(star, undirected).Values.Values.ToArray(), Centrality.Betweenness(withLoops, undirected).Values.Values.ToArray());
    }

    [Fact]
    public void Result_carries_options_and_names_the_measure()
    {
        var g = CentralityReference.Get("citylike");
        var options = new BetweennessOptions { Distance = EdgeDistance.InverseWeight, Weight = EdgeWeight.Capital };
        var b = Centrality.Betweenness(g.Network, options);
        Assert.Same(options, b.Options);
        Assert.Equal("betweenness(distance=inverse_weight(capital), directed, normalized)", b.Values.Measure);
        Assert.Equal(b.Values.Ranking()[0], b.Ranking()[0]);
        Assert.Equal(b["110000"], b[g.Network.IndexOf("110000")]);
        Assert.Equal(b.Top(1)[0].Value, b.Values.Values.Max());
    }

    [Fact]
    public void Zero_weights_are_left_out_of_weighted_paths_but_count_as_hops()
    {
        // a → b → c with w(a,b) = 0 in the capital channel: by hops b brokers a → c; by 1/capital a reaches nobody.
        var b = new FlowNetworkBuilder();
        foreach (var id in new[] { "a", "b", "c" }) b.AddNode(id);
        b.AddFlow(0, 1, 1, 1, 0);
        b.AddFlow(1, 2, 1, 1, 5);
        var net = b.Build();
        Assert.Equal(1.0, Centrality.Betweenness(net, new() { Normalized = false })["b"]);
        Assert.Equal(0.0, Centrality.Betweenness(net, new() { Normalized = false, Distance = EdgeDistance.InverseWeight, Weight = EdgeWeight.Capital })["b"]);
    }

    [Fact]
    public void Bad_options_are_rejected()
    {
        var g = CentralityReference.Get("path5");
        Assert.Throws<ArgumentOutOfRangeException>(() => Centrality.Betweenness(g.Network, new() { TieTolerance = -1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => Centrality.Betweenness(g.Network, new() { MaxDegreeOfParallelism = 0 }));
    }
}

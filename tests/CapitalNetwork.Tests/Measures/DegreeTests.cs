using CapitalNetwork.Measures;

namespace CapitalNetwork.Tests.Measures;


/// <summary>
/// Degree and strength against TestData/centrality/reference.json (networkx 3.6.1 DiGraph.in_degree/out_degree/degree,
/// with and without weight; in_degree_centrality, out_degree_centrality, degree_centrality).
/// </summary>
public class DegreeTests
{
    public static TheoryData<string> Directed => CentralityReference.With("in_degree");

    [Theory]
    [MemberData(nameof(Directed))]
    public void Degrees_and_strengths_match_networkx_loops_included(string name)
    {
        var g = CentralityReference.Get(name);
        var n = g.Network;
        Agreement.Relative(g["in_degree"], Centrality.InDegree(n).Values, g.Call("in_degree"));
        Agreement.Relative(g["out_degree"], Centrality.OutDegree(n).Values, g.Call("out_degree"));
        Agreement.Relative(g["degree"], Centrality.Degree(n).Values, g.Call("degree"));
        foreach (var w in Enum.GetValues<EdgeWeight>())
        {
            Agreement.Relative(g["in_strength"], Centrality.InStrength(n, w).Values, g.Call("in_strength"));
            Agreement.Relative(g["out_strength"], Centrality.OutStrength(n, w).Values, g.Call("out_strength"));
            Agreement.Relative(g["strength"], Centrality.Strength(n, w).Values, g.Call("strength"));
        }
        Agreement.Relative(g["in_degree_centrality"], Centrality.InDegreeCentrality(n).Values, g.Call("in_degree_centrality"));
        Agreement.Relative(g["out_degree_centrality"], Centrality.OutDegreeCentrality(n).Values, g.Call("out_degree_centrality"));
    }

    public static TheoryData<string> All => CentralityReference.With("degree_centrality");

    [Theory]
    [MemberData(nameof(All))]
    public void Degree_centrality_matches_networkx_on_directed_and_undirected_graphs(string name)
    {
        var g = CentralityReference.Get(name);
        Agreement.Relative(g["degree_centrality"], Centrality.DegreeCentrality(g.Network).Values, g.Call("degree_centrality"));
    }

    [Fact]
    public void Degree_centrality_of_one_node_is_one_and_of_no_nodes_empty()
    {
        // NetworkX: `if len(G) <= 1: return {n: 1 for n in G}` (degree_alg.py).
        var one = new FlowNetworkBuilder();
        one.AddNode("a");
        var single = one.Build();
        Assert.Equal([1.0], Centrality.DegreeCentrality(single).Values.ToArray());
        Assert.Equal([1.0], Centrality.InDegreeCentrality(single).Values.ToArray());
        Assert.Equal([1.0], Centrality.OutDegreeCentrality(single).Values.ToArray());
        Assert.Empty(Centrality.DegreeCentrality(new FlowNetworkBuilder().Build()).Values);
    }
}

using CapitalNetwork.Graph;
using CapitalNetwork.Measures.Centrality;

namespace CapitalNetwork.Tests.Measures.Centrality;

using Centrality = CapitalNetwork.Measures.Centrality.Centrality;

/// <summary>Degree and strength against TestData/centrality/reference.json (networkx 3.6.1 DiGraph.in_degree/out_degree/degree, with and without weight).</summary>
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
    }
}

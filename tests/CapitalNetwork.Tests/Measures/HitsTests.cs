using CapitalNetwork.Measures;

namespace CapitalNetwork.Tests.Measures;


/// <summary>
/// HITS against TestData/centrality/reference.json (make_reference.py: networkx 3.6.1 hits at tol=1e-15, checked there
/// against numpy's SVD; "undefined" where numpy's second singular value equals the first). Absolute 1e-9.
/// </summary>
public class HitsTests
{
    public static TheoryData<string> Defined => CentralityReference.With("hub");

    public static TheoryData<string> Undefined => CentralityReference.UndefinedFor("hub");

    [Theory]
    [MemberData(nameof(Defined))]
    public void Hubs_send_and_authorities_attract_as_networkx(string name)
    {
        var g = CentralityReference.Get(name);
        var hits = Centrality.Hits(g.Network, new() { Directed = g.Directed });
        Assert.True(hits.IsDefined, hits.UndefinedReason);
        Assert.True(hits.Converged);
        Agreement.Absolute(g["hub"], hits.Hubs.Values, g.Call("hub"));
        Agreement.Absolute(g["authority"], hits.Authorities.Values, g.Call("authority"));
        Assert.Equal(g.Scalars["hits_sigma1"], hits.SingularValue, 9);
        Assert.False(hits.SecondSingularValue >= hits.SingularValue * (1 - 1e-9)); // NaN when proven simple structurally
    }

    [Theory]
    [MemberData(nameof(Undefined))]
    public void Not_simple_largest_singular_value_is_undefined(string name)
    {
        // Directed cycles (AᵀA = I), two equal disjoint cycles, and bipartite undirected graphs (path, star, even cycle:
        // eigenvalues ±λ, so σ₁ is double) have no unique hubs and authorities.
        var g = CentralityReference.Get(name);
        var hits = Centrality.Hits(g.Network, new() { Directed = g.Directed });
        Assert.False(hits.IsDefined);
        Assert.Contains("not simple", hits.UndefinedReason);
        Assert.All(hits.Hubs.Values, x => Assert.True(double.IsNaN(x)));
    }

    [Fact]
    public void Simple_sigma_found_by_the_perturbation_check_when_the_structural_test_cannot_decide()
    {
        // By hand: star S (hub s → 12 leaves, weight 1) gives AᵀA block 1·1ᵀ (12×12), top eigenvalue 12, bound 1·12 = 12.
        // Block B: p → {u, v} (1, 1), q → u (3): AᵀA_B = [[10, 1], [1, 1]], top (11 + √85)/2 ≈ 10.11 < 12, but its bound
        // (max column sum 4) × (max row sum 3) = 12 also reaches σ₁² = 12, so the structural test defers to the re-run.
        var b = new CapitalNetwork.FlowNetworkBuilder();
        var s = b.AddNode("s");
        for (var i = 0; i < 12; i++) b.AddFlow(s, b.AddNode($"leaf{i}"), 1, 1, 1);
        int p = b.AddNode("p"), q = b.AddNode("q"), u = b.AddNode("u"), v = b.AddNode("v");
        b.AddFlow(p, u, 1, 1, 1);
        b.AddFlow(p, v, 1, 1, 1);
        b.AddFlow(q, u, 3, 3, 3);
        var net = b.Build();
        var hits = Centrality.Hits(net);
        Assert.True(hits.IsDefined, hits.UndefinedReason);
        Assert.Equal(Math.Sqrt(12), hits.SingularValue, 9);
        Assert.Equal(Math.Sqrt((11 + Math.Sqrt(85)) / 2), hits.SecondSingularValue, 2);
        Assert.Equal(1.0, hits.Hubs["s"], 9);
        Assert.Equal(1.0 / 12, hits.Authorities["leaf7"], 9);
        Assert.Equal(0.0, hits.Authorities["u"], 9);
    }

    [Fact]
    public void Normalizations_rescale_the_same_vectors()
    {
        var g = CentralityReference.Get("citylike");
        var sum = Centrality.Hits(g.Network);
        var max = Centrality.Hits(g.Network, new() { Normalization = VectorNormalization.Max });
        var top = sum.Authorities.Values.Max();
        Agreement.Absolute(sum.Authorities.Values.Select(x => x / top).ToArray(), max.Authorities.Values, "igraph authority_score(scale=True)");
        Assert.Equal(1.0, Centrality.Hits(g.Network, HitsOptions.Gephi).Hubs.Values.Sum(x => x * x), 12);
    }
}

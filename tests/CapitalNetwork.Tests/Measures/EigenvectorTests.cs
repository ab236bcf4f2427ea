using CapitalNetwork.Measures;

namespace CapitalNetwork.Tests.Measures;


/// <summary>
/// Eigenvector centrality against TestData/centrality/reference.json (make_reference.py: networkx 3.6.1
/// eigenvector_centrality at tol=1e-15, checked there against numpy.linalg.eig; "undefined" where two components share
/// the spectral radius or the graph is acyclic, computed there from the eigenvalues of each component). Absolute 1e-9.
/// </summary>
public class EigenvectorTests
{
    public static TheoryData<string> Weighted => CentralityReference.With("eigenvector");

    public static TheoryData<string> Unweighted => CentralityReference.With("eigenvector_unweighted");

    public static TheoryData<string> Undefined => CentralityReference.UndefinedFor("eigenvector");

    [Theory]
    [MemberData(nameof(Weighted))]
    public void Weighted_matches_networkx_with_its_eigenvalue(string name)
    {
        var g = CentralityReference.Get(name);
        var ev = Centrality.Eigenvector(g.Network, new() { Directed = g.Directed });
        Assert.True(ev.IsDefined, ev.UndefinedReason);
        Assert.True(ev.Converged);
        Agreement.Absolute(g["eigenvector"], ev.Values.Values, g.Call("eigenvector"));
        Assert.Equal(g.Scalars["eigenvector_eigenvalue"], ev.Eigenvalue, 9);
    }

    [Theory]
    [MemberData(nameof(Unweighted))]
    public void Unweighted_matches_networkx(string name)
    {
        var g = CentralityReference.Get(name);
        var ev = Centrality.Eigenvector(g.Network, new() { Directed = g.Directed, Weighted = false });
        Agreement.Absolute(g["eigenvector_unweighted"], ev.Values.Values, g.Call("eigenvector_unweighted"));
        var max = Centrality.Eigenvector(g.Network, new() { Directed = g.Directed, Weighted = false, Normalization = VectorNormalization.Max });
        var top = g["eigenvector_unweighted"].Max();
        Agreement.Absolute(g["eigenvector_unweighted"].Select(x => x / top).ToArray(), max.Values.Values, "igraph's scale=True: max = 1");
    }

    [Theory]
    [MemberData(nameof(Undefined))]
    public void Undefined_cases_say_why(string name)
    {
        var g = CentralityReference.Get(name);
        var ev = Centrality.Eigenvector(g.Network, new() { Directed = g.Directed });
        Assert.False(ev.IsDefined);
        Assert.All(ev.Values.Values, x => Assert.True(double.IsNaN(x)));
        Assert.Contains(name == "dag" ? "no cycle" : "shared by 2", ev.UndefinedReason);
    }

    [Fact]
    public void Collatz_Wielandt_bounds_separate_a_smaller_component_whose_row_sums_reach_rho()
    {
        // By hand: a 3-cycle with weights 2 has ρ = 2; a separate 2-cycle with weights 1 and 3.9 has ρ = √3.9 ≈ 1.975 but
        // row sums up to 3.9 ≥ 2, so only the power-iteration bounds tell them apart. The answer is the 3-cycle's Perron
        // vector (1/√3 each) and 0 on the 2-cycle.
        var b = new CapitalNetwork.FlowNetworkBuilder();
        foreach (var id in new[] { "a", "b", "c", "x", "y" }) b.AddNode(id);
        b.AddFlow(0, 1, 2, 2, 2);
        b.AddFlow(1, 2, 2, 2, 2);
        b.AddFlow(2, 0, 2, 2, 2);
        b.AddFlow(3, 4, 1, 1, 1);
        b.AddFlow(4, 3, 3.9, 3.9, 3.9);
        var ev = Centrality.Eigenvector(b.Build());
        Assert.True(ev.IsDefined, ev.UndefinedReason);
        Assert.Equal(2.0, ev.Eigenvalue, 9);
        Assert.Equal(1 / Math.Sqrt(3), ev["a"], 9);
        Assert.Equal(0.0, ev["x"], 9);
    }

    [Fact]
    public void Directed_cycle_is_periodic_yet_converges_thanks_to_the_shift()
    {
        // Strongly connected 5-cycle: λ₁ = 1, x = 1/√5 everywhere (networkx reference; by hand too).
        var g = CentralityReference.Get("dcycle5");
        var ev = Centrality.Eigenvector(g.Network, new() { Weighted = false });
        Assert.True(ev.Converged);
        Assert.All(ev.Values.Values, x => Assert.Equal(1 / Math.Sqrt(5), x, 12));
        Assert.Equal(1.0, ev.Eigenvalue, 12);
    }

    [Fact]
    public void Self_loops_can_be_left_out_and_no_edges_is_undefined()
    {
        // Two cities linked both ways, a loop of 3 on a: with the loop λ₁ = (3 + √13)/2 (from [[3,1],[1,0]]); without it 1.
        var b = new FlowNetworkBuilder();
        b.AddNode("a");
        b.AddNode("b");
        b.AddFlow(0, 1, 1, 1, 1);
        b.AddFlow(1, 0, 1, 1, 1);
        b.AddFlow(0, 0, 3, 3, 3);
        var net = b.Build();
        Assert.Equal((3 + Math.Sqrt(13)) / 2, Centrality.Eigenvector(net).Eigenvalue, 10);
        Assert.Equal(1.0, Centrality.Eigenvector(net, new() { SelfLoops = false }).Eigenvalue, 10);
        var empty = new FlowNetworkBuilder();
        empty.AddNode("x");
        var none = Centrality.Eigenvector(empty.Build());
        Assert.False(none.IsDefined);
        Assert.Contains("no edges", none.UndefinedReason);
        Assert.Throws<ArgumentException>(() => Centrality.Eigenvector(net, new() { Normalization = VectorNormalization.None }));
    }
}

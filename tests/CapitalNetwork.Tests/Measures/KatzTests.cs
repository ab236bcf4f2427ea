using CapitalNetwork.Measures;

namespace CapitalNetwork.Tests.Measures;


/// <summary>
/// Katz centrality against TestData/centrality/reference.json (make_reference.py: networkx 3.6.1 katz_centrality at
/// tol=1e-15; "undefined" where networkx raises PowerIterationFailedConvergence). Absolute 1e-9.
/// </summary>
public class KatzTests
{
    public static TheoryData<string> Defaults => CentralityReference.With("katz");

    public static TheoryData<string> Weighted => CentralityReference.With("katz_weighted");

    [Theory]
    [MemberData(nameof(Defaults))]
    public void NetworkX_defaults(string name)
    {
        var g = CentralityReference.Get(name);
        var k = Centrality.Katz(g.Network, new() { Directed = g.Directed });
        Assert.True(k.IsDefined && k.Converged);
        Agreement.Absolute(g["katz"], k.Values.Values, g.Call("katz"));
    }

    [Theory]
    [MemberData(nameof(Weighted))]
    public void Weighted_with_alpha_below_one_over_rho(string name)
    {
        var g = CentralityReference.Get(name);
        var k = Centrality.Katz(g.Network, new() { Directed = g.Directed, Weighted = true, Alpha = g.Scalars["katz_weighted_alpha"] });
        Agreement.Absolute(g["katz_weighted"], k.Values.Values, g.Call("katz_weighted"));
    }

    [Fact]
    public void Diverging_series_is_undefined_with_the_spectral_radius()
    {
        // K12: ρ = 11 > 1/α = 10 (networkx raises PowerIterationFailedConvergence).
        var g = CentralityReference.Get("complete12");
        Assert.Contains("katz", g.Undefined.Keys);
        var k = Centrality.Katz(g.Network);
        Assert.False(k.IsDefined);
        Assert.Contains("ρ(A) ≈ 11", k.UndefinedReason);
        Assert.All(k.Values.Values, x => Assert.True(double.IsNaN(x)));
        Assert.True(Centrality.Katz(g.Network, new() { Alpha = 0.05 }).IsDefined);
    }
}

using CapitalNetwork.Measures;

namespace CapitalNetwork.Tests.Measures;

/// <summary>
/// The structure figures of three tiny digraphs, derived by hand (exact fractions; compared to 15 digits).
/// <para><b>3-cycle</b> a→b→c→a: n = 3, L = 3. Density 3/6. No tie is reciprocated: edgewise 0, dyadic (M + N)/3 = 0.
/// Two-paths a→b→c, b→c→a, c→a→b, none closed: transitivity 0. One weak component: connectedness 1. Every node reaches
/// every other (one strong component): hierarchy 1 − 3/3 = 0. Efficiency 1 − (3 − 2)/(3 − 1)² = 3/4. The one source
/// component reaches every pair: LUB 1 − 0/1 = 1. Degrees all 2, betweenness all 1 (b on a→c …): centralizations 0.
/// E–I with a, b in G1 and c in G2: a→b inside, b→c and c→a between: (2 − 1)/3.</para>
/// <para><b>Out-star</b> c→l1…l4: n = 5, L = 4. Density 4/20. Reciprocity 0. No two-path: transitivity undefined. Hierarchy
/// 1 (4 reachable pairs, none mutual). Efficiency 1 − (4 − 4)/16 = 1. LUB 1 (c bounds every pair; maximum 4·3/2 = 6).
/// Out-degree: (4 − 0)·4 / 4² = 1; in-degree: (1 − 0) / 16 = 1/16; Freeman degree: (4 − 1)·4 / (4·(2·4 − 2)) = 1/2.
/// Betweenness 0 everywhere: 0.</para>
/// <para><b>Path</b> a→b→c→d: n = 4, L = 3. Density 3/12. Two-paths a→b→c, b→c→d, none closed: 0. Reachable pairs 6, none
/// mutual: hierarchy 1. Efficiency 1 − (3 − 3)/9 = 1. a bounds every pair: LUB 1. Betweenness b = 2 ((a,c), (a,d)),
/// c = 2 ((a,d), (b,d)): (0 + 0 + 2 + 2)/(3²·2) = 2/9. Out-degrees 1,1,1,0 and in-degrees 0,1,1,1: 1/9 each; degrees
/// 1,2,2,1: 2/(3·(6 − 2)) = 1/6.</para>
/// <para><b>Two bosses</b> a→c, b→c: a and b have no common upper bound (sources a and b each reach only themselves and c):
/// one violation of a maximum (3 − 1)(3 − 2)/2 = 1: LUB 0.</para>
/// </summary>
public sealed class StructureHandCheckedTests
{
    private static FlowNetwork Graph(params (string S, string T)[] ties)
    {
        var b = new FlowNetworkBuilder();
        foreach (var (s, t) in ties) b.AddFlow(b.AddNode(s), b.AddNode(t), 1, 1, 1);
        return b.Build();
    }

    [Fact]
    public void Three_cycle()
    {
        var net = Graph(("a", "b"), ("b", "c"), ("c", "a"));
        Assert.Equal(0.5, Structure.Density(net).Value, 15);
        Assert.Equal(0, Structure.Reciprocity(net).Value, 15);
        Assert.Equal(0, Structure.Reciprocity(net, ReciprocityMeasure.Dyadic).Value, 15);
        Assert.Equal(0, Structure.Transitivity(net).Value, 15);
        Assert.Equal(1, Structure.Connectedness(net).Value, 15);
        Assert.Equal(0, Structure.Hierarchy(net).Value, 15);
        Assert.Equal(0.75, Structure.Efficiency(net).Value, 15);
        Assert.Equal(1, Structure.Lub(net).Value, 15);
        Assert.Equal(0, Structure.DegreeCentralization(net).Value, 15);
        Assert.Equal(0, Structure.BetweennessCentralization(net).Value, 15);
        Assert.Equal(1 / 3.0, Structure.EiIndex(net, Grouping.FromLabels(["G1", "G1", "G2"])).Value, 15);
    }

    [Fact]
    public void Out_star()
    {
        var net = Graph(("c", "l1"), ("c", "l2"), ("c", "l3"), ("c", "l4"));
        Assert.Equal(0.2, Structure.Density(net).Value, 15);
        Assert.Equal(0, Structure.Reciprocity(net).Value, 15);
        Assert.False(Structure.Transitivity(net).IsDefined);
        Assert.Equal(1, Structure.Hierarchy(net).Value, 15);
        Assert.Equal(1, Structure.Efficiency(net).Value, 15);
        Assert.Equal(1, Structure.Lub(net).Value, 15);
        Assert.Equal(1, Structure.OutDegreeCentralization(net).Value, 15);
        Assert.Equal(1 / 16.0, Structure.InDegreeCentralization(net).Value, 15);
        Assert.Equal(0.5, Structure.DegreeCentralization(net).Value, 15);
        Assert.Equal(0, Structure.BetweennessCentralization(net).Value, 15);
    }

    [Fact]
    public void Path()
    {
        var net = Graph(("a", "b"), ("b", "c"), ("c", "d"));
        Assert.Equal(0.25, Structure.Density(net).Value, 15);
        Assert.Equal(0, Structure.Transitivity(net).Value, 15);
        Assert.Equal(1, Structure.Hierarchy(net).Value, 15);
        Assert.Equal(1, Structure.Efficiency(net).Value, 15);
        Assert.Equal(1, Structure.Lub(net).Value, 15);
        Assert.Equal(2 / 9.0, Structure.BetweennessCentralization(net).Value, 15);
        Assert.Equal(1 / 9.0, Structure.OutDegreeCentralization(net).Value, 15);
        Assert.Equal(1 / 9.0, Structure.InDegreeCentralization(net).Value, 15);
        Assert.Equal(1 / 6.0, Structure.DegreeCentralization(net).Value, 15);
    }

    [Fact]
    public void Two_bosses_violate_the_least_upper_bound()
    {
        var net = Graph(("a", "c"), ("b", "c"));
        Assert.Equal(0, Structure.Lub(net).Value, 15);
    }
}

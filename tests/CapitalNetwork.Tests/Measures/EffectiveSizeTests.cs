using CapitalNetwork.Measures;

namespace CapitalNetwork.Tests.Measures;

/// <summary>
/// Burt's effective size against TestData/brokerage/reference.json (networkx 3.6.1 <c>nx.effective_size(G, nodes=G,
/// weight="weight")</c>) and hand-worked cases; tolerance 1e-12 relative, as for constraint (<see cref="ConstraintTests"/>).
/// </summary>
public class EffectiveSizeTests
{
    public static TheoryData<string> Graphs => StructuralHolesReference.Names();

    [Theory]
    [MemberData(nameof(Graphs))]
    public void Effective_size_matches_networkx_on_every_weight(string name)
    {
        var g = StructuralHolesReference.Get(name);
        foreach (var w in Enum.GetValues<EdgeWeight>())
            ConstraintTests.Agree(g.InNodeOrder(g.EffectiveSize), StructuralHoles.EffectiveSize(g.Network, w).Values,
                $"{name}: nx.effective_size(G, nodes=G, weight=\"weight\")");
    }

    private static FlowNetwork Build(string[] ids, params (int S, int T, double W)[] edges)
    {
        var b = new FlowNetworkBuilder();
        foreach (var id in ids) b.AddNode(id);
        foreach (var (s, t, w) in edges) b.AddFlow(s, t, w, w, w);
        return b.Build();
    }

    [Fact]
    public void Star_has_as_many_nonredundant_contacts_as_leaves()
    {
        // a→b, a→c, a→d: the leaves are not tied to each other, so every redundancy term is 0: e_a = 3, e_leaf = 1.
        var e = StructuralHoles.EffectiveSize(Build(["a", "b", "c", "d"], (0, 1, 1), (0, 2, 1), (0, 3, 1)));
        Assert.Equal(3.0, e["a"], 15);
        Assert.Equal(1.0, e["b"], 15);
        Assert.Equal("effective_size(weight=funds)", e.Measure);
    }

    [Fact]
    public void Weighted_triangle_by_hand()
    {
        // a→b 2, b→a 1, b→c 1, a→c 1: a_ab = 3, a_ac = 1, a_bc = 1; p_ab = 3/4, p_ac = 1/4; maxima: a 3, b 3, c 1.
        // e_a = (1 − p_ac·m_bc) + (1 − p_ab·m_cb) = (1 − 1/4·1/3) + (1 − 3/4·1) = 11/12 + 1/4 = 7/6 (networkx 1.1666666666666665).
        // e_c = (1 − p_cb·m_ab) + (1 − p_ca·m_ba) with p_ca = p_cb = 1/2, m_ab = m_ba = 1: 1/2 + 1/2 = 1.
        var e = StructuralHoles.EffectiveSize(Build(["a", "b", "c"], (0, 1, 2), (1, 0, 1), (1, 2, 1), (0, 2, 1)));
        Assert.Equal(7.0 / 6, e["a"], 14);
        Assert.Equal(7.0 / 6, e["b"], 14);
        Assert.Equal(1.0, e["c"], 14);
    }

    [Fact]
    public void Self_loop_follows_networkx_and_isolates_are_NaN()
    {
        // a→a 1, a→b 1, a→c 1: a_aa = 2, a_ab = a_ac = 1, S_a = 4, max_a = 2, max_b = max_c = 1; p_aa = 1/2, p_ab = p_ac = 1/4.
        // j = a: 1 − (p_aa·2/2 + p_ab·1/2 + p_ac·1/2) = 1/4; j = b: 1 − p_aa·m_ba = 1/2; j = c: 1/2. e_a = 5/4
        // (networkx 3.6.1: 1.25). d→d only and the isolate e: NaN, as in networkx.
        var e = StructuralHoles.EffectiveSize(Build(["a", "b", "c", "d", "e"], (0, 0, 1), (0, 1, 1), (0, 2, 1), (3, 3, 2)));
        Assert.Equal(1.25, e["a"], 15);
        Assert.True(double.IsNaN(e["d"]));
        Assert.True(double.IsNaN(e["e"]));
    }
}

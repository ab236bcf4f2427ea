using CapitalNetwork.Measures;

namespace CapitalNetwork.Tests.Measures;

/// <summary>
/// Burt's constraint against TestData/brokerage/reference.json (networkx 3.6.1 <c>nx.constraint(G, nodes=G,
/// weight="weight")</c>; see make_reference.py for the nodes without successors) and hand-worked cases. Tolerance:
/// 1e-12 relative — the same sums of products of ratios of small integers and halves, taken in another order, differ
/// in the last bits only (a few ulp, 1e-16 relative per operation over at most a few hundred terms).
/// </summary>
public class ConstraintTests
{
    public static TheoryData<string> Graphs => StructuralHolesReference.Names();

    internal static void Agree(double[] expected, IReadOnlyList<double> actual, string because)
    {
        Assert.Equal(expected.Length, actual.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            var (e, a) = (expected[i], actual[i]);
            if (double.IsNaN(e))
            {
                Assert.True(double.IsNaN(a), $"node {i}: expected NaN, got {a:R} ({because})");
                continue;
            }
            Assert.True(Math.Abs(a - e) <= 1e-12 * Math.Abs(e), $"node {i}: expected {e:R}, got {a:R} ({because})");
        }
    }

    [Theory]
    [MemberData(nameof(Graphs))]
    public void Constraint_matches_networkx_on_every_weight(string name)
    {
        var g = StructuralHolesReference.Get(name);
        foreach (var w in Enum.GetValues<EdgeWeight>())
            Agree(g.InNodeOrder(g.Constraint), StructuralHoles.Constraint(g.Network, w).Values, $"{name}: nx.constraint(G, nodes=G, weight=\"weight\")");
    }

    private static FlowNetwork Build(params (string S, string T, double W)[] edges)
    {
        var b = new FlowNetworkBuilder();
        foreach (var (s, t, _) in edges)
            foreach (var id in new[] { s, t })
                if (!b.TryGetIndex(id, out _)) b.AddNode(id);
        foreach (var (s, t, w) in edges) b.AddFlow(b.IndexOf(s), b.IndexOf(t), w, w, w);
        return b.Build();
    }

    [Fact]
    public void Star_by_hand()
    {
        // a→b, a→c (weights 1): a_ab = a_ac = 1, S_a = 2, p_ab = p_ac = 1/2; b's only contact is a, p_ba = 1.
        // c_a = (p_ab + p_ac·p_cb)² + (p_ac + p_ab·p_bc)² = (1/2)² + (1/2)² = 1/2; c_b = (p_ba + 0)² = 1.
        var n = Build(("a", "b", 1), ("a", "c", 1));
        var c = StructuralHoles.Constraint(n);
        Assert.Equal(0.5, c["a"], 15);
        Assert.Equal(1.0, c["b"], 15);
        Assert.Equal(1.0, c["c"], 15);
        Assert.Equal("constraint(weight=funds)", c.Measure);
    }

    [Fact]
    public void Weighted_triangle_with_a_reciprocal_pair_by_hand()
    {
        // a→b 2, b→a 1, b→c 1, a→c 1: a_ab = 3, a_ac = 1, a_bc = 1; S_a = 4, S_b = 4, S_c = 2.
        // p_ab = 3/4, p_ac = 1/4, p_ba = 3/4, p_bc = 1/4, p_ca = p_cb = 1/2.
        // c_a = (3/4 + 1/4·1/2)² + (1/4 + 3/4·1/4)² = (7/8)² + (7/16)² = 245/256 (networkx: 0.95703125).
        // c_c = (1/2 + 1/2·3/4)² + (1/2 + 1/2·3/4)² = 2·49/64 = 49/32: c has no successor, where networkx's per-node
        // path says NaN and its SciPy path (like this library) gives the formula's value.
        var n = Build(("a", "b", 2), ("b", "a", 1), ("b", "c", 1), ("a", "c", 1));
        var c = StructuralHoles.Constraint(n);
        Assert.Equal(245.0 / 256, c["a"], 15);
        Assert.Equal(245.0 / 256, c["b"], 15);
        Assert.Equal(49.0 / 32, c["c"], 15);
    }

    [Fact]
    public void Self_loop_counts_twice_as_networkx_does_and_loop_only_nodes_are_NaN()
    {
        // a→a 1, a→b 1, a→c 1: a_aa = 2 w_aa = 2, a_ab = a_ac = 1, S_a = 4; p_aa = 1/2, p_ab = p_ac = 1/4; p_ba = p_ca = 1.
        // j = a: p_aa + (p_aa·p_aa + p_ab·p_ba + p_ac·p_ca) = 1/2 + 1/4 + 1/4 + 1/4 = 5/4 → 25/16
        // j = b: p_ab + p_aa·p_ab = 1/4 + 1/8 = 3/8 → 9/64, j = c likewise: c_a = 100/64 + 18/64 = 59/32
        // (networkx 3.6.1: nx.constraint(G, nodes=G, weight="weight")["a"] = 1.84375).
        // d→d only: no contact but itself, NaN (networkx's per-node path gives 4.0 there, its SciPy path NaN only for w = 1).
        var b = new FlowNetworkBuilder();
        foreach (var id in new[] { "a", "b", "c", "d", "e" }) b.AddNode(id);
        b.AddFlow(0, 0, 1, 1, 1);
        b.AddFlow(0, 1, 1, 1, 1);
        b.AddFlow(0, 2, 1, 1, 1);
        b.AddFlow(3, 3, 2, 2, 2);
        var c = StructuralHoles.Constraint(b.Build());
        Assert.Equal(59.0 / 32, c["a"], 15);
        Assert.True(double.IsNaN(c["d"]));
        Assert.True(double.IsNaN(c["e"]));
    }

    [Fact]
    public void Dropping_self_loops_gives_Burts_rule()
    {
        // a→a 1, a→b 1, a→c 1 without the loop is the star: c_a = 1/2, e_a = 2; a loop-only node stays NaN.
        var b = new FlowNetworkBuilder();
        foreach (var id in new[] { "a", "b", "c", "d" }) b.AddNode(id);
        b.AddFlow(0, 0, 1, 1, 1);
        b.AddFlow(0, 1, 1, 1, 1);
        b.AddFlow(0, 2, 1, 1, 1);
        b.AddFlow(3, 3, 2, 2, 2);
        var n = b.Build();
        var c = StructuralHoles.Constraint(n, selfLoops: false);
        Assert.Equal(0.5, c["a"], 15);
        Assert.True(double.IsNaN(c["d"]));
        Assert.Equal("constraint(weight=funds, self_loops=drop)", c.Measure);
        Assert.Equal(2.0, StructuralHoles.EffectiveSize(n, selfLoops: false)["a"], 15);
    }

    [Fact]
    public void Zero_weights_add_no_contact()
    {
        // a→b capital 0: under capital a and b have no contact (NaN); under funds the pair is a dyad (1).
        var b = new FlowNetworkBuilder();
        b.AddNode("a");
        b.AddNode("b");
        b.AddFlow(0, 1, 1, 1, 0);
        var n = b.Build();
        Assert.True(double.IsNaN(StructuralHoles.Constraint(n, EdgeWeight.Capital)["a"]));
        Assert.Equal(1.0, StructuralHoles.Constraint(n, EdgeWeight.Funds)["a"], 15);
    }
}

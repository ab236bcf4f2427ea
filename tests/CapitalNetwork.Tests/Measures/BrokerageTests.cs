using CapitalNetwork.Measures;

namespace CapitalNetwork.Tests.Measures;

/// <summary>
/// Gould–Fernandez brokerage against TestData/brokerage/reference.json (R 4.2.2, sna 2.7-1, <c>brokerage(A, cl)$raw.nli</c>,
/// exact integers) and hand-worked cases: every role on a single two-path, closure, loops and the nodes a regional
/// grouping leaves out.
/// </summary>
public class BrokerageTests
{
    public static TheoryData<string> Graphs => StructuralHolesReference.Names();

    [Theory]
    [MemberData(nameof(Graphs))]
    public void Raw_counts_match_sna_exactly(string name)
    {
        var g = StructuralHolesReference.Get(name);
        var r = StructuralHoles.Brokerage(g.Network, g.Grouping());
        void Same(string column, NodeValues actual)
        {
            var expected = g.InNodeOrder(g.Brokerage[column].Select(x => (double)x).ToArray());
            Assert.Equal(expected, actual.Values.ToArray());
        }
        Same("w_I", r.Coordinator);
        Same("w_O", r.Consultant);
        Same("b_IO", r.Representative);
        Same("b_OI", r.Gatekeeper);
        Same("b_O", r.Liaison);
        Same("t", r.Total);
    }

    private static BrokerageResult OnePath(string ga, string gb, string gc, bool closed = false)
    {
        var b = new FlowNetworkBuilder();
        foreach (var id in new[] { "a", "b", "c" }) b.AddNode(id);
        b.AddFlow(0, 1, 1, 1, 1);
        b.AddFlow(1, 2, 1, 1, 1);
        b.AddFlow(1, 1, 5, 5, 5); // a loop on the broker makes no two-path
        if (closed) b.AddFlow(0, 2, 1, 1, 1);
        return StructuralHoles.Brokerage(b.Build(), Grouping.FromLabels([ga, gb, gc]));
    }

    [Theory]
    [InlineData("X", "X", "X", 0)] // coordinator w_I
    [InlineData("X", "Y", "X", 1)] // consultant w_O
    [InlineData("X", "X", "Y", 2)] // representative b_IO: a with b
    [InlineData("Y", "X", "X", 3)] // gatekeeper b_OI: c with b
    [InlineData("X", "Y", "Z", 4)] // liaison b_O
    public void The_path_a_b_c_gives_b_one_role(string ga, string gb, string gc, int role)
    {
        var r = OnePath(ga, gb, gc);
        var roles = new[] { r.Coordinator, r.Consultant, r.Representative, r.Gatekeeper, r.Liaison };
        for (var k = 0; k < 5; k++)
        {
            Assert.Equal(k == role ? 1.0 : 0.0, roles[k]["b"]);
            Assert.Equal(0.0, roles[k]["a"]);
            Assert.Equal(0.0, roles[k]["c"]);
        }
        Assert.Equal(1.0, r.Total["b"]);
        Assert.Equal(0.0, OnePath(ga, gb, gc, closed: true).Total["b"]);
    }

    [Fact]
    public void Hong_Kong_left_out_is_a_group_of_its_own()
    {
        // HandBuiltNetworks.Cities, two-paths a→b→c with a ≠ c and no a→c (北京→北京 and 成都→成都 are loops):
        //   武汉(Central)→北京(East)→上海(East): gatekeeper of 北京
        //   沈阳(Northeast)→武汉(Central)→北京(East): liaison of 武汉
        //   香港(left out)→上海(East)→北京(East): gatekeeper of 上海 (香港 is its own group, not East)
        //   北京→上海→北京 and 上海→北京→上海 return to a: no two-path.
        var net = HandBuiltNetworks.Cities();
        var regions = Grouping.ByRegion(net);
        Assert.Equal(-1, regions.GroupOf(net.IndexOf(HandBuiltNetworks.HongKong)));
        var r = StructuralHoles.Brokerage(net, regions);
        Assert.Equal(1.0, r.Gatekeeper[HandBuiltNetworks.Beijing]);
        Assert.Equal(1.0, r.Gatekeeper[HandBuiltNetworks.Shanghai]);
        Assert.Equal(1.0, r.Liaison[HandBuiltNetworks.Wuhan]);
        Assert.Equal(3.0, r.Total.Sum);
        Assert.Same(regions, r.Groups);

        // The same as sna with a label of its own for each left-out city.
        var labels = Enumerable.Range(0, net.NodeCount)
            .Select(v => regions.GroupOf(v) >= 0 ? regions.Names[regions.GroupOf(v)] : "_left_" + v).ToArray();
        var own = StructuralHoles.Brokerage(net, Grouping.FromLabels(labels));
        Assert.Equal(own.Gatekeeper.Values.ToArray(), r.Gatekeeper.Values.ToArray());
        Assert.Equal(own.Liaison.Values.ToArray(), r.Liaison.Values.ToArray());
        Assert.Equal(own.Consultant.Values.ToArray(), r.Consultant.Values.ToArray());
        Assert.Equal(own.Total.Values.ToArray(), r.Total.Values.ToArray());
    }

    [Fact]
    public void A_grouping_of_another_size_is_refused()
    {
        var net = HandBuiltNetworks.Plain();
        Assert.Throws<ArgumentException>(() => StructuralHoles.Brokerage(net, Grouping.Single(3)));
    }
}

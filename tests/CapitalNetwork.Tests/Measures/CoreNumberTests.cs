using CapitalNetwork.Measures;
using static CapitalNetwork.Tests.Measures.CorePeripheryReference;

namespace CapitalNetwork.Tests.Measures;

public class CoreNumberTests
{
    public static TheoryData<string> Graphs => Names(Undirected);

    [Theory]
    [MemberData(nameof(Graphs))]
    public void Undirected_matches_networkx_core_number(string graph)
    {
        // expected: networkx 3.6.1 core_number on the undirected simple graph (make_reference.py); exact integers
        var expected = Ints(Of(graph).GetProperty("core_number"));
        var actual = CapitalNetwork.Measures.CorePeriphery.CoreNumber(Network(graph));
        Assert.Equal(expected.Select(x => (double)x), actual.Values);
        Assert.Equal("core_number(mode=undirected)", actual.Measure);
    }

    [Fact]
    public void In_plus_out_matches_networkx_on_the_digraph()
    {
        // expected: networkx 3.6.1 core_number(DiGraph without self-loops): degree = in + out
        var expected = Ints(Of("directed").GetProperty("core_number_in_plus_out"));
        Assert.Equal(expected.Select(x => (double)x), CapitalNetwork.Measures.CorePeriphery.CoreNumber(Network("directed"), CoreMode.InPlusOut).Values);
    }

    [Theory]
    [InlineData(CoreMode.In, "core_number_in")]
    [InlineData(CoreMode.Out, "core_number_out")]
    public void In_and_out_match_igraph_coreness(CoreMode mode, string key)
    {
        // expected: python-igraph 0.10.2 Graph.coreness(mode="in"/"out") on the DiGraph without self-loops
        var expected = Ints(Of("directed").GetProperty(key));
        Assert.Equal(expected.Select(x => (double)x), CapitalNetwork.Measures.CorePeriphery.CoreNumber(Network("directed"), mode).Values);
    }

    [Fact]
    public void Reciprocal_pairs_and_self_loops_by_hand()
    {
        // 0⇄1, 1⇄2, 2→0, self-loop at 0, node 3 isolated. Undirected simple view: a triangle → 2,2,2,0.
        // In + out (loop dropped): 0: 1 out + 2 in = 3, 1: 2 + 2 = 4, 2: 2 + 1 = 3 → the 3-core is {0, 1, 2}, no 4-core.
        var net = Build(4, (0, 1, 1), (1, 0, 1), (1, 2, 1), (2, 1, 1), (2, 0, 1), (0, 0, 5));
        Assert.Equal([2.0, 2, 2, 0], CapitalNetwork.Measures.CorePeriphery.CoreNumber(net).Values.ToArray());
        Assert.Equal([3.0, 3, 3, 0], CapitalNetwork.Measures.CorePeriphery.CoreNumber(net, CoreMode.InPlusOut).Values.ToArray());
        // in-degrees without the loop: 0: 2, 1: 2, 2: 1 → removing 2 drops 0 and 1 to 1 → in-core 1 for all three
        Assert.Equal([1.0, 1, 1, 0], CapitalNetwork.Measures.CorePeriphery.CoreNumber(net, CoreMode.In).Values.ToArray());
    }

    [Fact]
    public void Empty_network_gives_zeros()
    {
        var net = Build(3);
        Assert.All(CapitalNetwork.Measures.CorePeriphery.CoreNumber(net).Values, x => Assert.Equal(0, x));
    }
}

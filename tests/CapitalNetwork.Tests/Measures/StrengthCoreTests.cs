using CapitalNetwork.Measures;
using static CapitalNetwork.Tests.Measures.CorePeripheryReference;

namespace CapitalNetwork.Tests.Measures;

public class StrengthCoreTests
{
    public static TheoryData<string> Graphs => Names(Undirected);

    [Theory]
    [MemberData(nameof(Graphs))]
    public void Undirected_matches_slow_definitional_peeling(string graph)
    {
        // expected: make_reference.py s_core_slow (strengths w_ij + w_ji recomputed from scratch at each removal,
        // checked there against the fixed-point definition of the s-core); integer weights → exact
        var expected = Doubles(Of(graph).GetProperty("s_core"));
        var actual = CapitalNetwork.Measures.CorePeriphery.StrengthCore(Network(graph), EdgeWeight.Funds);
        Assert.Equal(expected, actual.Values);
    }

    [Theory]
    [InlineData(CoreMode.In, "s_core_in")]
    [InlineData(CoreMode.Out, "s_core_out")]
    public void In_and_out_strength_match_slow_peeling(CoreMode mode, string key)
    {
        // expected: make_reference.py s_core_slow with in-/out-strengths of the DiGraph without self-loops
        var expected = Doubles(Of("directed").GetProperty(key));
        Assert.Equal(expected, CapitalNetwork.Measures.CorePeriphery.StrengthCore(Network("directed"), EdgeWeight.Links, mode).Values);
    }

    [Theory]
    [InlineData("florentine")]
    [InlineData("davis")]
    [InlineData("planted")]
    public void With_unit_weights_equals_the_k_core(string graph)
    {
        // binary graphs (weight 1 everywhere): s-core = k-core (networkx core_number)
        var expected = Ints(Of(graph).GetProperty("core_number")).Select(x => (double)x);
        Assert.Equal(expected, CapitalNetwork.Measures.CorePeriphery.StrengthCore(Network(graph)).Values);
    }

    [Fact]
    public void In_plus_out_equals_undirected_for_strengths_and_loops_are_ignored()
    {
        var net = Network("directed");
        Assert.Equal(CapitalNetwork.Measures.CorePeriphery.StrengthCore(net).Values.ToArray(),
            CapitalNetwork.Measures.CorePeriphery.StrengthCore(net, EdgeWeight.Funds, CoreMode.InPlusOut).Values);
        // by hand: 0→1 (2), 1→0 (3), 1→2 (1), loop 2→2 (100): strengths 5, 6, 1 → peel 2 at 1, then 0 and 1 at 5
        var small = Build(3, (0, 1, 2), (1, 0, 3), (1, 2, 1), (2, 2, 100));
        Assert.Equal([5.0, 5, 1], CapitalNetwork.Measures.CorePeriphery.StrengthCore(small).Values.ToArray());
    }
}

using CapitalNetwork.Measures;
using static CapitalNetwork.Tests.Measures.CorePeripheryReference;

namespace CapitalNetwork.Tests.Measures;

public class RichClubTests
{
    public static TheoryData<string> Graphs => Names(Undirected);

    private static void Same(SortedDictionary<int, double> expected, IReadOnlyDictionary<int, double> actual, double tolerance)
    {
        Assert.Equal(expected.Keys, actual.Keys.Order());
        foreach (var (k, v) in expected)
        {
            if (double.IsNaN(v)) Assert.True(double.IsNaN(actual[k]), $"k={k}");
            else Assert.Equal(v, actual[k], tolerance);
        }
    }

    [Theory]
    [MemberData(nameof(Graphs))]
    public void Unnormalized_matches_networkx(string graph)
    {
        // expected: networkx 3.6.1 rich_club_coefficient(G, normalized=False) on the undirected simple graph
        Same(Map(Of(graph).GetProperty("rich_club")), CorePeriphery.RichClub(Network(graph)).Coefficients, 1e-15);
    }

    [Theory]
    [MemberData(nameof(Graphs))]
    public void Weighted_matches_the_opsahl_formula(string graph)
    {
        // expected: make_reference.py rich_club_weighted (Opsahl et al. 2008 written out; weights w_ij + w_ji)
        Same(Map(Of(graph).GetProperty("rich_club_weighted")), CorePeriphery.RichClub(Network(graph), NetworkView.UndirectedWeighted(EdgeWeight.Funds)).Coefficients, 1e-12);
    }

    [Fact]
    public void Directed_matches_the_formula()
    {
        // expected: make_reference.py rich_club_directed — E>k / (N>k(N>k − 1)), degree = in + out arcs, loops dropped
        Same(Map(Of("directed").GetProperty("rich_club_directed")), CorePeriphery.RichClub(Network("directed"), NetworkView.DirectedBinary).Coefficients, 1e-15);
    }

    [Fact]
    public void Normalized_divides_by_the_mean_over_rewired_graphs()
    {
        var net = Network("karate");
        var options = new RichClubOptions { Randomizations = 20, Seed = 3 };
        var r = CorePeriphery.RichClubNormalized(net, options);
        Assert.Equal(r.Coefficients.Keys, r.RandomMean!.Keys);
        foreach (var k in r.Coefficients.Keys) Assert.Equal(r.Coefficients[k] / r.RandomMean[k], r.Normalized![k], 1e-15);
        // degrees are preserved exactly, so at k = 0 (all non-isolated nodes, all edges) ρ = 1
        Assert.Equal(1.0, r.Normalized![0], 1e-15);
        // same seed, same answer; another seed, other random means
        Assert.Equal(r.Normalized, CorePeriphery.RichClubNormalized(net, options).Normalized);
        Assert.NotEqual(r.RandomMean, CorePeriphery.RichClubNormalized(net, options with { Seed = 4 }).RandomMean);
    }

    [Fact]
    public void No_edges_no_keys_and_loops_are_ignored()
    {
        Assert.Empty(CorePeriphery.RichClub(Build(3)).Coefficients);
        Assert.Empty(CorePeriphery.RichClub(Build(3, (1, 1, 4))).Coefficients);
        // by hand: path 0–1–2 plus reciprocal 1→0: degrees 1,2,1 → φ(0) = 2·2/(3·2) = 2/3, φ(1): one node → stop
        var r = CorePeriphery.RichClub(Build(3, (0, 1, 1), (1, 0, 1), (1, 2, 1)));
        Assert.Equal([0], r.Coefficients.Keys);
        Assert.Equal(2.0 / 3, r[0], 1e-15);
    }
}

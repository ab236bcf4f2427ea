using CapitalNetwork.Measures;
using static CapitalNetwork.Tests.Measures.CorePeripheryReference;

namespace CapitalNetwork.Tests.Measures;

public class KojakuMasudaTests
{
    private static KojakuMasudaOptions Null(string which) =>
        new() { NullModel = which == "config" ? KojakuMasudaNullModel.Configuration : KojakuMasudaNullModel.ErdosRenyi };

    [Theory]
    [InlineData("kmpairs", "config")]
    [InlineData("kmpairs", "er")]
    [InlineData("karate", "config")]
    [InlineData("karate", "er")]
    public void Quality_of_a_given_assignment_matches_the_double_sum(string graph, string which)
    {
        // expected: make_reference.py km_quality — (1/2M) Σ_ij (A_ij − P_ij) δ(c_i,c_j)(x_i + x_j − x_i x_j) written out
        foreach (var e in Of(graph).GetProperty("km").EnumerateArray())
        {
            var q = CorePeriphery.KojakuMasudaQuality(Network(graph), Ints(e.GetProperty("pair")), Ints(e.GetProperty("core")).Select(x => x == 1).ToArray(), Null(which));
            Assert.Equal(e.GetProperty(which).GetDouble(), q, 1e-12);
        }
    }

    [Theory]
    [InlineData("config")]
    [InlineData("er")]
    public void Finds_the_three_planted_pairs(string which)
    {
        // kmpairs: star around 0, star around 9, a 4-clique 18–21 with its own periphery (make_reference.py)
        var net = Network("kmpairs");
        var r = CorePeriphery.KojakuMasuda(net, Null(which));
        var planted = Of("kmpairs").GetProperty("km")[0];
        var plantedQ = planted.GetProperty(which).GetDouble();
        Assert.True(r.Quality >= plantedQ - 1e-12, $"{r.Quality} < planted {plantedQ}");
        Assert.Equal(r.Quality, r.PairQuality.Sum(), 1e-12);
        Assert.Equal(r.Quality, CorePeriphery.KojakuMasudaQuality(net, r.PairOf, r.IsCore, Null(which)), 1e-12);
        // the three poles are cores of three different pairs
        var poles = new[] { 0, 9, 18 };
        Assert.All(poles, p => Assert.True(r.IsCore[p], $"{p} is not core"));
        Assert.Equal(3, poles.Select(p => r.PairOf[p]).Distinct().Count());
        // every star leaf sits with its centre
        Assert.All(Enumerable.Range(3, 6), leaf => Assert.Equal(r.PairOf[0], r.PairOf[leaf]));
        Assert.All(Enumerable.Range(12, 6), leaf => Assert.Equal(r.PairOf[9], r.PairOf[leaf]));
    }

    [Fact]
    public void Same_seed_same_answer_and_pairs_are_listed()
    {
        var net = Network("lesmis");
        var a = CorePeriphery.KojakuMasuda(net, new KojakuMasudaOptions { Seed = 5 });
        var b = CorePeriphery.KojakuMasuda(net, new KojakuMasudaOptions { Seed = 5 });
        Assert.Equal(a.PairOf.ToArray(), b.PairOf.ToArray());
        Assert.Equal(a.IsCore.ToArray(), b.IsCore.ToArray());
        Assert.True(a.PairCount >= 2);
        for (var k = 0; k < a.PairCount; k++)
        {
            var (core, periphery) = a.Pair(k);
            Assert.NotEmpty(core);
            Assert.True(core.Count + periphery.Count >= 2);
        }
        // pairs are numbered by size, largest first
        var sizes = Enumerable.Range(0, a.PairCount).Select(k => a.PairOf.Count(x => x == k)).ToArray();
        Assert.Equal(sizes.OrderDescending(), sizes);
    }

    [Fact]
    public void Isolated_nodes_are_in_no_pair_and_directed_views_are_refused()
    {
        var net = Build(6, (0, 1, 1), (0, 2, 1), (0, 3, 1));
        var r = CorePeriphery.KojakuMasuda(net);
        Assert.Equal(-1, r.PairOf[4]);
        Assert.Equal(-1, r.PairOf[5]);
        Assert.False(r.IsCore[5]);
        Assert.Throws<ArgumentException>(() => CorePeriphery.KojakuMasuda(net, new KojakuMasudaOptions { View = NetworkView.DirectedBinary }));
    }
}

using CapitalNetwork.Measures;
using CapitalNetwork.Measures.Fitting;
using CapitalNetwork.Measures.NullModels;
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

    [Theory]
    [InlineData("karate")]
    [InlineData("florentine")]
    public void Normalized_random_mean_matches_networkx_within_monte_carlo_error(string graph)
    {
        // expected: make_exact.py rich_club_nx — NetworkX 3.6.1 rich_club_coefficient(G, normalized=True, Q=100,
        // seed=s) for s = 0..199: per k, the mean and sd over seeds of φ_rand_s(k) = φ(k)/ρ_nx_s(k), the coefficient of
        // the graph NetworkX rewired with seed s (Q·E successful double edge swaps, at most 10·Q·E tries — the same
        // chain as the library's). Both means estimate E[φ_rand(k)] from independent rewirings, so their difference has
        // sd σ_k·√(1/S + 1/R); 5 of those is the tolerance (σ_k = 0, e.g. at k = 0 where every rewiring keeps φ, asks
        // for equality). R = 400 rewirings here, S = 200 seeds there.
        var nx = CorePeripheryReference.Exact("rich_club_nx").GetProperty(graph);
        var seeds = nx.GetProperty("seeds").GetInt32();
        const int R = 400;
        var r = CorePeriphery.RichClubNormalized(Network(graph), new RichClubOptions { Randomizations = R, SwapsPerEdge = nx.GetProperty("Q").GetDouble(), Seed = 2026 });
        var phi = Map(nx.GetProperty("phi"));
        var mean = Map(nx.GetProperty("rand_mean"));
        var sd = Map(nx.GetProperty("rand_sd"));
        Assert.Equal(phi.Keys, r.Coefficients.Keys.Order());
        Assert.Equal(mean.Keys, r.RandomMean!.Keys.Order());
        var informative = 0;
        foreach (var (k, m) in mean)
        {
            Assert.Equal(phi[k], r.Coefficients[k], 1e-15);
            var tol = 5 * sd[k] * Math.Sqrt(1.0 / seeds + 1.0 / R) + 1e-12;
            Assert.True(Math.Abs(r.RandomMean[k] - m) <= tol, $"k={k}: library mean φ_rand {r.RandomMean[k]}, NetworkX {m} ± {tol}");
            if (m > 2 * tol) Assert.True(Math.Abs(r.Normalized![k] - phi[k] / m) <= phi[k] * tol / (m * (m - tol)) + 1e-12, $"k={k}: ρ");
            if (sd[k] > 0) informative++;
        }
        Assert.True(informative >= 3, "most keys must vary between rewirings");
    }

    [Theory]
    [InlineData("karate")]
    [InlineData("lesmis")]
    [InlineData("planted")]
    public void Every_rewiring_keeps_every_degree(string graph)
    {
        // expected: the degrees of the graph itself (counted here from its edges); 50 rewirings of 10 swaps per edge
        var g = CompactGraph.FromNetwork(Network(graph), NetworkView.UndirectedBinary);
        static int[] Degrees(CompactGraph x)
        {
            var d = new int[x.NodeCount];
            for (var e = 0; e < x.EdgeCount; e++)
            {
                d[x.Source[e]]++;
                d[x.Target[e]]++;
            }
            return d;
        }
        var before = Degrees(g);
        var edges = Enumerable.Range(0, g.EdgeCount).Select(e => (Math.Min(g.Source[e], g.Target[e]), Math.Max(g.Source[e], g.Target[e]))).ToHashSet();
        var sampler = new RewiringSampler(g);
        var moved = 0;
        for (var s = 0; s < 50; s++)
        {
            var rng = RngStreams.Create(99, (ulong)s);
            var h = sampler.DegreePreserving(ref rng, 10);
            Assert.Equal(g.EdgeCount, h.EdgeCount);
            Assert.Equal(before, Degrees(h));
            var pairs = Enumerable.Range(0, h.EdgeCount).Select(e => (Math.Min(h.Source[e], h.Target[e]), Math.Max(h.Source[e], h.Target[e]))).ToList();
            Assert.DoesNotContain(pairs, p => p.Item1 == p.Item2);
            Assert.Equal(pairs.Count, pairs.Distinct().Count());
            moved += pairs.Count(p => !edges.Contains(p));
            // the rewired graph's adjacency (what the rich club counts) agrees with its edge list
            for (var v = 0; v < h.NodeCount; v++) Assert.Equal(before[v], h.Offsets[v + 1] - h.Offsets[v]);
        }
        Assert.True(moved > 50 * g.EdgeCount / 2, $"only {moved} edges moved over 50 rewirings");
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

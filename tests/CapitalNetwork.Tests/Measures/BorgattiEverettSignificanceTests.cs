using CapitalNetwork.Measures;
using CapitalNetwork.Measures.Fitting;
using CapitalNetwork.Measures.NullModels;
using static CapitalNetwork.Tests.Measures.CorePeripheryReference;

namespace CapitalNetwork.Tests.Measures;

public class BorgattiEverettSignificanceTests
{
    private static readonly PermutationTestOptions Small = new() { Permutations = 60, Seed = 11 };

    [Fact]
    public void Same_seed_same_answer_whatever_the_number_of_threads()
    {
        var net = Network("karate");
        var fitted = CorePeriphery.BorgattiEverett(net, new BorgattiEverettOptions { Restarts = 3 });
        var one = CorePeriphery.BorgattiEverettTest(fitted, Small with { MaxDegreeOfParallelism = 1 });
        var all = CorePeriphery.BorgattiEverettTest(fitted, Small);
        Assert.Equal(one.Null.Values.ToArray(), all.Null.Values.ToArray());
        Assert.Equal(one.PValue, all.PValue);
        // three workers take samples 0, 3, 6, … / 1, 4, … / 2, 5, …: sample k still comes from stream (seed, k) alone
        var three = CorePeriphery.BorgattiEverettTest(fitted, Small with { MaxDegreeOfParallelism = 3 });
        Assert.Equal(one.Null.Values.ToArray(), three.Null.Values.ToArray());
        // the same holds for the label-permutation test of a given partition (one reused buffer per worker)
        var given = CorePeriphery.BorgattiEverettFit(net, fitted.Core);
        Assert.Equal(CorePeriphery.BorgattiEverettTest(given, Small with { MaxDegreeOfParallelism = 1 }).Null.Values.ToArray(),
            CorePeriphery.BorgattiEverettTest(given, Small with { MaxDegreeOfParallelism = 3 }).Null.Values.ToArray());
        var other = CorePeriphery.BorgattiEverettTest(fitted, Small with { Seed = 12 });
        Assert.NotEqual(one.Null.Values.ToArray(), other.Null.Values.ToArray());
    }

    [Fact]
    public void P_value_is_one_plus_exceedances_over_one_plus_permutations()
    {
        var fitted = CorePeriphery.BorgattiEverett(Network("karate"), new BorgattiEverettOptions { Restarts = 3 });
        var t = CorePeriphery.BorgattiEverettTest(fitted, Small with { NullModel = CorePeripheryNullModel.ErdosRenyi });
        var exceed = t.Null.Values.Count(x => double.IsNaN(x) || x >= t.ObservedFit - 1e-12);
        Assert.Equal((1.0 + exceed) / 61, t.PValue);
        Assert.Equal(CorePeripheryNullModel.ErdosRenyi, t.NullModel);
        Assert.Equal(60, t.Null.Values.Length);
        // karate's core is far stronger than in G(n, m) graphs of the same density
        Assert.Equal(1.0 / 61, t.PValue);
        Assert.True(t.ZScore > 3);
    }

    [Fact]
    public void A_threshold_graph_is_significant_against_G_n_m_but_not_against_its_own_degrees()
    {
        // complete core 0..7, each periphery node tied to 3 core nodes and nothing else: a threshold graph, the only
        // graph with its degree sequence up to relabelling — every double edge swap is rejected (it would duplicate a
        // core–core edge), so the degree-preserving null reproduces the observed fit exactly: p = 1, sd 0. Against
        // G(n, m) the core is overwhelming: p = 1/(1 + P). This is Kojaku & Masuda's point that degrees alone make BE cores.
        var edges = new List<(int, int, double)>();
        for (var i = 0; i < 8; i++)
            for (var j = i + 1; j < 8; j++) edges.Add((i, j, 1));
        for (var v = 8; v < 48; v++)
            for (var k = 0; k < 3; k++) edges.Add((v, (v + k * 3) % 8, 1));
        var fitted = CorePeriphery.BorgattiEverett(Build(48, [.. edges]), new BorgattiEverettOptions { Restarts = 3 });
        Assert.Equal(Enumerable.Range(0, 8), fitted.Core);
        var degrees = CorePeriphery.BorgattiEverettTest(fitted, Small);
        Assert.Equal(CorePeripheryNullModel.DegreePreserving, degrees.NullModel);
        Assert.Equal(1.0, degrees.PValue);
        Assert.Equal(0.0, degrees.Null.StandardDeviation, 1e-12);
        var density = CorePeriphery.BorgattiEverettTest(fitted, Small with { NullModel = CorePeripheryNullModel.ErdosRenyi });
        Assert.Equal(1.0 / 61, density.PValue);
        Assert.True(density.Null.Q95 < fitted.Fit, density.ToString());
    }

    [Fact]
    public void Given_partition_is_tested_by_label_permutation()
    {
        var net = Network("karate");
        var fitted = CorePeriphery.BorgattiEverett(net);
        // the optimal core, given a priori, beats every random core of the same size
        var given = CorePeriphery.BorgattiEverettFit(net, fitted.Core);
        var t = CorePeriphery.BorgattiEverettTest(given, Small);
        Assert.Equal(CorePeripheryNullModel.LabelPermutation, t.NullModel);
        Assert.Equal(1.0 / 61, t.PValue);
        // a core of low-degree nodes is not better than random cores
        var weak = CorePeriphery.BorgattiEverettFit(net, [11, 9, 26, 29, 14]);
        Assert.True(CorePeriphery.BorgattiEverettTest(weak, Small).PValue > 0.5);
        // the given partition can also be evaluated on rewired graphs
        Assert.Equal(CorePeripheryNullModel.DegreePreserving,
            CorePeriphery.BorgattiEverettTest(given, Small with { NullModel = CorePeripheryNullModel.DegreePreserving }).NullModel);
    }

    [Fact]
    public void Label_permutation_of_a_fitted_partition_is_refused()
    {
        var fitted = CorePeriphery.BorgattiEverett(Network("florentine"));
        Assert.Throws<ArgumentException>(() => CorePeriphery.BorgattiEverettTest(fitted, Small with { NullModel = CorePeripheryNullModel.LabelPermutation }));
        Assert.Throws<ArgumentOutOfRangeException>(() => CorePeriphery.BorgattiEverettTest(fitted, Small with { Permutations = 0 }));
    }

    [Fact]
    public void Rewiring_preserves_degrees_and_creates_no_loops_or_duplicates()
    {
        foreach (var view in new[] { NetworkView.UndirectedBinary, NetworkView.DirectedBinary })
        {
            var g = CompactGraph.FromNetwork(Network("directed"), view);
            var sampler = new RewiringSampler(g);
            var rng = RngStreams.Create(5, 0);
            var h = sampler.DegreePreserving(ref rng, 10);
            int[] Deg(CompactGraph x, bool outgoing)
            {
                var d = new int[x.NodeCount];
                for (var e = 0; e < x.EdgeCount; e++) d[outgoing ? x.Source[e] : x.Target[e]]++;
                if (!x.Directed && outgoing) for (var e = 0; e < x.EdgeCount; e++) d[x.Target[e]]++;
                return d;
            }
            Assert.Equal(Deg(g, true), Deg(h, true));
            if (view.Directed) Assert.Equal(Deg(g, false), Deg(h, false));
            var keys = Enumerable.Range(0, h.EdgeCount).Select(e => (h.Source[e], h.Target[e])).ToList();
            Assert.DoesNotContain(keys, k => k.Item1 == k.Item2);
            Assert.Equal(keys.Count, keys.Distinct().Count());
            // it did rewire
            Assert.NotEqual(Enumerable.Range(0, g.EdgeCount).Select(e => (g.Source[e], g.Target[e])).Order(), keys.Order());
            var er = sampler.ErdosRenyi(ref rng);
            Assert.Equal(g.EdgeCount, er.EdgeCount);
            Assert.Equal(g.Weight.Order(), er.Weight.Order());
        }
    }

    [Fact]
    public void A_refilled_null_graph_equals_one_built_from_scratch()
    {
        // the rewired graph is rebuilt in place (counting sort, reciprocal arcs merged for directed views); its pair
        // adjacency must equal the one FromNetwork builds from the same arcs
        static Dictionary<(int, int), (double, double)> Pairs(CompactGraph x)
        {
            var d = new Dictionary<(int, int), (double, double)>();
            for (var v = 0; v < x.NodeCount; v++)
                for (var k = x.Offsets[v]; k < x.Offsets[v + 1]; k++) d.Add((v, x.Neighbors[k]), (x.PairSum[k], x.PairSumSq[k]));
            return d;
        }
        foreach (var view in new[] { NetworkView.DirectedWeighted(CapitalNetwork.EdgeWeight.Funds), NetworkView.UndirectedWeighted(CapitalNetwork.EdgeWeight.Funds) })
        {
            var g = CompactGraph.FromNetwork(Network("directed"), view);
            var rng = RngStreams.Create(8, 1);
            var h = new RewiringSampler(g).DegreePreserving(ref rng, 5);
            var flows = Enumerable.Range(0, h.EdgeCount).Select(e => (h.Source[e], h.Target[e], h.Weight[e])).ToArray();
            var rebuilt = CompactGraph.FromNetwork(Build(g.NodeCount, flows), view);
            var a = Pairs(h);
            var b = Pairs(rebuilt);
            Assert.Equal(b.Count, a.Count);
            foreach (var (key, value) in b) Assert.Equal(value, a[key]);
            Assert.Equal(rebuilt.Strength, h.Strength);
            Assert.Equal(rebuilt.TotalWeight, h.TotalWeight);
            Assert.Equal(rebuilt.TotalWeightSq, h.TotalWeightSq);
        }
    }

    [Fact]
    public void Null_distribution_quantiles_are_type_7()
    {
        // by hand, numpy.quantile default (linear): [1, 2, 3, 4] → q25 = 1.75, median 2.5, q95 = 3.85
        var d = new NullDistribution([4, double.NaN, 1, 3, 2]);
        Assert.Equal(4, d.Count);
        Assert.Equal(1.75, d.Q25, 1e-15);
        Assert.Equal(2.5, d.Median, 1e-15);
        Assert.Equal(3.85, d.Q95, 1e-15);
        Assert.Equal(2.5, d.Mean, 1e-15);
        Assert.Equal(Math.Sqrt(5.0 / 3), d.StandardDeviation, 1e-15);
        Assert.Equal(1, d.Min);
        Assert.Equal(4, d.Max);
    }
}

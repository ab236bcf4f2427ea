using CapitalNetwork.Measures;
using static CapitalNetwork.Tests.Measures.CorePeripheryReference;

namespace CapitalNetwork.Tests.Measures;

public class BorgattiEverettTests
{
    private const double Exact = 1e-12;

    public static TheoryData<string, CorePeripheryBlock, bool> SmallCases()
    {
        var d = new TheoryData<string, CorePeripheryBlock, bool>();
        foreach (var g in Smalls)
            foreach (var b in new[] { CorePeripheryBlock.Ones, CorePeripheryBlock.Missing })
                foreach (var w in new[] { false, true })
                    d.Add(g, b, w);
        d.Add("florentine", CorePeripheryBlock.Ones, false);
        d.Add("florentine", CorePeripheryBlock.Missing, false);
        return d;
    }

    private static BorgattiEverettOptions Options(CorePeripheryBlock block, bool weighted) => new()
    {
        Block = block,
        View = weighted ? NetworkView.UndirectedWeighted(EdgeWeight.Funds) : NetworkView.UndirectedBinary,
    };

    private static (double Fit, int[][] Cores) Reference(string graph, string kind, CorePeripheryBlock block)
    {
        var e = Of(graph).GetProperty("be_exhaustive").GetProperty(kind).GetProperty(block == CorePeripheryBlock.Ones ? "ones" : "missing");
        return (e.GetProperty("fit").GetDouble(), e.GetProperty("optimal_cores").EnumerateArray().Select(Ints).ToArray());
    }

    [Theory]
    [MemberData(nameof(SmallCases))]
    public void Exhaustive_search_finds_the_brute_force_optimum(string graph, CorePeripheryBlock block, bool weighted)
    {
        // expected: make_reference.py be_exhaustive — numpy Pearson correlation over all 2^n partitions (n ≤ 16)
        var (fit, cores) = Reference(graph, weighted ? "weighted" : "binary", block);
        var p = CorePeriphery.BorgattiEverett(Network(graph), Options(block, weighted));
        Assert.Equal(CorePeripherySearch.Exhaustive, p.Search);
        Assert.Equal(fit, p.Fit, Exact);
        Assert.Contains(cores, c => c.SequenceEqual(p.Core));
    }

    [Theory]
    [MemberData(nameof(SmallCases))]
    public void Heuristic_reaches_the_exhaustive_optimum(string graph, CorePeripheryBlock block, bool weighted)
    {
        // expected: the numpy brute-force optimum (make_reference.py); the heuristic is forced with ExhaustiveUpTo = 0
        var (fit, _) = Reference(graph, weighted ? "weighted" : "binary", block);
        var p = CorePeriphery.BorgattiEverett(Network(graph), Options(block, weighted) with { ExhaustiveUpTo = 0 });
        Assert.Equal(CorePeripherySearch.Heuristic, p.Search);
        Assert.Equal(fit, p.Fit, Exact);
    }

    [Theory]
    [InlineData("binary", true, false)]
    [InlineData("weighted", true, true)]
    [InlineData("undirected_binary", false, false)]
    public void Directed_and_weighted_views_match_brute_force(string kind, bool directed, bool weighted)
    {
        // expected: make_reference.py be_exhaustive on smalldirected (n = 11, a self-loop that must be ignored);
        // directed views correlate over ordered pairs i ≠ j
        var view = new NetworkView { Directed = directed, Weight = weighted ? EdgeWeight.Funds : null };
        foreach (var block in new[] { CorePeripheryBlock.Ones, CorePeripheryBlock.Missing })
        {
            var (fit, cores) = Reference("smalldirected", kind, block);
            var exact = CorePeriphery.BorgattiEverett(Network("smalldirected"), new BorgattiEverettOptions { View = view, Block = block });
            Assert.Equal(fit, exact.Fit, Exact);
            Assert.Contains(cores, c => c.SequenceEqual(exact.Core));
            var heuristic = CorePeriphery.BorgattiEverett(Network("smalldirected"), new BorgattiEverettOptions { View = view, Block = block, ExhaustiveUpTo = 0 });
            Assert.Equal(fit, heuristic.Fit, Exact);
        }
    }

    [Fact]
    public void Fit_of_a_given_partition_matches_numpy_corrcoef()
    {
        // expected: numpy.corrcoef of the ideal pattern and the cells (make_reference.py be_given), karate club
        foreach (var e in Of("karate").GetProperty("be_given").EnumerateArray())
        {
            var block = e.GetProperty("block").GetString() == "ones" ? CorePeripheryBlock.Ones : CorePeripheryBlock.Missing;
            var p = CorePeriphery.BorgattiEverettFit(Network("karate"), Ints(e.GetProperty("core")), Options(block, e.GetProperty("weighted").GetBoolean()));
            Assert.Equal(CorePeripherySearch.Given, p.Search);
            Assert.Equal(e.GetProperty("value").GetDouble(), p.Fit, 1e-12);
        }
    }

    [Theory]
    [InlineData(CorePeripheryBlock.Ones)]
    [InlineData(CorePeripheryBlock.Missing)]
    public void Heuristic_on_karate_is_consistent_and_beats_the_given_partition(CorePeripheryBlock block)
    {
        var net = Network("karate");
        var p = CorePeriphery.BorgattiEverett(net, new BorgattiEverettOptions { Block = block });
        Assert.Equal(CorePeripherySearch.Heuristic, p.Search);
        // the reported fit is the fit of the reported core (recomputed from scratch)
        Assert.Equal(CorePeriphery.BorgattiEverettFit(net, p.Core, p.Options).Fit, p.Fit, 1e-12);
        var given = Of("karate").GetProperty("be_given").EnumerateArray()
            .First(e => e.GetProperty("block").GetString() == (block == CorePeripheryBlock.Ones ? "ones" : "missing") && !e.GetProperty("weighted").GetBoolean());
        Assert.True(p.Fit >= given.GetProperty("value").GetDouble());
        // no single move improves the result (it is a local optimum)
        for (var v = 0; v < net.NodeCount; v++)
        {
            var moved = p.Core.Contains(v) ? p.Core.Remove(v) : p.Core.Add(v);
            var f = CorePeriphery.BorgattiEverettFit(net, moved, p.Options).Fit;
            Assert.True(double.IsNaN(f) || f <= p.Fit + 1e-12, $"moving {v} gives {f} > {p.Fit}");
        }
    }

    [Fact]
    public void Planted_core_is_recovered_on_a_larger_graph()
    {
        // 80 nodes: a complete core 0..9; every periphery node tied to 4 core nodes; a sparse periphery ring.
        var edges = new List<(int, int, double)>();
        for (var i = 0; i < 10; i++)
            for (var j = i + 1; j < 10; j++) edges.Add((i, j, 1));
        for (var v = 10; v < 80; v++)
        {
            for (var k = 0; k < 4; k++) edges.Add((v, (v * 7 + k * 3) % 10, 1));
            if (v % 5 == 0) edges.Add((v, v + 1 < 80 ? v + 1 : 10, 1));
        }
        var net = Build(80, [.. edges]);
        foreach (var block in new[] { CorePeripheryBlock.Ones, CorePeripheryBlock.Missing })
        {
            var p = CorePeriphery.BorgattiEverett(net, new BorgattiEverettOptions { Block = block });
            Assert.Equal(Enumerable.Range(0, 10), p.Core);
            Assert.Equal(1.0, p.CoreDensity);
        }
    }

    [Fact]
    public void Same_seed_same_answer()
    {
        var net = Network("lesmis");
        var a = CorePeriphery.BorgattiEverett(net, new BorgattiEverettOptions { Seed = 7, Restarts = 4 });
        var b = CorePeriphery.BorgattiEverett(net, new BorgattiEverettOptions { Seed = 7, Restarts = 4 });
        Assert.Equal(a.Core.ToArray(), b.Core.ToArray());
        Assert.Equal(a.Fit, b.Fit);
    }

    [Fact]
    public void Block_densities_by_hand()
    {
        // star 0–1, 0–2, 0–3 plus 1–2; core {0}: core–core NaN (one node), periphery–periphery 1/3, core–periphery 1.
        var net = Build(4, (0, 1, 1), (0, 2, 1), (0, 3, 1), (1, 2, 1));
        var p = CorePeriphery.BorgattiEverettFit(net, [0]);
        Assert.True(double.IsNaN(p.CoreDensity));
        Assert.Equal(1.0 / 3, p.PeripheryDensity, 1e-15);
        Assert.Equal(1.0, p.CorePeripheryDensity);
        // block = 1: cells a = (1,1,1,1,0,0) for pairs 01 02 03 12 13 23; δ = (1,1,1,0,0,0) → by hand ρ = 1/√... :
        // mean a = 2/3, mean δ = 1/2, cov = (3·(1/3)(1/2) + 1·(1/3)(−1/2) + 2·(−2/3)(−1/2))/6 = 1/6·(1/2 − 1/6 + 2/3) = 1/6;
        // var a = 2/9, var δ = 1/4 → ρ = (1/6)/√(2/9 · 1/4) = 1/√2
        Assert.Equal(1 / Math.Sqrt(2), p.Fit, 1e-15);
        Assert.Equal([1.0, 0, 0, 0], p.ToNodeValues().Values.ToArray());
    }

    [Fact]
    public void Undefined_fits_are_NaN()
    {
        Assert.True(double.IsNaN(CorePeriphery.BorgattiEverett(Build(5)).Fit)); // no ties
        var complete = Build(4, (0, 1, 1), (0, 2, 1), (0, 3, 1), (1, 2, 1), (1, 3, 1), (2, 3, 1));
        Assert.True(double.IsNaN(CorePeriphery.BorgattiEverett(complete).Fit)); // every pair tied
        Assert.True(double.IsNaN(CorePeriphery.BorgattiEverettFit(Network("karate"), [0], new BorgattiEverettOptions { Block = CorePeripheryBlock.Missing }).Fit));
    }

    [Fact]
    public void Bad_options_are_rejected()
    {
        var net = Network("karate");
        Assert.Throws<ArgumentOutOfRangeException>(() => CorePeriphery.BorgattiEverett(net, new BorgattiEverettOptions { ExhaustiveUpTo = 27 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => CorePeriphery.BorgattiEverett(net, new BorgattiEverettOptions { Restarts = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => CorePeriphery.BorgattiEverettFit(net, [99]));
    }
}

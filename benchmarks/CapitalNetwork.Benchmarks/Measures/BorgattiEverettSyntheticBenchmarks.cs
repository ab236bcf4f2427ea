using BenchmarkDotNet.Attributes;
using CapitalNetwork.Measures;

namespace CapitalNetwork.Benchmarks.Measures;

/// <summary>
/// The Borgatti–Everett discrete model on the seeded synthetic graph of 10,000 nodes / 100,000 edges (undirected
/// simple binary view, 10 restarts): the fit, and the permutation test with 5 degree-preserving rewirings (10 swaps
/// per edge), each re-fitted, on all cores; the 1,000 permutations of the city suite
/// (<see cref="BorgattiEverettBenchmarks"/>) would take 200 × Test5 on this graph. The 100,000-node graph is not run: one
/// fit there did not finish within 10 minutes (see benchmarks/results/graph.md).
/// </summary>
public class BorgattiEverettSyntheticBenchmarks : GraphBenchmark
{
    private CorePeripheryPartition _fitted = null!;

    /// <summary>The 10k graph only.</summary>
    public override string Graph { get; set; } = "10k";

    /// <inheritdoc />
    protected override void OnSetup() => _fitted = CorePeriphery.BorgattiEverett(Network);

    /// <summary>The fitted partition (heuristic, 10 restarts).</summary>
    [Benchmark(Baseline = true)]
    public double Fit() => CorePeriphery.BorgattiEverett(Network).Fit;

    /// <summary>The permutation test: 5 rewired graphs, each re-fitted.</summary>
    [Benchmark]
    public double Test5() => CorePeriphery.BorgattiEverettTest(_fitted, new PermutationTestOptions { Permutations = 5 }).PValue;
}

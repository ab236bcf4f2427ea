using BenchmarkDotNet.Attributes;
using CapitalNetwork.Measures;

namespace CapitalNetwork.Benchmarks.Measures;

/// <summary>
/// The Borgatti–Everett discrete model on the city network of a 100,000-row synthetic filings file (372 cities,
/// undirected simple binary view, core–periphery block = 1, 10 restarts): the fit alone, and the permutation test with
/// 1,000 degree-preserving rewirings (10 swaps per edge), each re-fitted — what <c>capnet measures --only be_p_value</c> runs.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class BorgattiEverettBenchmarks
{
    private FlowNetwork _network = null!;
    private CorePeripheryPartition _fitted = null!;

    [GlobalSetup]
    public void Setup()
    {
        _network = BenchmarkData.Network("city");
        _fitted = CorePeriphery.BorgattiEverett(_network);
    }

    /// <summary>The fitted partition (heuristic, 10 restarts).</summary>
    [Benchmark(Baseline = true)]
    public double Fit() => CorePeriphery.BorgattiEverett(_network).Fit;

    /// <summary>The permutation test: 1,000 rewired graphs, each re-fitted; all cores.</summary>
    [Benchmark]
    public double Test1000() => CorePeriphery.BorgattiEverettTest(_fitted, new PermutationTestOptions { Permutations = 1000 }).PValue;

    /// <summary>The permutation test on one thread.</summary>
    [Benchmark]
    public double Test1000SingleThread() =>
        CorePeriphery.BorgattiEverettTest(_fitted, new PermutationTestOptions { Permutations = 1000, MaxDegreeOfParallelism = 1 }).PValue;
}

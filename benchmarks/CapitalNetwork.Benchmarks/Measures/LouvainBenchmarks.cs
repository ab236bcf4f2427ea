using BenchmarkDotNet.Attributes;
using CapitalNetwork.Measures;

namespace CapitalNetwork.Benchmarks.Measures;

/// <summary>
/// Louvain on the city network of a 100,000-row synthetic filings file (372 cities, undirected view weighted by
/// funds, γ = 1): the default (best of 10 runs with refinement) and a single run.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class LouvainBenchmarks
{
    private FlowNetwork _network = null!;

    [GlobalSetup]
    public void Setup() => _network = BenchmarkData.Network("city");

    /// <summary>Default options: 10 runs.</summary>
    [Benchmark(Baseline = true)]
    public double Louvain() => Communities.Louvain(_network).Modularity;

    /// <summary>One run (NetworkX-like, plus refinement).</summary>
    [Benchmark]
    public double LouvainSingleRun() => Communities.Louvain(_network, new LouvainOptions { Runs = 1 }).Modularity;
}

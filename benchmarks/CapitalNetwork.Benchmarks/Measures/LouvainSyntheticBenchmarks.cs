using BenchmarkDotNet.Attributes;
using CapitalNetwork.Measures;

namespace CapitalNetwork.Benchmarks.Measures;

/// <summary>
/// Louvain on the seeded synthetic graphs of 10,000 nodes / 100,000 edges and 100,000 nodes / 1,000,000 edges
/// (undirected view w_ij + w_ji, loops dropped, γ = 1): a single run (what igraph <c>community_multilevel</c> and
/// networkx <c>louvain_communities</c> do; compared in benchmarks/compare/graph) and the default best of 10 runs.
/// </summary>
public class LouvainSyntheticBenchmarks : SyntheticGraphBenchmark
{
    /// <summary>One run.</summary>
    [Benchmark(Baseline = true)]
    public double SingleRun() => Communities.Louvain(Network, new LouvainOptions { Runs = 1 }).Modularity;

    /// <summary>Default options: best of 10 runs.</summary>
    [Benchmark]
    public double Louvain() => Communities.Louvain(Network).Modularity;
}

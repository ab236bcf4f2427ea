using BenchmarkDotNet.Attributes;
using CapitalNetwork.Graph;
using CapitalNetwork.Measures.Communities;
using C = CapitalNetwork.Measures.Communities.Communities;

namespace CapitalNetwork.Benchmarks.Measures.Communities;

/// <summary>
/// Louvain on the seeded synthetic graphs of 10,000 nodes / 100,000 edges and 100,000 nodes / 1,000,000 edges
/// (undirected view w_ij + w_ji, loops dropped, γ = 1): a single run (what igraph <c>community_multilevel</c> and
/// networkx <c>louvain_communities</c> do; compared in benchmarks/compare/graph) and the default best of 10 runs.
/// </summary>
public class LouvainSyntheticBenchmarks : SyntheticGraphBenchmark
{
    /// <summary>One run.</summary>
    [Benchmark(Baseline = true)]
    public double SingleRun() => C.Louvain(Network, new LouvainOptions { Runs = 1 }).Modularity;

    /// <summary>Default options: best of 10 runs.</summary>
    [Benchmark]
    public double Louvain() => C.Louvain(Network).Modularity;
}

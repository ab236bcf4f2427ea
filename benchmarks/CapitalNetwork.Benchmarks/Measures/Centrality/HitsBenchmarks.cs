using BenchmarkDotNet.Attributes;
using CapitalNetwork.Graph;
using CapitalNetwork.Measures.Centrality;

namespace CapitalNetwork.Benchmarks.Measures.Centrality;

using Centrality = CapitalNetwork.Measures.Centrality.Centrality;

/// <summary>HITS hubs and authorities (weighted by funds, tolerance 1e-13, with the uniqueness check).</summary>
[MemoryDiagnoser]
public class HitsBenchmarks
{
    private FlowNetwork _net = null!;

    /// <summary>Which graph (see CentralityBenchmarkGraphs).</summary>
    [Params("city", "10k", "100k")]
    public string Graph { get; set; } = "city";

    [GlobalSetup]
    public void Setup() => _net = CentralityBenchmarkGraphs.Get(Graph);

    [Benchmark]
    public double Weighted() => Centrality.Hits(_net).Hubs[0];
}

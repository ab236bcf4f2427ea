using BenchmarkDotNet.Attributes;
using CapitalNetwork.Graph;
using CapitalNetwork.Measures.Centrality;

namespace CapitalNetwork.Benchmarks.Measures.Centrality;

using Centrality = CapitalNetwork.Measures.Centrality.Centrality;

/// <summary>PageRank (weighted by funds, α = 0.85, tolerance 1e-13; Gauss–Seidel).</summary>
[MemoryDiagnoser]
public class PageRankBenchmarks
{
    private FlowNetwork _net = null!;

    /// <summary>Which graph (see CentralityBenchmarkGraphs).</summary>
    [Params("city", "10k", "100k")]
    public string Graph { get; set; } = "city";

    [GlobalSetup]
    public void Setup() => _net = CentralityBenchmarkGraphs.Get(Graph);

    [Benchmark]
    public double Weighted() => Centrality.PageRank(_net).Values[0];
}

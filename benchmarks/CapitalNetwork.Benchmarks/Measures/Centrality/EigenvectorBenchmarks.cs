using BenchmarkDotNet.Attributes;
using CapitalNetwork.Graph;
using CapitalNetwork.Measures.Centrality;

namespace CapitalNetwork.Benchmarks.Measures.Centrality;

using Centrality = CapitalNetwork.Measures.Centrality.Centrality;

/// <summary>Eigenvector centrality (weighted by funds, in-edges, tolerance 1e-13, with the uniqueness check).</summary>
[MemoryDiagnoser]
public class EigenvectorBenchmarks
{
    private FlowNetwork _net = null!;

    /// <summary>Which graph (see CentralityBenchmarkGraphs).</summary>
    [Params("city", "10k", "100k")]
    public string Graph { get; set; } = "city";

    [GlobalSetup]
    public void Setup() => _net = CentralityBenchmarkGraphs.Get(Graph);

    [Benchmark]
    public double Weighted() => Centrality.Eigenvector(_net).Values[0];
}

using BenchmarkDotNet.Attributes;
using CapitalNetwork.Graph;
using CapitalNetwork.Measures.Centrality;

namespace CapitalNetwork.Benchmarks.Measures.Centrality;

using Centrality = CapitalNetwork.Measures.Centrality.Centrality;

/// <summary>
/// Betweenness (Brandes, all sources, all cores). Not on the 100k-node graph: one operation there is n·m ≈ 1e11 edge
/// visits (minutes), more than a BenchmarkDotNet run can repeat; see benchmarks/results/centrality.md.
/// </summary>
[MemoryDiagnoser]
public class BetweennessBenchmarks
{
    private FlowNetwork _net = null!;

    /// <summary>Which graph (see CentralityBenchmarkGraphs).</summary>
    [Params("city", "10k")]
    public string Graph { get; set; } = "city";

    [GlobalSetup]
    public void Setup() => _net = CentralityBenchmarkGraphs.Get(Graph);

    [Benchmark]
    public double Hops() => Centrality.Betweenness(_net).Values[0];

    [Benchmark]
    public double InverseWeight() => Centrality.Betweenness(_net, new() { Distance = EdgeDistance.InverseWeight }).Values[0];
}

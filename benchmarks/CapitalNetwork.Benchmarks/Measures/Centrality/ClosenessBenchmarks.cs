using BenchmarkDotNet.Attributes;
using CapitalNetwork.Graph;
using CapitalNetwork.Measures.Centrality;

namespace CapitalNetwork.Benchmarks.Measures.Centrality;

using Centrality = CapitalNetwork.Measures.Centrality.Centrality;

/// <summary>Closeness (incoming, Wasserman–Faust): bit-parallel BFS for hops, one Dijkstra per node for 1/weight.</summary>
[MemoryDiagnoser]
public class ClosenessBenchmarks
{
    private FlowNetwork _net = null!;

    /// <summary>Which graph (see CentralityBenchmarkGraphs).</summary>
    [Params("city", "10k")]
    public string Graph { get; set; } = "city";

    [GlobalSetup]
    public void Setup() => _net = CentralityBenchmarkGraphs.Get(Graph);

    [Benchmark]
    public double Hops() => Centrality.Closeness(_net).Values[0];

    [Benchmark]
    public double InverseWeight() => Centrality.Closeness(_net, new() { Distance = EdgeDistance.InverseWeight }).Values[0];
}

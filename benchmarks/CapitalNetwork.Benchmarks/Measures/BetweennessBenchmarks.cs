using BenchmarkDotNet.Attributes;
using CapitalNetwork.Measures;

namespace CapitalNetwork.Benchmarks.Measures;


/// <summary>
/// Betweenness (Brandes, all sources, all cores). Not on the 100k-node graph: one operation there is n·m ≈ 1e11 edge
/// visits (minutes), more than a BenchmarkDotNet run can repeat; see benchmarks/results/centrality.md.
/// </summary>
public class BetweennessBenchmarks : CityAnd10kBenchmark
{
    [Benchmark]
    public double Hops() => Centrality.Betweenness(Network).Values[0];

    [Benchmark]
    public double InverseWeight() => Centrality.Betweenness(Network, new() { Distance = EdgeDistance.InverseWeight }).Values[0];
}

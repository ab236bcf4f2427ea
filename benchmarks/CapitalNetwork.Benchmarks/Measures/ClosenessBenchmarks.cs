using BenchmarkDotNet.Attributes;
using CapitalNetwork.Measures;

namespace CapitalNetwork.Benchmarks.Measures;


/// <summary>Closeness (incoming, Wasserman–Faust): bit-parallel BFS for hops, one Dijkstra per node for 1/weight.</summary>
public class ClosenessBenchmarks : CityAnd10kBenchmark
{
    [Benchmark]
    public double Hops() => Centrality.Closeness(Network).Values[0];

    [Benchmark]
    public double InverseWeight() => Centrality.Closeness(Network, new() { Distance = EdgeDistance.InverseWeight }).Values[0];
}

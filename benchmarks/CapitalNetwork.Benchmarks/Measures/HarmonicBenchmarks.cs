using BenchmarkDotNet.Attributes;
using CapitalNetwork.Measures;

namespace CapitalNetwork.Benchmarks.Measures;


/// <summary>Harmonic centrality (incoming): bit-parallel BFS for hops, one Dijkstra per node for 1/weight.</summary>
public class HarmonicBenchmarks : CityAnd10kBenchmark
{
    [Benchmark]
    public double Hops() => Centrality.Harmonic(Network).Values[0];

    [Benchmark]
    public double InverseWeight() => Centrality.Harmonic(Network, new() { Distance = EdgeDistance.InverseWeight }).Values[0];
}

using BenchmarkDotNet.Attributes;
using CapitalNetwork.Measures;

namespace CapitalNetwork.Benchmarks.Measures;


/// <summary>HITS hubs and authorities (weighted by funds, tolerance 1e-13, with the uniqueness check).</summary>
public class HitsBenchmarks : AllGraphsBenchmark
{
    [Benchmark]
    public double Weighted() => Centrality.Hits(Network).Hubs[0];
}

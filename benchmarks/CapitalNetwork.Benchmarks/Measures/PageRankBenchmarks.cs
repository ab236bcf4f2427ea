using BenchmarkDotNet.Attributes;
using CapitalNetwork.Measures;

namespace CapitalNetwork.Benchmarks.Measures;


/// <summary>PageRank (weighted by funds, α = 0.85, tolerance 1e-13; Gauss–Seidel).</summary>
public class PageRankBenchmarks : AllGraphsBenchmark
{
    [Benchmark]
    public double Weighted() => Centrality.PageRank(Network).Values[0];
}

using BenchmarkDotNet.Attributes;
using CapitalNetwork.Measures;

namespace CapitalNetwork.Benchmarks.Measures;


/// <summary>Eigenvector centrality (weighted by funds, in-edges, tolerance 1e-13, with the uniqueness check).</summary>
public class EigenvectorBenchmarks : AllGraphsBenchmark
{
    [Benchmark]
    public double Weighted() => Centrality.Eigenvector(Network).Values[0];
}

using BenchmarkDotNet.Attributes;
using CapitalNetwork.Measures.Centrality;

namespace CapitalNetwork.Benchmarks.Measures.Centrality;

using Centrality = CapitalNetwork.Measures.Centrality.Centrality;

/// <summary>Eigenvector centrality (weighted by funds, in-edges, tolerance 1e-13, with the uniqueness check).</summary>
public class EigenvectorBenchmarks : AllGraphsBenchmark
{
    [Benchmark]
    public double Weighted() => Centrality.Eigenvector(Network).Values[0];
}

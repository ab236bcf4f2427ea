using BenchmarkDotNet.Attributes;
using CapitalNetwork.Measures;

namespace CapitalNetwork.Benchmarks.Measures;

/// <summary>
/// k-core numbers (<c>CorePeriphery.CoreNumber</c>, Batagelj–Zaversnik peeling, view building included) and s-core
/// numbers (<c>CorePeriphery.StrengthCore</c>, heap peeling) on the seeded synthetic graphs of 10,000 nodes / 100,000
/// edges and 100,000 nodes / 1,000,000 edges. The igraph/networkx/graph-tool comparison is benchmarks/compare/graph.
/// </summary>
public class CoreNumberSyntheticBenchmarks : SyntheticGraphBenchmark
{
    /// <summary>Undirected simple view (igraph <c>coreness()</c> on the collapsed graph, networkx <c>core_number</c>).</summary>
    [Benchmark(Baseline = true)]
    public double Undirected() => CorePeriphery.CoreNumber(Network).Values[0];

    /// <summary>In + out degree (igraph <c>coreness(mode="all")</c>).</summary>
    [Benchmark]
    public double InPlusOut() => CorePeriphery.CoreNumber(Network, CoreMode.InPlusOut).Values[0];

    /// <summary>s-core by funds, undirected.</summary>
    [Benchmark]
    public double StrengthCore() => CorePeriphery.StrengthCore(Network).Values[0];
}

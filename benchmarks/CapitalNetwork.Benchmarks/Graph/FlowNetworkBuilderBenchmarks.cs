using BenchmarkDotNet.Attributes;
using CapitalNetwork.Graph;

namespace CapitalNetwork.Benchmarks.Graph;

/// <summary>Building the immutable network (CSR/CSC arrays) from flows: seeded random graphs.</summary>
[MemoryDiagnoser]
public class FlowNetworkBuilderBenchmarks
{
    private (int S, int T, double W)[] _flows = [];

    /// <summary>Nodes; edges = 10 × nodes.</summary>
    [Params(10_000, 100_000)]
    public int Nodes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var rng = new Random(42);
        _flows = Enumerable.Range(0, Nodes * 10).Select(_ => (rng.Next(Nodes), rng.Next(Nodes), rng.NextDouble() + 0.5)).ToArray();
    }

    [Benchmark]
    public FlowNetwork Build()
    {
        var b = new FlowNetworkBuilder();
        for (var i = 0; i < Nodes; i++) b.AddNode(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var (s, t, w) in _flows) b.AddFlow(s, t, 1, 1, w);
        return b.Build();
    }
}

using BenchmarkDotNet.Attributes;

namespace CapitalNetwork.Benchmarks.Graph;

/// <summary>
/// Building the immutable network (sorted CSR + CSC arrays, frozen id index) with <see cref="FlowNetworkBuilder"/>:
/// n <c>AddNode</c> (id, label, division), m <c>AddFlow</c> with three weights in a seeded random order, then
/// <c>Build</c>; the flows are those of the benchmark graphs (<see cref="BenchmarkData.Network"/>), so the result is
/// that graph again.
/// </summary>
[MemoryDiagnoser]
public class FlowNetworkBuilderBenchmarks
{
    private NetworkNode[] _nodes = [];
    private (int S, int T, double F, double L, double C)[] _flows = [];

    /// <summary>Which graph: city (372 nodes), 10k (10,000 / 100,000), 100k (100,000 / 1,000,000).</summary>
    [Params("city", "10k", "100k")]
    public string Graph { get; set; } = "city";

    [GlobalSetup]
    public void Setup()
    {
        var net = BenchmarkData.Network(Graph);
        _nodes = [.. net.Nodes];
        var src = net.Sources;
        var dst = net.Targets;
        var f = net.Weights(EdgeWeight.Funds);
        var l = net.Weights(EdgeWeight.Links);
        var c = net.Weights(EdgeWeight.Capital);
        _flows = new (int, int, double, double, double)[net.EdgeCount];
        for (var e = 0; e < _flows.Length; e++) _flows[e] = (src[e], dst[e], f[e], l[e], c[e]);
        new Random(42).Shuffle(_flows);
        if (Build().EdgeCount != net.EdgeCount) throw new InvalidOperationException("the rebuilt network differs");
    }

    [Benchmark]
    public FlowNetwork Build()
    {
        var b = new FlowNetworkBuilder();
        foreach (var v in _nodes) b.AddNode(v.Id, v.Label, v.Division);
        foreach (var (s, t, f, l, c) in _flows) b.AddFlow(s, t, f, l, c);
        return b.Build();
    }
}

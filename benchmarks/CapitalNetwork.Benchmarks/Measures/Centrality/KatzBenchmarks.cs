using BenchmarkDotNet.Attributes;
using CapitalNetwork.Graph;
using CapitalNetwork.Measures.Centrality;

namespace CapitalNetwork.Benchmarks.Measures.Centrality;

using Centrality = CapitalNetwork.Measures.Centrality.Centrality;

/// <summary>Katz centrality (unweighted, β = 1, tolerance 1e-13) with α = 0.5/λ₁ of each graph (the default 0.1 diverges on all three).</summary>
[MemoryDiagnoser]
public class KatzBenchmarks
{
    private FlowNetwork _net = null!;
    private KatzOptions _options = KatzOptions.Default;

    /// <summary>Which graph (see CentralityBenchmarkGraphs).</summary>
    [Params("city", "10k", "100k")]
    public string Graph { get; set; } = "city";

    [GlobalSetup]
    public void Setup()
    {
        _net = CentralityBenchmarkGraphs.Get(Graph);
        var lambda = Centrality.Eigenvector(_net, new() { Weighted = false }).Eigenvalue;
        _options = new KatzOptions { Alpha = 0.5 / lambda };
    }

    [Benchmark]
    public double Unweighted() => Centrality.Katz(_net, _options).Values[0];
}

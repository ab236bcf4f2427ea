using BenchmarkDotNet.Attributes;
using CapitalNetwork.Measures;

namespace CapitalNetwork.Benchmarks.Measures;


/// <summary>Katz centrality (unweighted, β = 1, tolerance 1e-13) with α = 0.5/λ₁ of each graph (the default 0.1 diverges on all three).</summary>
public class KatzBenchmarks : AllGraphsBenchmark
{
    private KatzOptions _options = KatzOptions.Default;

    /// <inheritdoc />
    protected override void OnSetup()
    {
        var lambda = Centrality.Eigenvector(Network, new() { Weighted = false }).Eigenvalue;
        _options = new KatzOptions { Alpha = 0.5 / lambda };
    }

    [Benchmark]
    public double Unweighted() => Centrality.Katz(Network, _options).Values[0];
}

using BenchmarkDotNet.Attributes;
using CapitalNetwork.Measures;

namespace CapitalNetwork.Benchmarks.Measures;

/// <summary>
/// Burt's constraint and effective size (O(Σ_k deg(k)²)) and Gould–Fernandez brokerage (O(m + Σ_b in(b)·out(b))) on
/// the city network (four mainland regions) and the 10k graph (four groups, node v in group v mod 4, the same labels
/// the sna comparison in benchmarks/results/structure.md uses).
/// </summary>
public class StructuralHolesBenchmarks : CityAnd10kBenchmark
{
    private Grouping _groups = null!;

    /// <inheritdoc />
    protected override void OnSetup() =>
        _groups = Network.IsCityNetwork
            ? Grouping.ByRegion(Network)
            : Grouping.FromLabels(Enumerable.Range(0, Network.NodeCount).Select(v => v % 4).ToArray());

    [Benchmark]
    public double Constraint() => StructuralHoles.Constraint(Network).Values[0];

    [Benchmark]
    public double EffectiveSize() => StructuralHoles.EffectiveSize(Network).Values[0];

    [Benchmark]
    public double Brokerage() => StructuralHoles.Brokerage(Network, _groups).Total.Sum;
}

using BenchmarkDotNet.Attributes;
using CapitalNetwork.Measures;

namespace CapitalNetwork.Benchmarks.Measures;

/// <summary>
/// The concentration block on the seeded synthetic graphs (10,000 and 100,000 nodes): the catalogue figures that do
/// not group by region (synthetic nodes have no gazetteer division) over funds in-strength — HHI, H*, CR4, Gini,
/// Theil T and L, CV, Wolfson — computed from the network (in-strength included). The city network's block, with the
/// regional Theil decomposition and Esteban–Ray, is <see cref="ConcentrationBenchmarks"/>.
/// </summary>
public class ConcentrationSyntheticBenchmarks : SyntheticGraphBenchmark
{
    private NodeValues _attracted = null!;

    /// <inheritdoc />
    protected override void OnSetup() => _attracted = Centrality.InStrength(Network, EdgeWeight.Funds);

    /// <summary>The eight figures, in-strength recomputed once.</summary>
    [Benchmark(Baseline = true)]
    public double Block()
    {
        var x = Centrality.InStrength(Network, EdgeWeight.Funds);
        return Concentration.Herfindahl(x).Value + Concentration.HerfindahlNormalized(x).Value + Concentration.ConcentrationRatio(x, 4).Value + Concentration.Gini(x).Value
            + Concentration.TheilT(x).Total + Concentration.TheilL(x).Total + Concentration.CoefficientOfVariation(x).Value + Polarization.Wolfson(x).Value;
    }

    /// <summary>Gini alone (a sort, O(n log n)).</summary>
    [Benchmark]
    public double Gini() => Concentration.Gini(_attracted).Value;
}

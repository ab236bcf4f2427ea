using BenchmarkDotNet.Attributes;
using CapitalNetwork.Graph;
using CapitalNetwork.Measures;
using C = CapitalNetwork.Measures.Concentration.Concentration;
using Cn = CapitalNetwork.Measures.Centrality.Centrality;
using P = CapitalNetwork.Measures.Polarization.Polarization;

namespace CapitalNetwork.Benchmarks.Measures.Concentration;

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
    protected override void OnSetup() => _attracted = Cn.InStrength(Network, EdgeWeight.Funds);

    /// <summary>The eight figures, in-strength recomputed once.</summary>
    [Benchmark(Baseline = true)]
    public double Block()
    {
        var x = Cn.InStrength(Network, EdgeWeight.Funds);
        return C.Herfindahl(x).Value + C.HerfindahlNormalized(x).Value + C.ConcentrationRatio(x, 4).Value + C.Gini(x).Value
            + C.TheilT(x).Total + C.TheilL(x).Total + C.CoefficientOfVariation(x).Value + P.Wolfson(x).Value;
    }

    /// <summary>Gini alone (a sort, O(n log n)).</summary>
    [Benchmark]
    public double Gini() => C.Gini(_attracted).Value;
}

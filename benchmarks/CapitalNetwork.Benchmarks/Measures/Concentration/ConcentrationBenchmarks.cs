using BenchmarkDotNet.Attributes;
using CapitalNetwork.Graph;
using CapitalNetwork.Measures;
using CapitalNetwork.Measures.Flows;
using C = CapitalNetwork.Measures.Concentration.Concentration;
using F = CapitalNetwork.Measures.Flows.Flows;
using P = CapitalNetwork.Measures.Polarization.Polarization;
using Cn = CapitalNetwork.Measures.Centrality.Centrality;

namespace CapitalNetwork.Benchmarks.Measures.Concentration;

/// <summary>
/// The concentration block on the city network of a 100,000-row synthetic filings file (372 cities): every
/// <c>capnet measures</c> concentration key over in-strength (HHI, H*, CR4, Gini, Theil T/L, CV, Theil T by region,
/// Esteban–Ray, Wolfson), the Duclos–Esteban–Ray estimator, the region flow matrix with flow distances, and the
/// yearly trend table (10 filing years).
/// </summary>
[MemoryDiagnoser]
public class ConcentrationBenchmarks
{
    private IngestResult _ingest = null!;
    private NodeValues _attracted = null!;

    [GlobalSetup]
    public void Setup()
    {
        _ingest = CityNetwork.FromFilings(BenchmarkData.FilingsFile(100_000));
        _attracted = Cn.InStrength(_ingest.Network, EdgeWeight.Capital);
    }

    /// <summary>The eleven catalogue figures from the network (in-strength recomputed once).</summary>
    [Benchmark(Baseline = true)]
    public double Block()
    {
        var x = Cn.InStrength(_ingest.Network, EdgeWeight.Capital);
        var theil = C.TheilT(x, RollUpLevel.Region);
        return C.Herfindahl(x).Value + C.HerfindahlNormalized(x).Value + C.ConcentrationRatio(x, 4).Value + C.Gini(x).Value
            + theil.Total + theil.Between + theil.Within + C.TheilL(x).Total + C.CoefficientOfVariation(x).Value
            + P.EstebanRay(x, 1.6).Value + P.Wolfson(x).Value;
    }

    /// <summary>Duclos–Esteban–Ray, α = 0.5, exact kernel sums over 372 values.</summary>
    [Benchmark]
    public double DuclosEstebanRay() => P.DuclosEstebanRay(_attracted, 0.5).Value;

    /// <summary>Region-to-region matrices (three weights) plus capital-weighted mean/median great-circle distance.</summary>
    [Benchmark]
    public double FlowsAndDistance() => F.Matrix(_ingest.Network).LocalShare(EdgeWeight.Capital) + F.Distance(_ingest.Network).Median;

    /// <summary>The standard trend table over every filing year (16 columns).</summary>
    [Benchmark]
    public TrendTable Trend() => F.Trend(_ingest.Years, new TrendOptions { Weight = EdgeWeight.Capital });
}

using BenchmarkDotNet.Attributes;
using CapitalNetwork.Measures;

namespace CapitalNetwork.Benchmarks.Measures;

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
        _attracted = Centrality.InStrength(_ingest.Network, EdgeWeight.Capital);
    }

    /// <summary>The eleven catalogue figures from the network (in-strength recomputed once).</summary>
    [Benchmark(Baseline = true)]
    public double Block()
    {
        var x = Centrality.InStrength(_ingest.Network, EdgeWeight.Capital);
        var theil = Concentration.TheilT(x, RollUpLevel.Region);
        return Concentration.Herfindahl(x).Value + Concentration.HerfindahlNormalized(x).Value + Concentration.ConcentrationRatio(x, 4).Value + Concentration.Gini(x).Value
            + theil.Total + theil.Between + theil.Within + Concentration.TheilL(x).Total + Concentration.CoefficientOfVariation(x).Value
            + Polarization.EstebanRay(x, 1.6).Value + Polarization.Wolfson(x).Value;
    }

    /// <summary>Duclos–Esteban–Ray, α = 0.5, exact kernel sums over 372 values.</summary>
    [Benchmark]
    public double DuclosEstebanRay() => Polarization.DuclosEstebanRay(_attracted, 0.5).Value;

    /// <summary>Region-to-region matrices (three weights) plus capital-weighted mean/median great-circle distance.</summary>
    [Benchmark]
    public double FlowsAndDistance() => Flows.Matrix(_ingest.Network).LocalShare(EdgeWeight.Capital) + Flows.Distance(_ingest.Network).Median;

    /// <summary>The standard trend table over every filing year (16 columns).</summary>
    [Benchmark]
    public TrendTable Trend() => Flows.Trend(_ingest.Years, new TrendOptions { Weight = EdgeWeight.Capital });
}

using BenchmarkDotNet.Attributes;
using CapitalNetwork.Measures;

namespace CapitalNetwork.Benchmarks.Measures;

/// <summary>
/// MRQAP (funds ~ log_distance + same_province + same_region, 100 and 2,000 permutations; qapspp tests all four terms, qapy
/// permutes Y once per permutation) and PPML (both fixed effects; masses) on the 372-city network of the sample filings
/// (examples/data/sample-filings.csv, 138,012 off-diagonal dyads). The peers' times (sna netlm, statsmodels GLM) on the
/// same data are in benchmarks/results/qap-gravity.md (benchmarks/compare/qap/compare.py).
/// </summary>
public class QapGravityBenchmarks
{
    private DyadMatrix _funds = null!;
    private DyadMatrix[] _x = null!;
    private GravityOptions _masses = null!;

    /// <summary>Permutations of the MRQAP cases (2,000 is the target; 100 keeps the CI smoke run short).</summary>
    [Params(100, 2000)]
    public int Permutations { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "examples", "data", "sample-filings.csv"))) dir = dir.Parent;
        var net = CityNetwork.FromFilings(Path.Combine(dir?.FullName ?? throw new FileNotFoundException("examples/data/sample-filings.csv not found above the benchmark folder"),
            "examples", "data", "sample-filings.csv")).Network;
        _funds = DyadMatrix.FromNetwork(net, EdgeWeight.Funds);
        _x = [DyadMatrix.Distance(net, logarithm: true), DyadMatrix.SameProvince(net), DyadMatrix.SameRegion(net)];
        _masses = GravityOptions.Default with { Masses = [GravityMass.OutStrength(net), GravityMass.InStrength(net)] };
    }

    [Benchmark]
    public double MrqapDoubleSemiPartialling() => Qap.Regression(_funds, _x, new QapOptions { Permutations = Permutations }).Terms[1].ShareAsExtreme;

    [Benchmark]
    public double MrqapDoubleSemiPartiallingSingleThread() =>
        Qap.Regression(_funds, _x, new QapOptions { Permutations = Permutations, MaxDegreeOfParallelism = 1 }).Terms[1].ShareAsExtreme;

    [Benchmark]
    public double MrqapYPermutation() =>
        Qap.Regression(_funds, _x, new QapOptions { Permutations = Permutations, NullHypothesis = QapNullHypothesis.YPermutation }).Terms[1].ShareAsExtreme;

    [Benchmark]
    public double PpmlFixedEffects() => Gravity.Ppml(_funds, _x).Terms[0].Coefficient;

    [Benchmark]
    public double PpmlMasses() => Gravity.Ppml(_funds, [_x[0]], _masses).Terms[0].Coefficient;
}

using BenchmarkDotNet.Attributes;

namespace CapitalNetwork.Benchmarks.Report;

/// <summary>
/// <see cref="StudyReport.ToHtml"/> on the ingest of a 4,000-row synthetic filings file (the size of the repository's
/// sample), with the Borgatti–Everett permutation test left out (0) and at capnet's default (1,000 rewirings), which
/// is most of the time. The ingest is done once in the set-up.
/// </summary>
[MemoryDiagnoser]
public class StudyReportBenchmarks
{
    private IngestResult _result = null!;

    [Params(0, 1000)]
    public int Permutations { get; set; }

    [GlobalSetup]
    public void Setup() => _result = CityNetwork.FromFilings(BenchmarkData.FilingsFile(4_000));

    [Benchmark]
    public int ReportHtml() => StudyReport.ToHtml(_result, StudyReportOptions.Default with { Permutations = Permutations }).Length;
}

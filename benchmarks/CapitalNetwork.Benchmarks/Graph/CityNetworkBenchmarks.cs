using BenchmarkDotNet.Attributes;

namespace CapitalNetwork.Benchmarks.Graph;

/// <summary>Ingest of a synthetic filings file into the city network (read + resolve + aggregate). Rows/s = Rows / Mean.</summary>
[MemoryDiagnoser]
public class CityNetworkBenchmarks
{
    private string _path = "";

    /// <summary>Rows in the filings file.</summary>
    [Params(100_000, 1_000_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup() => _path = BenchmarkData.FilingsFile(Rows);

    [Benchmark]
    public FlowNetwork FromFilings() => CityNetwork.FromFilings(_path).Network;
}

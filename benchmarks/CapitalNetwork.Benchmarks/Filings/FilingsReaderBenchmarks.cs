using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace CapitalNetwork.Benchmarks.Filings;

/// <summary>
/// Reading a synthetic filings file (<c>capnet synth</c>'s generator, seed 20231231, Chinese headers): the reader alone
/// (<see cref="FilingsReader.ReadRecords"/>: CSV, decoding, validation, dates, amounts, one <see cref="FilingRecord"/> a
/// row) and the whole ingest on top of it (<see cref="CityNetwork.FromFilings(string, IngestOptions?, CancellationToken)"/>:
/// + place resolution, duplicates, distinct funds, total and yearly networks). Extra columns: rows per second
/// (Rows / Mean) and bytes allocated per row (Allocated / Rows). 1,000,000 rows by default; set CAPNET_BENCH_10M=1 to add
/// the 10,000,000-row file (2.1 GB, written once to the temp folder).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PerRowConfig))]
public class FilingsReaderBenchmarks
{
    private string _path = "";

    /// <summary>Rows in the filings file.</summary>
    [ParamsSource(nameof(RowCounts))]
    public int Rows { get; set; }

    /// <summary>1,000,000, and 10,000,000 when CAPNET_BENCH_10M=1.</summary>
    public static IEnumerable<int> RowCounts() =>
        Environment.GetEnvironmentVariable("CAPNET_BENCH_10M") == "1" ? [1_000_000, 10_000_000] : [1_000_000];

    [GlobalSetup]
    public void Setup() => _path = BenchmarkData.FilingsFile(Rows);

    /// <summary>The reader alone: every row parsed and validated into a record.</summary>
    [Benchmark]
    public long ReadRecords()
    {
        using var reader = FilingsReader.Open(_path);
        long n = 0;
        foreach (var r in reader.ReadRecords(_ => { })) n += r.Line;
        return n;
    }

    /// <summary>The whole ingest into the city network.</summary>
    [Benchmark]
    public long Ingest() => CityNetwork.FromFilings(_path).Report.RowsUsed;

    /// <summary>Adds the per-row columns.</summary>
    private sealed class PerRowConfig : ManualConfig
    {
        public PerRowConfig()
        {
            AddColumn(new PerRowColumn("Rows/s", bytes: false), new PerRowColumn("Alloc B/row", bytes: true));
        }
    }

    /// <summary>Rows per second (Rows / Mean) or bytes allocated per row (Allocated / Rows) of a benchmark with a Rows parameter.</summary>
    private sealed class PerRowColumn(string name, bool bytes) : IColumn
    {
        public string Id => name;
        public string ColumnName => name;
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => bytes ? 1 : 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => bytes ? "Bytes allocated per row (Allocated / Rows)" : "Rows per second (Rows / Mean)";
        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
        public bool IsAvailable(Summary summary) => true;
        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
        {
            var report = summary[benchmarkCase];
            if (report?.ResultStatistics is not { } stats || benchmarkCase.Parameters["Rows"] is not int rows || rows == 0) return "-";
            if (bytes)
                return report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase) is long allocated
                    ? (allocated / (double)rows).ToString("N0", System.Globalization.CultureInfo.InvariantCulture) : "-";
            return (rows / (stats.Mean / 1e9)).ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}

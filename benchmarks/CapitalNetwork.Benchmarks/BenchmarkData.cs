using System.Collections.Concurrent;
using CapitalNetwork.Benchmarks.Measures;

namespace CapitalNetwork.Benchmarks;

/// <summary>Inputs shared by the suites, made once per process and seeded (same bytes, same graphs, every run).</summary>
internal static class BenchmarkData
{
    private static readonly ConcurrentDictionary<string, FlowNetwork> Networks = new();

    /// <summary>The graphs named by the suites' <c>Graph</c> parameter.</summary>
    /// <remarks>"city" = the 372-city network of a 100,000-row synthetic filings file (dense, self-loops, three
    /// weights); "10k" = <see cref="CentralityGraphs.Synthetic"/>(10,000, 100,000); "100k" =
    /// <see cref="CentralityGraphs.Synthetic"/>(100,000, 1,000,000); "1k" and "2k" = the same generator at 1,000 / 10,000
    /// and 2,000 / 20,000 (10 edges per node, for the O(n³) CONCOR) — the generator of the centrality suites and of
    /// benchmarks/compare (seed 20260301), so the figures of all suites and of the comparison are on the same graphs.</remarks>
    public static FlowNetwork Network(string name) => Networks.GetOrAdd(name, key => key switch
    {
        "city" => CityNetwork.FromFilings(FilingsFile(100_000)).Network,
        "1k" => CentralityGraphs.Synthetic(1_000, 10_000),
        "2k" => CentralityGraphs.Synthetic(2_000, 20_000),
        "10k" => CentralityGraphs.Synthetic(10_000, 100_000),
        "100k" => CentralityGraphs.Synthetic(100_000, 1_000_000),
        _ => throw new ArgumentException($"unknown graph {key}", nameof(name)),
    });

    public static string FilingsFile(int rows)
    {
        var path = Path.Combine(Path.GetTempPath(), $"capnet-bench-filings-{rows}.csv");
        if (File.Exists(path)) return path;
        var tmp = path + $".{Environment.ProcessId}.tmp";
        using (var w = new StreamWriter(tmp, false, new System.Text.UTF8Encoding(false), 1 << 16))
            SyntheticFilings.Write(w, new SyntheticFilingsOptions { Rows = rows });
        File.Move(tmp, path, overwrite: true);
        return path;
    }
}

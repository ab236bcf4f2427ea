using System.Collections.Concurrent;
using CapitalNetwork.Graph;

namespace CapitalNetwork.Benchmarks.Measures.Centrality;

/// <summary>
/// The graphs of the centrality suites, built once per process: "city" = the 372-city network of 100,000 synthetic
/// filing rows (dense, self-loops, all three weights); "10k" = CentralityGraphs.Synthetic(10,000, 100,000);
/// "100k" = CentralityGraphs.Synthetic(100,000, 1,000,000).
/// </summary>
internal static class CentralityBenchmarkGraphs
{
    private static readonly ConcurrentDictionary<string, FlowNetwork> Cache = new();

    public static FlowNetwork Get(string name) => Cache.GetOrAdd(name, key => key switch
    {
        "city" => CityNetwork.FromFilings(BenchmarkData.FilingsFile(100_000)).Network,
        "10k" => CentralityGraphs.Synthetic(10_000, 100_000),
        "100k" => CentralityGraphs.Synthetic(100_000, 1_000_000),
        _ => throw new ArgumentException($"unknown graph {key}"),
    });
}

// CapitalNetwork benchmarks (BenchmarkDotNet). Always pass --filter, e.g.
//   dotnet run -c Release --project benchmarks/CapitalNetwork.Benchmarks -- --filter '*' --job short
// Smoke run for CI (benchmarks/smoke.sh): every benchmark once, in process, on its smallest input —
//   dotnet run -c Release --project benchmarks/CapitalNetwork.Benchmarks -- --smoke [--filter GLOB …] [--skip GLOB …]
// (smallest input: Graph = "city" where the suite has it, else 10k; every numeric parameter at its minimum; methods named
// *SingleThread, the same code as their sibling on one thread, are left out).
using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using CapitalNetwork.Benchmarks.Graph;

var assembly = typeof(CityNetworkBenchmarks).Assembly;
Summary[] summaries;
if (args.Contains("--smoke"))
{
    var globs = Values(args, "--filter");
    var skip = Values(args, "--skip") is { Length: > 0 } s ? new GlobFilter(s) : null;
    var config = DefaultConfig.Instance
        .AddJob(Job.Dry.WithWarmupCount(0).WithToolchain(InProcessEmitToolchain.Instance).WithId("smoke"))
        .WithOptions(ConfigOptions.DisableLogFile | ConfigOptions.JoinSummary);
    if (globs.Length > 0) config = config.AddFilter(new GlobFilter(globs));
    var runs = assembly.GetTypes()
        .Where(t => t.IsPublic && !t.IsAbstract && t.GetMethods().Any(m => m.IsDefined(typeof(BenchmarkDotNet.Attributes.BenchmarkAttribute), false)))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .Select(t => BenchmarkConverter.TypeToBenchmarks(t, config))
        .Select(info => new BenchmarkRunInfo(
            [.. Smallest(info.BenchmarksCases).Where(c => !c.Descriptor.WorkloadMethod.Name.EndsWith("SingleThread", StringComparison.Ordinal)
                && skip?.Predicate(c) != true)],
            info.Type, info.Config))
        .Where(info => info.BenchmarksCases.Length > 0)
        .ToArray();
    Console.WriteLine($"smoke: {runs.Sum(r => r.BenchmarksCases.Length)} benchmark cases in {runs.Length} suites");
    summaries = BenchmarkRunner.Run(runs);
}
else
{
    summaries = [.. BenchmarkSwitcher.FromAssembly(assembly).Run(args)];
}
// BenchmarkDotNet exits 0 even when a benchmark throws: decide from the summaries.
var bad = summaries.Length == 0 || summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Length == 0 || s.Reports.Any(r => !r.Success));
Console.WriteLine(bad ? "benchmarks: FAILED" : "benchmarks: ok");
return bad ? 1 : 0;

// The words after an option, up to the next option.
static string[] Values(string[] args, string option) =>
    [.. args.SkipWhile(a => a != option).Skip(1).TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal))];

// The cases of one suite whose every parameter has its smallest value (Graph: city, then 10k, then 100k).
static BenchmarkCase[] Smallest(BenchmarkCase[] cases)
{
    if (cases.Length == 0) return cases;
    var pick = new Dictionary<string, object?>();
    foreach (var name in cases[0].Parameters.Items.Select(p => p.Name))
    {
        var values = cases.Select(c => c.Parameters[name]).Distinct().ToList();
        pick[name] = name == "Graph" ? values.MinBy(v => Array.IndexOf(GraphsBySize, v) is var i and >= 0 ? i : int.MaxValue)
            : values.All(v => v is IConvertible and not string)
                ? values.MinBy(v => Convert.ToDouble(v, CultureInfo.InvariantCulture))
                : values[0];
    }
    return [.. cases.Where(c => c.Parameters.Items.All(p => Equals(p.Value, pick[p.Name])))];
}

internal static partial class Program
{
    private static readonly string[] GraphsBySize = ["city", "10k", "100k"];
}

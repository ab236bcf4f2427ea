// CapitalNetwork benchmarks (BenchmarkDotNet). Always pass --filter, e.g.
//   dotnet run -c Release --project benchmarks/CapitalNetwork.Benchmarks -- --filter '*' --job short
// Smoke run (each benchmark once, in process):  -- --filter '*' --job dry --inProcess
using BenchmarkDotNet.Running;
using CapitalNetwork.Benchmarks.Graph;

var summaries = BenchmarkSwitcher.FromAssembly(typeof(CityNetworkBenchmarks).Assembly).Run(args);
// BenchmarkDotNet exits 0 even when a benchmark throws: decide from the summaries.
var bad = !summaries.Any() || summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Length == 0 || s.Reports.Any(r => !r.Success));
Console.WriteLine(bad ? "benchmarks: FAILED" : "benchmarks: ok");
return bad ? 1 : 0;

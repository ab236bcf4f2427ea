// Timing entry point for benchmarks/compare/centrality/compare.py.
//   CentralityTiming generate N M OUT.csv                 seeded edge list (CentralityGraphs.Synthetic)
//   CentralityTiming time EDGES.csv KEY [--repeat R] [--threads T] [--alpha A] [--out VALUES.txt]
// KEY is a `capnet measures` key (NetworkX conventions, weight = the edge list's weight column). Prints one JSON line:
// {"key":…,"n":…,"m":…,"threads":…,"runs":…,"best":seconds,"median":seconds,"load":seconds,…}.
// Timing covers the measure call only (the network is loaded once; untimed warm-up runs first, see below).
using System.Diagnostics;
using System.Globalization;
using CapitalNetwork.Benchmarks.Measures.Centrality;
using CapitalNetwork.Graph;
using CapitalNetwork.Measures.Centrality;

var inv = CultureInfo.InvariantCulture;
if (args.Length >= 4 && args[0] == "generate")
{
    var net = CentralityGraphs.Synthetic(int.Parse(args[1], inv), int.Parse(args[2], inv));
    CentralityGraphs.WriteEdgeList(net, args[3]);
    Console.WriteLine($"{{\"nodes\":{net.NodeCount},\"edges\":{net.EdgeCount},\"path\":\"{args[3]}\"}}");
    return 0;
}
if (args.Length < 3 || args[0] != "time")
{
    Console.Error.WriteLine("usage: CentralityTiming generate N M OUT.csv | time EDGES.csv KEY [--repeat R] [--threads T] [--alpha A] [--out FILE]");
    return 2;
}
var path = args[1];
var key = args[2];
int repeat = 5;
int? threads = null;
var alpha = 0.1;
string? outFile = null;
for (var i = 3; i + 1 < args.Length; i += 2)
{
    switch (args[i])
    {
        case "--repeat": repeat = int.Parse(args[i + 1], inv); break;
        case "--threads": threads = int.Parse(args[i + 1], inv); break;
        case "--alpha": alpha = double.Parse(args[i + 1], inv); break;
        case "--out": outFile = args[i + 1]; break;
        default: Console.Error.WriteLine($"unknown option {args[i]}"); return 2;
    }
}
var load = Stopwatch.StartNew();
var network = EdgeListReader.Read(path);
load.Stop();
var w = EdgeWeight.Funds;
var inverse = EdgeDistance.InverseWeight;
string extra = "";
Func<double[][]> run = key switch
{
    "betweenness" => () => [[.. Centrality.Betweenness(network, new() { MaxDegreeOfParallelism = threads }).Values.Values]],
    "betweenness_weighted" => () => [[.. Centrality.Betweenness(network, new() { Distance = inverse, Weight = w, MaxDegreeOfParallelism = threads }).Values.Values]],
    "closeness" => () => [[.. Centrality.Closeness(network, new() { MaxDegreeOfParallelism = threads }).Values.Values]],
    "closeness_weighted" => () => [[.. Centrality.Closeness(network, new() { Distance = inverse, Weight = w, MaxDegreeOfParallelism = threads }).Values.Values]],
    "harmonic" => () => [[.. Centrality.Harmonic(network, new() { MaxDegreeOfParallelism = threads }).Values.Values]],
    "harmonic_weighted" => () => [[.. Centrality.Harmonic(network, new() { Distance = inverse, Weight = w, MaxDegreeOfParallelism = threads }).Values.Values]],
    "pagerank" => () => Iterative(Centrality.PageRank(network, new() { Weight = w, MaxDegreeOfParallelism = threads })),
    "eigenvector" => () => Iterative(Centrality.Eigenvector(network, new() { Weight = w, MaxDegreeOfParallelism = threads })),
    "katz" => () => Iterative(Centrality.Katz(network, new() { Alpha = alpha, MaxDegreeOfParallelism = threads })),
    "hits" => () =>
    {
        var h = Centrality.Hits(network, new() { Weight = w, MaxDegreeOfParallelism = threads });
        extra = string.Create(inv, $",\"iterations\":{h.Iterations},\"converged\":{(h.Converged ? "true" : "false")},\"defined\":{(h.IsDefined ? "true" : "false")},\"sigma1\":{h.SingularValue:R},\"sigma2\":{h.SecondSingularValue:R}");
        return [[.. h.Hubs.Values], [.. h.Authorities.Values]];
    },
    _ => () => throw new ArgumentException($"unknown key {key}"),
};
double[][] Iterative<T>(IterativeCentralityResult<T> r) where T : class
{
    extra = string.Create(inv, $",\"iterations\":{r.Iterations},\"converged\":{(r.Converged ? "true" : "false")},\"defined\":{(r.IsDefined ? "true" : "false")},\"eigenvalue\":{(double.IsNaN(r.Eigenvalue) ? "null" : r.Eigenvalue.ToString("R", inv))}");
    return [[.. r.Values.Values]];
}
var times = new List<double>();
var cpus = new List<double>();
var proc = Process.GetCurrentProcess();
double[][] Timed()
{
    proc.Refresh();
    var cpu0 = proc.TotalProcessorTime;
    var sw = Stopwatch.StartNew();
    var values = run();
    sw.Stop();
    proc.Refresh();
    times.Add(sw.Elapsed.TotalSeconds);
    cpus.Add((proc.TotalProcessorTime - cpu0).TotalSeconds);
    return values;
}
// Warm-up until the hot loops run as fully optimised (tier-1) code: untimed calls until 1 s has passed or 30 calls
// (tiered compilation promotes a method after 30 calls); a measure that takes over 20 s is timed by this one run
// (compilation is then negligible).
var result = Timed();
if (times[0] < 20)
{
    var warm = Stopwatch.StartNew();
    for (var call = 1; call < 30 && warm.Elapsed.TotalSeconds < 1; call++) result = run();
    times.Clear();
    cpus.Clear();
    for (var r = 0; r < repeat; r++)
    {
        result = Timed();
        if (times[^1] > 20) break;
    }
}
times.Sort();
cpus.Sort();
if (outFile is not null)
{
    using var o = new StreamWriter(outFile);
    foreach (var vec in result) o.WriteLine(string.Join(',', vec.Select(x => x.ToString("R", inv))));
}
Console.WriteLine(string.Create(inv,
    $"{{\"key\":\"{key}\",\"n\":{network.NodeCount},\"m\":{network.EdgeCount},\"threads\":{threads ?? Environment.ProcessorCount},\"runs\":{times.Count},\"best\":{times[0]:R},\"median\":{times[times.Count / 2]:R},\"cpu\":{cpus[0]:R},\"load\":{load.Elapsed.TotalSeconds:R}{extra}}}"));
return 0;

// Timing entry point for benchmarks/compare/centrality/compare.py.
//   CentralityTiming generate N M OUT.csv                 seeded edge list (CentralityGraphs.Synthetic)
//   CentralityTiming time EDGES.csv KEY [--repeat R] [--threads T] [--alpha A] [--out VALUES.txt]
// KEY is a `capnet measures` key (NetworkX conventions, weight = the edge list's weight column). Prints one JSON line:
// {"key":…,"n":…,"m":…,"threads":…,"runs":…,"best":seconds,"median":seconds,"load":seconds,…}.
// Timing covers the measure call only (the network is loaded once; untimed warm-up runs first, see below).
using System.Globalization;
using CapitalNetwork;
using CapitalNetwork.Compare;
using CapitalNetwork.Measures;

var inv = CultureInfo.InvariantCulture;
if (!TimingHarness.TryParse(args, "CentralityTiming", out var request, out var exit, "alpha")) return exit;
var key = request.Key;
var threads = request.Threads;
var alpha = request.Option("alpha", 0.1);
var (network, loadSeconds) = request.Load();
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
// Warm-up until the hot loops run as fully optimised (tier-1) code; a measure over 20 s is timed by its one run.
return TimingHarness.Report(request, network.NodeCount, network.EdgeCount, Warmup.UntilTier1, run,
    () => string.Create(inv, $",\"load\":{loadSeconds:R}") + extra);

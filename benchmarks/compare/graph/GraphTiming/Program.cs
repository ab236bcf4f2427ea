// Timing entry point for benchmarks/compare/graph/compare.py.
//   GraphTiming generate N M OUT.csv          seeded edge list (CentralityGraphs.Synthetic, the BenchmarkDotNet graphs)
//   GraphTiming time EDGES.csv KEY [--repeat R] [--threads T] [--seed S] [--out FILE]
// KEY: build (FlowNetworkBuilder from in-memory arrays: n AddNode + m AddFlow + Build; phases timed apart), pairhash
// (profile of the builder's pair index, see below), coreness (k-core, undirected simple view), coreness_all (in + out degree, loops dropped), louvain (one run, undirected view w_ij + w_ji, loops
// dropped, γ = 1), louvain10 (the default: best of 10 runs), pagerank, eigenvector, hits (weighted, tolerance 1e-13),
// gexf (GexfWriter.Write to a file). Prints one JSON line {"key","n","m","threads","runs","best","median","cpu",…}; the
// timing covers the operation only (the edge list is loaded once; one untimed warm-up first, or for pagerank,
// eigenvector and hits untimed calls until the code is fully optimised). --out gets the answer:
// one line of comma-separated values per vector (membership for louvain, the file path for gexf).
using System.Diagnostics;
using System.Globalization;
using CapitalNetwork;
using CapitalNetwork.Compare;
using CapitalNetwork.Measures;

var inv = CultureInfo.InvariantCulture;
if (!TimingHarness.TryParse(args, "GraphTiming", out var request, out var exit, "seed")) return exit;
var key = request.Key;
var threads = request.Threads;
var seed = request.Option("seed", 42UL);
var outFile = request.OutFile;
var (network, _) = request.Load();
var n = network.NodeCount;
var src = network.Sources.ToArray();
var dst = network.Targets.ToArray();
var wt = network.Weights(EdgeWeight.Funds).ToArray();
var ids = network.Nodes.Select(v => v.Id).ToArray();
var w = EdgeWeight.Funds;
var gexfPath = outFile is null ? Path.Combine(Path.GetTempPath(), "capnet-graph-timing.gexf") : outFile + ".gexf";
var extra = "";
Func<double[][]> run = key switch
{
    "build" => () =>
    {
        // The three phases are timed apart (a coarse profile: where the build time goes).
        var phase = Stopwatch.StartNew();
        var b = new FlowNetworkBuilder();
        for (var v = 0; v < n; v++) b.AddNode(ids[v]);
        var tNodes = phase.Elapsed.TotalSeconds;
        for (var e = 0; e < src.Length; e++) b.AddFlow(src[e], dst[e], wt[e], wt[e], wt[e]);
        var tFlows = phase.Elapsed.TotalSeconds - tNodes;
        var built = b.Build();
        var tBuild = phase.Elapsed.TotalSeconds - tNodes - tFlows;
        extra = string.Create(inv, $",\"built_edges\":{built.EdgeCount},\"add_node_s\":{tNodes:R},\"add_flow_s\":{tFlows:R},\"build_s\":{tBuild:R}");
        return [[built.NodeCount, built.EdgeCount, built.Weights(w).ToArray().Sum()]];
    },
    "pairhash" => () =>
    {
        // Profile of FlowNetworkBuilder.AddFlow's pair index: the same m keys (source << 32 | target) into a
        // Dictionary<long, int> with the default comparer (Int64.GetHashCode = low ^ high 32 bits = source ^ target, so
        // all pairs with equal source ^ target collide) and with a multiplicative mixing comparer.
        var keys = new long[src.Length];
        for (var e = 0; e < keys.Length; e++) keys[e] = ((long)src[e] << 32) | (uint)dst[e];
        var sw = Stopwatch.StartNew();
        var plain = new Dictionary<long, int>();
        for (var e = 0; e < keys.Length; e++) plain[keys[e]] = e;
        var tPlain = sw.Elapsed.TotalSeconds;
        sw.Restart();
        var mixed = new Dictionary<long, int>(new MixedKey());
        for (var e = 0; e < keys.Length; e++) mixed[keys[e]] = e;
        var tMixed = sw.Elapsed.TotalSeconds;
        var distinct = keys.Select(k => (int)k ^ (int)(k >> 32)).Distinct().Count();
        extra = string.Create(inv, $",\"default_comparer_s\":{tPlain:R},\"mixing_comparer_s\":{tMixed:R},\"distinct_default_hashes\":{distinct}");
        return [[tPlain, tMixed, distinct]];
    },
    "coreness" => () => [[.. CorePeriphery.CoreNumber(network).Values]],
    "coreness_all" => () => [[.. CorePeriphery.CoreNumber(network, CoreMode.InPlusOut).Values]],
    "louvain" => () => Louvain(1),
    "louvain10" => () => Louvain(10),
    "pagerank" => () => Iterative(Centrality.PageRank(network, new() { Weight = w, MaxDegreeOfParallelism = threads })),
    "eigenvector" => () => Iterative(Centrality.Eigenvector(network, new() { Weight = w, MaxDegreeOfParallelism = threads })),
    "hits" => () =>
    {
        var h = Centrality.Hits(network, new() { Weight = w, MaxDegreeOfParallelism = threads });
        extra = string.Create(inv, $",\"iterations\":{h.Iterations},\"converged\":{(h.Converged ? "true" : "false")}");
        return [[.. h.Hubs.Values], [.. h.Authorities.Values]];
    },
    "gexf" => () =>
    {
        GexfWriter.Write(network, gexfPath);
        extra = string.Create(inv, $",\"bytes\":{new FileInfo(gexfPath).Length},\"path\":\"{gexfPath}\"");
        return [];
    },
    _ => () => throw new ArgumentException($"unknown key {key}"),
};

double[][] Louvain(int runs)
{
    var p = Communities.Louvain(network, new LouvainOptions { Runs = runs, Seed = seed });
    extra = string.Create(inv, $",\"modularity\":{p.Modularity:R},\"communities\":{p.Count},\"levels\":{p.Levels}");
    return [[.. p.Membership.Select(c => (double)c)]];
}

double[][] Iterative<T>(IterativeCentralityResult<T> r) where T : class
{
    extra = string.Create(inv, $",\"iterations\":{r.Iterations},\"converged\":{(r.Converged ? "true" : "false")}");
    return [[.. r.Values.Values]];
}

// One untimed warm-up (JIT, tiering), a full collection before each timed run; an operation over 20 s is timed once.
// The iterative measures take milliseconds: warmed up until fully optimised, as in CentralityTiming (one warm-up call
// timed their loops half-compiled: eigenvector 46 ms here against 9–14 ms there on the 10k graph).
var warmup = key is "pagerank" or "eigenvector" or "hits" ? Warmup.UntilTier1 : Warmup.OnceCollecting;
return TimingHarness.Report(request, n, network.EdgeCount, warmup, run, () => extra, key == "gexf" ? gexfPath : null);

/// <summary>A 64-bit key comparer with a multiplicative (Fibonacci) mix, for the <c>pairhash</c> profile.</summary>
internal sealed class MixedKey : IEqualityComparer<long>
{
    public bool Equals(long x, long y) => x == y;

    public int GetHashCode(long key) => (int)(((ulong)key * 0x9E3779B97F4A7C15UL) >> 32);
}

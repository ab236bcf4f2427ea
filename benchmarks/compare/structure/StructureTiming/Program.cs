// Timing entry point for benchmarks/compare/structure/compare.py.
//   StructureTiming generate N M OUT.csv            seeded edge list (CentralityGraphs.Synthetic)
//   StructureTiming time EDGES.csv KEY [--repeat R] [--depth D] [--out VALUES.txt]
// KEY: brokerage (groups: node v in group v mod 4; answer: the five raw role counts, one line each), constraint and
// effective_size (weighted by the edge list's weight column, self-loops as NetworkX keeps them; one line), concor and
// concor_reciprocal (binary ties, depth --depth, default 2; answer: each node's block, blocks ordered by their smallest
// member), all (every structure measure of issue 18 on the city network of a FILINGS file given as EDGES: the 13 network
// figures with a 1,000-permutation E–I test over the regions, constraint, effective size, brokerage and CONCOR depth 2).
// Prints one JSON line {"key","n","m","threads","runs","best","median","cpu","load"…}. Timing covers the
// measure call only (the network is loaded once).
using System.Globalization;
using CapitalNetwork;
using CapitalNetwork.Compare;
using CapitalNetwork.Measures;

var inv = CultureInfo.InvariantCulture;
if (!TimingHarness.TryParse(args, "StructureTiming", out var request, out var exit, "depth")) return exit;
// key all: every structure measure of issue 18 on a city network read from a filings file (as StructureBenchmarks)
var (network, loadSeconds) = request.Key == "all" ? (CityNetwork.FromFilings(request.Path).Network, 0.0) : request.Load();
var depth = request.Option("depth", 2);
var groups = request.Key == "all" ? Grouping.ByRegion(network) : Grouping.FromLabels(Enumerable.Range(0, network.NodeCount).Select(v => v % 4).ToArray());
string extra = "";
Func<double[][]> run = request.Key switch
{
    "brokerage" => () =>
    {
        var b = StructuralHoles.Brokerage(network, groups);
        return [[.. b.Coordinator.Values], [.. b.Consultant.Values], [.. b.Representative.Values], [.. b.Gatekeeper.Values], [.. b.Liaison.Values]];
    },
    "constraint" => () => [[.. StructuralHoles.Constraint(network).Values]],
    "effective_size" => () => [[.. StructuralHoles.EffectiveSize(network).Values]],
    "concor" or "concor_reciprocal" => () =>
    {
        var r = BlockModel.Concor(network, new ConcorOptions
        {
            Depth = depth,
            Diagonal = request.Key == "concor" ? ConcorDiagonal.Ignore : ConcorDiagonal.Reciprocal,
        });
        extra = string.Create(inv, $",\"iterations\":{r.Iterations},\"converged\":{(r.Converged ? "true" : "false")},\"sizes\":[{string.Join(',', r.Blocks.Select(x => x.Size))}]");
        return [[.. r.BlockOf.Select(x => (double)x)]];
    },
    "all" => () =>
    [[
        Structure.Density(network).Value, Structure.Reciprocity(network, ReciprocityMeasure.Edgewise).Value,
        Structure.Reciprocity(network, ReciprocityMeasure.Dyadic).Value, Structure.Transitivity(network).Value,
        Structure.Connectedness(network).Value, Structure.Hierarchy(network).Value, Structure.Efficiency(network).Value,
        Structure.Lub(network).Value, Structure.DegreeCentralization(network).Value, Structure.InDegreeCentralization(network).Value,
        Structure.OutDegreeCentralization(network).Value, Structure.BetweennessCentralization(network).Value,
        Structure.EiIndexTest(network, groups).Rescaled, StructuralHoles.Constraint(network).Values.Sum(),
        StructuralHoles.EffectiveSize(network).Values.Sum(), StructuralHoles.Brokerage(network, groups).Total.Sum,
        BlockModel.Concor(network).NetworkDensity,
    ]],
    _ => () => throw new ArgumentException($"unknown key {request.Key}"),
};
var slow = request.Key.StartsWith("concor", StringComparison.Ordinal);
return TimingHarness.Report(request, network.NodeCount, network.EdgeCount, slow ? Warmup.OnceCollecting : Warmup.UntilTier1, run,
    () => string.Create(inv, $",\"load\":{loadSeconds:R}") + extra);

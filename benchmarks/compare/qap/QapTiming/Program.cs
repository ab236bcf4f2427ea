// benchmarks/compare/qap/QapTiming: `export SAMPLE.csv OUT.csv` writes the dyads of the sample city network (source,
// target, funds, log_distance, same_province, same_region; every ordered pair, diagonal included) for sna and statsmodels;
// `time SAMPLE.csv [--repeat R] [--permutations P]` times MRQAP (funds ~ log_distance + same_province + same_region,
// qapspp, P permutations, all cores and one core) and PPML with origin and destination fixed effects, and prints one JSON
// line with the medians and the estimates (for the agreement check).
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CapitalNetwork;
using CapitalNetwork.Measures;

var inv = CultureInfo.InvariantCulture;
if (args.Length < 2 || args[0] is not ("export" or "time"))
{
    Console.Error.WriteLine("usage: QapTiming export SAMPLE.csv OUT.csv | time SAMPLE.csv [--repeat R] [--permutations P]");
    return 2;
}
var net = CityNetwork.FromFilings(args[1]).Network;
var y = DyadMatrix.FromNetwork(net, EdgeWeight.Funds);
DyadMatrix[] x = [DyadMatrix.Distance(net, logarithm: true), DyadMatrix.SameProvince(net), DyadMatrix.SameRegion(net)];
if (args[0] == "export")
{
    using var w = new StreamWriter(args[2]);
    w.WriteLine("source,target,funds,log_distance,same_province,same_region");
    for (var i = 0; i < net.NodeCount; i++)
        for (var j = 0; j < net.NodeCount; j++)
            w.WriteLine(string.Join(',', net.Nodes[i].Id, net.Nodes[j].Id, y[i, j].ToString("R", inv), x[0][i, j].ToString("R", inv),
                x[1][i, j].ToString("R", inv), x[2][i, j].ToString("R", inv)));
    return 0;
}
var repeat = Option("--repeat", 5);
var permutations = Option("--permutations", 2000);
var options = new QapOptions { Permutations = permutations };
QapRegressionResult mrqap = null!;
GravityResult ppml = null!;
var qapAll = Time(() => mrqap = Qap.Regression(y, x, options));
var qapOne = Time(() => Qap.Regression(y, x, options with { MaxDegreeOfParallelism = 1 }));
var qapY = Time(() => Qap.Regression(y, x, options with { NullHypothesis = QapNullHypothesis.YPermutation }));
var gravity = Time(() => ppml = Gravity.Ppml(y, [x[0], x[1], x[2]]));
Console.WriteLine(JsonSerializer.Serialize(new
{
    permutations,
    repeat,
    cores = Environment.ProcessorCount,
    mrqap_qapspp_seconds = qapAll,
    mrqap_qapspp_one_thread_seconds = qapOne,
    mrqap_qapy_seconds = qapY,
    ppml_fe_seconds = gravity,
    mrqap = mrqap.Terms.Select(t => new { t.Name, t.Coefficient, t.TValue, t.ShareAsExtreme }),
    r_squared = mrqap.RSquared,
    ppml = ppml.Terms.Select(t => new { t.Name, t.Coefficient, t.StandardError }),
    ppml_observations = ppml.Observations,
    ppml_iterations = ppml.Iterations,
}));
return 0;

int Option(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], inv) : fallback;
}

// median wall-clock seconds and median CPU seconds of the process (on a shared machine the CPU time of a one-thread run
// is the steadier figure: it does not grow when other jobs take the cores)
double[] Time(Action action)
{
    action(); // warm-up
    var times = new List<double>();
    var cpu = new List<double>();
    var process = Process.GetCurrentProcess();
    for (var r = 0; r < repeat; r++)
    {
        GC.Collect();
        process.Refresh();
        var c0 = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        action();
        times.Add(clock.Elapsed.TotalSeconds);
        process.Refresh();
        cpu.Add((process.TotalProcessorTime - c0).TotalSeconds);
    }
    times.Sort();
    cpu.Sort();
    return [times[times.Count / 2], cpu[cpu.Count / 2]];
}

// Shared by the timing entry points of benchmarks/compare (CentralityTiming, GraphTiming; linked into both projects):
// the `generate` and `time` command lines, the timed loop, the answer file and the JSON line the compare scripts read.
using System.Diagnostics;
using System.Globalization;
using CapitalNetwork.Benchmarks.Measures;

namespace CapitalNetwork.Compare;

/// <summary>What a `time` command line asked for.</summary>
/// <param name="Path">The edge list.</param>
/// <param name="Key">What to time.</param>
/// <param name="Repeat">Timed runs (--repeat).</param>
/// <param name="Threads">--threads, or null for all cores.</param>
/// <param name="OutFile">--out: where the answer goes.</param>
/// <param name="Options">Every other --name value pair, by name without the dashes.</param>
internal sealed record TimingRequest(string Path, string Key, int Repeat, int? Threads, string? OutFile, IReadOnlyDictionary<string, string> Options)
{
    /// <summary>A tool-specific option (invariant culture), or its default.</summary>
    public T Option<T>(string name, T fallback) where T : IParsable<T> =>
        Options.TryGetValue(name, out var v) ? T.Parse(v, CultureInfo.InvariantCulture) : fallback;

    /// <summary>The edge list as a network, and the seconds it took to read.</summary>
    public (FlowNetwork Network, double LoadSeconds) Load()
    {
        var clock = Stopwatch.StartNew();
        var network = EdgeListReader.Read(Path);
        return (network, clock.Elapsed.TotalSeconds);
    }
}

/// <summary>How the untimed first calls are made before the timed runs.</summary>
internal enum Warmup
{
    /// <summary>One untimed call, and a full collection before each timed run (long operations that allocate).</summary>
    OnceCollecting,

    /// <summary>
    /// Untimed calls until 2 s have passed or 300 calls, no collections (short operations). Tiered compilation promotes
    /// a method after 30 calls, but with dynamic PGO a method passes through an instrumented tier first and the
    /// promotions of the methods a measure calls come one after another: HITS on the 10k graph reached its steady time
    /// after ≈ 35 calls on one thread and ≈ 85 on two, and on two threads was 20–25 % faster after 300 calls than after
    /// 100 (benchmarks/results/centrality-raw.md, "Helper-thread threshold and warm-up"), so the 30 calls used before
    /// timed partly unoptimised code. A measure of 0.1 s gets only ≈ 20 warm-up calls within the 2 s.
    /// </summary>
    UntilTier1,
}

internal static class TimingHarness
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>
    /// Parses `time EDGES.csv KEY [--repeat R] [--threads T] [--out FILE] [--name value …]` (only the names in
    /// <paramref name="extraOptions"/>) into <paramref name="request"/>. Otherwise handles `generate N M OUT.csv`
    /// or prints the usage, and returns false with the exit code in <paramref name="exit"/>.
    /// </summary>
    public static bool TryParse(string[] args, string tool, out TimingRequest request, out int exit, params string[] extraOptions)
    {
        request = null!;
        exit = 2;
        if (args.Length >= 4 && args[0] == "generate")
        {
            var net = CentralityGraphs.Synthetic(int.Parse(args[1], Inv), int.Parse(args[2], Inv));
            var tmp = args[3] + ".tmp";
            CentralityGraphs.WriteEdgeList(net, tmp);
            File.Move(tmp, args[3], overwrite: true);
            Console.WriteLine($"{{\"nodes\":{net.NodeCount},\"edges\":{net.EdgeCount},\"path\":\"{args[3]}\"}}");
            exit = 0;
            return false;
        }
        if (args.Length < 3 || args[0] != "time")
        {
            var extra = string.Concat(extraOptions.Select(o => $" [--{o} {o.ToUpperInvariant()}]"));
            Console.Error.WriteLine($"usage: {tool} generate N M OUT.csv | time EDGES.csv KEY [--repeat R] [--threads T]{extra} [--out FILE]");
            return false;
        }
        var repeat = 5;
        int? threads = null;
        string? outFile = null;
        var options = new Dictionary<string, string>();
        for (var i = 3; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--repeat": repeat = int.Parse(args[i + 1], Inv); break;
                case "--threads": threads = int.Parse(args[i + 1], Inv); break;
                case "--out": outFile = args[i + 1]; break;
                default:
                    var name = args[i].TrimStart('-');
                    if (!args[i].StartsWith("--", StringComparison.Ordinal) || !extraOptions.Contains(name))
                    {
                        Console.Error.WriteLine($"unknown option {args[i]}");
                        return false;
                    }
                    options[name] = args[i + 1];
                    break;
            }
        }
        request = new TimingRequest(args[1], args[2], repeat, threads, outFile, options);
        return true;
    }

    /// <summary>
    /// Times <paramref name="run"/>: the warm-up, then <c>Repeat</c> runs (a run over 20 s is timed once and ends the
    /// series); writes the answer (one comma-separated line per vector, after <paramref name="firstLine"/> if any) to
    /// --out and prints the JSON line {"key","n","m","threads","runs","best","median","cpu"…<paramref name="extra"/>}.
    /// </summary>
    public static int Report(TimingRequest request, int n, int m, Warmup warmup, Func<double[][]> run, Func<string> extra, string? firstLine = null)
    {
        var times = new List<double>();
        var cpus = new List<double>();
        var proc = Process.GetCurrentProcess();
        double[][] Timed()
        {
            if (warmup == Warmup.OnceCollecting)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
            }
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
        var result = Timed();
        if (times[0] < 20)
        {
            if (warmup == Warmup.UntilTier1)
            {
                var warm = Stopwatch.StartNew();
                for (var call = 1; call < 300 && warm.Elapsed.TotalSeconds < 2; call++) result = run();
            }
            times.Clear();
            cpus.Clear();
            for (var r = 0; r < request.Repeat; r++)
            {
                result = Timed();
                if (times[^1] > 20) break;
            }
        }
        times.Sort();
        cpus.Sort();
        if (request.OutFile is not null)
        {
            using var o = new StreamWriter(request.OutFile);
            if (firstLine is not null) o.WriteLine(firstLine);
            foreach (var vec in result) o.WriteLine(string.Join(',', vec.Select(x => x.ToString("R", Inv))));
        }
        Console.WriteLine(string.Create(Inv,
            $"{{\"key\":\"{request.Key}\",\"n\":{n},\"m\":{m},\"threads\":{request.Threads ?? Environment.ProcessorCount},\"runs\":{times.Count},\"best\":{times[0]:R},\"median\":{times[times.Count / 2]:R},\"cpu\":{cpus[0]:R}{extra()}}}"));
        return 0;
    }
}

// Timing entry point of benchmarks/compare/ingest/compare.py.
//
//   IngestTiming ingest FILE [--edges OUT.csv]   one CityNetwork.FromFilings (the whole ingest: read, validate, resolve,
//                                                aggregate, build the network and the yearly snapshots); prints one JSON
//                                                line with the wall time and the totals; --edges writes the network's
//                                                edges (source,target,funds,links,capital) for the agreement check
//   IngestTiming stages FILE                     the same file through growing prefixes of the pipeline, each timed once:
//                                                bytes only, validated records, + place resolution, + ingest
//   IngestTiming dump FILE --out OUT.txt         everything an ingest produces, as text, to compare two builds
//   IngestTiming resolve FILE --out OUT.txt      each line's resolution as a place and as a credit code
//   IngestTiming resolve-time FILE [--passes N]  CPU time and allocation of resolving each line of FILE (no cache), N
//                                                passes (3), and the best pass
//
// Environment: CAPNET_GCLOG=1 (every collection, its heap history and large allocations), CAPNET_JITLOG=1 (the ingest's
// JIT compile time per method), CAPNET_ALLOCLOG=1 (the ingest's allocated megabytes by type), all on stderr.
//
// Timing is wall clock (Stopwatch) around the call only: process start-up, JIT of Main and the gazetteer's first load are
// outside it (the gazetteer is loaded before the clock starts; /usr/bin/time in compare.py sees the whole process).
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using CapitalNetwork;

var ic = CultureInfo.InvariantCulture;
using var gcLog = Environment.GetEnvironmentVariable("CAPNET_GCLOG") == "1" ? new GcLog() : null;
using var jitLog = Environment.GetEnvironmentVariable("CAPNET_JITLOG") == "1" ? new JitLog() : null;
using var allocLog = Environment.GetEnvironmentVariable("CAPNET_ALLOCLOG") == "1" ? new AllocLog() : null;
if (args.Length < 2) return Usage();
var file = args[1];
switch (args[0])
{
    case "ingest":
    {
        _ = PlaceResolver.Default.Resolve("北京市");          // load the gazetteer outside the clock
        if (gcLog is not null)
        {
            var g0 = Stopwatch.StartNew();
            GC.Collect();
            Console.Error.WriteLine($"full GC before: {g0.Elapsed.TotalMilliseconds:F1} ms, heap {GC.GetGCMemoryInfo().HeapSizeBytes / 1e6:F1} MB");
        }
        var jit0 = System.Runtime.JitInfo.GetCompilationTime();
        var jitCount0 = System.Runtime.JitInfo.GetCompiledMethodCount();
        var clockStart = DateTime.Now;
        if (allocLog is not null) allocLog.On = true;
        var sw = Stopwatch.StartNew();
        if (gcLog is not null) Console.Error.WriteLine($"{Environment.TickCount64 % 100000} START");
        var result = CityNetwork.FromFilings(file);
        sw.Stop();
        if (allocLog is not null)
        {
            allocLog.On = false;
            Thread.Sleep(1000);
            lock (allocLog.Bytes)
                foreach (var (type, bytes) in allocLog.Bytes.OrderByDescending(kv => kv.Value).Take(25))
                    Console.Error.WriteLine(string.Create(ic, $"{bytes / 1e6,9:F1} MB  {type}"));
        }
        if (jitLog is not null)
        {
            Thread.Sleep(1000);   // the runtime's events arrive a little later
            lock (jitLog.Done)
                foreach (var (ms, name, thread, at) in jitLog.Done.Where(d => d.At >= clockStart).OrderBy(d => d.Ms))
                    Console.Error.WriteLine(string.Create(ic, $"{ms,8:F2} ms  +{(at - clockStart).TotalSeconds:F3} s  thread {thread}  {name}"));
        }
        if (gcLog is not null)
        {
            Console.Error.WriteLine($"{Environment.TickCount64 % 100000} END");
            var g0 = Stopwatch.StartNew();
            GC.Collect();
            Console.Error.WriteLine($"full GC after: {g0.Elapsed.TotalMilliseconds:F1} ms, heap {GC.GetGCMemoryInfo().HeapSizeBytes / 1e6:F1} MB");
        }
        var net = result.Network;
        var r = result.Report;
        double links = 0, capital = 0, funds = 0;
        var l = net.Weights(EdgeWeight.Links);
        var c = net.Weights(EdgeWeight.Capital);
        var f = net.Weights(EdgeWeight.Funds);
        for (var e = 0; e < net.EdgeCount; e++) { links += l[e]; capital += c[e]; funds += f[e]; }
        var edgesOut = Option("--edges");
        if (edgesOut is not null)
        {
            using var w = new StreamWriter(edgesOut, false, new UTF8Encoding(false));
            w.WriteLine("source,target,funds,links,capital");
            var src = net.Sources;
            var tgt = net.Targets;
            for (var e = 0; e < net.EdgeCount; e++)
                w.WriteLine(string.Create(ic, $"{net.Nodes[src[e]].Id},{net.Nodes[tgt[e]].Id},{f[e]},{l[e]},{c[e]:R}"));
        }
        var json = new Dictionary<string, object>
        {
            ["seconds"] = sw.Elapsed.TotalSeconds,
            ["rows_read"] = r.RowsRead,
            ["rows_used"] = r.RowsUsed,
            ["rows_rejected"] = r.RowsRejected,
            ["warnings"] = r.Warnings,
            ["funds"] = r.Funds,
            ["capital"] = r.Capital,
            ["edges"] = net.EdgeCount,
            ["edge_links"] = links,
            ["edge_capital"] = capital,
            ["edge_funds"] = funds,
            ["reconciles"] = r.Reconciles,
            ["gc_allocated_bytes"] = GC.GetTotalAllocatedBytes(precise: false),
            ["gc_count_gen0"] = GC.CollectionCount(0),
            ["gc_count_gen2"] = GC.CollectionCount(2),
            ["gc_pause_seconds"] = GC.GetTotalPauseDuration().TotalSeconds,
            ["jit_seconds"] = (System.Runtime.JitInfo.GetCompilationTime() - jit0).TotalSeconds,
            ["jit_methods"] = System.Runtime.JitInfo.GetCompiledMethodCount() - jitCount0,
            ["cpu_seconds"] = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds,
            ["counts_by_code"] = r.CountsByCode.ToDictionary(kv => kv.Key.ToString(), kv => kv.Value),
        };
        Console.WriteLine(JsonSerializer.Serialize(json));
        return 0;
    }
    case "stages":
    {
        _ = PlaceResolver.Default.Resolve("北京市");
        var results = new List<(string Stage, double Seconds)>();
        void Time(string stage, Func<long> run)
        {
            var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            var n = run();
            sw.Stop();
            var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalSeconds;
            results.Add((stage, sw.Elapsed.TotalSeconds));
            Console.WriteLine(string.Create(ic, $"{stage,-44} {sw.Elapsed.TotalSeconds,8:F2} s wall {cpu,8:F2} s CPU  ({n:N0})"));
        }
        Time("bytes (64 KiB reads)", () =>
        {
            using var s = File.OpenRead(file);
            var buf = new byte[1 << 16];
            long n = 0; int k;
            while ((k = s.Read(buf)) > 0) n += k;
            return n;
        });
        var only = Option("--only");
        for (var rep = 0; rep < (only is null ? 1 : 3); rep++)
        Time("records (FilingsReader.ReadRecords)", () =>
        {
            using var reader = FilingsReader.Open(file);
            long n = 0;
            foreach (var rec in reader.ReadRecords(_ => { })) n += rec.FundPlace.Length;
            return n;
        });
        if (only is not null) return 0;
        Time("records + resolve every place (no cache)", () =>
        {
            using var reader = FilingsReader.Open(file);
            var resolver = PlaceResolver.Default;
            long n = 0;
            foreach (var rec in reader.ReadRecords(_ => { }))
            {
                if (resolver.Resolve(rec.FundPlace).IsResolved) n++;
                if (rec.PartnerPlace.Length > 0 && resolver.Resolve(rec.PartnerPlace).IsResolved) n++;
            }
            return n;
        });
        Time("records + resolve each distinct text once", () =>
        {
            using var reader = FilingsReader.Open(file);
            var resolver = PlaceResolver.Default;
            var seen = new Dictionary<string, PlaceResolution>(StringComparer.Ordinal);
            long n = 0;
            foreach (var rec in reader.ReadRecords(_ => { }))
            {
                if (!seen.TryGetValue(rec.FundPlace, out var f)) seen[rec.FundPlace] = f = resolver.Resolve(rec.FundPlace);
                if (f.IsResolved) n++;
                if (rec.PartnerPlace.Length == 0) continue;
                if (!seen.TryGetValue(rec.PartnerPlace, out var p)) seen[rec.PartnerPlace] = p = resolver.Resolve(rec.PartnerPlace);
                if (p.IsResolved) n++;
            }
            return n;
        });
        Time("ingest (CityNetwork.FromFilings)", () => CityNetwork.FromFilings(file).Report.RowsUsed);
        return 0;
    }
    case "resolve-time":
    {
        // Resolution alone: every line of FILE (one place text per line) resolved with PlaceResolver.Default, no cache,
        // three passes; prints the CPU seconds and the nanoseconds per text of each pass (issue 17 §5).
        var texts = File.ReadAllLines(file);
        var resolver = PlaceResolver.Default;
        if (Option("--data") is { } data)   // resolver over the tables of a folder, e.g. without townships.csv
        {
            using var d = File.OpenText(Path.Combine(data, "divisions.csv"));
            using var r = File.OpenText(Path.Combine(data, "regions.csv"));
            using var a = File.OpenText(Path.Combine(data, "aliases.csv"));
            var t = File.Exists(Path.Combine(data, "townships.csv")) ? File.OpenText(Path.Combine(data, "townships.csv")) : null;
            resolver = new PlaceResolver(Gazetteer.Load(d, r, a, t));
            t?.Dispose();
        }
        var passes = int.Parse(Option("--passes") ?? "3", ic);
        var best = double.MaxValue;
        for (var pass = 0; pass < passes; pass++)
        {
            var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
            var bytes0 = GC.GetAllocatedBytesForCurrentThread();
            long resolved = 0;
            foreach (var t in texts) if (resolver.Resolve(t).IsResolved) resolved++;
            var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalSeconds;
            var bytes = GC.GetAllocatedBytesForCurrentThread() - bytes0;
            Console.WriteLine(string.Create(ic, $"pass {pass}: {texts.Length:N0} texts, {resolved:N0} resolved, {cpu:F2} s CPU, {cpu * 1e9 / texts.Length:F0} ns and {bytes / (double)texts.Length:F0} bytes allocated per text"));
            best = Math.Min(best, cpu * 1e9 / texts.Length);
        }
        Console.WriteLine(string.Create(ic, $"best pass: {best:F0} ns per text"));
        return 0;
    }
    case "dump":
    {
        // Everything an ingest produces, as text, for comparing two builds byte for byte (the report, every diagnostic
        // kept, every snapshot's edges and registered funds with capital in round-trip form).
        using var w = new StreamWriter(Option("--out") ?? throw new ArgumentException("dump needs --out"), false, new UTF8Encoding(false));
        IngestResult result;
        try
        {
            result = CityNetwork.FromFilings(file);
        }
        catch (FilingsFormatException e)
        {
            w.WriteLine(string.Create(ic, $"format {e.Line} {e.Problem}"));
            return 0;
        }
        w.WriteLine(result.Report.ToString());
        foreach (var (code, n) in result.Report.CountsByCode.OrderBy(kv => kv.Key)) w.WriteLine(string.Create(ic, $"count {code} {n}"));
        w.WriteLine(string.Create(ic, $"funds {result.Report.Funds} capital {result.Report.Capital:R} dropped {result.Report.DiagnosticsDropped}"));
        foreach (var d in result.Report.Diagnostics)
            w.WriteLine(string.Create(ic, $"diag {d.Line} {d.Column} {d.Code} {d.Severity} {d.Message} | {d.RawText}"));
        void Net(string name, FlowNetwork net)
        {
            w.WriteLine(string.Create(ic, $"network {name} nodes {net.NodeCount} edges {net.EdgeCount}"));
            var src = net.Sources;
            var tgt = net.Targets;
            var f = net.Weights(EdgeWeight.Funds);
            var l = net.Weights(EdgeWeight.Links);
            var c = net.Weights(EdgeWeight.Capital);
            for (var e = 0; e < net.EdgeCount; e++) w.WriteLine(string.Create(ic, $"{src[e]} {tgt[e]} {f[e]:R} {l[e]:R} {c[e]:R}"));
            for (var v = 0; v < net.NodeCount; v++) if (net.RegisteredFunds(v) != 0) w.WriteLine(string.Create(ic, $"reg {v} {net.RegisteredFunds(v):R}"));
        }
        Net("total", result.Network);
        foreach (var year in result.Years.Years) Net(year.ToString(ic), result.Years[year]);
        return 0;
    }
    case "resolve":
    {
        // One line per input line: the resolution of the text (as a place) and of the text as a credit code.
        using var w = new StreamWriter(Option("--out") ?? throw new ArgumentException("resolve needs --out"), false, new UTF8Encoding(false));
        var resolver = PlaceResolver.Default;
        static string Show(PlaceResolution r) =>
            string.Create(CultureInfo.InvariantCulture, $"{r.Node?.Code} {r.Matched?.Code} {r.Method} {r.Failure} {r.Reason} [{string.Join(",", r.Candidates.Select(c => c.Code))}]");
        foreach (var line in File.ReadLines(file)) w.WriteLine(Show(resolver.Resolve(line)) + " | " + Show(resolver.ResolveCreditCode(line)));
        return 0;
    }
    default:
        return Usage();
}

string? Option(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

static int Usage()
{
    Console.Error.WriteLine("usage: IngestTiming ingest FILE [--edges OUT.csv] | stages FILE [--only records] | resolve-time FILE [--data DIR] [--passes N] | dump FILE --out OUT.txt | resolve FILE --out OUT.txt");
    Console.Error.WriteLine("       CAPNET_GCLOG=1: every collection (generation, reason, pause, heap sizes and history) and large-object allocation on stderr");
    Console.Error.WriteLine("       CAPNET_JITLOG=1, CAPNET_ALLOCLOG=1 (ingest): compile time per method; allocated megabytes by type");
    return 2;
}

/// <summary>With CAPNET_GCLOG=1, prints the runtime's GC events on stderr: each collection's generation, reason (4 = a
/// large-object allocation) and type (1 = background), the suspension and restart times, the heap sizes after it, and
/// each large-object allocation's type and size (how the ingest's GC costs of issue 17 §5 were found).</summary>
internal sealed class GcLog : System.Diagnostics.Tracing.EventListener
{
    protected override void OnEventSourceCreated(System.Diagnostics.Tracing.EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
            EnableEvents(source, System.Diagnostics.Tracing.EventLevel.Verbose, (System.Diagnostics.Tracing.EventKeywords)1);
    }

    protected override void OnEventWritten(System.Diagnostics.Tracing.EventWrittenEventArgs e)
    {
        if (e.EventName?.StartsWith("GCStart", StringComparison.Ordinal) == true)
        {
            Console.Error.WriteLine($"{e.TimeStamp:HH:mm:ss.fff} GC {e.Payload![1]} depth {e.Payload[e.PayloadNames!.IndexOf("Depth")]} reason {e.Payload[e.PayloadNames.IndexOf("Reason")]} type {e.Payload[e.PayloadNames.IndexOf("Type")]}");
        }
        else if (e.EventName?.StartsWith("GCEnd", StringComparison.Ordinal) == true || e.EventName?.StartsWith("GCRestartEEEnd", StringComparison.Ordinal) == true || e.EventName?.StartsWith("GCSuspendEE", StringComparison.Ordinal) == true || e.EventName?.StartsWith("GCRestartEEBegin", StringComparison.Ordinal) == true)
            Console.Error.WriteLine($"{e.TimeStamp:HH:mm:ss.fff} {e.EventName}");
        else if (e.EventName?.StartsWith("GCGlobalHeapHistory", StringComparison.Ordinal) == true)
            Console.Error.WriteLine($"{e.TimeStamp:HH:mm:ss.fff} HISTORY " + string.Join(" ", e.PayloadNames!.Zip(e.Payload!).Select(kv => $"{kv.First}={kv.Second}")));
        else if (e.EventName?.StartsWith("GCHeapStats", StringComparison.Ordinal) == true)
            Console.Error.WriteLine($"{e.TimeStamp:HH:mm:ss.fff} HEAP " + string.Join(" ", e.PayloadNames!.Zip(e.Payload!).Take(10).Select(kv => $"{kv.First}={kv.Second}")));
        else if (e.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) == true && Convert.ToInt32(e.Payload![e.PayloadNames!.IndexOf("AllocationKind")]) == 1)
            Console.Error.WriteLine($"{Environment.TickCount64 % 100000} LOH {e.Payload![e.PayloadNames!.IndexOf("TypeName")]} {e.Payload[e.PayloadNames!.IndexOf("ObjectSize")]}");
    }
}

/// <summary>With CAPNET_JITLOG=1, prints each method the JIT compiles with its compile time (from the runtime's
/// MethodJittingStarted and MethodLoadVerbose events, per thread), slowest last: what the JIT costs in the ingest.</summary>
internal sealed class JitLog : System.Diagnostics.Tracing.EventListener
{
    private readonly Dictionary<long, (DateTime Start, string Name)> _open = [];
    public readonly List<(double Ms, string Name, long Thread, DateTime At)> Done = [];

    protected override void OnEventSourceCreated(System.Diagnostics.Tracing.EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
            EnableEvents(source, System.Diagnostics.Tracing.EventLevel.Verbose, (System.Diagnostics.Tracing.EventKeywords)0x10);
    }

    protected override void OnEventWritten(System.Diagnostics.Tracing.EventWrittenEventArgs e)
    {
        lock (_open)
        {
            if (e.EventName == "MethodJittingStarted_V1")
                _open[e.OSThreadId] = (e.TimeStamp, $"{e.Payload![e.PayloadNames!.IndexOf("MethodNamespace")]}::{e.Payload[e.PayloadNames.IndexOf("MethodName")]}");
            else if (e.EventName?.StartsWith("MethodLoadVerbose", StringComparison.Ordinal) == true && _open.Remove(e.OSThreadId, out var s))
                Done.Add(((e.TimeStamp - s.Start).TotalMilliseconds, s.Name, e.OSThreadId, s.Start));
        }
    }
}

/// <summary>With CAPNET_ALLOCLOG=1, samples the allocations of the ingest (the runtime's GCAllocationTick event, about
/// one per 100 KB allocated) and prints the allocated megabytes by type: where the ingest's garbage comes from.</summary>
internal sealed class AllocLog : System.Diagnostics.Tracing.EventListener
{
    public readonly Dictionary<string, long> Bytes = [];
    public volatile bool On;

    protected override void OnEventSourceCreated(System.Diagnostics.Tracing.EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
            EnableEvents(source, System.Diagnostics.Tracing.EventLevel.Verbose, (System.Diagnostics.Tracing.EventKeywords)1);
    }

    protected override void OnEventWritten(System.Diagnostics.Tracing.EventWrittenEventArgs e)
    {
        if (!On || e.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) != true) return;
        var type = (string)e.Payload![e.PayloadNames!.IndexOf("TypeName")]!;
        var amount = Convert.ToInt64(e.Payload[e.PayloadNames.IndexOf("AllocationAmount64")]);
        lock (Bytes) Bytes[type] = Bytes.GetValueOrDefault(type) + amount;
    }
}

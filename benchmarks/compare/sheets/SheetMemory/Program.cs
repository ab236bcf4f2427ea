using System.Diagnostics;
using CapitalNetwork;

// Usage: SheetMemory FILE [read] — ingests FILE (CSV, .xlsx or .xls) once, or with "read" only enumerates its records
// (FilingsReader: no resolver, no network), and prints: file, mode, rows read, rows used, seconds, peak working set
// (MiB, the process's whole life: runtime, library and the work), GC heap after (MiB).
var file = args[0];
var readOnly = args.Length > 1 && args[1] == "read";
var clock = Stopwatch.StartNew();
long read, used;
if (readOnly)
{
    using var reader = FilingsReader.Open(file);
    used = reader.ReadRecords(_ => { }).LongCount();
    read = reader.RowsRead;
}
else
{
    var result = CityNetwork.FromFilings(file);
    (read, used) = (result.Report.RowsRead, result.Report.RowsUsed);
}
clock.Stop();
using var self = Process.GetCurrentProcess();
self.Refresh();
Console.WriteLine(string.Join('\t', Path.GetFileName(file), readOnly ? "read" : "ingest", read, used,
    clock.Elapsed.TotalSeconds.ToString("F1", System.Globalization.CultureInfo.InvariantCulture),
    (self.PeakWorkingSet64 / 1048576.0).ToString("F0", System.Globalization.CultureInfo.InvariantCulture),
    (GC.GetTotalMemory(false) / 1048576.0).ToString("F0", System.Globalization.CultureInfo.InvariantCulture)));

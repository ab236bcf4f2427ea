using SharpFuzz;

namespace CapitalNetwork.Fuzz;

/// <summary>AFL++ entry point of the Spreadsheet target: SharpFuzz's out-of-process mode (a long-lived child runs input after
/// input and is restarted after a crash). The in-process <c>Fuzzer.Run</c> lost AFL's fork server within a few hundred
/// executions on this target (whose ingest starts a reader thread per input; see fuzz/README.md).</summary>
public static class Program
{
    /// <summary>Runs the fuzzing loop, or replays the files named on the command line.</summary>
    /// <param name="args">Files to replay (for triage); none under AFL.</param>
    public static void Main(string[] args)
    {
        if (args.Length > 0)
        {
            foreach (var file in args) FuzzTargets.Spreadsheet(File.ReadAllBytes(file));
            return;
        }
        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            FuzzTargets.Spreadsheet(buffer.ToArray());
        });
    }
}

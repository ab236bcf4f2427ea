using SharpFuzz;

namespace CapitalNetwork.Fuzz;

/// <summary>AFL++ entry point of the Filings target: one input per run of the target delegate (SharpFuzz out-of-process mode).</summary>
public static class Program
{
    /// <summary>Runs the fuzzing loop, or replays the files named on the command line.</summary>
    /// <param name="args">Files to replay (for triage); none under AFL.</param>
    public static void Main(string[] args)
    {
        if (args.Length > 0)
        {
            foreach (var file in args) FuzzTargets.Filings(File.ReadAllBytes(file));
            return;
        }
        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            FuzzTargets.Filings(buffer.ToArray());
        });
    }
}

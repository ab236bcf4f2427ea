using SharpFuzz;

namespace CapitalNetwork.Fuzz;

/// <summary>AFL++ entry point of the PlaceResolver target: SharpFuzz's in-process persistent mode (<c>Fuzzer.Run</c>), safe here
/// because the target keeps no state between inputs (the resolver is immutable; its per-thread search object is reset
/// for every text).</summary>
public static class Program
{
    /// <summary>Runs the fuzzing loop, or replays the files named on the command line.</summary>
    /// <param name="args">Files to replay (for triage); none under AFL.</param>
    public static void Main(string[] args)
    {
        if (args.Length > 0)
        {
            foreach (var file in args) FuzzTargets.PlaceResolver(File.ReadAllBytes(file));
            return;
        }
        Fuzzer.Run(stream =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            FuzzTargets.PlaceResolver(buffer.ToArray());
        });
    }
}

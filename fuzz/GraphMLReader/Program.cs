using SharpFuzz;

namespace CapitalNetwork.Fuzz;

/// <summary>AFL++ entry point of the GraphMLReader target: in-process persistent mode (<see cref="Fuzzer.Run(Action{Stream})"/>),
/// as the target keeps no state between inputs.</summary>
public static class Program
{
    /// <summary>Runs the fuzzing loop, or replays the files named on the command line.</summary>
    /// <param name="args">Files to replay (for triage); none under AFL.</param>
    public static void Main(string[] args)
    {
        if (args.Length > 0)
        {
            foreach (var file in args) FuzzTargets.GraphMLReader(File.ReadAllBytes(file));
            return;
        }
        Fuzzer.Run(stream =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            FuzzTargets.GraphMLReader(buffer.ToArray());
        });
    }
}

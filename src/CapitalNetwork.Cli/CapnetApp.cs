namespace CapitalNetwork.Cli;

/// <summary>The capnet command line.</summary>
internal static class CapnetApp
{
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        stdout.WriteLine("capnet");
        return Task.FromResult(0);
    }
}

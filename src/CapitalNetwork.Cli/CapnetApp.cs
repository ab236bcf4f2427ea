using System.CommandLine;
using CapitalNetwork.Cli.Commands;

namespace CapitalNetwork.Cli;

/// <summary>The capnet command line: builds the root command and runs it with the given writers (tests pass their own).</summary>
internal static class CapnetApp
{
    /// <summary>Exit code for input that cannot be used (unreadable file, no usable columns, bad GEXF).</summary>
    public const int UnusableInput = 2;

    public static RootCommand Create(TextWriter stdout, TextWriter stderr, TextReader stdin)
    {
        var root = new RootCommand("capnet — venture-capital agglomeration networks of Chinese cities: build the partner-city → fund-city network from filings, compute measures, resolve places, write GEXF for Gephi.");
        root.Subcommands.Add(BuildCommand.Create(stdout, stderr));
        root.Subcommands.Add(MeasuresCommand.Create(stdout, stderr));
        root.Subcommands.Add(ResolveCommand.Create(stdout, stdin));
        root.Subcommands.Add(SynthCommand.Create(stdout, stderr));
        root.Subcommands.Add(ConcentrationCommand.Create(stdout, stderr));
        root.Subcommands.Add(ExportCommand.Create(stdout, stderr));
        root.Subcommands.Add(DrawCommand.Create(stdout, stderr));
        return root;
    }

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, TextReader? stdin = null)
    {
        var root = Create(stdout, stderr, stdin ?? Console.In);
        var config = new InvocationConfiguration { Output = stdout, Error = stderr };
        return await root.Parse(args).InvokeAsync(config).ConfigureAwait(false);
    }
}

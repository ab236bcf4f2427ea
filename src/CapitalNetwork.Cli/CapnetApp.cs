using System.CommandLine;
using CapitalNetwork.Cli.Commands;

namespace CapitalNetwork.Cli;

/// <summary>The capnet command line: builds the root command and runs it with the given writers (tests pass their own).</summary>
internal static class CapnetApp
{
    /// <summary>Exit code of every failure a user can cause: an unusable input (missing file, no usable columns, bad GEXF), a
    /// bad or contradictory argument, a file that cannot be written. capnet then prints one line naming the problem.</summary>
    public const int UnusableInput = 2;

    /// <summary>Exit code of an error that is capnet's fault (a bug): one line, no stack trace; please report it.</summary>
    public const int InternalError = 70;

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
        root.Subcommands.Add(BlocksCommand.Create(stdout, stderr));
        root.Subcommands.Add(ReportCommand.Create(stdout, stderr));
        root.Subcommands.Add(QapCommand.Create(stdout, stderr));
        root.Subcommands.Add(GravityCommand.Create(stdout, stderr));
        return root;
    }

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, TextReader? stdin = null)
    {
        var root = Create(stdout, stderr, stdin ?? Console.In);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) stderr.WriteLine($"capnet: {error.Message}");
            stderr.WriteLine($"capnet: see 'capnet {(parse.CommandResult.Command == root ? "" : parse.CommandResult.Command.Name + " ")}--help'.");
            return UnusableInput;
        }
        var config = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
        try
        {
            return await parse.InvokeAsync(config).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            return Fail(stderr, e);
        }
    }

    /// <summary>One line on stderr for an exception that escaped a command, and the exit code; never a stack trace.</summary>
    internal static int Fail(TextWriter stderr, Exception e)
    {
        switch (e)
        {
            case UsageException or FilingsFormatException or GexfFormatException or GraphMLFormatException or NetworkFormatException or ArgumentException:
                stderr.WriteLine($"capnet: {e.Message}");
                return UnusableInput;
            case IOException or UnauthorizedAccessException:
                stderr.WriteLine($"capnet: a file could not be read or written: {e.Message}");
                return UnusableInput;
            case OperationCanceledException:
                stderr.WriteLine("capnet: cancelled.");
                return 130;
            default:
                stderr.WriteLine($"capnet: unexpected error ({e.GetType().Name}): {e.Message} — this is a bug in capnet; please report it with the command line.");
                return InternalError;
        }
    }
}

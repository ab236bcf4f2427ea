namespace CapitalNetwork.Cli.Commands;

/// <summary>A one-line progress display on stderr for long inputs (only when stderr is a terminal).</summary>
internal sealed class Progress(TextWriter stderr) : IProgress<long>
{
    private readonly bool _enabled = ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected;
    private bool _shown;

    public void Report(long rows)
    {
        if (!_enabled) return;
        stderr.Write($"\r  read {rows:N0} rows…");
        _shown = true;
    }

    public void Done()
    {
        if (_shown) stderr.Write("\r" + new string(' ', 40) + "\r");
    }
}

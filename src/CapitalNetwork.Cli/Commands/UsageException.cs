namespace CapitalNetwork.Cli.Commands;

/// <summary>A mistake in how capnet was called (options that contradict each other, a window with no filing …): capnet
/// prints its message and exits with <see cref="CapnetApp.UnusableInput"/>.</summary>
internal sealed class UsageException(string message) : Exception(message);

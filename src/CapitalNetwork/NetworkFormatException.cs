namespace CapitalNetwork;

/// <summary>A network file of another tool (Pajek <c>.net</c>/<c>.paj</c>, UCINET DL, a Parquet table) cannot be used
/// at all, or breaks a rule under <see cref="NetworkFileReadOptions.Strict"/>. The message names the file, the line when
/// known, and the problem.</summary>
public sealed class NetworkFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="file">The file name.</param>
    /// <param name="problem">What is wrong.</param>
    /// <param name="line">The line concerned, if any.</param>
    /// <param name="inner">The exception that revealed the problem, if any.</param>
    public NetworkFormatException(string file, string problem, long? line = null, Exception? inner = null)
        : base($"{file}{(line is null ? "" : $":{line}")}: {problem}", inner)
    {
        File = file;
        Problem = problem;
        Line = line;
    }

    /// <summary>The file name.</summary>
    public string File { get; }

    /// <summary>What is wrong, without the file name.</summary>
    public string Problem { get; }

    /// <summary>The line concerned, if any.</summary>
    public long? Line { get; }
}

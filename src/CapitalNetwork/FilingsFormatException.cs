namespace CapitalNetwork;

/// <summary>A filings (or edge-list) file cannot be used at all: it is empty, has no usable header, lacks a required
/// column, or is not text. The message names the file and the problem.</summary>
public sealed class FilingsFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="file">The file name.</param>
    /// <param name="problem">What is wrong.</param>
    /// <param name="line">The line concerned, if any.</param>
    public FilingsFormatException(string file, string problem, long? line = null)
        : base($"{file}{(line is null ? "" : $":{line}")}: {problem}")
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

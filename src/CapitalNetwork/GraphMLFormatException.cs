namespace CapitalNetwork;

/// <summary>A GraphML file cannot be read into a <see cref="FlowNetwork"/>: it is not well-formed XML, carries a DTD,
/// is not GraphML, or its content is unusable (duplicate node id, hyperedge, a weight that is not a number ≥ 0). The message
/// names the file and, where known, the line.</summary>
public sealed class GraphMLFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="file">The file name (or the name given for a stream).</param>
    /// <param name="problem">What is wrong.</param>
    /// <param name="line">The 1-based line concerned, if known.</param>
    /// <param name="innerException">The underlying XML exception, if any.</param>
    public GraphMLFormatException(string file, string problem, int? line = null, Exception? innerException = null)
        : base($"{file}{(line is null ? "" : $":{line}")}: {problem}", innerException)
    {
        File = file;
        Problem = problem;
        Line = line;
    }

    /// <summary>The file name (or the name given for a stream).</summary>
    public string File { get; }

    /// <summary>What is wrong, without the file name.</summary>
    public string Problem { get; }

    /// <summary>The 1-based line concerned, if known.</summary>
    public int? Line { get; }
}

namespace CapitalNetwork;

/// <summary>
/// Options of the readers of other tools' text network files (<see cref="PajekReader"/>, <see cref="DlReader"/>):
/// strictness and the limits that keep a hostile file from exhausting memory. Immutable; change with <c>with</c>.
/// </summary>
public sealed record NetworkFileReadOptions
{
    /// <summary>The defaults: lenient, 5,000,000 vertices, 50,000,000 edges, lines of 1 MiB characters, 2 GiB characters of text.</summary>
    public static NetworkFileReadOptions Default { get; } = new();

    /// <summary>
    /// When true, what is otherwise reported and repaired fails the whole file with a <see cref="NetworkFormatException"/>:
    /// a tie to a vertex the file does not declare (else added, as Gephi and NetworkX do), a second tie on the same
    /// ordered pair (else summed, Gephi's merge strategy SUM), and a line or cell that cannot be used (else reported as
    /// a rejected <see cref="Diagnostic"/>). Undirected ties are still read (both directions) and reported once.
    /// </summary>
    public bool Strict { get; init; }

    /// <summary>The most vertices a file may declare or add (default 5,000,000).</summary>
    public int MaxNodes { get; init; } = 5_000_000;

    /// <summary>The most distinct ordered pairs with a tie (default 50,000,000).</summary>
    public int MaxEdges { get; init; } = 50_000_000;

    /// <summary>Longest line held in memory, in characters (default 1,048,576); a longer line is cut there and reported.</summary>
    public int MaxLineLength { get; init; } = 1 << 20;

    /// <summary>Most characters of text read (default 2³¹); reading stops with a <see cref="NetworkFormatException"/> beyond it.</summary>
    public long MaxCharacters { get; init; } = 1L << 31;

    /// <summary>
    /// When true (the default) and every vertex name is the 6-digit code (<c>110100</c>) or the full name (<c>北京市</c>)
    /// of a distinct gazetteer city, the network is a city network (<see cref="FlowNetwork.IsCityNetwork"/>): ids are
    /// the codes, labels the names, and regions, provinces and coordinates are known. Files written by
    /// <see cref="PajekWriter"/> and <see cref="DlWriter"/> from a city network read back so.
    /// </summary>
    public bool RecognizeCities { get; init; } = true;

    internal NetworkFileReadOptions Checked()
    {
        if (MaxNodes < 0 || MaxEdges < 0 || MaxLineLength < 1 || MaxCharacters < 0)
            throw new ArgumentException("The limits must be ≥ 0 (MaxLineLength ≥ 1).");
        return this;
    }
}

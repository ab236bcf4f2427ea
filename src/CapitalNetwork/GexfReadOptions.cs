namespace CapitalNetwork;

/// <summary>Options of <see cref="GexfReader"/>; change with <c>with</c>. The limits make a hostile or broken file fail
/// with a <see cref="GexfFormatException"/> (naming the line) instead of exhausting memory.</summary>
public sealed record GexfReadOptions
{
    /// <summary>Default options (1 GiB document, 1,000,000 nodes, 20,000,000 edges, 1,000 years).</summary>
    public static GexfReadOptions Default { get; } = new();

    /// <summary>The largest document accepted, in characters (default 2^30 = 1 GiB); a longer file is refused with a
    /// <see cref="GexfFormatException"/> instead of exhausting memory. 0 means no limit.</summary>
    public long MaxCharactersInDocument { get; init; } = 1L << 30;

    /// <summary>The most <c>&lt;node&gt;</c> elements accepted (default 1,000,000).</summary>
    public int MaxNodes { get; init; } = 1_000_000;

    /// <summary>The most <c>&lt;edge&gt;</c> elements accepted (default 20,000,000).</summary>
    public int MaxEdges { get; init; } = 20_000_000;

    /// <summary>The longest time span, in years from the first to the last finite bound, over which a dynamic file is
    /// turned into yearly snapshots (default 1,000): a spell from year −10⁹ to 10⁹ is refused rather than expanded.</summary>
    public int MaxYears { get; init; } = 1_000;

    /// <summary>When true, an edge whose source or target is not a declared <c>&lt;node&gt;</c> makes the read fail with a
    /// <see cref="GexfFormatException"/>. When false (the default, Gephi's behaviour) the node is added with its id as
    /// label and a <see cref="DiagnosticCode.UndeclaredNode"/> warning (<see cref="GexfDocument.Diagnostics"/>). CLI:
    /// <c>--strict</c>.</summary>
    public bool RejectUndeclaredNodes { get; init; }
}

namespace CapitalNetwork;

/// <summary>Options of <see cref="GraphMLReader"/>; change with <c>with</c>. The limits make a hostile or broken file
/// fail with a <see cref="GraphMLFormatException"/> (naming the line) instead of exhausting memory.</summary>
public sealed record GraphMLReadOptions
{
    /// <summary>Default options (1 GiB document, 1,000,000 nodes, 20,000,000 edges, undeclared nodes added).</summary>
    public static GraphMLReadOptions Default { get; } = new();

    /// <summary>The largest document accepted, in characters (default 2^30 = 1 GiB). 0 means no limit.</summary>
    public long MaxCharactersInDocument { get; init; } = 1L << 30;

    /// <summary>The most nodes accepted (<c>&lt;node&gt;</c> elements and undeclared edge ends; default 1,000,000).</summary>
    public int MaxNodes { get; init; } = 1_000_000;

    /// <summary>The most <c>&lt;edge&gt;</c> elements accepted (default 20,000,000).</summary>
    public int MaxEdges { get; init; } = 20_000_000;

    /// <summary>When true, an edge whose source or target is not a declared <c>&lt;node&gt;</c> makes the read fail with
    /// a <see cref="GraphMLFormatException"/>. When false (the default; networkx and Gephi add such nodes too) the node
    /// is added with its id as label and a <see cref="DiagnosticCode.UndeclaredNode"/> warning. CLI:
    /// <c>--strict</c>.</summary>
    public bool RejectUndeclaredNodes { get; init; }
}

namespace CapitalNetwork.Export.Gexf;

/// <summary>Options of <see cref="GexfReader"/>; change with <c>with</c>.</summary>
public sealed record GexfReadOptions
{
    /// <summary>Default options (1 GiB document limit).</summary>
    public static GexfReadOptions Default { get; } = new();

    /// <summary>The largest document accepted, in characters (default 2^30 = 1 GiB); a longer file is refused with a
    /// <see cref="GexfFormatException"/> instead of exhausting memory. 0 means no limit.</summary>
    public long MaxCharactersInDocument { get; init; } = 1L << 30;
}

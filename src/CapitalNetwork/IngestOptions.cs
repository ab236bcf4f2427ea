namespace CapitalNetwork;

/// <summary>Options of <see cref="CityNetwork.FromFilings(string, IngestOptions?, CancellationToken)"/>; change with <c>with</c>.</summary>
public sealed record IngestOptions
{
    /// <summary>Defaults: whole period, embedded gazetteer, default reading options.</summary>
    public static IngestOptions Default { get; } = new();

    /// <summary>How the file is read (encoding, delimiter, limits, strict mode).</summary>
    public FilingsReadOptions Read { get; init; } = FilingsReadOptions.Default;

    /// <summary>First filing date counted (inclusive), or <c>null</c>. Rows of funds filed earlier are counted as outside the window.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Last filing date counted (inclusive), or <c>null</c>.</summary>
    public DateOnly? To { get; init; }

    /// <summary>The place resolver (and through it the gazetteer); <c>null</c> for <see cref="PlaceResolver.Default"/>.</summary>
    public PlaceResolver? Resolver { get; init; }

    /// <summary>Receives the number of rows read, every 65,536 rows and at the end.</summary>
    public IProgress<long>? Progress { get; init; }
}

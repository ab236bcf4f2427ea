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

    /// <summary>
    /// Take places that rest only on a short name at the start of a longer name (平安银行 → 海东市) as places, as
    /// <see cref="PlaceResolverOptions.AcceptShortNamePrefixes"/> does for the resolver. <c>false</c> (default): the
    /// resolver's own option decides (off for <see cref="PlaceResolver.Default"/>), so such rows are rejected as
    /// <see cref="DiagnosticCode.UncertainPlace"/>, or resolved through the partner's credit code when it has one.
    /// </summary>
    public bool AcceptShortNamePrefixes { get; init; }

    /// <summary>Two-table ingest: the sheet of the partner table when it is a workbook; <c>null</c> (default) uses
    /// <see cref="FilingsReadOptions.Sheet"/> of <see cref="Read"/>, else the first sheet.</summary>
    public string? PartnersSheet { get; init; }

    /// <summary>Receives the number of rows read, every 65,536 rows and at the end.</summary>
    public IProgress<long>? Progress { get; init; }
}

namespace CapitalNetwork;

/// <summary>Options of <see cref="PlaceResolver"/> (see <see cref="PlaceResolver.WithOptions"/>); change with <c>with</c>.</summary>
public sealed record PlaceResolverOptions
{
    /// <summary>Defaults: a short name at the start of a longer name is not taken as a place.</summary>
    public static PlaceResolverOptions Default { get; } = new();

    /// <summary>
    /// Whether a text that rests only on a short name at its start, followed by something that does not continue an
    /// address, is taken as that place. Off by default: 平安银行 starts with 平安 (平安区, 海东市) and 东方财富 with 东方
    /// (东方市), but they are company names, so they are reported as <see cref="ResolutionFailure.Uncertain"/> with the
    /// candidate instead of counted. On: they resolve to the candidate, as a name alone (平安, 昆山) always does.
    /// The rule is described on <see cref="PlaceResolver"/>.
    /// </summary>
    public bool AcceptShortNamePrefixes { get; init; }
}

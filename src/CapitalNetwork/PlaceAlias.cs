namespace CapitalNetwork;

/// <summary>
/// An alternative name for a division: a renamed or merged unit (莱芜市 → 济南), a development zone or new
/// area that is not a statistical unit (前海 → 深圳), or a short form (湘西州 → 湘西土家族苗族自治州).
/// </summary>
/// <param name="Name">The alias text as written in addresses.</param>
/// <param name="Code">The current division code the alias stands for.</param>
/// <param name="ContextCode">The province or prefecture inside which the alias is written in a full address, or <c>null</c>.</param>
/// <param name="OldCode">The historical division code, where one existed (used for old credit codes), or <c>null</c>.</param>
/// <param name="Kind">One of <c>renamed</c>, <c>merged</c>, <c>zone</c>, <c>abbreviation</c>.</param>
/// <param name="Source">Where the alias comes from (a package diff, a hand table, a rule).</param>
public sealed record PlaceAlias(string Name, int Code, int? ContextCode, int? OldCode, string Kind, string Source);

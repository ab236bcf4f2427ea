namespace CapitalNetwork;

/// <summary>Why a place text could not be resolved to a network node. Each value is a stable reason code.</summary>
public enum ResolutionFailure
{
    /// <summary>The text was resolved.</summary>
    None,
    /// <summary>The text is empty or blank.</summary>
    Empty,
    /// <summary>No administrative name was recognised at the start of the text.</summary>
    Unknown,
    /// <summary>The text names more than one node equally well (朝阳区 alone, 鼓楼区 alone); the candidates are listed.</summary>
    Ambiguous,
    /// <summary>Only a province was recognised (江苏省, 广东), so the city is unknown.</summary>
    ProvinceOnly,
    /// <summary>The text names a place outside China (开曼群岛, 新加坡, 美国 …).</summary>
    Foreign,
    /// <summary>A unified social credit code is malformed (length, characters or check digit) or its division code is unknown.</summary>
    InvalidCreditCode,
    /// <summary>The text rests only on a short name at its start and goes on with something that is not an address
    /// (平安银行: 平安 of 平安区; 东方财富: 东方 of 东方市), so it is probably a company name, not a place; the node the short
    /// name would give is in <see cref="PlaceResolution.Candidates"/> and its division in <see cref="PlaceResolution.Matched"/>.
    /// <see cref="PlaceResolverOptions.AcceptShortNamePrefixes"/> takes such texts as places.</summary>
    Uncertain,
}

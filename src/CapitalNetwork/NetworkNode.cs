namespace CapitalNetwork;

/// <summary>A node of a <see cref="FlowNetwork"/>.</summary>
/// <param name="Index">0-based position in <see cref="FlowNetwork.Nodes"/> (city networks: code order).</param>
/// <param name="Id">Stable identifier: the 6-digit division code for cities, the given id for plain edge lists.</param>
/// <param name="Label">Display name (the Chinese name for cities).</param>
/// <param name="Division">The gazetteer division for city nodes (province, region, coordinates), else <c>null</c>.</param>
public sealed record NetworkNode(int Index, string Id, string Label, Division? Division)
{
    /// <summary>The statistical region of a city node; <see cref="StatisticalRegion.Outside"/> for HK/Macao/Taiwan and for non-city nodes.</summary>
    public StatisticalRegion Region => Division?.Region ?? StatisticalRegion.Outside;

    /// <inheritdoc />
    public override string ToString() => $"{Id} {Label}";
}

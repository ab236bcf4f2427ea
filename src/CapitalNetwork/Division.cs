namespace CapitalNetwork;

/// <summary>
/// One row of the embedded gazetteer: an administrative division with its 6-digit code
/// (GB/T 2260 for provinces, prefectures and counties; NBS statistical codes for zones),
/// its Chinese name, its province, the code of the network node it belongs to, and a
/// longitude/latitude (GCJ-02 seat point) where known.
/// </summary>
/// <param name="Code">6-digit division code, e.g. 320583 (昆山市).</param>
/// <param name="Name">Full Chinese name, e.g. 昆山市.</param>
/// <param name="ProvinceCode">Code of the province-level unit, e.g. 320000.</param>
/// <param name="ProvinceName">Full name of the province-level unit, e.g. 江苏省.</param>
/// <param name="NodeCode">Code of the network node this division belongs to (its prefecture, or itself
/// for prefectures, municipalities, direct counties, SARs and Taiwan); <c>null</c> for provinces.</param>
/// <param name="Level">Administrative level.</param>
/// <param name="Longitude">Longitude in degrees (GCJ-02), or <c>null</c> when the gazetteer has none (most counties).</param>
/// <param name="Latitude">Latitude in degrees (GCJ-02), or <c>null</c>.</param>
/// <param name="Region">The statistical region of the division's province.</param>
public sealed record Division(
    int Code,
    string Name,
    int ProvinceCode,
    string ProvinceName,
    int? NodeCode,
    DivisionLevel Level,
    double? Longitude,
    double? Latitude,
    StatisticalRegion Region)
{
    /// <summary>True when this division is a network node (<c>Code == NodeCode</c>): one of the 372 city-level units.</summary>
    public bool IsNode => NodeCode == Code;

    /// <inheritdoc />
    public override string ToString() => $"{Code} {Name}";
}

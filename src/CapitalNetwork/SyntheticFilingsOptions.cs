namespace CapitalNetwork;

/// <summary>
/// Options of <see cref="SyntheticFilings"/>: size, seed, period, header language, capital unit and the share of
/// local partners. Immutable; change with <c>with</c>, e.g. <c>SyntheticFilingsOptions.Default with { Rows = 20_000 }</c>.
/// </summary>
public sealed record SyntheticFilingsOptions
{
    /// <summary>The defaults: seed 20231231, 5,000 rows, about 6 partners per fund, funds filed 2014–2023, Chinese
    /// headers, capital in 万元, 35 % local partners, the embedded gazetteer.</summary>
    public static SyntheticFilingsOptions Default { get; } = new();

    /// <summary>The seed. The same seed and options always give the same rows, byte for byte, on every platform and .NET version.</summary>
    public ulong Seed { get; init; } = 20231231;

    /// <summary>The exact number of data rows (fund–partner pairs) to produce; the last fund is cut short when needed. At least 0.</summary>
    public int Rows { get; init; } = 5000;

    /// <summary>Mean number of partners (rows) per fund: one general partner plus limited partners. At least 2.</summary>
    public double MeanPartnersPerFund { get; init; } = 6;

    /// <summary>First filing year (inclusive), 1980–2100.</summary>
    public int FirstYear { get; init; } = 2014;

    /// <summary>Last filing year (inclusive), at least <see cref="FirstYear"/> and at most 2100. Later years get more filings.</summary>
    public int LastYear { get; init; } = 2023;

    /// <summary>True for the Chinese header (<c>基金编号, 基金名称, 注册地, …</c>); false for the canonical English one
    /// (<c>fund_id, fund_name, fund_place, …</c>).</summary>
    public bool ChineseHeaders { get; init; } = true;

    /// <summary>True to write the capital column in 万元 (10,000 CNY; header <c>认缴出资额（万元）</c>, or <c>capital (万元)</c> in
    /// English); false to write it in CNY (header <c>认缴出资额（元）</c>, or <c>capital</c>), where amounts also appear with
    /// thousands separators and 万/亿 units (<c>"1,000,000"</c>, <c>500万</c>, <c>1.5亿</c>) as registry exports write them.</summary>
    public bool CapitalInWan { get; init; } = true;

    /// <summary>Probability that a partner sits in the fund's own city (local capital, a self-loop in the network), 0–1.</summary>
    public double LocalShare { get; init; } = 0.35;

    /// <summary>The gazetteer whose cities and names are used, or <c>null</c> for <see cref="Gazetteer.Default"/>.</summary>
    public Gazetteer? Gazetteer { get; init; }
}

namespace CapitalNetwork;

/// <summary>
/// One validated row of a filings file: a fund–partner pair with its places, date and amount parsed.
/// Places are still text here; <see cref="PlaceResolver"/> turns them into cities.
/// </summary>
/// <param name="Line">1-based line on which the row starts.</param>
/// <param name="FundKey">The fund's identity: <c>fund_id</c>, else <c>fund_name</c>, else a key unique to the row.</param>
/// <param name="FundName">The fund's name, or empty.</param>
/// <param name="FundPlace">The fund's registration place text.</param>
/// <param name="FiledOn">The filing date, or <c>null</c> when the file has none.</param>
/// <param name="PartnerName">The partner's name, or empty.</param>
/// <param name="PartnerKind">The partner's kind, or empty.</param>
/// <param name="PartnerPlace">The partner's place text, or empty.</param>
/// <param name="PartnerCreditCode">The partner's unified social credit code, or empty.</param>
/// <param name="Capital">Subscribed capital in CNY, or <c>null</c> when the amount is missing.</param>
public sealed record FilingRecord(
    long Line,
    string FundKey,
    string FundName,
    string FundPlace,
    DateOnly? FiledOn,
    string PartnerName,
    string PartnerKind,
    string PartnerPlace,
    string PartnerCreditCode,
    double? Capital)
{
    /// <summary>The partner's identity for duplicate detection: the credit code, else the name, else empty (no check).</summary>
    public string PartnerKey => PartnerCreditCode.Length > 0 ? PartnerCreditCode : PartnerName;

    /// <summary>The fund id as written (fund and partner tables), or empty.</summary>
    internal string FundId { get; init; } = "";

    /// <summary>The fund's own credit code (fund and partner tables), or empty.</summary>
    internal string FundCreditCode { get; init; } = "";

    /// <summary>Two-table ingest: the fund-table row the fund came from (0 otherwise).</summary>
    internal long FundLine { get; init; }
}

namespace CapitalNetwork.Synthesis;

/// <summary>One generated row with the truth behind it, for tests: the cities the places and credit code were written for,
/// the capital in CNY and the filing date.</summary>
/// <param name="Fields">The CSV fields, in <see cref="SyntheticFilings.Header"/> order.</param>
/// <param name="FundCity">The node the fund place was written for.</param>
/// <param name="PartnerCity">The node the partner place and credit code were written for.</param>
/// <param name="CapitalYuan">The subscribed capital in CNY that the capital field spells.</param>
/// <param name="FiledOn">The filing date that the date field spells.</param>
/// <param name="IsGeneralPartner">True for the fund's first row, its general partner (or first shareholder).</param>
internal sealed record FilingRow(string[] Fields, Division FundCity, Division PartnerCity, long CapitalYuan, DateOnly FiledOn, bool IsGeneralPartner);

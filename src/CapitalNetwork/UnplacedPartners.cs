namespace CapitalNetwork;

/// <summary>
/// What the ingest does with a partner that has neither a place nor a credit code — typically a natural person
/// (自然人), whose address is not public (<see cref="FilingsReadOptions.PartnersWithoutPlace"/>).
/// </summary>
public enum UnplacedPartners
{
    /// <summary>The row is rejected as <see cref="DiagnosticCode.PartnerWithoutPlace"/>: its partner link and capital are
    /// left out of the network (the default: no place is invented).</summary>
    LeaveOut,
    /// <summary>The partner is placed at the fund's city, so the row counts as local capital (a self-loop), with a
    /// <see cref="DiagnosticCode.PartnerPlacedAtFundCity"/> warning; for analyses that assume a natural person invests
    /// where the fund is registered.</summary>
    AtFundCity,
}

namespace CapitalNetwork.Ingest;

/// <summary>What a table read by <see cref="FilingsReader"/> holds: one row per fund–partner pair (one file), one row
/// per fund (the fund table of a two-table ingest), or one row per fund–partner pair naming the fund only by its id,
/// credit code or name (the partner table).</summary>
internal enum TableRole
{
    Filings,
    Funds,
    Partners,
}

namespace CapitalNetwork;

/// <summary>Which of an edge's three weights a measure or export uses.</summary>
public enum EdgeWeight
{
    /// <summary>Distinct funds registered in the target city with at least one partner in the source city.</summary>
    Funds,
    /// <summary>Partner links: fund–partner pairs (one per filings row counted).</summary>
    Links,
    /// <summary>Subscribed capital in CNY.</summary>
    Capital,
}

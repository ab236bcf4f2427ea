namespace CapitalNetwork;

/// <summary>The unit in which a filings file writes subscribed capital (<see cref="FilingsReadOptions.CapitalUnit"/>).</summary>
public enum CapitalUnit
{
    /// <summary>元, yuan: amounts are CNY.</summary>
    Yuan,
    /// <summary>万元: amounts are multiples of 10,000 CNY (how AMAC lists and most registry exports write subscribed capital).</summary>
    Wan,
    /// <summary>亿元: amounts are multiples of 100,000,000 CNY.</summary>
    Yi,
}

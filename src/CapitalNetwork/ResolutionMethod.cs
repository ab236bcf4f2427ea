namespace CapitalNetwork;

/// <summary>How a place was resolved.</summary>
public enum ResolutionMethod
{
    /// <summary>Not resolved.</summary>
    None,
    /// <summary>A single official name or its short form (北京, 北京市, 昆山 when unique nationally).</summary>
    Name,
    /// <summary>An address read from the start: province → prefecture → county (浙江省宁波市北仑区…, 广东-深圳).</summary>
    Address,
    /// <summary>An alias was used: a renamed or merged unit, a zone or new area, or a short form (莱芜, 前海, 湘西州).</summary>
    Alias,
    /// <summary>Characters 3–8 of an 18-character unified social credit code (the registering authority's division).</summary>
    CreditCode,
}

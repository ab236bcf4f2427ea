namespace CapitalNetwork;

/// <summary>The GEXF attribute types CapitalNetwork writes: the ones Gephi, networkx and graphology all understand
/// (types such as <c>anyURI</c> are valid GEXF but Gephi drops the whole attribute). Written in lower case (<c>integer</c>, <c>long</c>, <c>double</c>,
/// <c>boolean</c>, <c>string</c>).</summary>
public enum GexfAttributeType
{
    /// <summary>32-bit signed integer (<c>xs:int</c>), e.g. a degree or a community number.</summary>
    Integer,
    /// <summary>64-bit signed integer (<c>xs:long</c>).</summary>
    Long,
    /// <summary>IEEE double (<c>xs:double</c>), written in the shortest round-trip form.</summary>
    Double,
    /// <summary><c>true</c> or <c>false</c>, e.g. core membership.</summary>
    Boolean,
    /// <summary>Free text (characters illegal in XML 1.0 are removed when written).</summary>
    String,
}

namespace CapitalNetwork.Measures;

/// <summary>Which per-city figure a trend measures.</summary>
public enum FlowSide
{
    /// <summary>In-strength: what the funds registered in each city attracted (the reference study's "capital agglomeration").</summary>
    Attracted,

    /// <summary>Out-strength: what the partners in each city supplied.</summary>
    Supplied,
}

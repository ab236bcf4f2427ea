namespace CapitalNetwork;

/// <summary>What the Pajek and DL writers put in a vertex's name (Pajek's quoted label, DL's <c>LABELS:</c>).</summary>
public enum VertexNames
{
    /// <summary>The node's <see cref="NetworkNode.Label"/> (a city's Chinese name), what a Pajek or UCINET user wants to
    /// see. City names are unique, so a city network still reads back as the same cities.</summary>
    Labels,

    /// <summary>The node's <see cref="NetworkNode.Id"/> (a city's 6-digit code), when labels are not unique.</summary>
    Ids,
}

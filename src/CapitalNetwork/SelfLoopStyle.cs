namespace CapitalNetwork;

/// <summary>How <see cref="NetworkSvg"/> draws self-loops (local capital: partner and fund in the same city).</summary>
public enum SelfLoopStyle
{
    /// <summary>A ring around the city's disc whose stroke width follows the loop's weight on the same scale as the
    /// flows; loops compete with the other flows for the strongest-k selection (the default).</summary>
    Ring,

    /// <summary>Not drawn (local capital still counts in the node sizes, which are in-strengths).</summary>
    Omit,
}

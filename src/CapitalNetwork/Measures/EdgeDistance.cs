namespace CapitalNetwork.Measures;

/// <summary>
/// How a shortest-path measure turns an edge into a length. Every library treats the weight argument of a path
/// measure as a <em>distance</em>; flows (funds, links, capital) are strengths, so the usual choice is 1/weight
/// (more funds = closer).
/// </summary>
public enum EdgeDistance
{
    /// <summary>Every edge has length 1 (unweighted; NetworkX <c>weight=None</c>, igraph <c>weights=None</c>, Gephi). Every stored edge counts.</summary>
    Hops,

    /// <summary>Length 1/w of the chosen <see cref="EdgeWeight"/> (NetworkX: pass an attribute <c>dist = 1/w</c>). Edges with w = 0 are left out.</summary>
    InverseWeight,

    /// <summary>Length w: the weight already is a distance (plain edge lists of lengths). Edges with w = 0 are left out.</summary>
    Weight,
}

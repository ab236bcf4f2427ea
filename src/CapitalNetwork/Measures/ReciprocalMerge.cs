namespace CapitalNetwork.Measures;

/// <summary>
/// How the undirected view of a directed network (<c>Directed = false</c>) merges the weights of a reciprocal pair
/// i → j, j → i into the one undirected edge {i, j}. A pair linked one way only keeps that edge's weight.
/// </summary>
/// <remarks>
/// NetworkX's <c>DiGraph.to_undirected()</c> keeps one of the two weights (that of the edge leaving the node that comes
/// later in node order) and Gephi's undirected view likewise keeps one; neither sums. To reproduce them, build the
/// undirected graph with the same rule you choose here.
/// </remarks>
public enum ReciprocalMerge
{
    /// <summary>w_ij + w_ji: the total flow between the two cities either way (default).</summary>
    Sum,

    /// <summary>max(w_ij, w_ji).</summary>
    Max,

    /// <summary>min(w_ij, w_ji).</summary>
    Min,
}

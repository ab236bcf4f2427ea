namespace CapitalNetwork.Measures;

/// <summary>Which degree (or strength) the k-core and s-core peeling uses. Self-loops are always dropped.</summary>
public enum CoreMode
{
    /// <summary>The undirected simple view: direction ignored, a reciprocal pair is one edge (binary) or one edge of
    /// value w_ij + w_ji (strength). Equals NetworkX <c>core_number</c> on the undirected simple graph.</summary>
    Undirected,

    /// <summary>In-degree (in-strength) within the remaining subgraph: a node is peeled when fewer than k arcs enter it
    /// from remaining nodes. igraph <c>coreness(mode="in")</c>.</summary>
    In,

    /// <summary>Out-degree (out-strength) within the remaining subgraph. igraph <c>coreness(mode="out")</c>.</summary>
    Out,

    /// <summary>In-degree + out-degree on the directed graph, so a reciprocal pair counts 2 — what NetworkX
    /// <c>core_number</c> computes on a <c>DiGraph</c> and igraph <c>coreness(mode="all")</c>. For strengths this is the
    /// same as <see cref="Undirected"/> (w_ij + w_ji either way).</summary>
    InPlusOut,
}

namespace CapitalNetwork.Measures;

/// <summary>
/// How closeness is normalised when some nodes cannot reach u. With r = nodes that reach u (u excluded), S = Σ of
/// their distances and n = nodes in the network; a node reached by nobody scores 0 in every variant.
/// </summary>
public enum ClosenessScale
{
    /// <summary>C(u) = (r / S) · (r / (n − 1)): Wasserman and Faust (1994, p. 201) — NetworkX <c>wf_improved=True</c> (default).</summary>
    WassermanFaust,

    /// <summary>C(u) = r / S over reachable nodes only: NetworkX <c>wf_improved=False</c>, python-igraph <c>normalized=True</c> (NaN instead of 0 when r = 0), Gephi's closeness.</summary>
    ReachableOnly,

    /// <summary>C(u) = 1 / S: R igraph <c>normalized=FALSE</c> (NaN instead of 0 when r = 0).</summary>
    InverseTotal,
}

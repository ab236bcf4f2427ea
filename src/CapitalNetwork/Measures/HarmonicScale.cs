namespace CapitalNetwork.Measures;

/// <summary>How harmonic centrality H(u) = Σ_{v ≠ u} 1/d(v, u) is scaled (unreachable pairs contribute 0 in every variant).</summary>
public enum HarmonicScale
{
    /// <summary>H(u) unscaled: NetworkX <c>harmonic_centrality</c> (default), R igraph <c>normalized=FALSE</c>.</summary>
    None,

    /// <summary>H(u) / (n − 1): python-igraph <c>harmonic_centrality(normalized=True)</c> (its default).</summary>
    NodesMinusOne,

    /// <summary>H(u) / r with r = nodes at finite distance (u excluded), 0 when r = 0: Gephi's "harmonic closeness".</summary>
    Reachable,
}

namespace CapitalNetwork.Measures;

/// <summary>How an iterative centrality vector x is scaled before it is returned (the direction is the same in every variant).</summary>
public enum VectorNormalization
{
    /// <summary>‖x‖₂ = 1: NetworkX eigenvector and Katz centrality.</summary>
    Euclidean,

    /// <summary>Σ x = 1: NetworkX HITS and PageRank.</summary>
    Sum,

    /// <summary>max x = 1: igraph (<c>scale=True</c>), Gephi's eigenvector centrality.</summary>
    Max,

    /// <summary>Unscaled (Katz only: the raw solution x = β (I − α Aᵀ)⁻¹ 1; NetworkX <c>normalized=False</c>).</summary>
    None,
}

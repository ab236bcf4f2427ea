namespace CapitalNetwork.Measures;

/// <summary>Options of Louvain community detection. Change with <c>with</c>.</summary>
public sealed record LouvainOptions
{
    /// <summary>Undirected, weighted by funds, γ = 1, self-loops dropped, seed 42, 10 runs, threshold 1e-7.</summary>
    public static LouvainOptions Default { get; } = new();

    /// <summary>Edge weight, or <c>null</c> for binary ties (default <see cref="EdgeWeight.Funds"/>); undirected: w_ij + w_ji.</summary>
    public EdgeWeight? Weight { get; init; } = EdgeWeight.Funds;

    /// <summary>Resolution γ, NetworkX/igraph convention (default 1): Q_γ = Σ_c [L_c/m − γ (d_c/2m)²]; larger γ, smaller
    /// communities. Gephi multiplies the edge term instead, so Gephi's resolution γ_G corresponds to γ = 1/γ_G.</summary>
    public double Resolution { get; init; } = 1;

    /// <summary>Directed modularity (Leicht–Newman; NetworkX's directed Louvain) instead of the undirected view.</summary>
    public bool Directed { get; init; }

    /// <summary>Keep self-loops (local capital) as NetworkX does; default false, as Gephi.</summary>
    public bool SelfLoops { get; init; }

    /// <summary>Seed of the node order (same seed, same answer).</summary>
    public ulong Seed { get; init; } = 42;

    /// <summary>Independent runs (default 10, run r seeded by stream (seed, r)); the partition with the highest Q_γ is
    /// kept. 1 gives a single NetworkX-like run (plus refinement).</summary>
    public int Runs { get; init; } = 10;

    /// <summary>Stop when a level raises Q_γ by at most this (NetworkX default 1e-7).</summary>
    public double Threshold { get; init; } = 1e-7;
}

namespace CapitalNetwork.Measures;

/// <summary>Which graph modularity is computed on. Change with <c>with</c>.</summary>
public sealed record ModularityOptions
{
    /// <summary>Undirected, weighted by funds, γ = 1, self-loops dropped.</summary>
    public static ModularityOptions Default { get; } = new();

    /// <summary>Edge weight, or <c>null</c> for binary ties (default <see cref="EdgeWeight.Funds"/>). Undirected:
    /// w_ij + w_ji (binary: a reciprocal pair is one edge of weight 1).</summary>
    public EdgeWeight? Weight { get; init; } = EdgeWeight.Funds;

    /// <summary>Resolution γ in NetworkX's convention (default 1): γ &gt; 1 favours smaller communities.</summary>
    public double Resolution { get; init; } = 1;

    /// <summary>Directed modularity (Leicht–Newman) on the arcs instead of the undirected view (default false).</summary>
    public bool Directed { get; init; }

    /// <summary>Keep self-loops (local capital) as NetworkX does — an undirected loop of weight w adds w inside its
    /// community and 2w to the node's degree (directed: w to out- and in-strength). Default false, as Gephi, which
    /// ignores self-loops.</summary>
    public bool SelfLoops { get; init; }
}

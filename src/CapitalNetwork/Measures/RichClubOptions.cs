namespace CapitalNetwork.Measures;

/// <summary>Options of the normalised rich-club coefficient. Change with <c>with</c>.</summary>
public sealed record RichClubOptions
{
    /// <summary>Undirected simple binary view, 100 randomisations of 10 swaps per edge, seed 42.</summary>
    public static RichClubOptions Default { get; } = new();

    /// <summary>The view (default <see cref="NetworkView.UndirectedBinary"/>).</summary>
    public NetworkView View { get; init; } = NetworkView.UndirectedBinary;

    /// <summary>Number of degree-preserving randomised graphs averaged in the denominator (default 100).</summary>
    public int Randomizations { get; init; } = 100;

    /// <summary>Successful double edge swaps per edge in each randomised graph (default 10).</summary>
    public double SwapsPerEdge { get; init; } = 10;

    /// <summary>Seed (randomisation r draws from stream (seed, r): same seed, same answer).</summary>
    public ulong Seed { get; init; } = 42;
}

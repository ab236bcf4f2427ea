namespace CapitalNetwork.Measures;

/// <summary>Options of the Borgatti–Everett discrete model. Change with <c>with</c>.</summary>
public sealed record BorgattiEverettOptions
{
    /// <summary>The defaults: undirected simple binary view, core–periphery block = 1, exhaustive up to 20 nodes,
    /// 10 restarts, seed 42.</summary>
    public static BorgattiEverettOptions Default { get; } = new();

    /// <summary>The graph the model is fitted to (default <see cref="NetworkView.UndirectedBinary"/>). A weighted view
    /// correlates the pattern with the tie values; a directed view uses all ordered pairs i ≠ j.</summary>
    public NetworkView View { get; init; } = NetworkView.UndirectedBinary;

    /// <summary>The core–periphery block convention (default <see cref="CorePeripheryBlock.Ones"/>).</summary>
    public CorePeripheryBlock Block { get; init; } = CorePeripheryBlock.Ones;

    /// <summary>Networks with at most this many nodes are solved exactly by enumerating all 2ⁿ partitions
    /// (default 20, at most 26; 0 = always the heuristic).</summary>
    public int ExhaustiveUpTo { get; init; } = 20;

    /// <summary>Heuristic restarts (default 10): the first starts from the best degree threshold, the others from random
    /// partitions; the best local optimum is kept.</summary>
    public int Restarts { get; init; } = 10;

    /// <summary>Seed of the heuristic's random starts and move order (same seed, same answer).</summary>
    public ulong Seed { get; init; } = 42;
}

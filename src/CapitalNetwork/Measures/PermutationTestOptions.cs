namespace CapitalNetwork.Measures;

/// <summary>Options of a seeded permutation test. Change with <c>with</c>.</summary>
public sealed record PermutationTestOptions
{
    /// <summary>1,000 permutations, seed 42, automatic null model, 10 swaps per edge, all cores.</summary>
    public static PermutationTestOptions Default { get; } = new();

    /// <summary>Number of null samples P (default 1,000). The smallest attainable p-value is 1/(1 + P).</summary>
    public int Permutations { get; init; } = 1000;

    /// <summary>Seed: null sample k is drawn from its own stream (seed, k), so the result does not depend on the
    /// number of threads (same seed, same answer).</summary>
    public ulong Seed { get; init; } = 42;

    /// <summary>The null model, or <c>null</c> for automatic: <see cref="CorePeripheryNullModel.DegreePreserving"/>
    /// for a fitted partition, <see cref="CorePeripheryNullModel.LabelPermutation"/> for a given one.</summary>
    public CorePeripheryNullModel? NullModel { get; init; }

    /// <summary>Successful double edge swaps per edge in each rewired graph (default 10; NetworkX's rich club uses 100).</summary>
    public double SwapsPerEdge { get; init; } = 10;

    /// <summary>Threads used (default −1 = all processors). The result is the same for any value.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;
}

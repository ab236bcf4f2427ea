using System.Globalization;

namespace CapitalNetwork.Measures;

/// <summary>
/// The E–I index with the figures UCINET prints beside it (Network › Cohesion › E-I Index): the tie counts, the
/// expected value from the possible pairs, the smallest and largest E–I the same number of ties could reach given the
/// group sizes, the rescaled index and a seeded permutation test of the group labels. Every figure is over the
/// binary directed ties among grouped nodes (each ordered pair once, self-loops out). Immutable.
/// </summary>
public sealed record EiIndexResult
{
    /// <summary>What exactly was computed (the grouping, ties left out, the permutation test).</summary>
    public required string Variant { get; init; }

    /// <summary>E: ties between two groups.</summary>
    public required long External { get; init; }

    /// <summary>I: ties inside a group.</summary>
    public required long Internal { get; init; }

    /// <summary>L = E + I.</summary>
    public long Ties => External + Internal;

    /// <summary>Ordered pairs of grouped nodes in different groups: Σ_k g_k (G − g_k), G = Σ_k g_k.</summary>
    public required long PossibleExternal { get; init; }

    /// <summary>Ordered pairs of distinct grouped nodes in one group: Σ_k g_k (g_k − 1).</summary>
    public required long PossibleInternal { get; init; }

    /// <summary>(E − I) / (E + I), Krackhardt and Stern (1988); NaN when L = 0. The <c>ei_index</c> key.</summary>
    public double Observed => Ties == 0 ? double.NaN : (double)(External - Internal) / Ties;

    /// <summary>
    /// The E–I index of the possible pairs, (P_E − P_I) / (P_E + P_I): the expected value when each of the L ties falls
    /// on a possible ordered pair at random (every pair equally likely), UCINET's "expected value" (its density-based
    /// reference; <see cref="NullMean"/> is the mean under permuted labels instead). NaN without two grouped nodes.
    /// </summary>
    public double Expected => PossibleExternal + PossibleInternal == 0 ? double.NaN : (double)(PossibleExternal - PossibleInternal) / (PossibleExternal + PossibleInternal);

    /// <summary>The largest E–I that L ties can reach: E = min(L, P_E), so (2·min(L, P_E) − L) / L. NaN when L = 0.</summary>
    public double Maximum => Ties == 0 ? double.NaN : (2.0 * MostExternal - Ties) / Ties;

    /// <summary>The smallest E–I that L ties can reach: E = max(0, L − P_I), so (2·max(0, L − P_I) − L) / L. NaN when L = 0.</summary>
    public double Minimum => Ties == 0 ? double.NaN : (2.0 * LeastExternal - Ties) / Ties;

    /// <summary>
    /// The E–I index rescaled linearly from [<see cref="Minimum"/>, <see cref="Maximum"/>] onto [−1, 1]:
    /// 2 (E–I − min) / (max − min) − 1 — UCINET's "rescaled" index, which removes the restriction that the density and
    /// the group sizes put on the range. NaN when max = min (or L = 0).
    /// </summary>
    public double Rescaled => MostExternal > LeastExternal ? (double)(2 * External - LeastExternal - MostExternal) / (MostExternal - LeastExternal) : double.NaN;

    // the E of the extremes; 2 (E–I − min) / (max − min) − 1 = (2E − E_min − E_max) / (E_max − E_min), in whole numbers
    private long MostExternal => Math.Min(Ties, PossibleExternal);

    private long LeastExternal => Math.Max(0, Ties - PossibleInternal);

    /// <summary>
    /// Label permutations P of the test (0: no test). Each permutation shuffles the group labels among the grouped nodes
    /// (the group sizes and the ties stay) and recounts E; permutation k draws from its own seeded stream, so the answer
    /// does not depend on the thread count.
    /// </summary>
    public required int Permutations { get; init; }

    /// <summary>The seed of the permutations.</summary>
    public required ulong Seed { get; init; }

    /// <summary>p of an E–I this high: (1 + #{permuted E–I ≥ observed}) / (1 + P); NaN without a test or ties.</summary>
    public required double PValueGreater { get; init; }

    /// <summary>p of an E–I this low: (1 + #{permuted E–I ≤ observed}) / (1 + P); NaN without a test or ties.</summary>
    public required double PValueLess { get; init; }

    /// <summary>The mean E–I over the permutations (NaN without a test or ties).</summary>
    public required double NullMean { get; init; }

    /// <summary>The standard deviation (population) of the E–I over the permutations (NaN without a test or ties).</summary>
    public required double NullStandardDeviation { get; init; }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"E–I {Observed:0.####} (E {External}, I {Internal}); expected {Expected:0.####}, range [{Minimum:0.####}, {Maximum:0.####}], rescaled {Rescaled:0.####}; p(≥) {PValueGreater:0.####}, p(≤) {PValueLess:0.####} over {Permutations} permutations");
}

using System.Collections.Immutable;
using System.Text.Json;

namespace CapitalNetwork.Measures;

/// <summary>
/// Several core–periphery pairs at once (Kojaku–Masuda): each node belongs to at most one pair, as its core or its
/// periphery — "each pole with its own hinterland". Pairs are numbered 0, 1, … by size (largest first, ties by
/// smallest node index); nodes in no pair (isolated, or better off alone) have pair −1. Immutable.
/// </summary>
public sealed class CorePeripheryPairs
{
    internal CorePeripheryPairs(FlowNetwork network, KojakuMasudaOptions options, int[] pair, bool[] core, double quality, double[] pairQuality)
    {
        Network = network;
        Options = options;
        PairOf = [.. pair];
        IsCore = [.. core];
        Quality = quality;
        PairQuality = [.. pairQuality];
    }

    /// <summary>The network.</summary>
    public FlowNetwork Network { get; }

    /// <summary>The options used.</summary>
    public KojakuMasudaOptions Options { get; }

    /// <summary>The pair of each node (−1 = none), in node order.</summary>
    public ImmutableArray<int> PairOf { get; }

    /// <summary>True for core nodes (a node in no pair is not core).</summary>
    public ImmutableArray<bool> IsCore { get; }

    /// <summary>Number of pairs.</summary>
    public int PairCount => PairQuality.Length;

    /// <summary>The quality Q = Σ_k q_k (see <see cref="CorePeriphery.KojakuMasuda"/>); NaN without edges.</summary>
    public double Quality { get; }

    /// <summary>The contribution q_k of each pair.</summary>
    public ImmutableArray<double> PairQuality { get; }

    /// <summary>The core and periphery node indices of pair <paramref name="k"/>, ascending.</summary>
    /// <param name="k">Pair id, 0 ≤ k &lt; <see cref="PairCount"/>.</param>
    /// <returns>The two sets.</returns>
    public (IReadOnlyList<int> Core, IReadOnlyList<int> Periphery) Pair(int k)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(k, PairCount);
        var members = Enumerable.Range(0, PairOf.Length).Where(i => PairOf[i] == k).ToArray();
        return (members.Where(i => IsCore[i]).ToArray(), members.Where(i => !IsCore[i]).ToArray());
    }

    /// <summary>The pair id per node as node values (−1 = none), measure <c>km_pair(…)</c>.</summary>
    /// <returns>The values.</returns>
    public NodeValues ToNodeValues() =>
        new(Network, $"km_pair(view={Options.View},null={JsonNamingPolicy.SnakeCaseLower.ConvertName(Options.NullModel.ToString())})", PairOf.Select(x => (double)x));

    /// <inheritdoc />
    public override string ToString() => $"Kojaku–Masuda ({Options.NullModel}): {PairCount} core–periphery pairs, Q = {Quality:0.####}";
}

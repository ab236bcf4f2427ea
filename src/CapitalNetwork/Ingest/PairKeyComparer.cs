namespace CapitalNetwork.Ingest;

/// <summary>
/// Equality on (source &lt;&lt; 32 | target) pair keys with a hash that mixes all 64 bits (Fibonacci hashing, multiplier
/// ⌊2⁶⁴/φ⌋). <c>Int64.GetHashCode</c> is low ⊕ high = source ⊕ target, which gives at most 2^⌈log₂ n⌉ distinct codes
/// for n nodes, so a large graph's pairs collide in long bucket chains (benchmarks/results/graph.md, "Network build").
/// </summary>
internal sealed class PairKeyComparer : IEqualityComparer<long>
{
    public static readonly PairKeyComparer Instance = new();

    private PairKeyComparer()
    {
    }

    public bool Equals(long x, long y) => x == y;

    public int GetHashCode(long obj) => (int)((ulong)obj * 0x9E3779B97F4A7C15UL >> 32);
}

using CapitalNetwork.Randomness;

namespace CapitalNetwork.Measures.NullModels;

/// <summary>
/// Seeded random streams for the randomised measures (rewiring, restarts, Louvain node order). Every stream is a
/// <see cref="Xoshiro256"/> (xoshiro256** seeded by SplitMix64), never <see cref="System.Random"/>, so the same
/// seed gives the same answer on every .NET version and platform. Stream k of a seed is independent of the thread
/// that draws it, which makes parallel permutation tests deterministic.
/// </summary>
internal static class RngStreams
{
    /// <summary>The generator of stream <paramref name="stream"/> under <paramref name="seed"/>.</summary>
    public static Xoshiro256 Create(ulong seed, ulong stream)
    {
        var x = seed;
        var h = Xoshiro256.SplitMix64(ref x);
        var y = h ^ (stream * 0xD1342543DE82EF95UL);
        return new Xoshiro256(Xoshiro256.SplitMix64(ref y));
    }

    /// <summary>Fisher–Yates shuffle in place.</summary>
    public static void Shuffle(ref Xoshiro256 rng, Span<int> items)
    {
        for (var i = items.Length - 1; i > 0; i--)
        {
            var j = rng.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}

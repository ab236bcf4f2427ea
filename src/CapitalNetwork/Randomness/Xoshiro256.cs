namespace CapitalNetwork.Randomness;

/// <summary>
/// xoshiro256** (Blackman and Vigna, 2018; https://prng.di.unimi.it/) seeded through SplitMix64: a small, fast
/// generator whose output is fixed by its definition, so synthetic data never changes across .NET versions or
/// platforms (unlike <see cref="System.Random"/>). Every derived draw uses only integer arithmetic or IEEE-754
/// basic operations (+, −, ×, ÷), which are exact and reproducible.
/// </summary>
/// <remarks>A mutable value type: pass it by <c>ref</c>. Not thread-safe.</remarks>
internal struct Xoshiro256
{
    private ulong _s0, _s1, _s2, _s3;

    /// <summary>Seeds the four state words with SplitMix64 (Steele, Lea and Flood, 2014) from <paramref name="seed"/>.</summary>
    public Xoshiro256(ulong seed)
    {
        var x = seed;
        _s0 = SplitMix64(ref x);
        _s1 = SplitMix64(ref x);
        _s2 = SplitMix64(ref x);
        _s3 = SplitMix64(ref x);
    }

    /// <summary>One SplitMix64 step: advances <paramref name="state"/> and returns a well-mixed 64-bit value.</summary>
    public static ulong SplitMix64(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        var result = ulong.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = ulong.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A uniform double in [0, 1) with 53 random bits (exact: k · 2⁻⁵³).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A uniform integer in [0, <paramref name="n"/>) without modulo bias (Lemire's multiply-and-reject).</summary>
    public int Next(int n)
    {
        if (n <= 0) throw new ArgumentOutOfRangeException(nameof(n), n, "The bound must be positive.");
        return (int)NextUInt64Below((ulong)n);
    }

    /// <summary>A uniform integer in [<paramref name="min"/>, <paramref name="max"/>] (both inclusive).</summary>
    public int Between(int min, int max) => min + Next(max - min + 1);

    /// <summary>A uniform 64-bit integer in [0, <paramref name="n"/>), <paramref name="n"/> &gt; 0.</summary>
    public ulong NextUInt64Below(ulong n)
    {
        var hi = Math.BigMul(NextUInt64(), n, out var lo);
        if (lo < n)
        {
            var threshold = (0UL - n) % n;
            while (lo < threshold) hi = Math.BigMul(NextUInt64(), n, out lo);
        }
        return hi;
    }

    /// <summary>True with probability <paramref name="p"/>.</summary>
    public bool Chance(double p) => NextDouble() < p;

    /// <summary>A uniformly chosen element.</summary>
    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>An index drawn with probability proportional to integer weights given as a running total
    /// (<paramref name="cumulative"/>[i] = w₀ + … + wᵢ, last element = total &gt; 0). O(log n).</summary>
    public int PickCumulative(long[] cumulative)
    {
        var u = (long)NextUInt64Below((ulong)cumulative[^1]);
        int lo = 0, hi = cumulative.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (cumulative[mid] > u) hi = mid; else lo = mid + 1;
        }
        return lo;
    }

    /// <summary>An index drawn with probability proportional to non-negative real weights given as a running total. O(log n).</summary>
    public int PickCumulative(double[] cumulative)
    {
        var u = NextDouble() * cumulative[^1];
        int lo = 0, hi = cumulative.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (cumulative[mid] > u) hi = mid; else lo = mid + 1;
        }
        return lo;
    }
}

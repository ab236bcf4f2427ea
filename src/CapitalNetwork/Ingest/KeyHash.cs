using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.InteropServices;

namespace CapitalNetwork.Ingest;

/// <summary>
/// A fixed-seed 64-bit hash of text for the ingest's identity keys (fund keys, partner keys): MurmurHash3-style
/// multiply–rotate rounds over the UTF-16 code units, 8 bytes at a time, with the length in the seed and the
/// MurmurHash3 64-bit finaliser. Deterministic across runs and platforms (little-endian reads), so an ingest gives the
/// same answer every time. Not cryptographic: a collision can be built on purpose, and its only effect is the one
/// stated where the hash is used (two identities counted as one).
/// </summary>
internal static class KeyHash
{
    /// <summary>Seed of fund-key hashes.</summary>
    public const ulong FundSeed = 0x2545F4914F6CDD1DUL;

    /// <summary>Seed of partner-key hashes (independent of the fund seed).</summary>
    public const ulong PartnerSeed = 0x9E3779B97F4A7C15UL;

    private const ulong C1 = 0x87C37B91114253D5UL;
    private const ulong C2 = 0x4CF5AD432745937FUL;

    /// <summary>The 64-bit hash of <paramref name="text"/> under <paramref name="seed"/>.</summary>
    public static ulong Of(ReadOnlySpan<char> text, ulong seed)
    {
        var bytes = MemoryMarshal.AsBytes(text);
        var h = seed ^ ((ulong)bytes.Length * C1);
        while (bytes.Length >= 8)
        {
            h = Round(h, BinaryPrimitives.ReadUInt64LittleEndian(bytes));
            bytes = bytes[8..];
        }
        if (bytes.Length > 0)
        {
            ulong k = 0;
            for (var i = 0; i < bytes.Length; i++) k |= (ulong)bytes[i] << (8 * i);
            h = Round(h, k ^ 0xA5);
        }
        return Finalize(h);
    }

    /// <summary>A 128-bit hash of <paramref name="text"/> in one pass: two lanes of the same rounds, started from the
    /// fund and partner seeds, the second lane's input rotated and mixed with other constants, each lane ending in the
    /// MurmurHash3 finaliser. Not cryptographic: texts can be built to collide.</summary>
    public static (ulong High, ulong Low) Of128(ReadOnlySpan<char> text)
    {
        var bytes = MemoryMarshal.AsBytes(text);
        var h = FundSeed ^ ((ulong)bytes.Length * C1);
        var g = PartnerSeed ^ ((ulong)bytes.Length * C2);
        while (bytes.Length >= 8)
        {
            var k = BinaryPrimitives.ReadUInt64LittleEndian(bytes);
            h = Round(h, k);
            g = Round(g ^ 0x6A09E667F3BCC909UL, BitOperations.RotateLeft(k, 17));
            bytes = bytes[8..];
        }
        if (bytes.Length > 0)
        {
            ulong k = 0;
            for (var i = 0; i < bytes.Length; i++) k |= (ulong)bytes[i] << (8 * i);
            h = Round(h, k ^ 0xA5);
            g = Round(g ^ 0x6A09E667F3BCC909UL, BitOperations.RotateLeft(k ^ 0x5A, 17));
        }
        return (Finalize(h), Finalize(g ^ 0xBB67AE8584CAA73BUL));
    }

    /// <summary>MurmurHash3's 64-bit finaliser (full avalanche).</summary>
    public static ulong Finalize(ulong h)
    {
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDUL;
        h ^= h >> 33;
        h *= 0xC4CEB9FE1A85EC53UL;
        h ^= h >> 33;
        return h;
    }

    private static ulong Round(ulong h, ulong k)
    {
        k *= C1;
        k = BitOperations.RotateLeft(k, 31);
        k *= C2;
        h ^= k;
        h = BitOperations.RotateLeft(h, 27);
        return h * 5 + 0x52DCE729;
    }
}

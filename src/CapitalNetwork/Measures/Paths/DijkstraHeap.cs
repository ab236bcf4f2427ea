using System.Numerics;

namespace CapitalNetwork.Measures.Paths;

/// <summary>
/// A monotone priority queue of (node, distance) for Dijkstra searches: a radix heap (Ahuja, Mehlhorn, Orlin and Tarjan
/// 1990, doi:10.1145/77600.77615) on the IEEE-754 bit patterns of non-negative distances, which order exactly like the
/// distances themselves. Bucket i (1 ≤ i ≤ 64) holds the entries whose key first differs from the last popped key in
/// bit i − 1; bucket 0 holds keys equal to it. A pop takes from bucket 0 or, when it is empty, finds the smallest key
/// of the first non-empty bucket and redistributes that bucket into lower ones — each entry moves down at most 64
/// times, in practice once or twice, and no pop walks a tree.
/// </summary>
/// <remarks>
/// No decrease-key: a node whose distance improves is pushed again and the search skips the stale entries (the first
/// pop of a node carries its final distance, since pops come out in non-decreasing order and each push of a node has
/// a strictly smaller key). Keys must be ≥ 0 and never smaller than the last popped key (true in Dijkstra with
/// non-negative lengths). Reusable: empty after the last pop. Not thread-safe (one per worker).
/// </remarks>
internal sealed class DijkstraHeap
{
    private readonly ulong[][] _keys = new ulong[65][];
    private readonly int[][] _nodes = new int[65][];
    private readonly int[] _size = new int[65];
    private ulong _last;
    private ulong _occupied; // bit i − 1 set when bucket i (1..64) is not empty
    private int _count;

    public DijkstraHeap(int capacity)
    {
        var initial = Math.Clamp(capacity / 8, 16, 1 << 16);
        for (var b = 0; b < 65; b++)
        {
            _keys[b] = new ulong[b == 0 ? Math.Max(16, capacity / 4) : initial];
            _nodes[b] = new int[_keys[b].Length];
        }
    }

    /// <summary>Number of entries, stale ones included.</summary>
    public int Count => _count;

    /// <summary>Adds node v with distance d ≥ the last popped distance.</summary>
    public void Push(int v, double d)
    {
        var k = BitConverter.DoubleToUInt64Bits(d);
        var b = k == _last ? 0 : 64 - BitOperations.LeadingZeroCount(k ^ _last);
        Append(b, k, v);
        if (b != 0) _occupied |= 1UL << (b - 1);
        _count++;
    }

    /// <summary>Removes an entry with the smallest distance (the most recently pushed among equal ones).</summary>
    public int PopMin(out double d)
    {
        if (_size[0] == 0) Refill();
        var i = --_size[0];
        d = BitConverter.UInt64BitsToDouble(_keys[0][i]);
        if (--_count == 0) _last = 0; // empty: the next search starts again from distance 0
        return _nodes[0][i];
    }

    /// <summary>Empties the heap for the next search.</summary>
    public void Clear()
    {
        Array.Clear(_size);
        _occupied = 0;
        _last = 0;
        _count = 0;
    }

    private void Refill()
    {
        var b = BitOperations.TrailingZeroCount(_occupied) + 1;
        var keys = _keys[b];
        var nodes = _nodes[b];
        var size = _size[b];
        var min = keys[0];
        for (var i = 1; i < size; i++)
            if (keys[i] < min) min = keys[i];
        _last = min;
        _size[b] = 0;
        _occupied &= ~(1UL << (b - 1));
        for (var i = 0; i < size; i++)
        {
            var k = keys[i];
            var nb = k == min ? 0 : 64 - BitOperations.LeadingZeroCount(k ^ min);
            Append(nb, k, nodes[i]);
            if (nb != 0) _occupied |= 1UL << (nb - 1);
        }
    }

    private void Append(int b, ulong k, int v)
    {
        var s = _size[b];
        if (s == _keys[b].Length)
        {
            Array.Resize(ref _keys[b], 2 * s);
            Array.Resize(ref _nodes[b], 2 * s);
        }
        _keys[b][s] = k;
        _nodes[b][s] = v;
        _size[b] = s + 1;
    }
}

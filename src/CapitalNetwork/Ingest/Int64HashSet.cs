namespace CapitalNetwork.Ingest;

/// <summary>
/// A set of non-zero 64-bit keys: open addressing with linear probing in one <c>ulong[]</c> (8 bytes a slot, load at
/// most 3/4, so at most ≈ 21 bytes per key including the transient copy while it doubles). The keys are already
/// well-mixed hashes or tagged values; the slot is taken from the top bits of a multiplicative mix.
/// </summary>
internal sealed class Int64HashSet
{
    private ulong[] _slots;
    private int _shift;

    public Int64HashSet(int capacity = 64)
    {
        var size = 16;
        while (size * 3 / 4 < capacity) size *= 2;
        _slots = new ulong[size];
        _shift = 64 - System.Numerics.BitOperations.Log2((uint)size);
    }

    public int Count { get; private set; }

    /// <summary>Bytes held by the slot array.</summary>
    public long Bytes => (long)_slots.Length * sizeof(ulong);

    /// <summary>Adds a key (must not be 0); false when it was already there.</summary>
    public bool Add(ulong key)
    {
        if ((Count + 1) * 4L > _slots.LongLength * 3) Grow();
        if (!Insert(_slots, _shift, key)) return false;
        Count++;
        return true;
    }

    /// <summary>True when the key is in the set.</summary>
    public bool Contains(ulong key)
    {
        var mask = _slots.Length - 1;
        for (var i = Slot(key, _shift); ; i = (i + 1) & mask)
        {
            var v = _slots[i];
            if (v == key) return true;
            if (v == 0) return false;
        }
    }

    private static int Slot(ulong key, int shift) => (int)((key * 0x9E3779B97F4A7C15UL) >> shift);

    private static bool Insert(ulong[] slots, int shift, ulong key)
    {
        var mask = slots.Length - 1;
        for (var i = Slot(key, shift); ; i = (i + 1) & mask)
        {
            var v = slots[i];
            if (v == key) return false;
            if (v == 0)
            {
                slots[i] = key;
                return true;
            }
        }
    }

    private void Grow()
    {
        var bigger = new ulong[_slots.Length * 2];
        var shift = _shift - 1;
        foreach (var k in _slots)
            if (k != 0) Insert(bigger, shift, k);
        _slots = bigger;
        _shift = shift;
    }
}

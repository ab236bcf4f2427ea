namespace CapitalNetwork.Ingest;

/// <summary>
/// A bounded cache of place resolutions by text for the ingest: direct-mapped (each text has one slot, chosen by its
/// <see cref="KeyHash"/>), and a slot once filled keeps its text. Registry places repeat (partner cities, district
/// forms such as 上海-松江区, and registry street addresses, each seen a few times across the file), so the places seen
/// first stay; the table starts small and doubles while it is more than half full, up to <c>maxCapacity</c> slots, so a
/// small file pays for a small table and a registry export with hundreds of thousands of distinct addresses keeps most
/// of them. Nothing is replaced, so no cached entry turns into old-generation garbage. The fund's place, which repeats on
/// consecutive rows, is remembered apart by the ingest. Memory: at most <c>maxCapacity</c> texts and resolutions,
/// whatever the number of rows. Resolution is a pure function of the text, so the cache changes nothing but the time.
/// </summary>
internal sealed class PlaceCache
{
    private readonly int _maxCapacity;
    private ulong[] _hashes;   // the full hash of the text in each slot: most misses end here, without touching the string
    private string?[] _texts;
    private PlaceResolution?[] _values;
    private int _shift;
    private int _count;

    /// <summary>Creates a cache of <paramref name="capacity"/> slots (a power of two) that may grow to
    /// <paramref name="maxCapacity"/> (a power of two, at least <paramref name="capacity"/>; by default no growth).</summary>
    public PlaceCache(int capacity, int maxCapacity = 0)
    {
        if (capacity < 2 || (capacity & (capacity - 1)) != 0) throw new ArgumentOutOfRangeException(nameof(capacity), "A power of two, at least 2.");
        if (maxCapacity == 0) maxCapacity = capacity;
        if (maxCapacity < capacity || (maxCapacity & (maxCapacity - 1)) != 0)
            throw new ArgumentOutOfRangeException(nameof(maxCapacity), "A power of two, at least the capacity.");
        _maxCapacity = maxCapacity;
        _hashes = new ulong[capacity];
        _texts = new string?[capacity];
        _values = new PlaceResolution?[capacity];
        _shift = 64 - System.Numerics.BitOperations.Log2((uint)capacity);
    }

    /// <summary>The number of slots now.</summary>
    public int Capacity => _hashes.Length;

    /// <summary>The cached resolution of <paramref name="text"/>, or the resolver's (kept when its slot is free): of the text as a place,
    /// or as a unified social credit code when <paramref name="creditCode"/> is set (one cache serves one of the two).</summary>
    public PlaceResolution Get(string text, PlaceResolver resolver, bool creditCode)
    {
        var hash = KeyHash.Of(text, KeyHash.PartnerSeed);
        var i = (int)(hash >> _shift);
        if (_hashes[i] == hash && _texts[i] is { } t && string.Equals(t, text, StringComparison.Ordinal)) return _values[i]!;
        var r = creditCode ? resolver.ResolveCreditCode(text) : resolver.Resolve(text);
        if (_texts[i] is null)
        {
            _values[i] = r;
            _texts[i] = text;
            _hashes[i] = hash;
            if (++_count > _hashes.Length / 2 && _hashes.Length < _maxCapacity) Grow();
        }
        return r;
    }

    /// <summary>Doubles the table; each kept text moves to its slot in the larger table (of two texts that meet there, the
    /// first in the old table's order stays).</summary>
    private void Grow()
    {
        var (hashes, texts, values) = (_hashes, _texts, _values);
        var size = hashes.Length * 2;
        _hashes = new ulong[size];
        _texts = new string?[size];
        _values = new PlaceResolution?[size];
        _shift = 64 - System.Numerics.BitOperations.Log2((uint)size);
        _count = 0;
        for (var k = 0; k < hashes.Length; k++)
        {
            if (texts[k] is null) continue;
            var i = (int)(hashes[k] >> _shift);
            if (_texts[i] is not null) continue;
            (_hashes[i], _texts[i], _values[i]) = (hashes[k], texts[k], values[k]);
            _count++;
        }
    }
}

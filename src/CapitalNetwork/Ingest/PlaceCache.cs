namespace CapitalNetwork.Ingest;

/// <summary>
/// A bounded cache of place resolutions by text for the ingest: direct-mapped (each text has one slot, chosen by its
/// <see cref="KeyHash"/>), and a slot once filled keeps its text. Registry places repeat (partner cities, district
/// forms such as 上海-松江区), so the frequent ones are among the first seen and stay; the mostly unique street addresses
/// are resolved without a slot. Nothing is replaced, so no cached entry turns into old-generation garbage. The fund's
/// place, which repeats on consecutive rows, is remembered apart by the ingest. Memory: at most <c>capacity</c>
/// texts and resolutions, whatever the number of rows. Resolution is a pure function of the text, so the cache changes
/// nothing but the time.
/// </summary>
internal sealed class PlaceCache
{
    private readonly ulong[] _hashes;   // the full hash of the text in each slot: most misses end here, without touching the string
    private readonly string?[] _texts;
    private readonly PlaceResolution?[] _values;
    private readonly int _shift;

    /// <summary>Creates a cache of <paramref name="capacity"/> slots (a power of two).</summary>
    public PlaceCache(int capacity)
    {
        if (capacity < 2 || (capacity & (capacity - 1)) != 0) throw new ArgumentOutOfRangeException(nameof(capacity), "A power of two, at least 2.");
        _hashes = new ulong[capacity];
        _texts = new string?[capacity];
        _values = new PlaceResolution?[capacity];
        _shift = 64 - System.Numerics.BitOperations.Log2((uint)capacity);
    }

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
        }
        return r;
    }
}

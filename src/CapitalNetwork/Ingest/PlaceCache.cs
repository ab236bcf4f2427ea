namespace CapitalNetwork.Ingest;

/// <summary>
/// A bounded cache of place resolutions by text for the ingest, shared by the reader's thread and the ingest's thread
/// (so a text is resolved once, whichever thread meets it first). Registry exports hold hundreds of thousands of distinct
/// street addresses, each seen a few times across the file, so the cache must hold that many texts without becoming work
/// for the garbage collector: a slot is 16 bytes of plain data (108 bits of the text's <see cref="KeyHash.Of128"/> and the
/// 20-bit index of its outcome), and outcomes are shared — every text that resolves to the same node, matched division and method gets
/// the same <see cref="PlaceResolution"/> object (a few thousand in all), and only failures keep one object each. The
/// cache therefore holds no reference to the text and creates no object per text.
/// </summary>
/// <remarks>
/// <para>Open addressing: a text's home slot is chosen by its hash and it may sit in any of the <see cref="Probes"/> slots
/// from there; a slot once filled keeps its entry (places seen first stay). The table starts small and doubles while it
/// is more than half full, up to <c>maxCapacity</c> slots (16 bytes each), so memory is bounded whatever the number of
/// rows.</para>
/// <para>What a hit returns: an outcome equal to the text's own resolution in <see cref="PlaceResolution.Node"/>,
/// <see cref="PlaceResolution.Matched"/>, <see cref="PlaceResolution.Method"/>, <see cref="PlaceResolution.Failure"/>,
/// <see cref="PlaceResolution.Reason"/> and <see cref="PlaceResolution.Candidates"/>; its
/// <see cref="PlaceResolution.Input"/> is the first text that gave it (the ingest reads the text from the record). Two
/// different texts are taken as one only when the 108 kept bits of their hashes are equal: for n distinct texts,
/// probability at most n² / 2¹⁰⁹ (about 2 · 10⁻²¹ for a million texts) unless the texts are built on purpose to collide.</para>
/// <para>Thread safety without a lock on the lookup: a slot is claimed with a compare-and-swap on its tag, its data
/// written, and then its tag set to the hash, so a reader that sees the hash sees the data too. Growing copies the ready entries into a new table
/// under a lock and then publishes it; an entry added to the old table while it is copied may be left behind (the text is
/// then resolved again later — a cost, never a different answer).</para>
/// </remarks>
internal sealed class PlaceCache
{
    /// <summary>Slots tried from a text's home slot before the text is resolved without being kept.</summary>
    public const int Probes = 8;

    /// <summary>Outcome indices take the low 20 bits of a slot's data; the other 44 bits hold the low half of the hash.</summary>
    private const int OutcomeBits = 20;
    private const ulong OutcomeMask = (1UL << OutcomeBits) - 1;
    private const ulong Empty = 0, Claimed = 1;

    private struct Slot
    {
        public ulong Tag;    // 0 empty, 1 being written, else the high half of the hash (never 0 or 1)
        public ulong Data;   // the low half of the hash above bit 20, the outcome index below
    }

    private readonly int _maxCapacity;
    private readonly bool _creditCode;
    private readonly object _gate = new();
    private readonly Dictionary<long, int> _shared = [];   // node, matched division and method of a resolved outcome → index
    private PlaceResolution[] _outcomes = new PlaceResolution[256];
    private int _outcomeCount;
    private Slot[] _slots;
    private int _count;

    /// <summary>Creates a cache of <paramref name="capacity"/> slots (a power of two, at least <see cref="Probes"/>) that
    /// may grow to <paramref name="maxCapacity"/> (a power of two, at least <paramref name="capacity"/>; by default no
    /// growth), for texts read as places, or as unified social credit codes when <paramref name="creditCode"/> is set.</summary>
    public PlaceCache(int capacity, int maxCapacity = 0, bool creditCode = false)
    {
        if (capacity < Probes || (capacity & (capacity - 1)) != 0) throw new ArgumentOutOfRangeException(nameof(capacity), $"A power of two, at least {Probes}.");
        if (maxCapacity == 0) maxCapacity = capacity;
        if (maxCapacity < capacity || (maxCapacity & (maxCapacity - 1)) != 0)
            throw new ArgumentOutOfRangeException(nameof(maxCapacity), "A power of two, at least the capacity.");
        _maxCapacity = maxCapacity;
        _creditCode = creditCode;
        _slots = new Slot[capacity];
    }

    /// <summary>The number of slots now.</summary>
    public int Capacity => Volatile.Read(ref _slots).Length;

    /// <summary>The number of texts kept now.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>The number of distinct outcome objects held.</summary>
    public int Outcomes => Volatile.Read(ref _outcomeCount);

    /// <summary>The key of a text in the cache: the slot tag (the high half of its <see cref="KeyHash.Of128"/>, never
    /// <see cref="Empty"/> or <see cref="Claimed"/>) and the kept bits of the low half.</summary>
    public readonly record struct TextKey(ulong Tag, ulong Bits);

    /// <summary>The key of <paramref name="text"/>.</summary>
    public static TextKey KeyOf(string text)
    {
        var (high, low) = KeyHash.Of128(text);
        return new(high > Claimed ? high : high + 2, low & ~OutcomeMask);
    }

    /// <summary>The cached outcome of <paramref name="text"/>, without resolving: false when the text is not kept (for
    /// looking at the cache's content; the ingest calls <see cref="Get"/>).</summary>
    public bool TryGet(string text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PlaceResolution? resolution)
    {
        var key = KeyOf(text);
        resolution = Find(Volatile.Read(ref _slots), key.Tag, key.Bits, out _);
        return resolution is not null;
    }

    /// <summary>The resolution of <paramref name="text"/>: the cached outcome, or the resolver's (kept when one of its
    /// slots is free).</summary>
    public PlaceResolution Get(string text, PlaceResolver resolver)
    {
        var (tag, key) = KeyOf(text);
        var slots = Volatile.Read(ref _slots);
        if (Find(slots, tag, key, out var free) is { } known) return known;
        var r = _creditCode ? resolver.ResolveCreditCode(text) : resolver.Resolve(text);
        if (free < 0) return r;
        ref var slot = ref slots[free];
        if (Interlocked.CompareExchange(ref slot.Tag, Claimed, Empty) != Empty) return r;
        var (outcome, shared) = Keep(r);
        if (outcome < 0)
        {
            Volatile.Write(ref slot.Tag, Empty);   // no room for another outcome: the slot is given back
            return r;
        }
        slot.Data = key | (uint)outcome;
        Volatile.Write(ref slot.Tag, tag);
        if (Interlocked.Increment(ref _count) > slots.Length / 2 && slots.Length < _maxCapacity) Grow(slots);
        return shared;
    }

    /// <summary>The outcome kept for (tag, key) in <paramref name="slots"/>, or null; <paramref name="free"/> is the first
    /// empty slot of the probe sequence (−1 when none).</summary>
    private PlaceResolution? Find(Slot[] slots, ulong tag, ulong key, out int free)
    {
        var mask = slots.Length - 1;
        var home = Home(tag, slots.Length);
        free = -1;
        for (var p = 0; p < Probes; p++)
        {
            ref var s = ref slots[(home + p) & mask];
            var t = Volatile.Read(ref s.Tag);
            if (t == Empty)
            {
                free = (home + p) & mask;
                return null;
            }
            if (t == tag && (s.Data & ~OutcomeMask) == key) return Volatile.Read(ref _outcomes)[(int)(s.Data & OutcomeMask)];
        }
        return null;
    }

    private static int Home(ulong tag, int length) => (int)(tag >> (64 - System.Numerics.BitOperations.Log2((uint)length)));

    /// <summary>The outcome index of <paramref name="r"/> and the object stored there: a resolved place shares the object
    /// of the first text with the same node, matched division and method; a failure keeps its own. −1 when the outcome
    /// indices (2²⁰) are used up.</summary>
    private (int Index, PlaceResolution Value) Keep(PlaceResolution r)
    {
        lock (_gate)
        {
            // Division codes are below 2³⁰ (townships: 9 digits) and methods below 16: the three fit one long.
            var key = ((long)(r.Node?.Code ?? 0) << 34) | ((long)(uint)(r.Matched?.Code ?? 0) << 4) | (long)r.Method;
            if (r.IsResolved && r.Failure == ResolutionFailure.None && r.Reason.Length == 0 && r.Candidates.Count == 0
                && _shared.TryGetValue(key, out var known))
                return (known, _outcomes[known]);
            var i = _outcomeCount;
            if (i > (int)OutcomeMask) return (-1, r);
            if (i == _outcomes.Length)
            {
                var grown = new PlaceResolution[i * 2];
                Array.Copy(_outcomes, grown, i);
                Volatile.Write(ref _outcomes, grown);
            }
            _outcomes[i] = r;
            Volatile.Write(ref _outcomeCount, i + 1);
            if (r.IsResolved && r.Failure == ResolutionFailure.None && r.Reason.Length == 0 && r.Candidates.Count == 0) _shared[key] = i;
            return (i, r);
        }
    }

    /// <summary>Doubles the table (unless another thread already did); each ready entry moves to the first free slot of
    /// its probe sequence in the larger table (an entry that finds none is dropped).</summary>
    private void Grow(Slot[] from)
    {
        lock (_gate)
        {
            if (!ReferenceEquals(Volatile.Read(ref _slots), from)) return;
            var size = from.Length * 2;
            var slots = new Slot[size];
            var count = 0;
            for (var k = 0; k < from.Length; k++)
            {
                if (Volatile.Read(ref from[k].Tag) <= Claimed) continue;
                var e = from[k];
                var home = Home(e.Tag, size);
                for (var p = 0; p < Probes; p++)
                {
                    ref var s = ref slots[(home + p) & (size - 1)];
                    if (s.Tag != Empty) continue;
                    s = e;
                    count++;
                    break;
                }
            }
            Volatile.Write(ref _count, count);
            Volatile.Write(ref _slots, slots);
        }
    }
}

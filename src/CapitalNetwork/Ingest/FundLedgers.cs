namespace CapitalNetwork.Ingest;

/// <summary>
/// Per-fund compact ledgers of what the ingest has already counted for each fund: the partner identities seen (for
/// duplicate pairs) and the (partner city, fund city) edges the fund is on (for distinct funds per edge and per city).
/// </summary>
/// <remarks>
/// <para>Layout: per fund a 4-byte region start and two bytes (slots used, slots reserved); every fund owns one exact-size region of a shared arena of 32-bit slots, kept in 1 MiB pages (no
/// per-fund object, no array header). A partner entry takes two slots (a 63-bit hash of the partner identity, top bit
/// 0); an edge entry takes one (top bit 1, then the 15-bit source node and the 16-bit target node). A fund's city is on
/// record when one of its edges ends there, so cities need no entry of their own. A fund that is still being read
/// sits at the top of the arena and grows in place one entry at a time, so a file whose rows come fund by fund (as
/// registry exports do) leaves no slack at all; a fund that comes back after others is moved to the top with room for
/// twice its entries (the old region is abandoned: at most the sum of a geometric series, i.e. about twice the live
/// slots, in the worst interleaving). A fund with more than <see cref="BigSlots"/> slots of entries moves to its own
/// <see cref="Int64HashSet"/>, so no lookup is longer than a 64-slot scan and a fund with a million partners is
/// still O(1) per row.</para>
/// <para>Exactness: edges and cities are exact. Partner identities are compared by a 63-bit hash within one fund, so a
/// false duplicate needs two different partner identities of the same fund with the same hash: probability at most
/// Σ_f k_f² / 2⁶⁴ for k_f partners of fund f (≈ 3·10⁻¹² for 10 million rows of 6 partners a fund).</para>
/// </remarks>
internal sealed class FundLedgers
{
    /// <summary>Largest region (in slots) scanned linearly; a fund with more entries gets a hash set.</summary>
    public const int BigSlots = 64;

    private const int PageShift = 18;
    private const int PageSize = 1 << PageShift;
    private const int PageMask = PageSize - 1;
    private const uint EdgeTag = 0x8000_0000u;
    private const ulong BigEdgeTag = 0x8000_0000_0000_0000UL;
    private const ulong BigCityTag = 0xC000_0000_0000_0000UL;

    private uint[][] _pages = new uint[8][];
    private int _pageCount;
    private long _top;
    private readonly PagedArray<int> _start = new();   // ≥ 0: arena slot; < 0: −1 − index into _big
    private readonly PagedArray<byte> _count = new();   // slots used (≤ BigSlots)
    private readonly PagedArray<byte> _cap = new();     // slots reserved (≤ BigSlots)
    private readonly List<Int64HashSet> _big = [];
    private int _funds;

    /// <summary>Slots abandoned by moved regions (for the memory figures and the tests).</summary>
    public long AbandonedSlots { get; private set; }

    /// <summary>Funds whose entries moved to a hash set.</summary>
    public int BigFunds => _big.Count;

    /// <summary>Bytes held: arena pages, per-fund arrays and the hash sets of big funds.</summary>
    public long Bytes => (long)_pageCount * PageSize * sizeof(uint) + _start.Bytes + _count.Bytes + _cap.Bytes + _big.Sum(b => b.Bytes);

    /// <summary>Records partner identity <paramref name="partnerHash"/> for <paramref name="fund"/>; false when the fund
    /// already has it (a duplicate pair). The top bit of the hash is not used, and a hash whose other 63 bits are all 0
    /// counts as 1.</summary>
    public bool AddPartner(int fund, ulong partnerHash)
    {
        Ensure(fund);
        if ((partnerHash & 0x7FFF_FFFF_FFFF_FFFFUL) == 0) partnerHash = 1;
        var hi = (uint)(partnerHash >> 32) & 0x7FFF_FFFFu;
        var lo = (uint)partnerHash;
        var start = _start[fund];
        if (start < 0) return _big[-1 - start].Add(BigPartnerKey(hi, lo));
        var n = _count[fund];
        if (n > 0)
        {
            var region = Region(start, n);
            for (var i = 0; i < region.Length;)
            {
                var v = region[i];
                if ((v & EdgeTag) != 0) { i++; continue; }
                if (v == hi && region[i + 1] == lo) return false;
                i += 2;
            }
        }
        if (!Reserve(fund, 2)) return _big[-1 - _start[fund]].Add(BigPartnerKey(hi, lo));
        var at = Region(_start[fund], n + 2);
        at[n] = hi;
        at[n + 1] = lo;
        _count[fund] = (byte)(n + 2);
        return true;
    }

    /// <summary>Records that <paramref name="fund"/> has a row on the edge <paramref name="source"/> →
    /// <paramref name="target"/>: whether the fund is new on that edge, and new in the target city.</summary>
    public (bool NewOnEdge, bool NewInCity) AddFlow(int fund, int source, int target)
    {
        if ((uint)source >= 1u << 15 || (uint)target >= 1u << 16) throw new ArgumentOutOfRangeException(nameof(source), "Node indices of a city network are below 32,768.");
        Ensure(fund);
        var edge = EdgeTag | (uint)source << 16 | (uint)target;
        var start = _start[fund];
        if (start < 0) return AddBigFlow(_big[-1 - start], edge, target);
        var n = _count[fund];
        var sawCity = false;
        if (n > 0)
        {
            var region = Region(start, n);
            for (var i = 0; i < region.Length;)
            {
                var v = region[i];
                if ((v & EdgeTag) == 0) { i += 2; continue; }
                if (v == edge) return (false, false);
                sawCity |= (v & 0xFFFF) == (uint)target;
                i++;
            }
        }
        if (!Reserve(fund, 1)) return AddBigFlow(_big[-1 - _start[fund]], edge, target);
        Region(_start[fund], n + 1)[n] = edge;
        _count[fund] = (byte)(n + 1);
        return (true, !sawCity);
    }

    private static (bool, bool) AddBigFlow(Int64HashSet set, uint edge, int target)
    {
        var newEdge = set.Add(BigEdgeTag | edge);
        var newCity = set.Add(BigCityTag | (uint)target);
        return (newEdge, newCity);
    }

    private static ulong BigPartnerKey(uint hi, uint lo) => (ulong)hi << 32 | lo;

    private Span<uint> Region(int start, int length) => _pages[start >> PageShift].AsSpan(start & PageMask, length);

    private void Ensure(int fund)
    {
        if (fund < _funds) return;
        _funds = fund + 1;
        _start.EnsureLength(_funds);
        _count.EnsureLength(_funds);
        _cap.EnsureLength(_funds);
    }

    /// <summary>Makes room for <paramref name="more"/> slots in the fund's region; false when the fund moved to a hash set instead.</summary>
    private bool Reserve(int fund, int more)
    {
        var start = _start[fund];
        var n = _count[fund];
        var cap = _cap[fund];
        var need = n + more;
        if (need <= cap) return true;
        if (need > BigSlots)
        {
            MakeBig(fund, start, n, cap);
            return false;
        }
        if (cap > 0 && start + cap == _top && (start & PageMask) + need <= PageSize)
        {
            // The region ends at the top of the arena: grow in place, exactly.
            _top += need - cap;
            _cap[fund] = (byte)need;
            return true;
        }
        // New fund: exactly what it needs. A fund that comes back after others: room for twice its entries.
        var newCap = cap == 0 ? need : Math.Min(BigSlots, 2 * need);
        var newStart = Allocate(newCap);
        if (n > 0) Region(start, n).CopyTo(Region(newStart, n));
        AbandonedSlots += cap;
        _start[fund] = newStart;
        _cap[fund] = (byte)newCap;
        return true;
    }

    private int Allocate(int slots)
    {
        if ((_top & PageMask) + slots > PageSize) _top = (_top | PageMask) + 1;
        var page = (int)(_top >> PageShift);
        if (page >= _pageCount)
        {
            if (_top + slots > int.MaxValue) throw new InvalidOperationException("The ingest's fund ledgers exceed 2³¹ slots (8 GiB).");
            if (_pageCount == _pages.Length) Array.Resize(ref _pages, _pages.Length * 2);
            _pages[_pageCount++] = new uint[PageSize];
        }
        var start = (int)_top;
        _top += slots;
        return start;
    }

    private void MakeBig(int fund, int start, int n, int cap)
    {
        var set = new Int64HashSet(2 * BigSlots);
        if (n > 0)
        {
            var region = Region(start, n);
            for (var i = 0; i < region.Length;)
            {
                var v = region[i];
                if ((v & EdgeTag) != 0)
                {
                    AddBigFlow(set, v, (int)(v & 0xFFFF));
                    i++;
                }
                else
                {
                    set.Add(BigPartnerKey(v, region[i + 1]));
                    i += 2;
                }
            }
        }
        if (cap > 0 && start + cap == _top) _top = start;   // the region was the last one: give it back
        else AbandonedSlots += cap;
        _big.Add(set);
        _start[fund] = -_big.Count;
        _count[fund] = 0;
        _cap[fund] = 0;
    }
}

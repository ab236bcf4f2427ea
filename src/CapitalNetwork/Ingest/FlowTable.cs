namespace CapitalNetwork.Ingest;

/// <summary>
/// The ingest's running sums per (snapshot, source node, target node): funds, links and capital, summed row by row in
/// file order, plus registered funds per (snapshot, node). Snapshot 0 is the total network; the others are filing
/// years (a row counts in the total and in its fund's year). At the end each snapshot's sums go into a <see cref="FlowNetworkBuilder"/> once per edge, so the networks are
/// exactly the ones adding every row to the builders would give (the same sums in the same order: 0 + s = s).
/// </summary>
/// <remarks>Open addressing over 64-bit keys (snapshot in the high 32 bits, then 16 bits per node; nodes below 2¹⁵) with
/// Fibonacci hashing and linear probing at load ≤ 1/2: O(1) per row, no allocation per row. Memory O(distinct edges of
/// all snapshots) — independent of the number of rows.</remarks>
internal sealed class FlowTable
{
    private ulong[] _keys = new ulong[1024];     // key + 1; 0 = empty
    private int[] _slot = new int[1024];        // index into the sums
    private int _shift = 64 - 10;
    private ulong[] _entryKeys = new ulong[256];
    private Sums[] _sums = new Sums[256];
    private readonly Dictionary<int, double[]> _registered = [];
    private readonly int _nodeCount;

    /// <summary>Creates the table for networks of <paramref name="nodeCount"/> nodes.</summary>
    public FlowTable(int nodeCount)
    {
        if (nodeCount >= 1 << 15) throw new ArgumentOutOfRangeException(nameof(nodeCount), "At most 32,767 nodes.");
        _nodeCount = nodeCount;
    }

    /// <summary>Number of distinct (snapshot, source, target) entries.</summary>
    public int Count { get; private set; }

    /// <summary>Adds one row's flow to the total and, when <paramref name="year"/> is not 0, to that year's snapshot.</summary>
    public void Add(int year, int source, int target, bool newFundOnEdge, bool newFundInCity, double capital)
    {
        var pair = ((ulong)(uint)source << 16) | (uint)target;
        int total;
        if (year != 0)
        {
            var e = Entry(((ulong)(uint)year << 32) | pair);   // one probe: the year's entry knows the total's
            Accumulate(ref _sums[e], newFundOnEdge, capital);
            total = _sums[e].Total;
            if (newFundInCity) Registered(year)[target] += 1;
        }
        else
        {
            total = Entry(pair);
        }
        Accumulate(ref _sums[total], newFundOnEdge, capital);
        if (newFundInCity) Registered(0)[target] += 1;
    }

    private static void Accumulate(ref Sums sums, bool newFundOnEdge, double capital)
    {
        if (newFundOnEdge) sums.Funds += 1;
        sums.Links += 1;
        sums.Capital += capital;
    }

    private double[] Registered(int snapshot)
    {
        if (!_registered.TryGetValue(snapshot, out var reg)) _registered[snapshot] = reg = new double[_nodeCount];
        return reg;
    }

    /// <summary>Adds every edge and registered-fund count of <paramref name="snapshot"/> to <paramref name="builder"/>.</summary>
    public void CopyTo(int snapshot, FlowNetworkBuilder builder)
    {
        for (var e = 0; e < Count; e++)
        {
            var key = _entryKeys[e];
            if ((int)(key >> 32) != snapshot) continue;
            var s = (int)((key >> 16) & 0xFFFF);
            var t = (int)(key & 0xFFFF);
            ref var sums = ref _sums[e];
            var c = sums.Capital;
            if (double.IsFinite(c))
            {
                builder.AddFlow(s, t, sums.Funds, sums.Links, c);
            }
            else
            {
                // Row capitals are finite but their sum overflowed: the builder, given the rows one by one, would have
                // reached +∞ too. Two finite halves whose sum overflows give the same +∞.
                builder.AddFlow(s, t, sums.Funds, sums.Links, double.MaxValue);
                builder.AddFlow(s, t, 0, 0, double.MaxValue);
            }
        }
        if (_registered.TryGetValue(snapshot, out var reg))
            for (var v = 0; v < reg.Length; v++)
                if (reg[v] != 0) builder.AddRegisteredFunds(v, reg[v]);
    }

    private int Entry(ulong key)
    {
        var stored = key + 1;
        var mask = _keys.Length - 1;
        for (var i = (int)((stored * 0x9E3779B97F4A7C15UL) >> _shift); ; i = (i + 1) & mask)
        {
            var k = _keys[i];
            if (k == stored) return _slot[i];
            if (k == 0) return Create(key);
        }
    }

    private int Create(ulong key)
    {
        // A year's entry points at the total's entry of the same pair (created first when new).
        var total = key >> 32 != 0 ? Entry(key & 0xFFFF_FFFFUL) : -1;
        var e = Count++;
        if (e == _entryKeys.Length)
        {
            Array.Resize(ref _entryKeys, e * 2);
            Array.Resize(ref _sums, e * 2);
        }
        _entryKeys[e] = key;
        _sums[e].Total = total;
        var stored = key + 1;
        var mask = _keys.Length - 1;
        var i = (int)((stored * 0x9E3779B97F4A7C15UL) >> _shift);
        while (_keys[i] != 0) i = (i + 1) & mask;
        _keys[i] = stored;
        _slot[i] = e;
        if (Count * 2 > _keys.Length) Grow();
        return e;
    }

    /// <summary>The sums of one entry (funds, links, capital) and, for a year's entry, the index of the total's.</summary>
    private struct Sums
    {
        public double Funds;
        public double Links;
        public double Capital;
        public int Total;
    }

    private void Grow()
    {
        var keys = new ulong[_keys.Length * 2];
        var slots = new int[keys.Length];
        var shift = _shift - 1;
        var mask = keys.Length - 1;
        for (var e = 0; e < Count; e++)
        {
            var stored = _entryKeys[e] + 1;
            var i = (int)((stored * 0x9E3779B97F4A7C15UL) >> shift);
            while (keys[i] != 0) i = (i + 1) & mask;
            keys[i] = stored;
            slots[i] = e;
        }
        _keys = keys;
        _slot = slots;
        _shift = shift;
    }
}

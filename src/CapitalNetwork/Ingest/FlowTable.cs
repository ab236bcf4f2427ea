namespace CapitalNetwork.Ingest;

/// <summary>
/// The ingest's running sums per (snapshot, source node, target node): funds, links and capital, summed row by row in
/// file order, plus registered funds per (snapshot, node). Snapshot 0 is the total network; the others are filing
/// years (a row counts in the total and in its fund's year). At the end each snapshot's network is made from its sums
/// (<see cref="Build"/>), exactly the one adding every row to a <see cref="FlowNetworkBuilder"/> would give (the same sums
/// in the same order, and the builder's edge order).
/// </summary>
/// <remarks>Two layouts, the same sums. Up to <see cref="DenseMaxNodes"/> nodes (the 372 cities): the total's sums in one
/// dense n × n table (4.4 MB for 372 nodes), and per year a dense n × n index of 4-byte entry numbers (553 KB for 372
/// nodes, made when the year's first row comes) into the entries of the pairs that year has (kept in pages of 16,384,
/// never copied): a row touches the total's cell and its year's entry, with no hashing. Memory O(n² · (1 + years / 8) + distinct year–edge pairs) — independent
/// of the number of rows. More nodes: open addressing over 64-bit keys (snapshot in the high 32 bits, then 16 bits per
/// node; nodes below 2¹⁵) with Fibonacci hashing and linear probing at load ≤ 1/2: O(1) per row, no allocation per row.
/// Memory O(distinct edges of all snapshots) — independent of the number of rows.</remarks>
internal sealed class FlowTable
{
    /// <summary>Largest node count kept in dense tables.</summary>
    public const int DenseMaxNodes = 512;

    private readonly bool _dense;
    private Sums[]? _totalCells;                                   // dense: the total's sums of cell source · n + target
    private readonly Dictionary<int, int[]> _yearIndex = [];       // dense: year → entry + 1 of each cell (0 = none yet)
    private readonly List<Sums[]> _yearPages = [];                 // dense: the year entries, 16,384 a page (never copied)
    private const int PageShift = 14;
    private int[]? _lastIndex;
    private int _lastYear;

    private Bucket[] _buckets = new Bucket[1024];   // key + 1 (0 = empty) and the index into the sums, side by side
    private int _shift = 64 - 10;
    private ulong[] _entryKeys = new ulong[256];
    private Sums[] _sums = new Sums[256];
    private readonly Dictionary<int, double[]> _registered = [];
    private readonly int _nodeCount;

    /// <summary>Creates the table for networks of <paramref name="nodeCount"/> nodes; <paramref name="dense"/> chooses
    /// the layout (by default dense up to <see cref="DenseMaxNodes"/> nodes).</summary>
    public FlowTable(int nodeCount, bool? dense = null)
    {
        if (nodeCount >= 1 << 15) throw new ArgumentOutOfRangeException(nameof(nodeCount), "At most 32,767 nodes.");
        _nodeCount = nodeCount;
        _dense = dense ?? nodeCount <= DenseMaxNodes;
        if (_dense && nodeCount > DenseMaxNodes) throw new ArgumentOutOfRangeException(nameof(dense), $"Dense tables hold at most {DenseMaxNodes} nodes.");
    }

    /// <summary>Number of entries: distinct (snapshot, source, target) of the hashed layout, (year, source, target) of the dense one.</summary>
    public int Count { get; private set; }

    /// <summary>Adds one row's flow to the total and, when <paramref name="year"/> is not 0, to that year's snapshot.</summary>
    public void Add(int year, int source, int target, bool newFundOnEdge, bool newFundInCity, double capital)
    {
        if (_dense)
        {
            var cell = source * _nodeCount + target;
            if (year != 0)
            {
                if (year != _lastYear || _lastIndex is null)
                {
                    if (!_yearIndex.TryGetValue(year, out _lastIndex)) _yearIndex[year] = _lastIndex = new int[_nodeCount * _nodeCount];
                    _lastYear = year;
                }
                ref var at = ref _lastIndex[cell];
                if (at == 0) at = AppendYearEntry() + 1;
                Accumulate(ref YearEntry(at - 1), newFundOnEdge, capital);
                if (newFundInCity) Registered(year)[target] += 1;
            }
            Accumulate(ref (_totalCells ??= new Sums[_nodeCount * _nodeCount])[cell], newFundOnEdge, capital);
            if (newFundInCity) Registered(0)[target] += 1;
            return;
        }
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

    /// <summary>The network of every snapshot (0 = the total, then each year that has an entry or registered funds), built
    /// directly from the sums: one pass sorts the entries into their snapshots, then each snapshot's edges are sorted by
    /// (source, target) — the order <see cref="FlowNetworkBuilder.Build"/> gives — and the networks are made on both cores
    /// at once (each is independent of the others, so the result does not depend on the threads). A capital sum that
    /// overflowed to +∞ stays +∞, as the builder given the rows one by one would have it.</summary>
    public Dictionary<int, FlowNetwork> Build(NetworkNode[] nodes, IEnumerable<int> snapshots)
    {
        var empty = FlowNetworkBuilder.WithNodes(nodes).Build();
        var (shared, index) = (empty.NodeArray, empty.Index);
        var wanted = snapshots.Prepend(0).Distinct().ToArray();
        var members = _dense ? null : Members(wanted);
        var built = new FlowNetwork[wanted.Length];
        Parallel.For(0, wanted.Length, new ParallelOptions { MaxDegreeOfParallelism = 2 }, k =>
        {
            var (src, dst, f, l, c) = _dense ? DenseEdges(wanted[k]) : HashedEdges(members![k]);
            var registered = _registered.TryGetValue(wanted[k], out var reg) ? (double[])reg.Clone() : new double[_nodeCount];
            built[k] = new FlowNetwork(shared, index, src, dst, f, l, c, registered);
        });
        var result = new Dictionary<int, FlowNetwork>();
        for (var k = 0; k < wanted.Length; k++) result[wanted[k]] = built[k];
        return result;
    }

    /// <summary>The hashed layout's entries of each wanted snapshot, in one pass over the entries.</summary>
    private int[][] Members(int[] wanted)
    {
        var slot = new Dictionary<int, int>();
        for (var k = 0; k < wanted.Length; k++) slot[wanted[k]] = k;
        var counts = new int[wanted.Length];
        for (var e = 0; e < Count; e++)
            if (slot.TryGetValue((int)(_entryKeys[e] >> 32), out var k)) counts[k]++;
        var members = new int[wanted.Length][];
        for (var k = 0; k < wanted.Length; k++) members[k] = new int[counts[k]];
        Array.Clear(counts);
        for (var e = 0; e < Count; e++)
            if (slot.TryGetValue((int)(_entryKeys[e] >> 32), out var k)) members[k][counts[k]++] = e;
        return members;
    }

    /// <summary>The edge columns of one snapshot of the hashed layout (its entries sorted by source, then target).</summary>
    private (int[], int[], double[], double[], double[]) HashedEdges(int[] entries)
    {
        var m = entries.Length;
        var keys = new long[m];
        for (var i = 0; i < m; i++) keys[i] = (long)(_entryKeys[entries[i]] & 0xFFFF_FFFFUL);   // source << 16 | target
        Array.Sort(keys, entries);
        var (src, dst, f, l, c) = FlowNetwork.EdgeColumns(m);
        for (var i = 0; i < m; i++)
        {
            ref var sums = ref _sums[entries[i]];
            (src[i], dst[i], f[i], l[i], c[i]) = ((int)(keys[i] >> 16), (int)(keys[i] & 0xFFFF), sums.Funds, sums.Links, sums.Capital);
        }
        return (src, dst, f, l, c);
    }

    /// <summary>The edge columns of one snapshot of the dense layout: the total's cells with a row (links ≥ 1), or a
    /// year's entries, both in (source, target) order — the order of the cells.</summary>
    private (int[], int[], double[], double[], double[]) DenseEdges(int snapshot)
    {
        var n = _nodeCount;
        var total = snapshot == 0 ? _totalCells ?? [] : null;
        var entries = total is null && _yearIndex.TryGetValue(snapshot, out var ix) ? ix : [];
        var cells = total?.Length ?? entries.Length;
        var m = 0;
        for (var i = 0; i < cells; i++) if (total is not null ? total[i].Links != 0 : entries[i] != 0) m++;
        var (src, dst, f, l, cap) = FlowNetwork.EdgeColumns(m);
        var e = 0;
        for (var i = 0; i < cells; i++)
        {
            if (total is not null ? total[i].Links == 0 : entries[i] == 0) continue;
            ref var sums = ref total is not null ? ref total[i] : ref YearEntry(entries[i] - 1);
            (src[e], dst[e], f[e], l[e], cap[e]) = (i / n, i % n, sums.Funds, sums.Links, sums.Capital);
            e++;
        }
        return (src, dst, f, l, cap);
    }

    private int Entry(ulong key)
    {
        var stored = key + 1;
        var buckets = _buckets;
        var mask = buckets.Length - 1;
        for (var i = (int)((stored * 0x9E3779B97F4A7C15UL) >> _shift); ; i = (i + 1) & mask)
        {
            var k = buckets[i].Key;
            if (k == stored) return buckets[i].Entry;
            if (k == 0) return Create(key);
        }
    }

    /// <summary>One slot of the open-addressing index: the stored key (key + 1; 0 = empty) and its entry.</summary>
    private struct Bucket
    {
        public ulong Key;
        public int Entry;
    }

    private int Create(ulong key)
    {
        // A year's entry points at the total's entry of the same pair (created first when new).
        var total = key >> 32 != 0 ? Entry(key & 0xFFFF_FFFFUL) : -1;
        var e = Append(key, total);
        var stored = key + 1;
        var mask = _buckets.Length - 1;
        var i = (int)((stored * 0x9E3779B97F4A7C15UL) >> _shift);
        while (_buckets[i].Key != 0) i = (i + 1) & mask;
        _buckets[i] = new Bucket { Key = stored, Entry = e };
        if (Count * 2 > _buckets.Length) Grow();
        return e;
    }

    /// <summary>A new year entry of the dense layout (its sums zero): pages are added, never grown or copied, so the
    /// large-object heap sees one allocation per 16,384 entries and no garbage.</summary>
    private int AppendYearEntry()
    {
        var e = Count++;
        if (e >> PageShift == _yearPages.Count) _yearPages.Add(new Sums[1 << PageShift]);
        return e;
    }

    private ref Sums YearEntry(int e) => ref _yearPages[e >> PageShift][e & ((1 << PageShift) - 1)];

    /// <summary>A new entry for <paramref name="key"/> (its sums zero), whose total's entry is <paramref name="total"/>.</summary>
    private int Append(ulong key, int total)
    {
        var e = Count++;
        if (e == _entryKeys.Length)
        {
            Array.Resize(ref _entryKeys, e * 2);
            Array.Resize(ref _sums, e * 2);
        }
        _entryKeys[e] = key;
        _sums[e].Total = total;
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
        var buckets = new Bucket[_buckets.Length * 2];
        var shift = _shift - 1;
        var mask = buckets.Length - 1;
        for (var e = 0; e < Count; e++)
        {
            var stored = _entryKeys[e] + 1;
            var i = (int)((stored * 0x9E3779B97F4A7C15UL) >> shift);
            while (buckets[i].Key != 0) i = (i + 1) & mask;
            buckets[i] = new Bucket { Key = stored, Entry = e };
        }
        _buckets = buckets;
        _shift = shift;
    }
}

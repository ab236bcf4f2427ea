namespace CapitalNetwork.Ingest;

/// <summary>
/// The ingest's funds: each distinct fund key gets a dense index 0, 1, 2, … in order of first appearance, with the
/// fund's filing date and whether any of its rows was used. Keys are 64-bit hashes of the fund key text
/// (<see cref="KeyHash"/>), not the text: two different fund keys are merged only when their hashes collide, with
/// probability at most n²/2⁶⁵ for n funds (≈ 8·10⁻⁸ for 1.7 million funds). Memory per fund: the 8-byte key, a 2-byte
/// date and a flag byte in paged arrays, plus 4-byte index slots at load ≤ 4/5 (≈ 16–21 bytes a fund in all).
/// </summary>
internal sealed class FundTable
{
    private readonly PagedArray<ulong> _keys = new();
    private readonly PagedArray<ushort> _days = new(); // days since 1950-01-01, + 1; 0 = no date
    private readonly PagedArray<byte> _used = new();
    private int[] _slots = new int[1024];                  // fund index + 1; 0 = empty; load ≤ 4/5
    private int _shift = 64 - 10;

    /// <summary>Number of distinct funds seen.</summary>
    public int Count { get; private set; }

    /// <summary>Number of funds marked used.</summary>
    public int UsedCount { get; private set; }

    /// <summary>Bytes held by the table.</summary>
    public long Bytes => _keys.Bytes + _days.Bytes + _used.Bytes + (long)_slots.Length * sizeof(int);

    /// <summary>The index of the fund with this key hash, adding it (with <paramref name="date"/>) when new.</summary>
    public int GetOrAdd(ulong key, DateOnly? date, out bool added)
    {
        var mask = _slots.Length - 1;
        for (var i = Slot(key, _shift); ; i = (i + 1) & mask)
        {
            var f = _slots[i] - 1;
            if (f < 0)
            {
                added = true;
                f = Count++;
                _keys.EnsureLength(Count);
                _days.EnsureLength(Count);
                _used.EnsureLength(Count);
                _keys[f] = key;
                _days[f] = date is { } d ? Day(d) : (ushort)0;
                _slots[i] = f + 1;
                if (Count * 5L > _slots.Length * 4L) Grow();
                return f;
            }
            if (_keys[f] == key)
            {
                added = false;
                return f;
            }
        }
    }

    /// <summary>The fund's filing date, or <c>null</c>.</summary>
    public DateOnly? Date(int fund) => _days[fund] is var d && d > 0 ? DateOnly.FromDayNumber(Epoch + d - 1) : null;

    /// <summary>Sets the fund's filing date.</summary>
    public void SetDate(int fund, DateOnly date) => _days[fund] = Day(date);

    private static readonly int Epoch = new DateOnly(1950, 1, 1).DayNumber;

    /// <summary>Days since 1950-01-01, plus 1: dates 1950-01-01 to 2129-06-05 fit in 16 bits (the reader accepts 1980–2100).</summary>
    private static ushort Day(DateOnly date)
    {
        var d = date.DayNumber - Epoch + 1;
        if (d is < 1 or > ushort.MaxValue) throw new ArgumentOutOfRangeException(nameof(date), date, "Filing dates of the ingest lie between 1950 and 2129.");
        return (ushort)d;
    }

    /// <summary>Marks the fund used (counted into the network); idempotent.</summary>
    public void MarkUsed(int fund)
    {
        if (_used[fund] != 0) return;
        _used[fund] = 1;
        UsedCount++;
    }

    private static int Slot(ulong key, int shift) => (int)((key * 0x9E3779B97F4A7C15UL) >> shift);

    private void Grow()
    {
        var bigger = new int[_slots.Length * 2];
        var shift = _shift - 1;
        var mask = bigger.Length - 1;
        for (var f = 0; f < Count; f++)
        {
            var i = Slot(_keys[f], shift);
            while (bigger[i] != 0) i = (i + 1) & mask;
            bigger[i] = f + 1;
        }
        _slots = bigger;
        _shift = shift;
    }
}

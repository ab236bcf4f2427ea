using System.Runtime.ExceptionServices;

namespace CapitalNetwork.Ingest;

/// <summary>
/// Runs a <see cref="FilingsReader"/> on its own thread (CSV parsing, decoding, validation, dates and amounts) and
/// resolves each record's fund place there, while the ingest counts on the caller's thread. The partner's place is
/// looked up in the shared cache (<see cref="Places"/>) and resolved when not kept by whichever thread has time: the
/// reader's while the caller is well behind (<see cref="ResolveAt"/> full batches waiting), else the caller's
/// (<see cref="ResolvePartner"/>). Resolution is a pure function of the text, so where it runs changes only the time.
/// The reader's output — records and the diagnostics it reports, in the order it produces them — reaches the caller in that same order, in batches through a bounded queue, so the ingest
/// sees exactly the sequence a plain <c>foreach</c> over <see cref="FilingsReader.ReadRecords"/> would give: the
/// result, the diagnostics and their order do not depend on the threads. An exception of the reader (a strict-mode
/// rejection, cancellation, an I/O error) is rethrown on the caller's thread after the items that came before it.
/// </summary>
/// <remarks>Memory: at most <see cref="QueueBatches"/> + 2 batches of <see cref="BatchSize"/> items in flight, whatever the
/// size of the input. Disposing stops the reader thread and waits for it, so the reader can be disposed afterwards.</remarks>
internal sealed class Pipeline : IDisposable
{
    /// <summary>Items per batch.</summary>
    public const int BatchSize = 1024;

    /// <summary>Full batches the queue holds before the reader waits.</summary>
    public const int QueueBatches = 8;

    /// <summary>Full batches waiting from which the reader also resolves partner places (the caller is clearly behind):
    /// the reading thread is the busier one on most files, so it takes the caller's work only then.</summary>
    public const int ResolveAt = 6;

    /// <summary>One item of the reader's output: a record (with the reader's row count after it and the resolution of its
    /// fund place) or a diagnostic. When <see cref="PartnerResolved"/>, <see cref="Partner"/> and <see cref="Code"/> are
    /// what <see cref="ResolvePartner"/> gives; else the caller resolves them.</summary>
    public readonly record struct Item(FilingRecord? Record, Diagnostic? Diagnostic, long RowsRead,
        PlaceResolution? Fund = null, bool PartnerResolved = false, PlaceResolution? Partner = null, PlaceResolution? Code = null);

    /// <summary>Resolutions are cached per text in caches that start with this many slots (registry places repeat), shared
    /// by the two threads (<see cref="Places"/>, <see cref="Codes"/>).</summary>
    public const int CacheSlots = 16_384;

    /// <summary>The place cache may grow to this many slots (issue 17 §5: registry exports hold hundreds of thousands of
    /// distinct street addresses, each seen a few times), so memory stays bounded whatever the number of rows: 8 MB of
    /// slots, up to 524,288 texts.</summary>
    public const int MaxCacheSlots = 1 << 19;

    private readonly object _gate = new();
    private readonly Queue<(Item[] Items, int Count)> _full = new();
    private readonly Stack<Item[]> _free = new();
    private readonly Thread _thread;
    private readonly IFilingsSource _reader;
    private readonly PlaceResolver _resolver;
    private string? _lastFundPlace;
    private PlaceResolution? _lastFund;
    private bool _resolvePartners;
    private readonly CancellationToken _ct;
    private ExceptionDispatchInfo? _error;
    private bool _done;
    private bool _stop;
    private Item[] _current = new Item[BatchSize];
    private int _currentCount;

    /// <summary>The partner and fund place cache, shared by the reader's thread and the caller's.</summary>
    public PlaceCache Places { get; } = new(CacheSlots, MaxCacheSlots);

    /// <summary>The credit-code cache, shared by the two threads.</summary>
    public PlaceCache Codes { get; } = new(CacheSlots, creditCode: true);

    /// <summary>Starts reading <paramref name="reader"/> on a new thread, resolving places with <paramref name="resolver"/>.</summary>
    public Pipeline(IFilingsSource reader, PlaceResolver resolver, CancellationToken ct)
    {
        _reader = reader;
        _resolver = resolver;
        _ct = ct;
        _thread = new Thread(Produce) { IsBackground = true, Name = "capnet ingest reader" };
        _thread.Start();
    }

    /// <summary>The reader's output in order; throws the reader's exception, if any, after the items before it.</summary>
    public IEnumerable<Item> Items()
    {
        while (true)
        {
            Item[] items;
            int count;
            lock (_gate)
            {
                while (_full.Count == 0 && !_done) Monitor.Wait(_gate);
                if (_full.Count == 0)
                {
                    _error?.Throw();
                    yield break;
                }
                (items, count) = _full.Dequeue();
                Monitor.PulseAll(_gate);
            }
            for (var i = 0; i < count; i++) yield return items[i];
            Array.Clear(items, 0, count);
            lock (_gate) _free.Push(items);
        }
    }

    private void Produce()
    {
        try
        {
            foreach (var rec in _reader.ReadRecords(d => Append(new Item(null, d, 0)), _ct))
            {
                Append(Resolve(rec, _reader.RowsRead));
                if (Volatile.Read(ref _stop)) return;
            }
        }
        catch (Exception e)
        {
            _error = ExceptionDispatchInfo.Capture(e);
        }
        finally
        {
            lock (_gate)
            {
                if (_currentCount > 0) _full.Enqueue((_current, _currentCount));
                _currentCount = 0;
                _done = true;
                Monitor.PulseAll(_gate);
            }
        }
    }

    private Item Resolve(FilingRecord rec, long rowsRead)
    {
        // The fund's place repeats on every row of the fund (rows come fund by fund): the last one is remembered apart
        // from the cache, whose slot for it may already hold another text (slots are never replaced).
        PlaceResolution fund;
        if (_lastFund is not null && string.Equals(rec.FundPlace, _lastFundPlace, StringComparison.Ordinal))
        {
            fund = _lastFund;
        }
        else
        {
            fund = Places.Get(rec.FundPlace, _resolver);
            _lastFundPlace = rec.FundPlace;
            _lastFund = fund;
        }
        // The partner's place: while the caller is behind, looked up (and resolved) here, where its text was just made;
        // else by the caller, so that the reading thread, the busier one on most files, does no more than it must.
        if (!_resolvePartners) return new Item(rec, null, rowsRead, fund);
        var (partner, code) = ResolvePartner(rec);
        return new Item(rec, null, rowsRead, fund, true, partner, code);
    }

    /// <summary>The partner's place resolution (when the record has a place) and the credit code's (when there is no place,
    /// or the place failed and there is a code): the two the ingest may need, by the pipeline's resolver.</summary>
    public (PlaceResolution? Partner, PlaceResolution? Code) ResolvePartner(FilingRecord rec)
    {
        var partner = rec.PartnerPlace.Length > 0 ? Places.Get(rec.PartnerPlace, _resolver) : null;
        var code = partner is null || (!partner.IsResolved && rec.PartnerCreditCode.Length > 0)
            ? Codes.Get(rec.PartnerCreditCode, _resolver)
            : null;
        return (partner, code);
    }

    private void Append(Item item)
    {
        // Stopped (the ingest ended early): unwind out of the reader; Produce swallows it, as nobody is listening.
        if (Volatile.Read(ref _stop)) throw new OperationCanceledException("The ingest stopped reading.");
        _current[_currentCount++] = item;
        if (_currentCount < BatchSize) return;
        lock (_gate)
        {
            while (_full.Count >= QueueBatches && !_stop) Monitor.Wait(_gate);
            if (_stop) throw new OperationCanceledException("The ingest stopped reading.");
            _full.Enqueue((_current, _currentCount));
            Monitor.PulseAll(_gate);
            _current = _free.Count > 0 ? _free.Pop() : new Item[BatchSize];
            _currentCount = 0;
            _resolvePartners = _full.Count >= ResolveAt;   // the caller is well behind: take some of its work
        }
    }

    /// <summary>Stops the reader thread (between rows) and waits for it.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            _stop = true;
            _full.Clear();
            Monitor.PulseAll(_gate);
        }
        _thread.Join();
    }
}

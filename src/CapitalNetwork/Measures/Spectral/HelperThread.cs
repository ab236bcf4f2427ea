using System.Diagnostics;
using System.Runtime.ExceptionServices;

namespace CapitalNetwork.Measures.Spectral;

/// <summary>
/// A second thread lent to one computation whose products are too short for <see cref="Parallel"/> (HITS on a matrix
/// below <see cref="SparseMatrix.ParallelEntries"/>: ≈ 0.35 ms per product on the 10k benchmark graph, of which
/// waking pool threads and joining them would take a sizeable part). The thread first runs a side task, then waits
/// for loops the owner hands it through <see cref="Run"/> until the owner disposes it: it spins
/// (<see cref="SpinWait"/>, which yields to other ready threads but never sleeps) and, after
/// <see cref="SpinLimit"/> without a loop, blocks until the next one.
/// </summary>
/// <remarks>
/// A loop is cut into chunks fixed by the caller; both threads claim chunks from a shared counter. The owner never
/// waits for a chunk nobody has started (it claims what the helper has not), only — spinning — for a chunk the helper
/// is in the middle of. Each output element is computed by whichever thread claims its chunk, with the same code, so
/// values never depend on whether the helper took part or how the chunks fell. The owner never waits for the thread
/// pool either: <see cref="WaitSide"/> runs the side task itself if the helper has not started, and
/// <see cref="Dispose"/> waits only for a helper that is running. Not for nested or concurrent <see cref="Run"/>
/// calls: one owner thread.
/// </remarks>
internal sealed class HelperThread : IDisposable
{
    /// <summary>How long the helper spins without a loop before it blocks (longer than the gap between two products).</summary>
    public static readonly TimeSpan SpinLimit = TimeSpan.FromMilliseconds(1);

    private const int Unclaimed = 0;
    private const int ClaimedByHelper = 1;
    private const int ClaimedByOwner = 2;

    private sealed class Job(int chunks, Action<int> body)
    {
        private int _next;
        private int _finished;
        private Exception? _error;

        /// <summary>Claims and runs chunks until none is left; a chunk that throws still counts as finished.</summary>
        public void Work()
        {
            int c;
            while ((c = Interlocked.Increment(ref _next) - 1) < chunks)
            {
                try
                {
                    body(c);
                }
                catch (Exception e)
                {
                    Interlocked.CompareExchange(ref _error, e, null);
                }
                finally
                {
                    Interlocked.Increment(ref _finished);
                }
            }
        }

        public bool Finished => Volatile.Read(ref _finished) == chunks;

        /// <summary>The first exception a chunk threw, on either thread.</summary>
        public Exception? Error => Volatile.Read(ref _error);
    }

    private readonly Action _side;
    private readonly bool _serve;
    private readonly ManualResetEventSlim _sideDone = new(false);
    private readonly ManualResetEventSlim _wake = new(false);
    private readonly Task _thread;
    private int _sideClaim;
    private Exception? _sideError;
    private Job? _job;
    private int _parked;
    private volatile bool _serving;
    private volatile bool _stop;
    private bool _disposed;

    private HelperThread(Action side, bool serve)
    {
        _side = side;
        _serve = serve;
        _thread = Task.Factory.StartNew(Loop, CancellationToken.None, TaskCreationOptions.DenyChildAttach, TaskScheduler.Default);
    }

    /// <summary>
    /// Starts the helper on a thread-pool thread: it runs <paramref name="side"/> (if any), then (when
    /// <paramref name="serve"/>) takes chunks of <see cref="Run"/> until disposed. Without <paramref name="serve"/> it
    /// is a plain background task for <paramref name="side"/>.
    /// </summary>
    public static HelperThread Start(Action? side = null, bool serve = true) => new(side ?? (static () => { }), serve);

    /// <summary>True once the side task is done and the helper takes chunks; until then <see cref="Run"/> runs alone.</summary>
    public bool Serving => _serving;

    /// <summary>
    /// Runs <paramref name="body"/>(c) for every c in [0, <paramref name="chunks"/>) on this thread and the helper,
    /// returning when all have finished; rethrows the first exception a chunk threw (the others still ran, and the
    /// helper keeps serving).
    /// </summary>
    public void Run(int chunks, Action<int> body)
    {
        var job = new Job(chunks, body);
        // A full fence between publishing the job and reading the parked flag (the helper does the mirror image), so
        // either it sees the job or this thread sees it parked and wakes it.
        Interlocked.Exchange(ref _job, job);
        if (Volatile.Read(ref _parked) != 0) _wake.Set();
        job.Work();
        var spinner = new SpinWait();
        while (!job.Finished) spinner.SpinOnce(sleep1Threshold: -1);
        if (job.Error is { } error) ExceptionDispatchInfo.Throw(error);
    }

    /// <summary>
    /// Waits for the side task, rethrowing its exception. If no pool thread has picked the helper up yet (a busy
    /// pool), the side task runs here instead and the helper, when it starts, exits at once.
    /// </summary>
    public void WaitSide()
    {
        if (Interlocked.CompareExchange(ref _sideClaim, ClaimedByOwner, Unclaimed) == Unclaimed)
        {
            try
            {
                _side();
            }
            catch (Exception e)
            {
                _sideError = e;
            }
            _sideDone.Set();
        }
        _sideDone.Wait();
        if (_sideError is not null) ExceptionDispatchInfo.Throw(_sideError);
    }

    private void Loop()
    {
        if (Interlocked.CompareExchange(ref _sideClaim, ClaimedByHelper, Unclaimed) != Unclaimed) return;
        try
        {
            _side();
        }
        catch (Exception e)
        {
            _sideError = e;
        }
        _serving = _serve && _sideError is null;
        _sideDone.Set();
        if (!_serving) return;
        Job? seen = null;
        var spinner = new SpinWait();
        var idleSince = Stopwatch.GetTimestamp();
        while (!_stop)
        {
            var job = Volatile.Read(ref _job);
            if (job is not null && !ReferenceEquals(job, seen))
            {
                seen = job;
                job.Work();
                spinner.Reset();
                idleSince = Stopwatch.GetTimestamp();
                continue;
            }
            if (Stopwatch.GetElapsedTime(idleSince) < SpinLimit)
            {
                spinner.SpinOnce(sleep1Threshold: -1);
                continue;
            }
            // Park: reset the event, announce it (full fence), look once more, then block until Run or Dispose wakes it.
            _wake.Reset();
            Interlocked.Exchange(ref _parked, 1);
            if (!_stop && ReferenceEquals(Volatile.Read(ref _job), seen)) _wake.Wait();
            Interlocked.Exchange(ref _parked, 0);
            spinner.Reset();
            idleSince = Stopwatch.GetTimestamp();
        }
    }

    /// <summary>
    /// Stops the helper. Waits for it only if it is running (it has claimed the side task); a helper the pool has not
    /// started yet will find the side task claimed and exit without touching anything, events included.
    /// </summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _stop = true;
        Interlocked.MemoryBarrier();
        if (Interlocked.CompareExchange(ref _sideClaim, ClaimedByOwner, Unclaimed) == ClaimedByHelper)
        {
            _wake.Set();
            _thread.GetAwaiter().GetResult();
        }
        _sideDone.Dispose();
        _wake.Dispose();
    }
}

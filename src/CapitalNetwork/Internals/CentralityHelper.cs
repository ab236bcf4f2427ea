namespace CapitalNetwork.Internals;

/// <summary>
/// A second thread lent to one computation whose products are too short for <see cref="Parallel"/> (HITS on a matrix
/// below <see cref="CentralityMatrix.ParallelEntries"/>: ≈ 0.3 ms per product, where waking a pool thread and joining
/// it costs a sizeable part of that). The thread first runs a side task, then stays awake — spinning, yielding its
/// core when the system asks — and helps with every loop the owner hands it through <see cref="Run"/>, until the owner
/// disposes it.
/// </summary>
/// <remarks>
/// A loop is cut into chunks fixed by the caller; both threads claim chunks from a shared counter, and the owner
/// never waits for a chunk nobody has started (it claims what the helper has not). Each output element is computed by
/// whichever thread claims its chunk, with the same code, so values never depend on whether the helper took part or
/// how the chunks fell. Not for nested or concurrent <see cref="Run"/> calls: one owner thread.
/// </remarks>
internal sealed class CentralityHelper : IDisposable
{
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
    private readonly CancellationTokenSource _cancel = new();
    private readonly ManualResetEventSlim _sideDone = new(false);
    private readonly Task _thread;
    private int _sideClaimed;
    private Exception? _sideError;
    private Job? _job;
    private volatile bool _serving;
    private volatile bool _stop;

    private CentralityHelper(Action side, bool serve)
    {
        _side = side;
        _serve = serve;
        _thread = Task.Factory.StartNew(Loop, _cancel.Token, TaskCreationOptions.DenyChildAttach, TaskScheduler.Default);
    }

    /// <summary>
    /// Starts the helper on a thread-pool thread: it runs <paramref name="side"/>, then (when <paramref name="serve"/>)
    /// takes chunks of <see cref="Run"/> until disposed. Without <paramref name="serve"/> it is a plain background task
    /// for <paramref name="side"/>.
    /// </summary>
    public static CentralityHelper Start(Action side, bool serve) => new(side, serve);

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
        Volatile.Write(ref _job, job);
        job.Work();
        var spinner = new SpinWait();
        while (!job.Finished) spinner.SpinOnce(sleep1Threshold: -1);
        if (job.Error is { } error) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(error);
    }

    /// <summary>
    /// Waits for the side task, rethrowing its exception. If no pool thread has picked the helper up yet (a busy
    /// pool), the side task runs here instead and the helper, when it starts, only exits: never a wait on the pool.
    /// </summary>
    public void WaitSide()
    {
        if (Interlocked.Exchange(ref _sideClaimed, 1) == 0)
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
        if (_sideError is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(_sideError);
    }

    private void Loop()
    {
        if (Interlocked.Exchange(ref _sideClaimed, 1) != 0) return;
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
        while (!_stop)
        {
            var job = Volatile.Read(ref _job);
            if (job is not null && !ReferenceEquals(job, seen))
            {
                seen = job;
                job.Work();
                spinner.Reset();
            }
            else spinner.SpinOnce(sleep1Threshold: -1);
        }
    }

    /// <summary>Stops the helper and waits for it (a helper that never started is cancelled).</summary>
    public void Dispose()
    {
        _stop = true;
        _cancel.Cancel();
        try
        {
            _thread.GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
        }
        _sideDone.Dispose();
        _cancel.Dispose();
    }
}

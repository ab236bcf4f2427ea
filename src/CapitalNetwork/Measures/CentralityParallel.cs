namespace CapitalNetwork.Measures;

/// <summary>
/// Parallel loops whose results do not depend on the number of threads: work is cut into chunks whose boundaries
/// depend only on the problem size, every chunk is computed by one thread in a fixed order, and partial results are
/// combined in chunk order.
/// </summary>
internal static class CentralityParallel
{
    /// <summary>Chunks used for all-sources accumulations (betweenness): fixed, so sums do not depend on the thread count.</summary>
    public const int AccumulatorChunks = 32;

    public static int DegreeOfParallelism(int? requested) =>
        requested is { } r ? (r >= 1 ? r : throw new ArgumentOutOfRangeException(nameof(requested), "MaxDegreeOfParallelism must be ≥ 1.")) : Environment.ProcessorCount;

    /// <summary>Splits <c>[0, count)</c> into <paramref name="chunks"/> contiguous ranges of near-equal size.</summary>
    public static (int Start, int End) Chunk(int count, int chunks, int c) =>
        ((int)((long)count * c / chunks), (int)((long)count * (c + 1) / chunks));

    /// <summary>
    /// Runs <paramref name="body"/> for every chunk in <c>[0, chunks)</c> with a per-thread state created by
    /// <paramref name="init"/>; sequential when <paramref name="degree"/> is 1 or there is one chunk.
    /// </summary>
    public static void ForChunks<TState>(int chunks, int degree, Func<TState> init, Action<int, TState> body)
    {
        if (degree <= 1 || chunks <= 1)
        {
            var state = init();
            for (var c = 0; c < chunks; c++) body(c, state);
            return;
        }
        Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = degree }, init,
            (c, _, state) => { body(c, state); return state; }, _ => { });
    }

    /// <summary>Runs <paramref name="body"/> over <c>[0, chunks)</c> without per-thread state.</summary>
    public static void For(int chunks, int degree, Action<int> body)
    {
        if (degree <= 1 || chunks <= 1)
        {
            for (var c = 0; c < chunks; c++) body(c);
            return;
        }
        Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = degree }, body);
    }

    /// <summary>Σ of per-chunk accumulators, element by element, in chunk order (null accumulators are skipped).</summary>
    public static double[] SumInOrder(double[]?[] accumulators, int length, int degree)
    {
        var total = new double[length];
        var blocks = Math.Max(1, Math.Min(64, length / 4096));
        For(blocks, degree, b =>
        {
            var (lo, hi) = Chunk(length, blocks, b);
            foreach (var acc in accumulators)
            {
                if (acc is null) continue;
                for (var v = lo; v < hi; v++) total[v] += acc[v];
            }
        });
        return total;
    }
}

using CapitalNetwork.Measures.NullModels;

namespace CapitalNetwork.Measures.Regression;

/// <summary>
/// Runs the permutations of a QAP test: permutation j of a run is drawn from its own stream (seed, stream base + j) by
/// Fisher–Yates over the k kept nodes, rows and columns of <c>e</c> are permuted together, and the statistics are computed
/// from the dot products of the permuted matrix with the fixed matrices. Results are stored by j, so they do not depend
/// on the number of threads.
/// </summary>
internal static class QapPermutations
{
    public delegate void Statistics(ReadOnlySpan<double> dots, Span<double> stats);

    /// <summary>The statistics of every permutation: <c>result[j · outputs + s]</c>.</summary>
    public static double[] Run(double[] e, int k, double[][] fixedMatrices, int permutations, ulong seed, ulong streamBase,
        int maxDegreeOfParallelism, int outputs, Statistics statistics, CancellationToken cancellation = default)
    {
        var result = new double[(long)permutations * outputs];
        var dots = new PermutedDots(e, fixedMatrices, k);
        var options = new ParallelOptions
        {
            MaxDegreeOfParallelism = maxDegreeOfParallelism is -1 or 0 ? Environment.ProcessorCount : maxDegreeOfParallelism,
            CancellationToken = cancellation,
        };
        Parallel.For(0, permutations, options,
            () => (Perm: new int[k], Row: new double[k], Dots: new double[fixedMatrices.Length], Inverse: new int[k]),
            (j, _, w) =>
            {
                for (var i = 0; i < k; i++) w.Perm[i] = i;
                var rng = RngStreams.Create(seed, streamBase + (ulong)j);
                RngStreams.Shuffle(ref rng, w.Perm);
                dots.Compute(w.Perm, w.Dots, w.Row, w.Inverse);
                statistics(w.Dots, result.AsSpan((int)((long)j * outputs), outputs));
                return w;
            },
            _ => { });
        return result;
    }

    /// <summary>The statistics of the identity permutation (the observed values, computed exactly as the permuted ones).</summary>
    public static double[] Observed(double[] e, int k, double[][] fixedMatrices, int outputs, Statistics statistics)
    {
        var perm = Enumerable.Range(0, k).ToArray();
        var dots = new double[fixedMatrices.Length];
        new PermutedDots(e, fixedMatrices, k).Compute(perm, dots, new double[k], new int[k]);
        var stats = new double[outputs];
        statistics(dots, stats);
        return stats;
    }

    /// <summary>sna's proportions: permuted ≥ observed, ≤ observed, |permuted| ≥ |observed| (the observed value itself not counted).</summary>
    public static (double AtLeast, double AtMost, double AsExtreme) Shares(double[] stats, int outputs, int s, double observed)
    {
        long ge = 0, le = 0, abs = 0;
        var p = stats.Length / outputs;
        for (var j = 0; j < p; j++)
        {
            var v = stats[(long)j * outputs + s];
            if (v >= observed) ge++;
            if (v <= observed) le++;
            if (Math.Abs(v) >= Math.Abs(observed)) abs++;
        }
        return ((double)ge / p, (double)le / p, (double)abs / p);
    }
}

using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace CapitalNetwork.Measures.Spectral;

/// <summary>
/// The nonnegative adjacency matrix A of a network for the iterative centralities, stored by rows (A[i, ·], out-edges)
/// and, when a measure asks for them, by columns (A[·, j], in-edges), each as compact arrays. Entries are the chosen weight (or 1), zero
/// weights left out; self-loops on the diagonal unless excluded. The undirected view is symmetric: A[i, j] = A[j, i] =
/// merge(w_ij, w_ji), the diagonal once (as NetworkX's adjacency matrix of a Graph). Row and column ranges are cut
/// into chunks of near-equal entry counts that depend on the matrix only, so parallel products and their partial sums
/// (combined in chunk order) do not depend on the thread count.
/// </summary>
internal sealed class SparseMatrix
{
    private const int EntriesPerChunk = 16_384;

    /// <summary>
    /// Below this many stored entries the chunks run one after another on the calling thread: a product then takes
    /// well under a millisecond, less than waking and joining a worker costs on a busy machine (measured on the 10k
    /// graph: the HITS product took ≈ 0.35 ms on one thread; a two-chunk parallel HITS call took 0.83–1.30× the
    /// sequential one in eight paired rounds). The chunks of the pull products — and so their values — are the same
    /// either way.
    /// </summary>
    public const int DefaultParallelEntries = 400_000;

    /// <summary>
    /// From this many stored entries (below <see cref="ParallelEntries"/>) a <see cref="HelperThread"/> thread
    /// shares the HITS and eigenvector products. Chosen between measurements of HITS on seeded synthetic graphs of ten
    /// entries per node, two threads against one (`CentralityTiming … hits --repeat 51 --threads 2|1`, medians, see
    /// benchmarks/results/centrality-raw.md): 20,000 entries 1.18× and 1.56× (slower), 50,000 entries 0.71–1.43×
    /// (this VM's noise), 100,000 entries 0.64–0.75× in alternating calls in one process. 65,536 itself was not
    /// measured.
    /// </summary>
    public const int DefaultSharedEntries = 65_536;

    /// <summary>This matrix's threshold (<see cref="DefaultParallelEntries"/> unless a test lowers it).</summary>
    public int ParallelEntries { get; }

    private Columns? _columns;

    private SparseMatrix(int n, int[] rowStart, int[] rowIndex, double[] rowValue, bool symmetric, int parallelEntries)
    {
        N = n;
        ParallelEntries = parallelEntries;
        RowStart = rowStart;
        RowIndex = rowIndex;
        RowValue = rowValue;
        RowChunks = Chunks(rowStart);
        if (symmetric) _columns = new Columns(rowStart, rowIndex, rowValue, RowChunks);
    }

    public int N { get; }

    public int EntryCount => RowIndex.Length;

    /// <summary>Row i: columns <c>RowIndex[RowStart[i]..RowStart[i+1]]</c> (targets of i's out-edges), values alongside.</summary>
    public int[] RowStart { get; }

    public int[] RowIndex { get; }

    public double[] RowValue { get; }

    /// <summary>
    /// Column j: rows <c>ColIndex[ColStart[j]..ColStart[j+1]]</c> (sources of j's in-edges, ascending), values alongside.
    /// The rows themselves when the matrix is symmetric, the network's in-edge index when every edge is an entry;
    /// otherwise transposed from the rows on first use (O(n + m), thread-safe), so measures that only read rows never
    /// pay for it (HITS does only when a helper thread shares its products on a filtered matrix).
    /// </summary>
    public int[] ColStart => ColumnsView.Start;

    public int[] ColIndex => ColumnsView.Index;

    public double[] ColValue => ColumnsView.Value;

    /// <summary>Boundaries of row chunks (length K + 1), balanced by entries.</summary>
    public int[] RowChunks { get; }

    /// <summary>Boundaries of column chunks (length K + 1), balanced by entries.</summary>
    public int[] ColChunks => ColumnsView.Chunks;

    private Columns ColumnsView => _columns ?? Interlocked.CompareExchange(ref _columns, Transpose(), null) ?? _columns!;

    private sealed record Columns(int[] Start, int[] Index, double[] Value, int[] Chunks);

    /// <summary>The column arrays by a counting sort of the rows: rows are visited in ascending order, so every column lists its rows ascending.</summary>
    private Columns Transpose()
    {
        var start = new int[N + 1];
        foreach (var j in RowIndex) start[j + 1]++;
        for (var j = 0; j < N; j++) start[j + 1] += start[j];
        var fill = start[..N];
        var index = new int[RowIndex.Length];
        var value = new double[RowIndex.Length];
        for (var i = 0; i < N; i++)
        {
            for (var k = RowStart[i]; k < RowStart[i + 1]; k++)
            {
                var at = fill[RowIndex[k]]++;
                index[at] = i;
                value[at] = RowValue[k];
            }
        }
        return new Columns(start, index, value, Chunks(start));
    }

    public static SparseMatrix Build(FlowNetwork network, bool weighted, EdgeWeight weight, bool directed, ReciprocalMerge merge, bool selfLoops,
        int parallelEntries = DefaultParallelEntries)
    {
        var n = network.NodeCount;
        if (directed)
        {
            // Rows straight from the edge order (sorted by source, then target); columns are transposed when needed.
            var s = network.Sources;
            var t = network.Targets;
            var wt = network.Weights(weight);
            var rs = new int[n + 1];
            var kept = 0;
            for (var e = 0; e < s.Length; e++)
            {
                if ((!selfLoops && s[e] == t[e]) || (weighted && !(wt[e] > 0))) continue;
                rs[s[e] + 1]++;
                kept++;
            }
            if (weighted && kept == s.Length)
            {
                // Every edge is an entry: rows and columns are the network's own arrays and in-edge index (read-only
                // here), no copy.
                var (outStart, targets, weights) = network.EdgeArrays(weight);
                var matrix = new SparseMatrix(n, outStart, targets, weights, symmetric: false, parallelEntries);
                var (inStart, inSources, inWeights) = network.InEdgeArrays(weight);
                matrix._columns = new Columns(inStart, inSources, inWeights, matrix.Chunks(inStart));
                return matrix;
            }
            for (var v = 0; v < n; v++) rs[v + 1] += rs[v];
            var ri = new int[kept];
            var rv = new double[kept];
            var k = 0;
            for (var e = 0; e < s.Length; e++)
            {
                if ((!selfLoops && s[e] == t[e]) || (weighted && !(wt[e] > 0))) continue;
                ri[k] = t[e];
                rv[k++] = weighted ? wt[e] : 1.0;
            }
            return new SparseMatrix(n, rs, ri, rv, symmetric: false, parallelEntries);
        }
        var src = network.Sources.ToArray();
        var dst = network.Targets.ToArray();
        var w = network.Weights(weight).ToArray();
        bool Keep(int e) => (selfLoops || src[e] != dst[e]) && (!weighted || w[e] > 0);
        double Value(int e) => weighted ? w[e] : 1.0;
        // Undirected view: merge each node's sorted out-list and in-list; the loop is taken once, from the out-list.
        var rows = new List<int>(2 * src.Length);
        var rowValues = new List<double>(2 * src.Length);
        var rowStart = new int[n + 1];
        for (var v = 0; v < n; v++)
        {
            var outRange = network.OutEdges(v);
            var ins = network.InEdges(v);
            int i = outRange.Start.Value, iEnd = outRange.End.Value, j = 0;
            while (i < iEnd || j < ins.Length)
            {
                if (i < iEnd && !Keep(i)) { i++; continue; }
                if (j < ins.Length && (!Keep(ins[j]) || src[ins[j]] == v)) { j++; continue; }
                int u;
                double value;
                if (j >= ins.Length || (i < iEnd && dst[i] < src[ins[j]]))
                {
                    u = dst[i]; value = Value(i); i++;
                }
                else if (i >= iEnd || src[ins[j]] < dst[i])
                {
                    u = src[ins[j]]; value = Value(ins[j]); j++;
                }
                else
                {
                    u = dst[i];
                    var a = Value(i);
                    var b = Value(ins[j]);
                    value = !weighted ? 1.0 : merge switch
                    {
                        ReciprocalMerge.Max => Math.Max(a, b),
                        ReciprocalMerge.Min => Math.Min(a, b),
                        _ => a + b,
                    };
                    i++; j++;
                }
                rows.Add(u);
                rowValues.Add(value);
            }
            rowStart[v + 1] = rows.Count;
        }
        var rowIndex = rows.ToArray();
        var rowValue = rowValues.ToArray();
        // The matrix is symmetric: columns are the rows.
        return new SparseMatrix(n, rowStart, rowIndex, rowValue, symmetric: true, parallelEntries);
    }

    /// <summary>Σ_j A[i, j] for every row i, and A[i, i] into <paramref name="diagonal"/> (one pass over the rows).</summary>
    public double[] RowSumsAndDiagonal(double[] diagonal)
    {
        var sums = new double[N];
        var rs = RowStart;
        var ri = RowIndex;
        var rv = RowValue;
        for (var i = 0; i < N; i++)
        {
            var s = 0.0;
            for (var k = rs[i]; k < rs[i + 1]; k++)
            {
                s += rv[k];
                if (ri[k] == i) diagonal[i] = rv[k];
            }
            sums[i] = s;
        }
        return sums;
    }

    /// <summary>Mean of the stored entries (1 when there are none).</summary>
    public double MeanEntry() => RowValue.Length == 0 ? 1 : RowValue.Sum() / RowValue.Length;

    private int[] Chunks(int[] start) =>
        Cut(start, N, Math.Clamp((start[N] + N) / EntriesPerChunk, 1, 256), rowWeight: 1);

    /// <summary>
    /// Boundaries of <paramref name="k"/> contiguous row ranges of near-equal weight, a row weighing its entries plus
    /// <paramref name="rowWeight"/>: cut after row v once the running weight passes the c-th share.
    /// </summary>
    private static int[] Cut(int[] start, int n, int k, int rowWeight)
    {
        var total = (long)start[n] + (long)rowWeight * n;
        var bounds = new int[k + 1];
        var c = 1;
        for (var v = 0; v < n && c < k; v++)
            if ((start[v + 1] + (long)rowWeight * (v + 1)) * k >= total * c) bounds[c++] = v + 1;
        for (; c <= k; c++) bounds[c] = n;
        return bounds;
    }

    /// <summary>
    /// For each chunk c of <paramref name="bounds"/>, runs <paramref name="body"/>(lo, hi) and stores its returned
    /// partial sum; returns Σ partials in chunk order. Runs sequentially for small matrices, where a serving
    /// <paramref name="helper"/> takes chunks instead (the same partials, added in the same order).
    /// </summary>
    public double ForChunks(int[] bounds, int degree, Func<int, int, double> body, HelperThread? helper = null)
    {
        var k = bounds.Length - 1;
        var total = 0.0;
        var small = EntryCount < ParallelEntries;
        if (small && k > 1 && helper is { Serving: true })
        {
            var shared = new double[k];
            helper.Run(k, c => shared[c] = body(bounds[c], bounds[c + 1]));
            foreach (var p in shared) total += p;
            return total;
        }
        if (k == 1) return body(bounds[0], bounds[1]);
        if (degree <= 1 || small)
        {
            for (var c = 0; c < k; c++) total += body(bounds[c], bounds[c + 1]);
            return total;
        }
        var partial = new double[k];
        CentralityParallel.For(k, degree, c => partial[c] = body(bounds[c], bounds[c + 1]));
        foreach (var p in partial) total += p;
        return total;
    }

    /// <summary>
    /// True when a <see cref="HelperThread"/> can share this matrix's products: at least
    /// <paramref name="sharedEntries"/> entries and fewer than <see cref="ParallelEntries"/> (above, the products run
    /// their chunks on the thread pool).
    /// </summary>
    public bool Shareable(int sharedEntries) => EntryCount >= sharedEntries && EntryCount < ParallelEntries;

    /// <summary>Σ_{k ∈ [lo, hi)} value[k] · x[index[k]], two interleaved partial sums; no bounds checks (CSR ranges are valid by construction).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Gather(int[] index, double[] value, double[] x, int lo, int hi)
    {
        ref var i0 = ref MemoryMarshal.GetArrayDataReference(index);
        ref var v0 = ref MemoryMarshal.GetArrayDataReference(value);
        ref var x0 = ref MemoryMarshal.GetArrayDataReference(x);
        double s0 = 0, s1 = 0;
        var k = lo;
        for (; k + 1 < hi; k += 2)
        {
            s0 += Unsafe.Add(ref v0, k) * Unsafe.Add(ref x0, Unsafe.Add(ref i0, k));
            s1 += Unsafe.Add(ref v0, k + 1) * Unsafe.Add(ref x0, Unsafe.Add(ref i0, k + 1));
        }
        if (k < hi) s0 += Unsafe.Add(ref v0, k) * Unsafe.Add(ref x0, Unsafe.Add(ref i0, k));
        return s0 + s1;
    }

    /// <summary>
    /// y = c·x + Aᵀx over columns, returning Σ_j y_j² (one pass; chunked, ordered reduction; chunks shared with a
    /// serving <paramref name="helper"/>, <see cref="ForChunks"/>).
    /// </summary>
    public double MultiplyTransposedSumOfSquares(double[] x, double[] y, double shift, int degree, HelperThread? helper = null)
    {
        var cs = ColStart;
        var ci = ColIndex;
        var cv = ColValue;
        return ForChunks(ColChunks, degree, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (lo, hi) =>
        {
            var ss = 0.0;
            for (var j = lo; j < hi; j++)
            {
                var s = shift * x[j] + Gather(ci, cv, x, cs[j], cs[j + 1]);
                y[j] = s;
                ss += s * s;
            }
            return ss;
        }, helper);
    }

    private int[]? _normalChunks;
    private double[][]? _normalScratch;

    /// <summary>
    /// w = AᵀA v, returning Σ_j w_j² (the product of HITS), in one pass over the rows: h_i = A[i, ·]·v, then
    /// w_j += A[i, j]·h_i for the row's entries while they are in cache (the matrix is read once, and the columns are
    /// never needed). Below <see cref="ParallelEntries"/> that is one sequential pass. Above it the rows are cut into
    /// K = ⌈entries / (threshold / 2)⌉ chunks (2 to 8) balanced by entries, each scattering into its own accumulator
    /// on its own thread, and w_j = Σ_c acc_c[j] is added in chunk order, so the value depends on the matrix only,
    /// never on the number of threads. Below the threshold, a serving <paramref name="helper"/> shares the pass
    /// instead, with the same bits (<see cref="MultiplyNormalShared"/>). Also leaves h = A v in <paramref name="h"/>.
    /// Uses scratch held by the matrix: not for concurrent calls on one matrix. O(m + K·n).
    /// </summary>
    public double MultiplyNormal(double[] v, double[] h, double[] w, int degree, HelperThread? helper = null)
    {
        var bounds = _normalChunks ??= NormalChunks();
        var k = bounds.Length - 1;
        if (k == 1 && helper is { Serving: true }) return MultiplyNormalShared(v, h, w, degree, helper);
        var acc = _normalScratch ??= new double[k][];
        acc[0] = w;
        for (var c = 1; c < k; c++) acc[c] ??= new double[N];
        void Chunk(int c)
        {
            var a = acc[c];
            Array.Clear(a);
            ref var i0 = ref MemoryMarshal.GetArrayDataReference(RowIndex);
            ref var v0 = ref MemoryMarshal.GetArrayDataReference(RowValue);
            ref var a0 = ref MemoryMarshal.GetArrayDataReference(a);
            var rs = RowStart;
            for (var i = bounds[c]; i < bounds[c + 1]; i++)
            {
                int lo = rs[i], hi = rs[i + 1];
                var t = lo == hi ? 0.0 : Gather(RowIndex, RowValue, v, lo, hi);
                h[i] = t;
                if (t == 0) continue;
                for (var e = lo; e < hi; e++) Unsafe.Add(ref a0, Unsafe.Add(ref i0, e)) += Unsafe.Add(ref v0, e) * t;
            }
        }
        CentralityParallel.For(k, degree, Chunk);
        if (k == 1) return SumOfSquares(w, degree);
        return ForChunks(RowChunks, degree, (lo, hi) =>
        {
            var ss = 0.0;
            for (var j = lo; j < hi; j++)
            {
                var s = w[j];
                for (var c = 1; c < k; c++) s += acc[c][j];
                w[j] = s;
                ss += s * s;
            }
            return ss;
        });
    }

    /// <summary>
    /// The one-pass <see cref="MultiplyNormal"/> shared with a helper thread, in two loops that split without
    /// accumulators: h = A v over rows (<see cref="Multiply"/>), then w_j = Σ_i A[i, j]·h_i over column j. The column
    /// lists its rows ascending and is summed with one running sum, which is exactly the order in which the one-pass
    /// scatter adds into w_j (rows with h_i = ±0, which the scatter skips, add ±0: the running sum starts at +0 and
    /// can never become −0, so that changes nothing), so w and Σ w² are bit-identical to it. Reads the matrix twice
    /// (rows, then columns: the column arrays are built once if the network does not supply them).
    /// </summary>
    private double MultiplyNormalShared(double[] v, double[] h, double[] w, int degree, HelperThread helper)
    {
        Multiply(v, h, degree, helper);
        var cs = ColStart;
        var ci = ColIndex;
        var cv = ColValue;
        ForChunks(ColChunks, degree, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (lo, hi) =>
        {
            ref var i0 = ref MemoryMarshal.GetArrayDataReference(ci);
            ref var v0 = ref MemoryMarshal.GetArrayDataReference(cv);
            ref var h0 = ref MemoryMarshal.GetArrayDataReference(h);
            for (var j = lo; j < hi; j++)
            {
                var s = 0.0;
                for (var e = cs[j]; e < cs[j + 1]; e++) s += Unsafe.Add(ref v0, e) * Unsafe.Add(ref h0, Unsafe.Add(ref i0, e));
                w[j] = s;
            }
            return 0;
        }, helper);
        return SumOfSquares(w, degree);
    }

    /// <summary>Row boundaries of the normal product's chunks, balanced by entries (one chunk below the threshold).</summary>
    private int[] NormalChunks()
    {
        var share = Math.Max(1, ParallelEntries / 2);
        var k = EntryCount < ParallelEntries ? 1 : (int)Math.Clamp((EntryCount + (long)share - 1) / share, 2, 8);
        return Cut(RowStart, N, k, rowWeight: 0);
    }

    /// <summary>y ← y · factor and returns Σ_i |x_i − y_i| (one pass; chunked, ordered reduction).</summary>
    public double ScaleAndL1Distance(double[] y, double factor, double[] x, int degree) =>
        ForChunks(RowChunks, degree, (lo, hi) =>
        {
            var s = 0.0;
            for (var i = lo; i < hi; i++)
            {
                var v = y[i] * factor;
                y[i] = v;
                s += Math.Abs(x[i] - v);
            }
            return s;
        });

    /// <summary>
    /// y = c·x + Aᵀx over columns: y_j = c·x_j + Σ_i A[i, j] x_i (pull over in-edges); chunks shared with a serving
    /// <paramref name="helper"/> (same values).
    /// </summary>
    public void MultiplyTransposed(double[] x, double[] y, double shift, int degree, HelperThread? helper = null)
    {
        var cs = ColStart;
        var ci = ColIndex;
        var cv = ColValue;
        ForChunks(ColChunks, degree, (lo, hi) =>
        {
            for (var j = lo; j < hi; j++) y[j] = shift * x[j] + Gather(ci, cv, x, cs[j], cs[j + 1]);
            return 0;
        }, helper);
    }

    /// <summary>y = A x over rows: y_i = Σ_j A[i, j] x_j (pull over out-edges); chunks shared with a serving <paramref name="helper"/> (same values).</summary>
    public void Multiply(double[] x, double[] y, int degree, HelperThread? helper = null)
    {
        var rs = RowStart;
        var ri = RowIndex;
        var rv = RowValue;
        ForChunks(RowChunks, degree, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (lo, hi) =>
        {
            for (var i = lo; i < hi; i++) y[i] = Gather(ri, rv, x, rs[i], rs[i + 1]);
            return 0;
        }, helper);
    }

    /// <summary>Σ_i x_i² with the chunked, ordered reduction.</summary>
    public double SumOfSquares(double[] x, int degree) =>
        ForChunks(RowChunks, degree, (lo, hi) =>
        {
            var s = 0.0;
            for (var i = lo; i < hi; i++) s += x[i] * x[i];
            return s;
        });

    /// <summary>Σ_i x_i with the chunked, ordered reduction.</summary>
    public double Sum(double[] x, int degree) =>
        ForChunks(RowChunks, degree, (lo, hi) =>
        {
            var s = 0.0;
            for (var i = lo; i < hi; i++) s += x[i];
            return s;
        });

    /// <summary>Σ_i |x_i − y_i| with the chunked, ordered reduction.</summary>
    public double L1Distance(double[] x, double[] y, int degree) =>
        ForChunks(RowChunks, degree, (lo, hi) =>
        {
            var s = 0.0;
            for (var i = lo; i < hi; i++) s += Math.Abs(x[i] - y[i]);
            return s;
        });

    /// <summary>x ← x · factor.</summary>
    public void Scale(double[] x, double factor, int degree) =>
        ForChunks(RowChunks, degree, (lo, hi) =>
        {
            DenseVectors.Scale(x.AsSpan(lo, hi - lo), factor);
            return 0;
        });
}

using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using CapitalNetwork.Graph;
using CapitalNetwork.Measures.Centrality;

namespace CapitalNetwork.Internals;

/// <summary>
/// The nonnegative adjacency matrix A of a network for the iterative centralities, stored twice: by rows (A[i, ·],
/// out-edges) and by columns (A[·, j], in-edges), each as compact arrays. Entries are the chosen weight (or 1), zero
/// weights left out; self-loops on the diagonal unless excluded. The undirected view is symmetric: A[i, j] = A[j, i] =
/// merge(w_ij, w_ji), the diagonal once (as NetworkX's adjacency matrix of a Graph). Row and column ranges are cut
/// into chunks of near-equal entry counts that depend on the matrix only, so parallel products and their partial sums
/// (combined in chunk order) do not depend on the thread count.
/// </summary>
internal sealed class CentralityMatrix
{
    private const int EntriesPerChunk = 16_384;

    /// <summary>
    /// Below this many stored entries the chunks run one after another on the calling thread: a product then takes
    /// well under a millisecond, less than waking and joining a worker costs on a busy machine. The chunks — and so
    /// the values — are the same either way. Settable so that tests can force the parallel path on small matrices.
    /// </summary>
    public static int ParallelEntries { get; set; } = 400_000;

    private CentralityMatrix(int n, int[] rowStart, int[] rowIndex, double[] rowValue, int[] colStart, int[] colIndex, double[] colValue)
    {
        N = n;
        RowStart = rowStart;
        RowIndex = rowIndex;
        RowValue = rowValue;
        ColStart = colStart;
        ColIndex = colIndex;
        ColValue = colValue;
        RowChunks = Chunks(rowStart);
        ColChunks = Chunks(colStart);
    }

    public int N { get; }

    public int EntryCount => RowIndex.Length;

    /// <summary>Row i: columns <c>RowIndex[RowStart[i]..RowStart[i+1]]</c> (targets of i's out-edges), values alongside.</summary>
    public int[] RowStart { get; }

    public int[] RowIndex { get; }

    public double[] RowValue { get; }

    /// <summary>Column j: rows <c>ColIndex[ColStart[j]..ColStart[j+1]]</c> (sources of j's in-edges), values alongside.</summary>
    public int[] ColStart { get; }

    public int[] ColIndex { get; }

    public double[] ColValue { get; }

    /// <summary>Boundaries of row chunks (length K + 1), balanced by entries.</summary>
    public int[] RowChunks { get; }

    /// <summary>Boundaries of column chunks (length K + 1), balanced by entries.</summary>
    public int[] ColChunks { get; }

    public static CentralityMatrix Build(FlowNetwork network, bool weighted, EdgeWeight weight, bool directed, ReciprocalMerge merge, bool selfLoops)
    {
        var n = network.NodeCount;
        if (directed)
        {
            // Rows straight from the edge order (sorted by source, then target), columns from the in-edge index (sorted
            // by source): no transposition needed.
            var s = network.Sources;
            var t = network.Targets;
            var wt = network.Weights(weight);
            var rs = new int[n + 1];
            var cs = new int[n + 1];
            var kept = 0;
            for (var e = 0; e < s.Length; e++)
            {
                if ((!selfLoops && s[e] == t[e]) || (weighted && !(wt[e] > 0))) continue;
                rs[s[e] + 1]++;
                cs[t[e] + 1]++;
                kept++;
            }
            for (var v = 0; v < n; v++)
            {
                rs[v + 1] += rs[v];
                cs[v + 1] += cs[v];
            }
            var ri = new int[kept];
            var rv = new double[kept];
            var k = 0;
            for (var e = 0; e < s.Length; e++)
            {
                if ((!selfLoops && s[e] == t[e]) || (weighted && !(wt[e] > 0))) continue;
                ri[k] = t[e];
                rv[k++] = weighted ? wt[e] : 1.0;
            }
            var ci = new int[kept];
            var cv = new double[kept];
            k = 0;
            for (var v = 0; v < n; v++)
            {
                foreach (var e in network.InEdges(v))
                {
                    if ((!selfLoops && s[e] == v) || (weighted && !(wt[e] > 0))) continue;
                    ci[k] = s[e];
                    cv[k++] = weighted ? wt[e] : 1.0;
                }
            }
            return new CentralityMatrix(n, rs, ri, rv, cs, ci, cv);
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
        return new CentralityMatrix(n, rowStart, rowIndex, rowValue, rowStart, rowIndex, rowValue);
    }

    /// <summary>Σ_j A[i, j] for every row i.</summary>
    public double[] RowSums()
    {
        var s = new double[N];
        for (var i = 0; i < N; i++)
            for (var k = RowStart[i]; k < RowStart[i + 1]; k++) s[i] += RowValue[k];
        return s;
    }

    /// <summary>Mean of the stored entries (1 when there are none).</summary>
    public double MeanEntry() => RowValue.Length == 0 ? 1 : RowValue.Sum() / RowValue.Length;

    private int[] Chunks(int[] start)
    {
        var entries = start[N];
        var k = Math.Clamp((entries + N) / EntriesPerChunk, 1, 256);
        var bounds = new int[k + 1];
        var c = 1;
        for (var v = 0; v < N && c < k; v++)
        {
            // Cut after row v once the running count of rows + entries passes the c-th share.
            if ((long)(start[v + 1] + v + 1) * k >= (long)(entries + N) * c) bounds[c++] = v + 1;
        }
        for (; c <= k; c++) bounds[c] = N;
        return bounds;
    }

    /// <summary>
    /// For each chunk c of <paramref name="bounds"/>, runs <paramref name="body"/>(lo, hi) and stores its returned
    /// partial sum; returns Σ partials in chunk order. Runs sequentially for small matrices.
    /// </summary>
    public double ForChunks(int[] bounds, int degree, Func<int, int, double> body)
    {
        var k = bounds.Length - 1;
        if (k == 1) return body(bounds[0], bounds[1]);
        var total = 0.0;
        if (degree <= 1 || EntryCount < ParallelEntries)
        {
            for (var c = 0; c < k; c++) total += body(bounds[c], bounds[c + 1]);
            return total;
        }
        var partial = new double[k];
        CentralityParallel.For(k, degree, c => partial[c] = body(bounds[c], bounds[c + 1]));
        foreach (var p in partial) total += p;
        return total;
    }

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

    /// <summary>y = c·x + Aᵀx over columns, returning Σ_j y_j² (one pass; chunked, ordered reduction).</summary>
    public double MultiplyTransposedSumOfSquares(double[] x, double[] y, double shift, int degree)
    {
        var cs = ColStart;
        var ci = ColIndex;
        var cv = ColValue;
        return ForChunks(ColChunks, degree, (lo, hi) =>
        {
            var ss = 0.0;
            for (var j = lo; j < hi; j++)
            {
                var s = shift * x[j] + Gather(ci, cv, x, cs[j], cs[j + 1]);
                y[j] = s;
                ss += s * s;
            }
            return ss;
        });
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

    /// <summary>y = c·x + Aᵀx over columns: y_j = c·x_j + Σ_i A[i, j] x_i (pull over in-edges).</summary>
    public void MultiplyTransposed(double[] x, double[] y, double shift, int degree)
    {
        var cs = ColStart;
        var ci = ColIndex;
        var cv = ColValue;
        ForChunks(ColChunks, degree, (lo, hi) =>
        {
            for (var j = lo; j < hi; j++) y[j] = shift * x[j] + Gather(ci, cv, x, cs[j], cs[j + 1]);
            return 0;
        });
    }

    /// <summary>y = A x over rows: y_i = Σ_j A[i, j] x_j (pull over out-edges).</summary>
    public void Multiply(double[] x, double[] y, int degree)
    {
        var rs = RowStart;
        var ri = RowIndex;
        var rv = RowValue;
        ForChunks(RowChunks, degree, (lo, hi) =>
        {
            for (var i = lo; i < hi; i++) y[i] = Gather(ri, rv, x, rs[i], rs[i + 1]);
            return 0;
        });
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
            for (var i = lo; i < hi; i++) x[i] *= factor;
            return 0;
        });
}

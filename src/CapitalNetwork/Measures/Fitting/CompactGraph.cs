namespace CapitalNetwork.Measures.Fitting;

/// <summary>
/// The graph a core–periphery or community measure sees (<see cref="NetworkView"/>): self-loops dropped; undirected
/// views have one edge per unordered pair (value 1, or w_ij + w_ji); directed views one arc per ordered pair i ≠ j.
/// Holds the view's edge list (u &lt; v for undirected) plus a symmetric pair adjacency in CSR form where each
/// unordered pair {i, j} carries the sum of its cell values (<see cref="PairSum"/>: a_ij for undirected, a_ij + a_ji
/// for directed) and the sum of their squares (<see cref="PairSumSq"/>), which is all the Borgatti–Everett fit needs.
/// </summary>
internal sealed class CompactGraph
{
    private int[]? _outStart, _outTarget, _inStart, _inSource;
    private int[]? _mark, _at;
    private double[]? _outWeight, _inWeight;

    private CompactGraph(int n, bool directed, bool weighted, int[] source, int[] target, double[] weight)
    {
        NodeCount = n;
        Directed = directed;
        Weighted = weighted;
        Source = source;
        Target = target;
        Weight = weight;
        // symmetric pair adjacency
        var m = source.Length;
        var keys = new long[2 * m];
        var vals = new double[2 * m];
        var sq = new double[2 * m];
        for (var e = 0; e < m; e++)
        {
            int u = source[e], v = target[e];
            keys[2 * e] = ((long)u << 32) | (uint)v;
            keys[2 * e + 1] = ((long)v << 32) | (uint)u;
            vals[2 * e] = vals[2 * e + 1] = weight[e];
            sq[2 * e] = sq[2 * e + 1] = weight[e] * weight[e];
        }
        var order = new int[2 * m];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        Array.Sort(keys, order);
        var offsets = new int[n + 1];
        var nbr = new List<int>(2 * m);
        var ps = new List<double>(2 * m);
        var pq = new List<double>(2 * m);
        for (var i = 0; i < keys.Length; i++)
        {
            var u = (int)(keys[i] >> 32);
            var v = (int)(keys[i] & 0xFFFFFFFF);
            if (i > 0 && keys[i] == keys[i - 1])
            {
                ps[^1] += vals[order[i]];
                pq[^1] += sq[order[i]];
                continue;
            }
            offsets[u + 1]++;
            nbr.Add(v);
            ps.Add(vals[order[i]]);
            pq.Add(sq[order[i]]);
        }
        for (var v = 0; v < n; v++) offsets[v + 1] += offsets[v];
        Offsets = offsets;
        Neighbors = [.. nbr];
        PairSum = [.. ps];
        PairSumSq = [.. pq];
        Strength = new double[n];
        for (var v = 0; v < n; v++)
            for (var k = offsets[v]; k < offsets[v + 1]; k++) Strength[v] += PairSum[k];
        for (var e = 0; e < m; e++)
        {
            TotalWeight += weight[e];
            TotalWeightSq += weight[e] * weight[e];
        }
    }

    public int NodeCount { get; }
    public bool Directed { get; }
    public bool Weighted { get; }

    /// <summary>Edges of the view (undirected: source &lt; target; directed: arcs, source ≠ target).</summary>
    public int[] Source { get; private set; }
    public int[] Target { get; private set; }
    public double[] Weight { get; private set; }
    public int EdgeCount => Source.Length;

    /// <summary>CSR of the symmetric pair adjacency (neighbours sorted, except in a <see cref="Refill"/>ed graph);
    /// the arrays may be longer than Offsets[n] in a refilled graph.</summary>
    public int[] Offsets { get; private set; }
    public int[] Neighbors { get; private set; }
    public double[] PairSum { get; private set; }
    public double[] PairSumSq { get; private set; }

    /// <summary>Σ_j PairSum(i, j): the undirected strength (binary: degree); directed: in + out.</summary>
    public double[] Strength { get; private set; }

    /// <summary>Σ over edges/arcs of the value, and of its square.</summary>
    public double TotalWeight { get; private set; }
    public double TotalWeightSq { get; private set; }

    /// <summary>Number of distinct neighbours (either direction).</summary>
    public int PairDegree(int v) => Offsets[v + 1] - Offsets[v];

    /// <summary>Number of cells: unordered pairs n(n−1)/2, or ordered pairs n(n−1) when directed.</summary>
    public double Cells(int k) => Directed ? (double)k * (k - 1) : k * (k - 1) / 2.0;

    public static CompactGraph FromNetwork(FlowNetwork network, NetworkView view)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(view);
        var n = network.NodeCount;
        var src = network.Sources;
        var tgt = network.Targets;
        var w = view.Weight is { } ew ? network.Weights(ew) : default;
        var weighted = view.Weight is not null;
        if (view.Directed)
        {
            var s = new List<int>(src.Length);
            var t = new List<int>(src.Length);
            var x = new List<double>(src.Length);
            for (var e = 0; e < src.Length; e++)
            {
                if (src[e] == tgt[e]) continue;
                s.Add(src[e]);
                t.Add(tgt[e]);
                x.Add(weighted ? w[e] : 1.0);
            }
            return new CompactGraph(n, true, weighted, [.. s], [.. t], [.. x]);
        }
        var keys = new List<long>(src.Length);
        var vals = new List<double>(src.Length);
        for (var e = 0; e < src.Length; e++)
        {
            if (src[e] == tgt[e]) continue;
            int a = Math.Min(src[e], tgt[e]), b = Math.Max(src[e], tgt[e]);
            keys.Add(((long)a << 32) | (uint)b);
            vals.Add(weighted ? w[e] : 1.0);
        }
        var ka = keys.ToArray();
        var va = vals.ToArray();
        Array.Sort(ka, va);
        var us = new List<int>(ka.Length);
        var vs = new List<int>(ka.Length);
        var ws = new List<double>(ka.Length);
        for (var i = 0; i < ka.Length; i++)
        {
            if (i > 0 && ka[i] == ka[i - 1])
            {
                if (weighted) ws[^1] += va[i]; // w_ij + w_ji; binary: the reciprocal pair stays one edge of value 1
                continue;
            }
            us.Add((int)(ka[i] >> 32));
            vs.Add((int)(ka[i] & 0xFFFFFFFF));
            ws.Add(va[i]);
        }
        return new CompactGraph(n, false, weighted, [.. us], [.. vs], [.. ws]);
    }

    /// <summary>
    /// Rebuilds this graph in place from an edge list that is a valid view with the same number of edges (no loops; no
    /// duplicate pair, except that a directed view may hold both i → j and j → i) by counting sort, O(n + m), without
    /// allocating: the null graphs of a permutation test reuse one buffer per thread. The edge arrays are taken as they
    /// are (not copied) and neighbour lists are not sorted.
    /// </summary>
    public void Refill(int[] source, int[] target, double[] weight)
    {
        var n = NodeCount;
        var m = source.Length;
        if (m != Source.Length) throw new ArgumentException("Refill needs the same number of edges.", nameof(source));
        Source = source;
        Target = target;
        Weight = weight;
        _outStart = null;
        var offsets = Offsets;
        Array.Clear(offsets);
        var degree = Strength; // reused as scratch for the fill pointers, recomputed below
        double total = 0, totalSq = 0;
        for (var e = 0; e < m; e++)
        {
            offsets[source[e] + 1]++;
            offsets[target[e] + 1]++;
            total += weight[e];
            totalSq += weight[e] * weight[e];
        }
        for (var v = 0; v < n; v++) offsets[v + 1] += offsets[v];
        for (var v = 0; v < n; v++) degree[v] = offsets[v];
        for (var e = 0; e < m; e++)
        {
            int u = source[e], v = target[e];
            var w = weight[e];
            var k = (int)degree[u]++;
            Neighbors[k] = v;
            PairSum[k] = w;
            PairSumSq[k] = w * w;
            k = (int)degree[v]++;
            Neighbors[k] = u;
            PairSum[k] = w;
            PairSumSq[k] = w * w;
        }
        if (Directed) MergeReciprocal();
        for (var v = 0; v < n; v++)
        {
            var st = 0.0;
            for (var k = Offsets[v]; k < Offsets[v + 1]; k++) st += PairSum[k];
            Strength[v] = st;
        }
        TotalWeight = total;
        TotalWeightSq = totalSq;
    }

    /// <summary>Directed refill: i → j and j → i gave two entries in each of the two rows; merge them into one pair
    /// entry (sum of values, sum of squares), compacting the rows in place (the write position never passes the read one).</summary>
    private void MergeReciprocal()
    {
        var n = NodeCount;
        _mark ??= new int[n];
        _at ??= new int[n];
        Array.Fill(_mark, -1);
        var write = 0;
        var read = 0;
        for (var v = 0; v < n; v++)
        {
            var end = Offsets[v + 1];
            var rowStart = write;
            for (; read < end; read++)
            {
                var u = Neighbors[read];
                if (_mark[u] == v)
                {
                    var k = _at[u];
                    PairSum[k] += PairSum[read];
                    PairSumSq[k] += PairSumSq[read];
                    continue;
                }
                _mark[u] = v;
                _at[u] = write;
                Neighbors[write] = u;
                PairSum[write] = PairSum[read];
                PairSumSq[write] = PairSumSq[read];
                write++;
            }
            Offsets[v] = rowStart;
        }
        Offsets[n] = write;
    }

    /// <summary>An empty graph with room for <paramref name="like"/>'s edges, filled with a copy of them: the reusable
    /// buffer for <see cref="Refill"/>.</summary>
    public static CompactGraph Buffer(CompactGraph like)
    {
        var m = like.EdgeCount;
        var g = new CompactGraph(like.NodeCount, like.Directed, like.Weighted, m);
        g.Refill((int[])like.Source.Clone(), (int[])like.Target.Clone(), (double[])like.Weight.Clone());
        return g;
    }

    private CompactGraph(int n, bool directed, bool weighted, int m)
    {
        NodeCount = n;
        Directed = directed;
        Weighted = weighted;
        Source = new int[m];
        Target = new int[m];
        Weight = new double[m];
        Offsets = new int[n + 1];
        Neighbors = new int[2 * m];
        PairSum = new double[2 * m];
        PairSumSq = new double[2 * m];
        Strength = new double[n];
    }

    /// <summary>Directed views: out-arcs of v as (targets, weights), CSR built on first use.</summary>
    public (int[] Start, int[] Target, double[] Weight) OutArcs()
    {
        BuildArcs();
        return (_outStart!, _outTarget!, _outWeight!);
    }

    /// <summary>Directed views: in-arcs of v as (sources, weights).</summary>
    public (int[] Start, int[] Source, double[] Weight) InArcs()
    {
        BuildArcs();
        return (_inStart!, _inSource!, _inWeight!);
    }

    private void BuildArcs()
    {
        if (_outStart is not null) return;
        var n = NodeCount;
        var m = EdgeCount;
        var os = new int[n + 1];
        var ins = new int[n + 1];
        for (var e = 0; e < m; e++)
        {
            os[Source[e] + 1]++;
            ins[Target[e] + 1]++;
        }
        for (var v = 0; v < n; v++)
        {
            os[v + 1] += os[v];
            ins[v + 1] += ins[v];
        }
        var ot = new int[m];
        var ow = new double[m];
        var isrc = new int[m];
        var iw = new double[m];
        var fo = (int[])os.Clone();
        var fi = (int[])ins.Clone();
        for (var e = 0; e < m; e++)
        {
            var k = fo[Source[e]]++;
            ot[k] = Target[e];
            ow[k] = Weight[e];
            k = fi[Target[e]]++;
            isrc[k] = Source[e];
            iw[k] = Weight[e];
        }
        _outTarget = ot;
        _outWeight = ow;
        _inSource = isrc;
        _inWeight = iw;
        _inStart = ins;
        _outStart = os;
    }
}

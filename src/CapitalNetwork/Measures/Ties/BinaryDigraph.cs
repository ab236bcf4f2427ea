namespace CapitalNetwork.Measures.Ties;

/// <summary>
/// The binary directed simple graph of a <see cref="FlowNetwork"/> that the whole-network structure figures read: an arc
/// i → j (i ≠ j) wherever the chosen weight of the edge i → j is positive; self-loops and zero-weight edges are left out.
/// Out- and in-rows in CSR form, each row increasing. O(n + m) to build.
/// </summary>
internal sealed class BinaryDigraph
{
    private BinaryDigraph(int n, int[] outStart, int[] outTarget, int[] inStart, int[] inSource)
    {
        NodeCount = n;
        OutStart = outStart;
        OutTarget = outTarget;
        InStart = inStart;
        InSource = inSource;
    }

    /// <summary>n.</summary>
    public int NodeCount { get; }

    /// <summary>The number of arcs L.</summary>
    public int ArcCount => OutTarget.Length;

    /// <summary>Out-row starts, length n + 1.</summary>
    public int[] OutStart { get; }

    /// <summary>Out-neighbours, row by row, increasing within a row.</summary>
    public int[] OutTarget { get; }

    /// <summary>In-row starts, length n + 1.</summary>
    public int[] InStart { get; }

    /// <summary>In-neighbours, row by row, increasing within a row.</summary>
    public int[] InSource { get; }

    /// <summary>The out-neighbours of v.</summary>
    public ReadOnlySpan<int> Out(int v) => OutTarget.AsSpan(OutStart[v], OutStart[v + 1] - OutStart[v]);

    /// <summary>The in-neighbours of v.</summary>
    public ReadOnlySpan<int> In(int v) => InSource.AsSpan(InStart[v], InStart[v + 1] - InStart[v]);

    /// <summary>True when the arc i → j exists. O(log k_out(i)).</summary>
    public bool HasArc(int i, int j) => Out(i).BinarySearch(j) >= 0;

    /// <summary>Builds the graph of the edges of <paramref name="network"/> with a positive <paramref name="weight"/>.</summary>
    public static BinaryDigraph Of(FlowNetwork network, EdgeWeight weight)
    {
        ArgumentNullException.ThrowIfNull(network);
        if (!Enum.IsDefined(weight)) throw new ArgumentOutOfRangeException(nameof(weight), weight, "Not an EdgeWeight value.");
        var n = network.NodeCount;
        var sources = network.Sources;
        var targets = network.Targets;
        var w = network.Weights(weight);
        var outStart = new int[n + 1];
        var inStart = new int[n + 1];
        var m = 0;
        for (var e = 0; e < sources.Length; e++)
        {
            if (sources[e] == targets[e] || !(w[e] > 0)) continue;
            outStart[sources[e] + 1]++;
            inStart[targets[e] + 1]++;
            m++;
        }
        for (var v = 0; v < n; v++)
        {
            outStart[v + 1] += outStart[v];
            inStart[v + 1] += inStart[v];
        }
        var outTarget = new int[m];
        var inSource = new int[m];
        var outFill = outStart[..n];
        var inFill = inStart[..n];
        // Edges are sorted by (source, target), so the out-rows come out increasing and the in-rows too (by source).
        for (var e = 0; e < sources.Length; e++)
        {
            if (sources[e] == targets[e] || !(w[e] > 0)) continue;
            outTarget[outFill[sources[e]]++] = targets[e];
            inSource[inFill[targets[e]]++] = sources[e];
        }
        return new BinaryDigraph(n, outStart, outTarget, inStart, inSource);
    }

    /// <summary>The weak component of every node (numbered from 0 in order of their smallest node) and the component sizes. O(n + m).</summary>
    public (int[] Component, List<int> Sizes) WeakComponents()
    {
        var n = NodeCount;
        var comp = new int[n];
        Array.Fill(comp, -1);
        var sizes = new List<int>();
        var stack = new Stack<int>();
        for (var s = 0; s < n; s++)
        {
            if (comp[s] >= 0) continue;
            var c = sizes.Count;
            var size = 0;
            comp[s] = c;
            stack.Push(s);
            while (stack.Count > 0)
            {
                var v = stack.Pop();
                size++;
                foreach (var u in Out(v))
                    if (comp[u] < 0) { comp[u] = c; stack.Push(u); }
                foreach (var u in In(v))
                    if (comp[u] < 0) { comp[u] = c; stack.Push(u); }
            }
            sizes.Add(size);
        }
        return (comp, sizes);
    }

    /// <summary>
    /// The nodes reachable from <paramref name="source"/> by a directed path of length ≥ 1, marked in
    /// <paramref name="mark"/> with <paramref name="stamp"/> (the caller's buffer, reused across calls); returns their
    /// number, <paramref name="source"/> included only when it lies on a cycle. O(n + m).
    /// </summary>
    public int Reach(int source, int[] mark, int stamp, int[] queue)
    {
        var head = 0;
        var tail = 0;
        var count = 0;
        foreach (var u in Out(source))
            if (mark[u] != stamp) { mark[u] = stamp; queue[tail++] = u; count++; }
        while (head < tail)
        {
            var v = queue[head++];
            foreach (var u in Out(v))
                if (mark[u] != stamp) { mark[u] = stamp; queue[tail++] = u; count++; }
        }
        return count;
    }
}

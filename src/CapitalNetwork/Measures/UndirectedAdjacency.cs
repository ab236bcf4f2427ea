using System.Runtime.CompilerServices;

namespace CapitalNetwork.Measures;

/// <summary>
/// The undirected simple adjacency of a <see cref="FlowNetwork"/> in CSR form, read straight from the network's own
/// arrays without building a view: row v lists the distinct nodes u ≠ v joined to v by an edge in either direction, in
/// increasing order of u, optionally with the index of the edge v → u and of the edge u → v (−1 where absent). Each row
/// is a merge of the out-targets of v (the edges are sorted by (source, target)) with its in-sources
/// (<see cref="FlowNetwork.InEdges"/> lists them by source), so the whole build is O(n + m) with no sort. Self-loops
/// are skipped.
/// </summary>
internal sealed class UndirectedAdjacency
{
    private UndirectedAdjacency(int[] start, int[] neighbor, int[]? outEdge, int[]? inEdge)
    {
        Start = start;
        Neighbor = neighbor;
        OutEdge = outEdge;
        InEdge = inEdge;
    }

    /// <summary>Row starts, length n + 1; row v is [Start[v], Start[v + 1]).</summary>
    public int[] Start { get; }

    /// <summary>The neighbours, row by row, increasing within a row. May be longer than Start[n].</summary>
    public int[] Neighbor { get; }

    /// <summary>Per entry (v, u): the index of the edge v → u, or −1; null unless built with edges.</summary>
    public int[]? OutEdge { get; }

    /// <summary>Per entry (v, u): the index of the edge u → v, or −1; null unless built with edges.</summary>
    public int[]? InEdge { get; }

    /// <summary>Builds the adjacency; with <paramref name="withEdges"/> the edge indices of each pair are kept too.
    /// The arrays are sized 2m (an upper bound), not trimmed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // a one-shot O(n + m) loop: skip the unoptimised first tier
    public static UndirectedAdjacency Build(FlowNetwork network, bool withEdges)
    {
        ArgumentNullException.ThrowIfNull(network);
        var n = network.NodeCount;
        var sources = network.Sources;
        var targets = network.Targets;
        var m = targets.Length;
        var start = new int[n + 1];
        var neighbor = new int[2 * m];
        var outEdge = withEdges ? new int[2 * m] : null;
        var inEdge = withEdges ? new int[2 * m] : null;
        var k = 0;
        for (var v = 0; v < n; v++)
        {
            var range = network.OutEdges(v);
            int a = range.Start.Value, aEnd = range.End.Value;
            var ins = network.InEdges(v);
            var b = 0;
            while (a < aEnd || b < ins.Length)
            {
                var x = a < aEnd ? targets[a] : int.MaxValue;
                var y = b < ins.Length ? sources[ins[b]] : int.MaxValue;
                int u = x, o = -1, i = -1;
                if (x <= y) o = a++;
                if (y <= x)
                {
                    u = y;
                    i = ins[b++];
                }
                if (u == v) continue;
                neighbor[k] = u;
                if (withEdges)
                {
                    outEdge![k] = o;
                    inEdge![k] = i;
                }
                k++;
            }
            start[v + 1] = k;
        }
        return new UndirectedAdjacency(start, neighbor, outEdge, inEdge);
    }
}

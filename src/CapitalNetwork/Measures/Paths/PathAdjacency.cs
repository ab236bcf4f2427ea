namespace CapitalNetwork.Measures.Paths;

/// <summary>
/// The adjacency a single-source search walks: compact arrays (CSR) with one neighbour list per node and, for
/// weighted searches, one positive finite length per entry. Built once per measure call from a <see cref="FlowNetwork"/>.
/// Self-loops are left out (they never lie on a shortest path); weighted searches leave out edges whose weight is 0.
/// </summary>
internal sealed class PathAdjacency
{
    private PathAdjacency(int nodeCount, int[] start, int[] neighbor, double[]? length)
    {
        NodeCount = nodeCount;
        Start = start;
        Neighbor = neighbor;
        Length = length;
    }

    public int NodeCount { get; }

    /// <summary>Offsets: the neighbours of v are <c>Neighbor[Start[v]..Start[v+1]]</c>.</summary>
    public int[] Start { get; }

    public int[] Neighbor { get; }

    /// <summary>Edge lengths parallel to <see cref="Neighbor"/>; <c>null</c> for hop counts.</summary>
    public double[]? Length { get; }

    public int EntryCount => Neighbor.Length;

    /// <summary>Offsets of the transposed lists (entries pointing at each node), built on first use.</summary>
    public int[] ReverseStart => _reverseStart ??= BuildReverseStart();

    private int[]? _reverseStart;

    private int[] BuildReverseStart()
    {
        var rs = new int[NodeCount + 1];
        foreach (var w in Neighbor) rs[w + 1]++;
        for (var v = 0; v < NodeCount; v++) rs[v + 1] += rs[v];
        return rs;
    }

    /// <summary>Builds the search adjacency.</summary>
    /// <param name="network">The network.</param>
    /// <param name="directed">False: the undirected view (an edge in either direction links the pair; reciprocal weights merged).</param>
    /// <param name="reverse">Directed only: walk edges backwards (in-neighbours), i.e. the search from u finds d(v → u).</param>
    /// <param name="distance">How an edge's length is derived from its weight.</param>
    /// <param name="weight">The weight channel.</param>
    /// <param name="merge">How the undirected view merges the two weights of a reciprocal pair.</param>
    public static PathAdjacency Build(FlowNetwork network, bool directed, bool reverse, EdgeDistance distance, EdgeWeight weight, ReciprocalMerge merge)
    {
        var n = network.NodeCount;
        var src = network.Sources;
        var dst = network.Targets;
        var w = network.Weights(weight);
        var weighted = distance != EdgeDistance.Hops;
        var start = new int[n + 1];
        if (directed)
        {
            // Count usable entries per search node, then fill. Out-edges are sorted by target and in-edges by source,
            // so every neighbour list comes out sorted by neighbour index.
            for (var e = 0; e < src.Length; e++)
            {
                if (src[e] == dst[e] || (weighted && !(w[e] > 0))) continue;
                start[(reverse ? dst[e] : src[e]) + 1]++;
            }
            for (var v = 0; v < n; v++) start[v + 1] += start[v];
            var neighbor = new int[start[n]];
            var length = weighted ? new double[start[n]] : null;
            var k = 0;
            for (var v = 0; v < n; v++)
            {
                if (!reverse)
                {
                    var range = network.OutEdges(v);
                    for (var e = range.Start.Value; e < range.End.Value; e++)
                    {
                        if (dst[e] == v || (weighted && !(w[e] > 0))) continue;
                        neighbor[k] = dst[e];
                        if (length is not null) length[k] = EdgeLength(w[e], distance);
                        k++;
                    }
                }
                else
                {
                    foreach (var e in network.InEdges(v))
                    {
                        if (src[e] == v || (weighted && !(w[e] > 0))) continue;
                        neighbor[k] = src[e];
                        if (length is not null) length[k] = EdgeLength(w[e], distance);
                        k++;
                    }
                }
            }
            return new PathAdjacency(n, start, neighbor, length);
        }

        // Undirected view: merge the sorted out-list and in-list of every node.
        var nb = new List<int>(src.Length * 2);
        var ln = weighted ? new List<double>(src.Length * 2) : null;
        for (var v = 0; v < n; v++)
        {
            var outRange = network.OutEdges(v);
            var ins = network.InEdges(v);
            int i = outRange.Start.Value, iEnd = outRange.End.Value, j = 0;
            while (i < iEnd || j < ins.Length)
            {
                // Skip self-loops and (weighted) zero-weight edges on both lists.
                if (i < iEnd && (dst[i] == v || (weighted && !(w[i] > 0)))) { i++; continue; }
                if (j < ins.Length && (src[ins[j]] == v || (weighted && !(w[ins[j]] > 0)))) { j++; continue; }
                int u;
                double wu;
                if (j >= ins.Length || (i < iEnd && dst[i] < src[ins[j]]))
                {
                    u = dst[i]; wu = w[i]; i++;
                }
                else if (i >= iEnd || src[ins[j]] < dst[i])
                {
                    u = src[ins[j]]; wu = w[ins[j]]; j++;
                }
                else
                {
                    u = dst[i];
                    var a = w[i];
                    var b = w[ins[j]];
                    wu = merge switch
                    {
                        ReciprocalMerge.Max => Math.Max(a, b),
                        ReciprocalMerge.Min => Math.Min(a, b),
                        _ => a + b,
                    };
                    i++; j++;
                }
                nb.Add(u);
                ln?.Add(EdgeLength(wu, distance));
            }
            start[v + 1] = nb.Count;
        }
        return new PathAdjacency(n, start, [.. nb], ln?.ToArray());
    }

    private static double EdgeLength(double weight, EdgeDistance distance) =>
        distance == EdgeDistance.InverseWeight ? 1.0 / weight : weight;
}

using CapitalNetwork.Measures.Ties;

namespace CapitalNetwork.Measures;

public static partial class Structure
{
    /// <summary>
    /// Krackhardt's hierarchy: 1 − M / (M + A) on the reachability relation, where M counts unordered pairs that reach
    /// each other and A pairs where only one reaches the other; 0 when every reachable pair is mutual (a strongly
    /// connected network), 1 for an out-tree. R sna <c>hierarchy(g, measure = "krackhardt")</c> =
    /// 1 − <c>grecip(reachability(g), "dyadic.nonnull")</c>, UCINET Krackhardt GTD "hierarchy" (网络等级度). sna's default
    /// <c>measure = "reciprocity"</c> is 1 − dyadic reciprocity of the ties themselves, a different figure (1 −
    /// <see cref="Reciprocity"/> with <see cref="ReciprocityMeasure.Dyadic"/>). Undefined
    /// without ties (sna gives NaN). O(n·(n + m)): a breadth-first search from every node.
    /// </summary>
    /// <remarks>Krackhardt (1994), in <i>Computational Organization Theory</i>, 89–111, doi:10.4324/9781315806648.</remarks>
    /// <param name="network">The network.</param>
    /// <param name="weight">The weight whose positive values make a tie (funds by default).</param>
    /// <returns>Key <c>hierarchy</c>.</returns>
    public static MeasureValue Hierarchy(FlowNetwork network, EdgeWeight weight = EdgeWeight.Funds)
    {
        var g = BinaryDigraph.Of(network, weight);
        var variant = Variant("Krackhardt: sna hierarchy(measure = \"krackhardt\")", weight);
        var n = g.NodeCount;
        var mark = new int[n];
        var queue = new int[n];
        // Ordered reachable pairs (i ≠ j); a pair reaches both ways exactly when i and j share a strong component.
        double reachable = 0;
        for (var s = 0; s < n; s++)
        {
            var count = g.Reach(s, mark, s + 1, queue);
            reachable += mark[s] == s + 1 ? count - 1 : count;
        }
        double mutualOrdered = 0;
        foreach (var size in StrongComponentSizes(g)) mutualOrdered += (double)size * (size - 1);
        var mutual = mutualOrdered / 2;
        var asymmetric = reachable - mutualOrdered;
        return mutual + asymmetric == 0
            ? MeasureValue.Undefined("hierarchy", variant, "no node reaches another: no ties between distinct nodes")
            : MeasureValue.Of("hierarchy", variant, 1 - mutual / (mutual + asymmetric));
    }

    /// <summary>The sizes of the strong components (forward ∩ backward reach of each unassigned node). O(c·(n + m)).</summary>
    private static List<int> StrongComponentSizes(BinaryDigraph g)
    {
        var n = g.NodeCount;
        var assigned = new bool[n];
        var forward = new int[n];
        var backward = new int[n];
        var stack = new Stack<int>();
        var sizes = new List<int>();
        for (var s = 0; s < n; s++)
        {
            if (assigned[s]) continue;
            var stamp = s + 1;
            Mark(s, forward, stamp, true);
            Mark(s, backward, stamp, false);
            var size = 0;
            for (var v = s; v < n; v++)
                if (forward[v] == stamp && backward[v] == stamp)
                {
                    assigned[v] = true;
                    size++;
                }
            sizes.Add(size);
        }
        return sizes;

        void Mark(int source, int[] mark, int stamp, bool outward)
        {
            mark[source] = stamp;
            stack.Push(source);
            while (stack.Count > 0)
            {
                var v = stack.Pop();
                foreach (var u in outward ? g.Out(v) : g.In(v))
                    if (mark[u] != stamp) { mark[u] = stamp; stack.Push(u); }
            }
        }
    }
}

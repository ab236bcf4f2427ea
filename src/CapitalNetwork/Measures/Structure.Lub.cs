using System.Numerics;
using CapitalNetwork.Measures.Ties;

namespace CapitalNetwork.Measures;

public static partial class Structure
{
    /// <summary>
    /// Krackhardt's least-upper-boundedness (LUB): 1 − V / Σ_c (s_c − 1)(s_c − 2)/2 over the weak components of s_c ≥ 3
    /// nodes, where V counts the unordered pairs {i, j} of such a component without a least upper bound. An upper bound of
    /// i and j is a node that reaches both (a node reaches itself); it is least, in sna's rule, when it reaches every other
    /// upper bound. 1 for an out-tree (every pair has a common "boss"). R sna <c>lubness</c>, UCINET Krackhardt GTD
    /// "least upper boundedness" (最小上限). A pair has such a bound exactly when one source strong component (one with no
    /// tie from outside it) reaches both, which is how it is computed here. Components of one or two nodes count neither in V
    /// nor in the maximum; undefined when there is no component of three or more nodes (sna gives NaN). The value can be
    /// negative, as sna's: V runs over all s_c(s_c − 1)/2 pairs. O(n·(n + m) + n²·r/64) for r source strong components.
    /// </summary>
    /// <remarks>Krackhardt (1994), in <i>Computational Organization Theory</i>, 89–111, doi:10.4324/9781315806648.</remarks>
    /// <param name="network">The network.</param>
    /// <param name="weight">The weight whose positive values make a tie (funds by default).</param>
    /// <returns>Key <c>lub</c>.</returns>
    public static MeasureValue Lub(FlowNetwork network, EdgeWeight weight = EdgeWeight.Funds)
    {
        var g = BinaryDigraph.Of(network, weight);
        var variant = Variant("Krackhardt: sna lubness", weight);
        var n = g.NodeCount;
        var (component, sizes) = g.WeakComponents();
        double most = 0;
        foreach (var s in sizes)
            if (s > 2) most += (double)(s - 1) * (s - 2) / 2;
        if (most == 0) return MeasureValue.Undefined("lub", variant, "no weak component of three or more nodes");

        // Source strong components: a node v is in one when every node that reaches v is reached by v. Pick one
        // representative per source component (its smallest node), then mark the nodes each representative reaches.
        var mark = new int[n];
        var queue = new int[n];
        var inSource = new bool[n];
        var representatives = new List<int>();
        var reachOf = new List<int[]>();
        var backward = new int[n];
        for (var v = 0; v < n; v++)
        {
            if (inSource[v]) continue;
            // Nodes that reach v (backward reach) must all be reached by v.
            var stampB = v + 1;
            var stack = new Stack<int>();
            backward[v] = stampB;
            stack.Push(v);
            var reachers = new List<int>();
            while (stack.Count > 0)
            {
                var x = stack.Pop();
                reachers.Add(x);
                foreach (var u in g.In(x))
                    if (backward[u] != stampB) { backward[u] = stampB; stack.Push(u); }
            }
            g.Reach(v, mark, v + 1, queue);
            mark[v] = v + 1;
            if (!reachers.TrueForAll(x => mark[x] == v + 1)) continue;
            foreach (var x in reachers) inSource[x] = true; // v's strong component: reachers all reach v and v reaches them
            representatives.Add(v);
            var reached = new List<int>();
            for (var x = 0; x < n; x++)
                if (mark[x] == v + 1) reached.Add(x);
            reachOf.Add([.. reached]);
        }
        var words = (representatives.Count + 63) / 64;
        var roots = new ulong[n * words];
        for (var r = 0; r < representatives.Count; r++)
            foreach (var x in reachOf[r]) roots[x * words + r / 64] |= 1UL << (r % 64);

        double violations = 0;
        for (var i = 0; i < n; i++)
        {
            if (sizes[component[i]] < 3) continue;
            for (var j = i + 1; j < n; j++)
            {
                if (component[j] != component[i]) continue;
                var common = 0;
                for (var w = 0; w < words && common < 2; w++)
                    common += BitOperations.PopCount(roots[i * words + w] & roots[j * words + w]);
                if (common != 1) violations++;
            }
        }
        return MeasureValue.Of("lub", variant, 1 - violations / most);
    }
}

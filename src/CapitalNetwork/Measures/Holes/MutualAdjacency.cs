namespace CapitalNetwork.Measures.Holes;

/// <summary>
/// The mutual-weight adjacency of a directed network that Burt's measures read: a_ij = w_ij + w_ji for every pair
/// joined by an edge in either direction (a_ii = 2 w_ii for a self-loop), neighbours of each node in ascending order
/// (CSR), with each node's row sum S_i = Σ_j a_ij and row maximum. Built in O(n + m) by merging each node's out-edges
/// (sorted by target) with its in-edges (sorted by source); self-loops are left out when asked.
/// </summary>
internal sealed class MutualAdjacency
{
    private MutualAdjacency(int[] start, int[] neighbour, double[] weight, double[] sum, double[] max)
    {
        Start = start;
        Neighbour = neighbour;
        Weight = weight;
        Sum = sum;
        Max = max;
    }

    /// <summary>Row offsets, n + 1.</summary>
    public int[] Start { get; }

    /// <summary>Neighbour of each entry (ascending within a row; the node itself when it has a self-loop).</summary>
    public int[] Neighbour { get; }

    /// <summary>a_ij of each entry.</summary>
    public double[] Weight { get; }

    /// <summary>S_i = Σ_j a_ij, the self-loop (2 w_ii) included.</summary>
    public double[] Sum { get; }

    /// <summary>max_j a_ij (0 for a node without edges).</summary>
    public double[] Max { get; }

    public static MutualAdjacency Of(FlowNetwork network, EdgeWeight weight, bool selfLoops)
    {
        var n = network.NodeCount;
        var w = network.Weights(weight);
        var targets = network.Targets;
        var sources = network.Sources;
        var start = new int[n + 1];
        var neighbour = new List<int>(2 * network.EdgeCount);
        var value = new List<double>(2 * network.EdgeCount);
        var sum = new double[n];
        var max = new double[n];
        for (var i = 0; i < n; i++)
        {
            var (o, oEnd) = (network.OutEdges(i).Start.Value, network.OutEdges(i).End.Value);
            var ins = network.InEdges(i);
            var k = 0;
            while (o < oEnd || k < ins.Length)
            {
                var to = o < oEnd ? targets[o] : int.MaxValue;
                var from = k < ins.Length ? sources[ins[k]] : int.MaxValue;
                int j;
                double a;
                if (to == from) { j = to; a = w[o++] + w[ins[k++]]; }
                else if (to < from) { j = to; a = w[o++]; }
                else { j = from; a = w[ins[k++]]; }
                if (j == i && !selfLoops) continue;
                neighbour.Add(j);
                value.Add(a);
                sum[i] += a;
                if (a > max[i]) max[i] = a;
            }
            start[i + 1] = neighbour.Count;
        }
        return new MutualAdjacency(start, [.. neighbour], [.. value], sum, max);
    }

    /// <summary>True when node i has positive mutual weight to some node other than itself (else Burt's measures are undefined).</summary>
    public bool HasContacts(int i)
    {
        for (var e = Start[i]; e < Start[i + 1]; e++)
            if (Neighbour[e] != i && Weight[e] > 0) return true;
        return false;
    }
}

namespace CapitalNetwork.Measures.Paths;

/// <summary>Per-thread scratch arrays of single-source searches (Brandes, closeness, harmonic); reset lazily by the searches.</summary>
internal sealed class BrandesWorkspace
{
    public BrandesWorkspace(PathAdjacency g, bool weighted, bool brandes)
    {
        var n = g.NodeCount;
        Order = new int[n];
        if (weighted)
        {
            Dist = new double[n];
            Array.Fill(Dist, double.PositiveInfinity);
            Heap = new DijkstraHeap(n);
            Settled = new bool[n];
            Hops = [];
        }
        else
        {
            Hops = new int[n];
            Array.Fill(Hops, -1);
            Dist = [];
            Settled = [];
        }
        if (brandes)
        {
            Sigma = new double[n];
            Coef = new double[n];
            Dag = new int[g.EntryCount];
            DagStart = new int[n + 1];
            PredCount = weighted ? new int[n] : [];
        }
        else
        {
            Sigma = Coef = [];
            Dag = DagStart = PredCount = [];
        }
    }

    /// <summary>Nodes in the order the search settled them (non-decreasing distance).</summary>
    public int[] Order { get; }

    /// <summary>σ(s, v): number of shortest paths from the source.</summary>
    public double[] Sigma { get; }

    /// <summary>Hops: (1 + δ(s, v)) / σ(s, v), filled by the backward pass. Weighted: δ(s, v).</summary>
    public double[] Coef { get; }

    /// <summary>
    /// Edges of the shortest-path DAG. Hops: successors of the i-th settled node at <c>Dag[DagStart[i]..DagStart[i+1]]</c>.
    /// Weighted: predecessors of w at <c>Dag[ReverseStart[w]..ReverseStart[w] + PredCount[w]]</c>.
    /// </summary>
    public int[] Dag { get; }

    /// <summary>Hops: offsets into <see cref="Dag"/> by settle position.</summary>
    public int[] DagStart { get; }

    /// <summary>Weighted: number of predecessors recorded per node.</summary>
    public int[] PredCount { get; }

    /// <summary>Hop distances (−1 = not reached); empty for weighted searches.</summary>
    public int[] Hops { get; }

    /// <summary>Weighted distances (+∞ = not reached); empty for hop searches.</summary>
    public double[] Dist { get; }

    /// <summary>Weighted: true once the search has settled the node (its distance is final).</summary>
    public bool[] Settled { get; }

    public DijkstraHeap? Heap { get; }
}

using CapitalNetwork.Measures.Holes;

namespace CapitalNetwork.Measures;

public static partial class StructuralHoles
{
    /// <summary>
    /// Burt's effective size e_i = Σ_{j ∈ N(i)} (1 − Σ_k p_ik m_jk): the number of i's contacts less their
    /// redundancy, where N(i) are the nodes joined to i by an edge in either direction, p_ik = a_ik / Σ_l a_il is i's
    /// share of mutual weight a_ik = w_ik + w_ki and m_jk = a_jk / max_l a_jl is j's tie to k relative to j's strongest
    /// tie. Equals the number of contacts when none of them are tied to each other.
    /// </summary>
    /// <remarks>
    /// <para><b>Reference:</b> the formula of NetworkX 3.6.1 <c>nx.effective_size(G, weight="w")</c> on the
    /// weighted <c>DiGraph</c>, checked to 1e-12 relative against its per-node path (<c>nodes=G</c>), which computes the
    /// same sums as its default SciPy path; NaN follows the SciPy path (the per-node path also gives NaN to a node
    /// without a successor other than itself). Self-loops follow NetworkX: a loop gives a_ii = 2 w_ii,
    /// which enters S_i, the row maxima and the sums (j = i and k = i); <paramref name="selfLoops"/> = false leaves
    /// them out (Burt's rule). Edges of
    /// weight 0 add no contact. Directed edges are read as undirected contacts, so Borgatti's unweighted shortcut
    /// n − 2t/n (which NetworkX uses only for undirected graphs without weights) does not apply: with all weights 1 a
    /// reciprocal pair weighs 2 against 1 for a one-way tie.</para>
    /// <para><b>Undefined:</b> NaN for a node with no positive mutual weight to another node (an isolate, or a node
    /// whose only edge is a self-loop), as in NetworkX.</para>
    /// <para><b>Variants:</b> UCINET's structural-holes routine reports effective size beside efficiency
    /// (e_i divided by the number of contacts); igraph and sna have none. Complexity O(Σ_k deg(k)²); O(n + m) memory.</para>
    /// <para>Burt, R. S. (1992). <i>Structural Holes: The Social Structure of Competition</i>. Harvard University
    /// Press; Borgatti, S. P. (1997). Structural holes: unpacking Burt's redundancy measures. <i>Connections</i>
    /// 20(1), 35–38 (no DOI); Burt, R. S. (2004), doi:10.1086/421787.</para>
    /// </remarks>
    /// <param name="network">The network.</param>
    /// <param name="weight">Which edge weight. Default funds.</param>
    /// <param name="selfLoops">True (default) to count self-loops (local capital) as NetworkX does; false to leave them
    /// out, Burt's rule, so that a city's own capital does not read as a tie to itself.</param>
    /// <returns>One value per node (NaN where undefined).</returns>
    public static NodeValues EffectiveSize(FlowNetwork network, EdgeWeight weight = EdgeWeight.Funds, bool selfLoops = true)
    {
        ArgumentNullException.ThrowIfNull(network);
        var adj = MutualAdjacency.Of(network, weight, selfLoops);
        var n = network.NodeCount;
        var values = new double[n];
        var p = new double[n];
        var mark = new int[n];
        Array.Fill(mark, -1);
        for (var i = 0; i < n; i++)
        {
            if (!adj.HasContacts(i))
            {
                values[i] = double.NaN;
                continue;
            }
            var (s, e) = (adj.Start[i], adj.Start[i + 1]);
            for (var x = s; x < e; x++)
            {
                if (adj.Weight[x] <= 0) continue;
                var k = adj.Neighbour[x];
                mark[k] = i;
                p[k] = adj.Weight[x] / adj.Sum[i];
            }
            var size = 0.0;
            for (var x = s; x < e; x++)
            {
                if (adj.Weight[x] <= 0) continue;
                var j = adj.Neighbour[x];
                var maxj = adj.Max[j];
                var redundancy = 0.0;
                for (var y = adj.Start[j]; y < adj.Start[j + 1]; y++)
                {
                    var k = adj.Neighbour[y];
                    if (mark[k] == i) redundancy += p[k] * (adj.Weight[y] / maxj);
                }
                size += 1 - redundancy;
            }
            values[i] = size;
        }
        return new NodeValues(network, $"effective_size(weight={WeightName(weight)}{(selfLoops ? "" : ", self_loops=drop")})", values);
    }
}

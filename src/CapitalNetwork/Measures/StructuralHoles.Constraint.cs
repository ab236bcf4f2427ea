using CapitalNetwork.Measures.Holes;

namespace CapitalNetwork.Measures;

/// <summary>
/// Structural holes and brokerage of a <see cref="FlowNetwork"/>: Burt's constraint and effective size, and the
/// Gould–Fernandez brokerage roles. One method per measure.
/// </summary>
public static partial class StructuralHoles
{
    /// <summary>
    /// Burt's constraint c_i = Σ_{j ∈ N(i)} (p_ij + Σ_k p_ik p_kj)², where N(i) are the nodes joined to i by an edge in
    /// either direction and p_ij = a_ij / Σ_k a_ik is i's share of mutual weight a_ij = w_ij + w_ji (the chosen edge
    /// weight, both directions summed). Low constraint = a city whose capital ties run to cities that are not tied to
    /// each other (it spans structural holes); 1 for a city with a single partner city.
    /// </summary>
    /// <remarks>
    /// <para><b>Reference:</b> the formula of NetworkX 3.6.1 <c>nx.constraint(G, weight="w")</c> on the
    /// weighted <c>DiGraph</c>, checked to 1e-12 relative against its per-node path (<c>nodes=G</c>), which computes the
    /// same sums as its default SciPy path; NaN follows the SciPy path (the per-node path also gives NaN to a node
    /// without successors). Self-loops follow NetworkX: a loop gives a_ii = 2 w_ii,
    /// which enters every S_i, the sum over j (j = i) and the indirect paths through i; <paramref name="selfLoops"/> = false
    /// leaves them out (Burt's and UCINET's rule, which ignore the diagonal). Edges of weight 0 add no neighbour.</para>
    /// <para><b>Undefined:</b> NaN for a node with no positive mutual weight to another node (an isolate, or a node
    /// whose only edge is a self-loop). NetworkX also gives NaN for isolates, but for a loop-only node its SciPy path
    /// returns NaN only when w_ii = 1 and 4 otherwise (its test mixes raw and normalised weights).</para>
    /// <para><b>Variants:</b> R igraph <c>constraint</c> and UCINET's structural-holes routine implement Burt's measure
    /// too (sna has none); how they treat direction, loops and weights was not checked here, so compare them on
    /// loop-free graphs. Complexity O(Σ_k deg(k)²), deg over the undirected neighbours; O(n + m) memory.</para>
    /// <para>Burt, R. S. (1992). <i>Structural Holes: The Social Structure of Competition</i>. Harvard University
    /// Press; Burt, R. S. (2004). Structural holes and good ideas. <i>American Journal of Sociology</i> 110(2), 349–399,
    /// doi:10.1086/421787.</para>
    /// </remarks>
    /// <param name="network">The network.</param>
    /// <param name="weight">Which edge weight. Default funds.</param>
    /// <param name="selfLoops">True (default) to count self-loops (local capital) as NetworkX does; false to leave them
    /// out, Burt's rule, so that a city's own capital does not read as a tie to itself.</param>
    /// <returns>One value per node (NaN where undefined).</returns>
    public static NodeValues Constraint(FlowNetwork network, EdgeWeight weight = EdgeWeight.Funds, bool selfLoops = true)
    {
        ArgumentNullException.ThrowIfNull(network);
        var adj = MutualAdjacency.Of(network, weight, selfLoops);
        var n = network.NodeCount;
        var values = new double[n];
        var q = new double[n];
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
                var j = adj.Neighbour[x];
                mark[j] = i;
                q[j] = adj.Weight[x] / adj.Sum[i];
            }
            for (var x = s; x < e; x++)
            {
                if (adj.Weight[x] <= 0) continue;
                var k = adj.Neighbour[x];
                var pik = adj.Weight[x] / adj.Sum[i];
                var sk = adj.Sum[k];
                for (var y = adj.Start[k]; y < adj.Start[k + 1]; y++)
                {
                    var j = adj.Neighbour[y];
                    if (mark[j] == i) q[j] += pik * (adj.Weight[y] / sk);
                }
            }
            var c = 0.0;
            for (var x = s; x < e; x++)
            {
                if (adj.Weight[x] <= 0) continue;
                var qj = q[adj.Neighbour[x]];
                c += qj * qj;
            }
            values[i] = c;
        }
        return new NodeValues(network, $"constraint(weight={WeightName(weight)}{(selfLoops ? "" : ", self_loops=drop")})", values);
    }

    private static string WeightName(EdgeWeight weight) => System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(weight.ToString());
}

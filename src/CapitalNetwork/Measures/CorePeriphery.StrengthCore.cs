using System.Text.Json;
using CapitalNetwork.Measures.Fitting;

namespace CapitalNetwork.Measures;

public static partial class CorePeriphery
{
    /// <summary>
    /// s-core number of every node: the largest s such that the node belongs to the s-core, the maximal subgraph in
    /// which every node has strength ≥ s (the generalised core of Batagelj &amp; Zaversnik 2002, arXiv:cs/0202039, with
    /// the strength as vertex function; the weighted k-core of Eidsaa &amp; Almaas 2013, doi:10.1103/PhysRevE.88.062819).
    /// Computed by peeling the node of least remaining strength with a binary heap, O(m log m): a node's s-core number
    /// is the largest least-strength met up to its removal. With all weights 1 it equals <see cref="CoreNumber"/>.
    /// <para>Self-loops are dropped. <see cref="CoreMode.Undirected"/> (default) and <see cref="CoreMode.InPlusOut"/>
    /// both use s(i) = Σ_j (w_ij + w_ji) over the remaining nodes; <see cref="CoreMode.In"/>/<see cref="CoreMode.Out"/>
    /// the in-/out-strength. Values are in the unit of the weight (funds, links, CNY). Floating subtraction: exact for
    /// integer weights (funds, links); within ~1e-12 relative for capital.</para>
    /// </summary>
    /// <param name="network">The network.</param>
    /// <param name="weight">Which weight is the strength.</param>
    /// <param name="mode">Which strength is peeled.</param>
    /// <returns>One value per node; <see cref="NodeValues.Measure"/> is <c>s_core(weight=…,mode=…)</c>.</returns>
    public static NodeValues StrengthCore(FlowNetwork network, EdgeWeight weight = EdgeWeight.Funds, CoreMode mode = CoreMode.Undirected)
    {
        ArgumentNullException.ThrowIfNull(network);
        var view = mode is CoreMode.Undirected or CoreMode.InPlusOut
            ? NetworkView.UndirectedWeighted(weight)
            : NetworkView.DirectedWeighted(weight);
        var core = CoreDecomposition.SCore(CompactGraph.FromNetwork(network, view), mode);
        return new NodeValues(network, $"s_core(weight={JsonNamingPolicy.SnakeCaseLower.ConvertName(weight.ToString())},mode={JsonNamingPolicy.SnakeCaseLower.ConvertName(mode.ToString())})", core);
    }
}

using System.Text.Json;
using CapitalNetwork.Measures.Fitting;

namespace CapitalNetwork.Measures;

/// <summary>
/// Core–periphery measures of a <see cref="FlowNetwork"/>: k-cores and s-cores, the Borgatti–Everett discrete and
/// continuous models with a permutation test, the rich-club coefficient, and Kojaku–Masuda core–periphery pairs.
/// One method per measure. Self-loops (local capital) never count: these models are about ties between cities.
/// </summary>
public static partial class CorePeriphery
{
    /// <summary>
    /// k-core number (coreness) of every node: the largest k such that the node belongs to the k-core, the maximal
    /// subgraph in which every node has degree ≥ k (Seidman 1983, doi:10.1016/0378-8733(83)90028-X). Computed by
    /// Batagelj–Zaversnik bucket peeling, O(n + m) (arXiv:cs/0310049).
    /// <para><paramref name="mode"/> <see cref="CoreMode.Undirected"/> (default) uses the undirected simple view:
    /// direction ignored, a reciprocal pair is one edge, self-loops dropped, weights ignored — equal to NetworkX 3.6.1
    /// <c>core_number</c> on that graph (NetworkX itself refuses graphs with self-loops).
    /// <see cref="CoreMode.InPlusOut"/> counts in + out degree so a reciprocal pair adds 2 (NetworkX <c>core_number</c>
    /// on a DiGraph without loops); <see cref="CoreMode.In"/>/<see cref="CoreMode.Out"/> peel by in-/out-degree
    /// (igraph <c>coreness(mode="in"|"out")</c>). Isolated nodes get 0. Unnormalised integers stored as doubles.</para>
    /// </summary>
    /// <param name="network">The network.</param>
    /// <param name="mode">Which degree is peeled.</param>
    /// <returns>One value per node; <see cref="NodeValues.Measure"/> is <c>core_number(mode=…)</c>.</returns>
    public static NodeValues CoreNumber(FlowNetwork network, CoreMode mode = CoreMode.Undirected)
    {
        ArgumentNullException.ThrowIfNull(network);
        var core = CoreDecomposition.KCore(network, mode);
        var values = new double[core.Length];
        for (var v = 0; v < core.Length; v++) values[v] = core[v];
        return new NodeValues(network, $"core_number(mode={JsonNamingPolicy.SnakeCaseLower.ConvertName(mode.ToString())})", values);
    }
}

using CapitalNetwork.Measures.Louvain;

namespace CapitalNetwork.Measures;

public static partial class Communities
{
    /// <summary>
    /// Modularity of any partition (Newman &amp; Girvan 2004, doi:10.1103/PhysRevE.69.026113; resolution γ of
    /// Reichardt &amp; Bornholdt 2006, doi:10.1103/PhysRevE.74.016110), exactly as NetworkX 3.6.1
    /// <c>community.modularity(G, communities, weight, resolution)</c>:
    /// undirected Q = Σ_c [L_c/m − γ (d_c/2m)²] (m total weight, L_c weight inside c, d_c degree sum of c);
    /// directed (Leicht–Newman) Q = Σ_c [L_c/m − γ d_c^out d_c^in / m²].
    /// <para>Graph: undirected view by default (w_ij + w_ji, or binary); self-loops dropped unless
    /// <see cref="ModularityOptions.SelfLoops"/> (then an undirected loop w counts w in L_c and 2w in the degree, as in
    /// NetworkX). NaN when there is no edge weight (NetworkX divides by zero). O(n + m).</para>
    /// </summary>
    /// <param name="network">The network.</param>
    /// <param name="membership">The community label of each node (any integers; equal labels = same community).</param>
    /// <param name="options">Options, or <c>null</c> for <see cref="ModularityOptions.Default"/>.</param>
    /// <returns>Q_γ.</returns>
    /// <exception cref="ArgumentException">The membership does not have one entry per node.</exception>
    public static double Modularity(FlowNetwork network, IReadOnlyList<int> membership, ModularityOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(membership);
        options ??= ModularityOptions.Default;
        if (membership.Count != network.NodeCount)
            throw new ArgumentException($"Expected {network.NodeCount} labels, got {membership.Count}.", nameof(membership));
        var ids = new Dictionary<int, int>();
        var m = new int[membership.Count];
        for (var v = 0; v < m.Length; v++)
        {
            if (!ids.TryGetValue(membership[v], out var id)) ids[membership[v]] = id = ids.Count;
            m[v] = id;
        }
        var g = CommunityGraph.FromNetwork(network, options.Weight, options.Directed, options.SelfLoops);
        return g.Modularity(m, ids.Count, options.Resolution);
    }

    /// <summary>Modularity of a <see cref="CommunityPartition"/> under other options (e.g. γ = 1 for a partition found at another resolution, as Gephi reports). O(n + m).</summary>
    /// <param name="partition">The partition.</param>
    /// <param name="options">Options, or <c>null</c> for <see cref="ModularityOptions.Default"/>.</param>
    /// <returns>Q_γ.</returns>
    public static double Modularity(CommunityPartition partition, ModularityOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(partition);
        return Modularity(partition.Network, partition.Membership, options);
    }
}

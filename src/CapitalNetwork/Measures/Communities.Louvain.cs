using CapitalNetwork.Measures.Louvain;

namespace CapitalNetwork.Measures;

/// <summary>Community detection and partition quality for a <see cref="FlowNetwork"/>. One method per measure.</summary>
public static partial class Communities
{
    /// <summary>
    /// Louvain communities (Blondel, Guillaume, Lambiotte &amp; Lefebvre 2008, J. Stat. Mech. P10008,
    /// doi:10.1088/1742-5468/2008/10/P10008): greedy maximisation of the modularity
    /// Q_γ = Σ_c [L_c/m − γ (d_c/2m)²] (L_c: weight inside c, d_c: its degree sum, m: total weight) by local moving and
    /// aggregation, as NetworkX 3.6.1 <c>louvain_communities</c> does: per level the nodes are shuffled once with the seed
    /// and swept until no node moves; a node joins the neighbouring community with the largest positive gain; then the
    /// communities become nodes; stop when a level gains ≤ <see cref="LouvainOptions.Threshold"/>. Two additions make the
    /// result more reliable than a single NetworkX run: after the last level, node-level local moving on the original
    /// graph (refinement, Rotta &amp; Noack 2011, doi:10.1145/1963190.1970376) followed by further levels while Q_γ
    /// rises; and the best of <see cref="LouvainOptions.Runs"/> seeded runs (default 10). O(m) per sweep; in practice
    /// O(runs · m log n).
    /// <para>Graph: the undirected view by default (w_ij + w_ji with the chosen weight — NetworkX's <c>to_undirected()</c>
    /// and Gephi keep one of the two weights instead — or binary), self-loops dropped unless
    /// <see cref="LouvainOptions.SelfLoops"/>; <see cref="LouvainOptions.Directed"/> uses directed modularity
    /// (Leicht &amp; Newman 2008, doi:10.1103/PhysRevLett.100.118703) with NetworkX's directed gain.</para>
    /// <para>Resolution: γ is NetworkX's and igraph's (γ &gt; 1: smaller communities). Gephi's Modularity statistic
    /// multiplies the edge term instead (Q = Σ_c [γ_G L_c/m − (d_c/2m)²]), so Gephi's resolution γ_G gives the same
    /// objective, up to the factor γ_G, as γ = 1/γ_G here: Gephi 0.5 ≈ γ 2 (more, smaller communities). Gephi also
    /// ignores self-loops and randomises unseeded, so its partitions vary between runs. Isolated nodes are communities
    /// of their own. Same seed, same answer.</para>
    /// </summary>
    /// <param name="network">The network.</param>
    /// <param name="options">Options, or <c>null</c> for <see cref="LouvainOptions.Default"/>.</param>
    /// <returns>The partition and its modularity Q_γ.</returns>
    public static CommunityPartition Louvain(FlowNetwork network, LouvainOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        options ??= LouvainOptions.Default;
        if (!(options.Resolution > 0) || double.IsInfinity(options.Resolution))
            throw new ArgumentOutOfRangeException(nameof(options), options.Resolution, "The resolution must be positive and finite.");
        ArgumentOutOfRangeException.ThrowIfNegative(options.Threshold, nameof(options.Threshold));
        var g = CommunityGraph.FromNetwork(network, options.Weight, options.Directed, options.SelfLoops);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Runs, 1, nameof(options.Runs));
        var (membership, levels) = LocalMoving.Best(g, options.Resolution, options.Threshold, options.Seed, options.Runs);
        var canonical = Canonical(membership);
        var q = g.Modularity(canonical, canonical.Length == 0 ? 0 : canonical.Max() + 1, options.Resolution);
        return new CommunityPartition(network, canonical, q, options, levels);
    }

    /// <summary>Ids by community size (desc), then smallest member.</summary>
    private static int[] Canonical(int[] membership)
    {
        var groups = membership.Select((c, v) => (c, v)).GroupBy(t => t.c)
            .OrderByDescending(gr => gr.Count()).ThenBy(gr => gr.Min(t => t.v)).Select((gr, i) => (gr.Key, i))
            .ToDictionary(t => t.Key, t => t.i);
        return membership.Select(c => groups[c]).ToArray();
    }
}

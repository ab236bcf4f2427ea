using CapitalNetwork.Measures.Fitting;
using CapitalNetwork.Measures.NullModels;

namespace CapitalNetwork.Measures;

public static partial class CorePeriphery
{
    /// <summary>
    /// Multiple core–periphery pairs (Kojaku &amp; Masuda 2017, "Finding multiple core-periphery pairs in networks",
    /// Phys. Rev. E 96:052313, doi:10.1103/PhysRevE.96.052313; configuration-model quality from Kojaku &amp; Masuda 2018,
    /// New J. Phys. 20:043012, doi:10.1088/1367-2630/aab547). Each node gets a pair c_i and a role x_i (1 core, 0
    /// periphery); the quality, a Borgatti–Everett pattern summed over pairs against a null model, is
    /// Q = (1/2M) Σ_{i,j} (A_ij − P_ij) δ(c_i, c_j) (x_i + x_j − x_i x_j), with P_ij = d_i d_j / 2M over all ordered pairs
    /// including i = j (<see cref="KojakuMasudaNullModel.Configuration"/>, default) or P_ij = p = 2M/(n(n − 1)) over
    /// i ≠ j (<see cref="KojakuMasudaNullModel.ErdosRenyi"/>); 2M = Σ_i d_i. Ties within a pair count unless both ends
    /// are periphery; ties between pairs never count.
    /// <para>Algorithm: label switching as in the paper — from singletons (each node the core of its own pair), sweep
    /// the nodes in seeded random order and move each to the (pair, role) among its neighbours' pairs, its own pair or a
    /// new pair of its own with the largest strictly positive gain (O(degree) per node; on a tie a core becomes
    /// periphery), until a sweep moves nothing. Plain label switching stalls in poor local optima (reversed stars,
    /// all-core pairs), so each run continues with an iterated local search not in the paper: for up to 200 nodes u,
    /// the trial "u is the core of a new pair holding its neighbours as periphery" is polished by label switching and
    /// kept if Q rises. Best of <see cref="KojakuMasudaOptions.Runs"/> runs. O(runs · (sweeps + 200 · passes) · m).
    /// Undirected views only (default binary; weighted uses w_ij + w_ji); self-loops dropped. The significance test of
    /// the pairs (Kojaku &amp; Masuda's q–s test, Sci. Rep. 8:7351) is not implemented.</para>
    /// </summary>
    /// <param name="network">The network.</param>
    /// <param name="options">Options, or <c>null</c> for <see cref="KojakuMasudaOptions.Default"/>.</param>
    /// <returns>The pairs and their quality.</returns>
    /// <exception cref="ArgumentException">The view is directed.</exception>
    public static CorePeripheryPairs KojakuMasuda(FlowNetwork network, KojakuMasudaOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        options = ValidateKm(options ?? KojakuMasudaOptions.Default);
        var search = new PairsSearch(CompactGraph.FromNetwork(network, options.View), options.NullModel == KojakuMasudaNullModel.Configuration);
        int[]? bestPair = null;
        bool[]? bestCore = null;
        var bestQ = double.NegativeInfinity;
        for (var r = 0; r < options.Runs; r++)
        {
            var rng = RngStreams.Create(options.Seed, (ulong)r);
            var (pair, core) = search.Run(ref rng, options.MaxSweeps);
            var (p2, c2, count) = Canonical(pair, core);
            var q = search.Quality(p2, c2, count).Q;
            if (bestPair is null || q > bestQ + 1e-12 * Math.Max(1, Math.Abs(bestQ)))
            {
                bestPair = p2;
                bestCore = c2;
                bestQ = q;
            }
        }
        var k = bestPair!.Length == 0 ? 0 : bestPair.Max() + 1;
        var (total, perPair) = search.Quality(bestPair, bestCore!, k);
        return new CorePeripheryPairs(network, options, bestPair, bestCore!, total, perPair);
    }

    /// <summary>
    /// The Kojaku–Masuda quality Q of a given assignment (see <see cref="KojakuMasuda"/>), e.g. a planted one. O(n + m).
    /// </summary>
    /// <param name="network">The network.</param>
    /// <param name="pair">Pair id of each node (−1 = no pair; other ids any non-negative integers).</param>
    /// <param name="isCore">Role of each node (ignored for nodes in no pair).</param>
    /// <param name="options">View and null model, or <c>null</c> for the defaults.</param>
    /// <returns>Q (NaN without edges).</returns>
    /// <exception cref="ArgumentException">The arrays do not have one entry per node, or the view is directed.</exception>
    public static double KojakuMasudaQuality(FlowNetwork network, IReadOnlyList<int> pair, IReadOnlyList<bool> isCore, KojakuMasudaOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(pair);
        ArgumentNullException.ThrowIfNull(isCore);
        options = ValidateKm(options ?? KojakuMasudaOptions.Default);
        if (pair.Count != network.NodeCount || isCore.Count != network.NodeCount)
            throw new ArgumentException($"Expected {network.NodeCount} entries.", nameof(pair));
        var ids = pair.Where(x => x >= 0).Distinct().Order().Select((id, i) => (id, i)).ToDictionary(t => t.id, t => t.i);
        var p = pair.Select(x => x >= 0 ? ids[x] : -1).ToArray();
        var c = Enumerable.Range(0, pair.Count).Select(i => pair[i] >= 0 && isCore[i]).ToArray();
        var search = new PairsSearch(CompactGraph.FromNetwork(network, options.View), options.NullModel == KojakuMasudaNullModel.Configuration);
        return search.Quality(p, c, ids.Count).Q;
    }

    /// <summary>Pairs without a core node, or of a single node, become "no pair" (they contribute nothing positive);
    /// the rest are numbered by size (desc), then smallest member.</summary>
    private static (int[] Pair, bool[] Core, int Count) Canonical(int[] pair, bool[] core)
    {
        var n = pair.Length;
        var size = new Dictionary<int, int>();
        var hasCore = new HashSet<int>();
        var first = new Dictionary<int, int>();
        for (var u = 0; u < n; u++)
        {
            size[pair[u]] = size.GetValueOrDefault(pair[u]) + 1;
            if (core[u]) hasCore.Add(pair[u]);
            first.TryAdd(pair[u], u);
        }
        var keep = size.Keys.Where(c => size[c] >= 2 && hasCore.Contains(c))
            .OrderByDescending(c => size[c]).ThenBy(c => first[c]).Select((c, i) => (c, i)).ToDictionary(t => t.c, t => t.i);
        var p = new int[n];
        var x = new bool[n];
        for (var u = 0; u < n; u++)
        {
            p[u] = keep.TryGetValue(pair[u], out var id) ? id : -1;
            x[u] = p[u] >= 0 && core[u];
        }
        return (p, x, keep.Count);
    }

    private static KojakuMasudaOptions ValidateKm(KojakuMasudaOptions options)
    {
        ArgumentNullException.ThrowIfNull(options.View, nameof(options.View));
        if (options.View.Directed) throw new ArgumentException("Kojaku–Masuda pairs need an undirected view.", nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Runs, 1, nameof(options.Runs));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxSweeps, 1, nameof(options.MaxSweeps));
        return options;
    }
}

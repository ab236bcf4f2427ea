using CapitalNetwork.Measures.Fitting;

namespace CapitalNetwork.Measures;

public static partial class CorePeriphery
{
    /// <summary>
    /// Borgatti–Everett discrete core/periphery model (Borgatti &amp; Everett 2000, "Models of core/periphery
    /// structures", Social Networks 21(4):375–395, doi:10.1016/S0378-8733(99)00019-2): the partition of the nodes into
    /// a core and a periphery that maximises the fit ρ, the Pearson correlation between the observed tie values a_ij of
    /// the view and the ideal pattern δ_ij — 1 for core–core cells, 0 for periphery–periphery cells, and for
    /// core–periphery cells 1 (<see cref="CorePeripheryBlock.Ones"/>, default) or left out
    /// (<see cref="CorePeripheryBlock.Missing"/>). Cells are the unordered pairs i &lt; j (undirected view) or the ordered
    /// pairs i ≠ j (directed view); the diagonal never counts.
    /// <para>View (default: undirected simple binary — direction ignored, reciprocal pair = one edge, self-loops dropped,
    /// weights ignored; see <see cref="NetworkView"/> for weighted, w_ij + w_ji, and directed). All n nodes take part,
    /// isolated ones included (they end up in the periphery).</para>
    /// <para>Search: networks with n ≤ <see cref="BorgattiEverettOptions.ExhaustiveUpTo"/> (20) are solved exactly by
    /// enumerating the 2ⁿ partitions in Gray-code order, one O(degree) update each. Larger networks use a heuristic
    /// with <see cref="BorgattiEverettOptions.Restarts"/> restarts (the best degree-threshold partition, then random
    /// partitions): first-improvement single-node moves in seeded random order, each evaluated in O(1) from running
    /// block sums, alternated with Kernighan–Lin escapes (up to min(n, 50) forced best moves, best prefix kept) until
    /// neither improves; the best local optimum is returned. Cost O(restarts · passes · n · (1 + min(n, 50))) plus O(m)
    /// per restart. UCINET uses a genetic algorithm and <c>cpnet.BE</c> Kernighan–Lin label switching for the same
    /// objective; every heuristic can stop at a local optimum, so compare restarts or seeds on important results.</para>
    /// </summary>
    /// <param name="network">The network.</param>
    /// <param name="options">Options, or <c>null</c> for <see cref="BorgattiEverettOptions.Default"/>.</param>
    /// <returns>The partition with its fit (NaN when undefined, e.g. no ties).</returns>
    public static CorePeripheryPartition BorgattiEverett(FlowNetwork network, BorgattiEverettOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        options = Validate(options ?? BorgattiEverettOptions.Default);
        var g = CompactGraph.FromNetwork(network, options.View);
        var opt = new Optimizer(g, options.Block);
        var search = Solve(opt, g.NodeCount, options, options.Seed);
        return Partition(network, options, opt, search);
    }

    /// <summary>
    /// The Borgatti–Everett fit of a partition chosen by the caller — e.g. "the eastern cities are the core" — with the
    /// same definition as <see cref="BorgattiEverett(FlowNetwork, BorgattiEverettOptions?)"/>. O(n + m). Test it with
    /// <see cref="BorgattiEverettTest(CorePeripheryPartition, PermutationTestOptions?)"/> (label permutation by default).
    /// </summary>
    /// <param name="network">The network.</param>
    /// <param name="core">Indices of the core nodes (duplicates ignored).</param>
    /// <param name="options">View and block convention (search settings are unused), or <c>null</c> for the defaults.</param>
    /// <returns>The partition with <see cref="CorePeripherySearch.Given"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A core index is outside 0 … n − 1.</exception>
    public static CorePeripheryPartition BorgattiEverettFit(FlowNetwork network, IEnumerable<int> core, BorgattiEverettOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(core);
        options = Validate(options ?? BorgattiEverettOptions.Default);
        var flags = new bool[network.NodeCount];
        foreach (var i in core)
        {
            if ((uint)i >= (uint)flags.Length) throw new ArgumentOutOfRangeException(nameof(core), i, "Core node index out of range.");
            flags[i] = true;
        }
        var opt = new Optimizer(CompactGraph.FromNetwork(network, options.View), options.Block);
        opt.Reset(flags);
        return Partition(network, options, opt, CorePeripherySearch.Given);
    }

    internal static CorePeripherySearch Solve(Optimizer opt, int n, BorgattiEverettOptions options, ulong seed)
    {
        if (n <= options.ExhaustiveUpTo)
        {
            opt.Exhaustive();
            return CorePeripherySearch.Exhaustive;
        }
        opt.Heuristic(options.Restarts, seed);
        return CorePeripherySearch.Heuristic;
    }

    private static CorePeripheryPartition Partition(FlowNetwork network, BorgattiEverettOptions options, Optimizer opt, CorePeripherySearch search)
    {
        var (cd, pd, cpd) = opt.Densities();
        return new CorePeripheryPartition(network, options, (bool[])opt.Core.Clone(), opt.CurrentFit, search, cd, pd, cpd);
    }

    private static BorgattiEverettOptions Validate(BorgattiEverettOptions options)
    {
        ArgumentNullException.ThrowIfNull(options.View, nameof(options.View));
        if (options.ExhaustiveUpTo is < 0 or > 26)
            throw new ArgumentOutOfRangeException(nameof(options), options.ExhaustiveUpTo, "ExhaustiveUpTo must be in 0 … 26.");
        if (options.Restarts < 1)
            throw new ArgumentOutOfRangeException(nameof(options), options.Restarts, "Restarts must be at least 1.");
        if (!Enum.IsDefined(options.Block))
            throw new ArgumentOutOfRangeException(nameof(options), options.Block, "Unknown block convention.");
        return options;
    }
}

using CapitalNetwork.Measures.Blocks;
using System.Collections.Immutable;

namespace CapitalNetwork.Measures;

/// <summary>Block models: positions of nodes with similar ties, and the ties between the positions.</summary>
public static partial class BlockModel
{
    /// <summary>
    /// CONCOR (CONvergence of iterated CORrelations; Breiger, Boorman and Arabie 1975, doi:10.1016/0022-2496(75)90028-0;
    /// Wasserman and Faust 1994, §9.4.2, doi:10.1017/CBO9780511815478) and the block model it induces.
    /// <list type="bullet">
    /// <item>A is the n × n matrix of binary ties (a_ij = 1 when i ≠ j and i → j carries a positive weight) or, with
    /// <see cref="ConcorOptions.Weight"/>, of that weight. Self-loops are not used. Column j of the stacked 2n × n
    /// matrix [A; Aᵀ] holds j's ties received and sent.</item>
    /// <item>By default the diagonal is missing (UCINET's "Ignore" choice): the correlation of columns j and k leaves out
    /// rows j, k, n+j and n+k (pairwise deletion, 2n − 4 rows). With <see cref="ConcorOptions.Diagonal"/> =
    /// <see cref="ConcorDiagonal.Reciprocal"/> (UCINET's default) all 2n rows are used, a_jj (0) compared with a_kk (0)
    /// and a_jk with a_kj in those four rows. A correlation left undefined by a constant column is 0.</item>
    /// <item>Nodes whose column is constant over the rows it uses (Ignore: its 2n − 2 off-diagonal rows, so isolates and
    /// nodes tied both ways to all others; Reciprocal: all 2n rows, so isolates) cannot be correlated: they form one block of their own, placed last, never split (<see cref="BlockModelBlock.IsConstant"/>).</item>
    /// <item>Each split starts from the first correlation matrix restricted to the block's members (Wasserman and Faust
    /// §9.4.2) and correlates its columns again until every entry is within <see cref="ConcorOptions.Tolerance"/> of ±1 or
    /// <see cref="ConcorOptions.MaxIterations"/> is reached; members with entry ≥ 0 against the block's smallest-index
    /// member go with it (ties of sign, an exact 0, go with it too), the rest form the second block. A block of one or two
    /// members is not split (as in UCINET); a split that leaves a side empty leaves the block whole. Splits
    /// repeat to <see cref="ConcorOptions.Depth"/> levels (at most 2^depth blocks plus the constant block). Blocks are
    /// ordered by their smallest member index.</item>
    /// <item>Block density d_kl = ties from k to l / possible ordered pairs (g_k·g_l, or g_k(g_k − 1) inside); the image
    /// matrix has 1 where d_kl ≥ α (α-density rule, α = the network's density Σ a_ij / (n(n − 1)) by default).</item>
    /// <item>Roles (after Burt 1976, <see cref="BlockRole"/>): expected internal share (g_k − 1)/(g − 1), actual
    /// internal share = sent inside / all sent (a block that sends nothing counts as at or above; a one-member block,
    /// expected share 0, is never below); a block "receives ~none" when its received share of its between-block ties
    /// is ≤ <see cref="ConcorOptions.ReceivesNoneShare"/>; a block with no ties at all has no role.</item>
    /// </list>
    /// Deterministic (every sum in a fixed order, whatever the thread count; the iterations use the processor's cores).
    /// Cost: the first correlations of a split's g members from the sparse ties, O(Σ_i (k_out(i)² + k_in(i)²) + g²); each
    /// iteration O(g³/2) multiply-adds (a symmetric product); memory O(n + m + g²) (two g × g matrices).
    /// </summary>
    /// <param name="network">The network.</param>
    /// <param name="options">Options, or <c>null</c> for <see cref="ConcorOptions.Default"/>.</param>
    /// <returns>The block model.</returns>
    /// <exception cref="ArgumentException">An option is out of range or an enum value is unknown.</exception>
    public static BlockModelResult Concor(FlowNetwork network, ConcorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        options ??= ConcorOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Depth, 1, nameof(options.Depth));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Depth, 10, nameof(options.Depth));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxIterations, 1, nameof(options.MaxIterations));
        if (!(options.Tolerance is > 0 and < 1)) throw new ArgumentOutOfRangeException(nameof(options), "Tolerance must be in (0, 1).");
        if (!(options.ReceivesNoneShare is >= 0 and <= 1)) throw new ArgumentOutOfRangeException(nameof(options), "ReceivesNoneShare must be in [0, 1].");
        if (options.Alpha is { } al && !(double.IsFinite(al) && al >= 0)) throw new ArgumentOutOfRangeException(nameof(options), "Alpha must be finite and ≥ 0.");
        if (options.Weight is { } wt && !Enum.IsDefined(wt)) throw new ArgumentException($"Unknown weight {wt}.", nameof(options));
        if (!Enum.IsDefined(options.Diagonal)) throw new ArgumentException($"Unknown diagonal rule {options.Diagonal}.", nameof(options));

        var n = network.NodeCount;
        var a = TieMatrix.Of(network, options.Weight);
        var splitter = ConcorSplitter.Create(a, options.Diagonal == ConcorDiagonal.Reciprocal, options.Tolerance, options.MaxIterations, out var constant);
        var blocks = new List<(int[] Members, string Path)> { ([.. Enumerable.Range(0, n).Where(v => !constant[v])], "") };
        for (var level = 0; level < options.Depth; level++)
        {
            var next = new List<(int[], string)>();
            foreach (var (members, path) in blocks)
            {
                var (first, second) = splitter.Split(members);
                var prefix = path.Length == 0 ? "" : path + ".";
                if (second.Length == 0) next.Add((members, path.Length == 0 && level == 0 ? "1" : prefix + "1"));
                else
                {
                    next.Add((first, prefix + "1"));
                    next.Add((second, prefix + "2"));
                }
            }
            blocks = next;
        }
        var ordered = blocks.Where(b => b.Members.Length > 0).OrderBy(b => b.Members[0]).ToList();
        var constants = Enumerable.Range(0, n).Where(v => constant[v]).ToArray();
        if (constants.Length > 0) ordered.Add((constants, "constant"));

        var b = ordered.Count;
        var blockOf = new int[n];
        for (var k = 0; k < b; k++) foreach (var v in ordered[k].Members) blockOf[v] = k;
        var ties = new double[b, b];
        var total = 0.0;
        for (var i = 0; i < n; i++)
            for (var e = a.OutStart[i]; e < a.OutStart[i + 1]; e++)
            {
                ties[blockOf[i], blockOf[a.OutTarget[e]]] += a.OutValue[e];
                total += a.OutValue[e];
            }
        var possible = new double[b, b];
        for (var k = 0; k < b; k++)
            for (var l = 0; l < b; l++)
                possible[k, l] = k == l ? (double)ordered[k].Members.Length * (ordered[k].Members.Length - 1) : (double)ordered[k].Members.Length * ordered[l].Members.Length;
        var density = n > 1 ? total / ((double)n * (n - 1)) : double.NaN;
        var alpha = options.Alpha ?? density;

        var result = ImmutableArray.CreateBuilder<BlockModelBlock>(b);
        for (var k = 0; k < b; k++)
        {
            var members = ordered[k].Members;
            double sentOut = 0, received = 0;
            for (var l = 0; l < b; l++)
            {
                if (l == k) continue;
                sentOut += ties[k, l];
                received += ties[l, k];
            }
            var inside = ties[k, k];
            var expected = n > 1 ? (members.Length - 1.0) / (n - 1.0) : double.NaN;
            var internalShare = inside + sentOut > 0 ? inside / (inside + sentOut) : double.NaN;
            var receivedShare = received + sentOut > 0 ? received / (received + sentOut) : 0;
            var receivesNone = receivedShare <= options.ReceivesNoneShare;
            var above = double.IsNaN(internalShare) || internalShare >= expected;
            BlockRole? role = inside + sentOut + received == 0 ? null : above ? (receivesNone ? BlockRole.BidirectionalSpillover : BlockRole.NetBeneficiary)
                : (receivesNone ? BlockRole.NetSpillover : BlockRole.Broker);
            result.Add(new BlockModelBlock(k, ordered[k].Path, ordered[k].Path == "constant", [.. members],
                [.. members.Select(v => network.Nodes[v].Id)], inside, sentOut, received, expected, role));
        }
        var variant = $"CONCOR depth {options.Depth}, {(options.Weight is { } w ? $"weight {w.ToString().ToLowerInvariant()}" : "binary ties")}, {(options.Diagonal == ConcorDiagonal.Reciprocal ? "diagonal reciprocal" : "diagonal missing")}";
        return new BlockModelResult(options, variant, [.. network.Nodes.Select(x => x.Id)], result.MoveToImmutable(), [.. blockOf], ties, possible,
            density, alpha, splitter.MaxIterations, splitter.Converged);
    }
}

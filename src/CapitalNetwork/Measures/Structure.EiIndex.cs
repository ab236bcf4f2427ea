using System.Globalization;
using CapitalNetwork.Measures.NullModels;
using CapitalNetwork.Measures.Ties;

namespace CapitalNetwork.Measures;

public static partial class Structure
{
    /// <summary>
    /// Krackhardt–Stern E–I index (E − I) / (E + I) of the binary directed network: E ties between groups, I ties within a
    /// group, each ordered pair counted once (a mutual pair is two ties); −1 when every tie stays inside its group, +1 when
    /// every tie crosses. UCINET's whole-network E–I index counts the same ties (NetworkX and sna have none); no normalisation
    /// for group sizes (UCINET's expected and rescaled E–I and its permutation test are in
    /// <see cref="EiIndexTest(FlowNetwork, Grouping, PermutationTestOptions?, EdgeWeight)"/>). Ties touching a node in no group
    /// (<see cref="Grouping.LeftOut"/>: Hong Kong, Macao and Taiwan under the four mainland regions) are left out of both E
    /// and I, and the variant says how many; the figure is over the ties among grouped nodes. Undefined when no tie joins
    /// two grouped nodes. O(n + m).
    /// </summary>
    /// <remarks>Krackhardt and Stern (1988), Social Psychology Quarterly 51:123–140, doi:10.2307/2786835.</remarks>
    /// <param name="network">The network.</param>
    /// <param name="groups">A grouping of the network's nodes (<see cref="Grouping.UnitCount"/> = n), e.g.
    /// <see cref="Grouping.ByRegion"/> or <see cref="Grouping.FromLabels(IReadOnlyList{string})"/>.</param>
    /// <param name="weight">The weight whose positive values make a tie (funds by default).</param>
    /// <returns>Key <c>ei_index</c>; the variant names the grouping and the ties left out.</returns>
    /// <exception cref="ArgumentException">The grouping does not have one unit per node.</exception>
    public static MeasureValue EiIndex(FlowNetwork network, Grouping groups, EdgeWeight weight = EdgeWeight.Funds)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var g = BinaryDigraph.Of(network, weight);
        if (groups.UnitCount != g.NodeCount)
            throw new ArgumentException($"The grouping has {groups.UnitCount} units; the network has {g.NodeCount} nodes.", nameof(groups));
        var label = new int[g.NodeCount];
        for (var v = 0; v < label.Length; v++) label[v] = groups.GroupOf(v);
        var (external, internalTies, leftOut) = Count(g, label);
        var coverage = groups.Description + (groups.LeftOut.IsEmpty ? "" : string.Create(CultureInfo.InvariantCulture,
            $" ({groups.LeftOut.Length} unit{(groups.LeftOut.Length == 1 ? "" : "s")}; {leftOut} tie{(leftOut == 1 ? "" : "s")} touching them left out)"));
        var variant = Variant("Krackhardt–Stern E–I over " + coverage, weight);
        return external + internalTies == 0
            ? MeasureValue.Undefined("ei_index", variant, "no tie between two grouped nodes")
            : MeasureValue.Of("ei_index", variant, (double)(external - internalTies) / (external + internalTies));
    }

    /// <summary>
    /// The E–I index of a city network over the four mainland statistical regions (<see cref="Grouping.ByRegion"/>: ties
    /// touching Hong Kong, Macao or Taiwan left out); see <see cref="EiIndex(FlowNetwork, Grouping, EdgeWeight)"/>. O(n + m).
    /// </summary>
    /// <remarks>Krackhardt and Stern (1988), Social Psychology Quarterly 51:123–140, doi:10.2307/2786835.</remarks>
    /// <param name="network">A city network.</param>
    /// <param name="weight">The weight whose positive values make a tie (funds by default).</param>
    /// <returns>Key <c>ei_index</c>.</returns>
    /// <exception cref="InvalidOperationException">The network is not a city network (give a grouping).</exception>
    public static MeasureValue EiIndex(FlowNetwork network, EdgeWeight weight = EdgeWeight.Funds) =>
        EiIndex(network, Grouping.ByRegion(network), weight);

    /// <summary>
    /// The E–I index with UCINET's companions (Network › Cohesion › E-I Index; Krackhardt and Stern 1988): the counts E
    /// and I of the binary directed ties among grouped nodes (as <see cref="EiIndex(FlowNetwork, Grouping, EdgeWeight)"/>),
    /// the possible external and internal ordered pairs P_E = Σ_k g_k (G − g_k) and P_I = Σ_k g_k (g_k − 1), the expected
    /// E–I (P_E − P_I)/(P_E + P_I), the smallest and largest E–I that L = E + I ties could reach given the group sizes
    /// ((2·max(0, L − P_I) − L)/L and (2·min(L, P_E) − L)/L), the index rescaled linearly from that range onto [−1, 1],
    /// and a permutation test: the group labels of the grouped nodes are shuffled P times (sizes kept; nodes in no group
    /// stay out) and p = (1 + #{permuted ≥ observed}) / (1 + P), and likewise for ≤ (UCINET reports the plain shares of
    /// its 10,000 random permutations; the +1 keeps a p-value from being 0). Of <paramref name="test"/> only
    /// <see cref="PermutationTestOptions.Permutations"/> (0 for no test), <see cref="PermutationTestOptions.Seed"/> and
    /// <see cref="PermutationTestOptions.MaxDegreeOfParallelism"/> are read. Deterministic for a seed.
    /// O(n + m) plus O(P (n + m)) for the test.
    /// </summary>
    /// <remarks>Krackhardt and Stern (1988), Social Psychology Quarterly 51:123–140, doi:10.2307/2786835; the expected,
    /// range and rescaled figures follow the description of UCINET 6's E-I Index routine (Borgatti, Everett and Freeman
    /// 2002).</remarks>
    /// <param name="network">The network.</param>
    /// <param name="groups">A grouping of the network's nodes (<see cref="Grouping.UnitCount"/> = n).</param>
    /// <param name="test">The permutation test's options, or <c>null</c> for <see cref="PermutationTestOptions.Default"/>
    /// (1,000 permutations, seed 42).</param>
    /// <param name="weight">The weight whose positive values make a tie (funds by default).</param>
    /// <returns>The figures; <see cref="EiIndexResult.Observed"/> equals <see cref="EiIndex(FlowNetwork, Grouping, EdgeWeight)"/>.</returns>
    /// <exception cref="ArgumentException">The grouping does not have one unit per node.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Permutations is negative.</exception>
    public static EiIndexResult EiIndexTest(FlowNetwork network, Grouping groups, PermutationTestOptions? test = null, EdgeWeight weight = EdgeWeight.Funds)
    {
        ArgumentNullException.ThrowIfNull(groups);
        test ??= PermutationTestOptions.Default;
        ArgumentOutOfRangeException.ThrowIfNegative(test.Permutations, nameof(test));
        var g = BinaryDigraph.Of(network, weight);
        var n = g.NodeCount;
        if (groups.UnitCount != n)
            throw new ArgumentException($"The grouping has {groups.UnitCount} units; the network has {n} nodes.", nameof(groups));
        var label = new int[n];
        for (var v = 0; v < n; v++) label[v] = groups.GroupOf(v);
        var (external, internalTies, leftOut) = Count(g, label);
        var sizes = new long[groups.Count];
        foreach (var l in label) if (l >= 0) sizes[l]++;
        var grouped = sizes.Sum();
        long possibleExternal = 0, possibleInternal = 0;
        foreach (var s in sizes)
        {
            possibleExternal += s * (grouped - s);
            possibleInternal += s * (s - 1);
        }
        var ties = external + internalTies;
        double pGreater = double.NaN, pLess = double.NaN, mean = double.NaN, sd = double.NaN;
        if (test.Permutations > 0 && ties > 0)
        {
            var members = Enumerable.Range(0, n).Where(v => label[v] >= 0).ToArray();
            var nullExternal = new long[test.Permutations];
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = test.MaxDegreeOfParallelism };
            Parallel.For(0, test.Permutations, parallel, () => new int[n], (k, _, shuffled) =>
            {
                // shuffle the labels of the grouped nodes; the others stay −1
                var labels = new int[members.Length];
                for (var x = 0; x < members.Length; x++) labels[x] = label[members[x]];
                var rng = RngStreams.Create(test.Seed, (ulong)k);
                RngStreams.Shuffle(ref rng, labels);
                Array.Fill(shuffled, -1);
                for (var x = 0; x < members.Length; x++) shuffled[members[x]] = labels[x];
                nullExternal[k] = Count(g, shuffled).External;
                return shuffled;
            }, _ => { });
            // E–I = (2E − L)/L with L fixed, so comparing E compares E–I exactly
            pGreater = (1.0 + nullExternal.Count(e => e >= external)) / (1.0 + test.Permutations);
            pLess = (1.0 + nullExternal.Count(e => e <= external)) / (1.0 + test.Permutations);
            var values = nullExternal.Select(e => (2.0 * e - ties) / ties).ToArray();
            mean = values.Average();
            sd = Math.Sqrt(values.Select(v => (v - mean) * (v - mean)).Sum() / values.Length);
        }
        var coverage = groups.Description + (groups.LeftOut.IsEmpty ? "" : string.Create(CultureInfo.InvariantCulture,
            $" ({groups.LeftOut.Length} unit{(groups.LeftOut.Length == 1 ? "" : "s")}; {leftOut} tie{(leftOut == 1 ? "" : "s")} touching them left out)"));
        var testText = test.Permutations > 0 ? string.Create(CultureInfo.InvariantCulture, $"; {test.Permutations} label permutations, seed {test.Seed}") : "; no permutation test";
        return new EiIndexResult
        {
            Variant = Variant("Krackhardt–Stern E–I over " + coverage + testText, weight),
            External = external,
            Internal = internalTies,
            PossibleExternal = possibleExternal,
            PossibleInternal = possibleInternal,
            Permutations = test.Permutations,
            Seed = test.Seed,
            PValueGreater = pGreater,
            PValueLess = pLess,
            NullMean = mean,
            NullStandardDeviation = sd,
        };
    }

    /// <summary>Ties between groups, inside a group, and touching a node of label −1.</summary>
    private static (long External, long Internal, long LeftOut) Count(BinaryDigraph g, int[] label)
    {
        long external = 0, internalTies = 0, leftOut = 0;
        for (var i = 0; i < g.NodeCount; i++)
        {
            var gi = label[i];
            foreach (var j in g.Out(i))
            {
                var gj = label[j];
                if (gi < 0 || gj < 0) leftOut++;
                else if (gi == gj) internalTies++;
                else external++;
            }
        }
        return (external, internalTies, leftOut);
    }
}

using CapitalNetwork.Measures;

namespace CapitalNetwork.Cli.Commands;

/// <summary>
/// Core–periphery and community keys. <c>coreness</c>, the discrete model (<c>be_core</c>, <c>be_fit</c>,
/// <c>be_p_value</c>), the continuous model (<c>be_coreness</c>) and <c>rich_club</c> use the undirected simple binary
/// view; <c>s_coreness</c>, <c>community</c> and <c>modularity</c> use <c>--weight</c> (undirected, w_ij + w_ji).
/// Randomised keys use <c>--seed</c>; <c>be_p_value</c> uses <c>--permutations</c> degree-preserving rewirings.
/// A fit or a partition is computed once per network and options and shared by the keys that need it.
/// </summary>
internal static partial class MeasureCatalog
{
    private static CorePeripheryPartition BeFit(FlowNetwork n, MeasureContext c) =>
        Memo(n, ("be", c.Seed), () =>
            CorePeriphery.BorgattiEverett(n, BorgattiEverettOptions.Default with { Seed = c.Seed }));

    private static CorePeripherySignificance BeTest(FlowNetwork n, MeasureContext c) =>
        Memo(n, ("be_test", c.Seed, c.Permutations), () =>
            CorePeriphery.BorgattiEverettTest(BeFit(n, c), PermutationTestOptions.Default with { Permutations = c.Permutations, Seed = c.Seed }));

    private static CommunityPartition LouvainPartition(FlowNetwork n, MeasureContext c) =>
        Memo(n, ("louvain", c.Weight, c.Seed), () =>
            Communities.Louvain(n, LouvainOptions.Default with { Weight = c.Weight, Seed = c.Seed }));

    private static double? FiniteOrNull(double x) => double.IsFinite(x) ? x : null;

    private static readonly NodeMeasure[] CorePeripheryNode =
    [
        new("coreness", (n, _) => CorePeriphery.CoreNumber(n)),
        new("s_coreness", (n, c) => CorePeriphery.StrengthCore(n, c.Weight)),
        new("be_core", (n, c) => BeFit(n, c).ToNodeValues()),
        new("be_coreness", (n, _) => CorePeriphery.BorgattiEverettContinuous(n).Coreness),
        new("community", (n, c) => LouvainPartition(n, c).ToNodeValues()),
    ];

    private static readonly NetworkMeasure[] CorePeripheryNetwork =
    [
        new("be_fit", (n, c) => FiniteOrNull(BeFit(n, c).Fit)),
        new("be_p_value", (n, c) => c.Permutations < 1 ? null : FiniteOrNull(BeTest(n, c).PValue)),
        new("modularity", (n, c) => FiniteOrNull(LouvainPartition(n, c).Modularity)),
        new("rich_club", (n, _) => new RichClubMap(CorePeriphery.RichClub(n).Coefficients)),
    ];

    /// <summary>The rich-club map degree → φ(k): a dictionary for JSON, and "k:φ;k:φ;…" as text (CSV cell).</summary>
    private sealed class RichClubMap(IReadOnlyDictionary<int, double> map) : IReadOnlyDictionary<int, double>
    {
        public double this[int key] => map[key];

        public IEnumerable<int> Keys => map.Keys;

        public IEnumerable<double> Values => map.Values;

        public int Count => map.Count;

        public bool ContainsKey(int key) => map.ContainsKey(key);

        public bool TryGetValue(int key, out double value) => map.TryGetValue(key, out value);

        public IEnumerator<KeyValuePair<int, double>> GetEnumerator() => map.GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        public override string ToString() =>
            string.Join(';', map.Select(kv => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{kv.Key}:{kv.Value:R}")));
    }
}

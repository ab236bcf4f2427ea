using System.Collections.Immutable;
using System.Globalization;

namespace CapitalNetwork.Measures;

/// <summary>
/// An immutable partition of n units (nodes, provinces, table rows) into named groups, such as the four statistical
/// regions, the provinces, or a user's own groups (city clusters). Every group holds at least one unit. Used by the
/// decompositions (Theil, generalized entropy), Esteban–Ray polarization and the regional comparison tables.
/// </summary>
/// <remarks>
/// Group order: string labels in order of first appearance; integer labels ascending; regions in the conventional
/// table order East, Central, West, Northeast, then Outside (Hong Kong, Macao, Taiwan); provinces by code.
/// Construction is O(n); look-ups are O(1).
/// </remarks>
public sealed class Grouping
{
    private readonly int[] _groupOf;
    private readonly int[] _sizes;

    private Grouping(int[] groupOf, IReadOnlyList<string> names, IReadOnlyList<string> labels)
    {
        _groupOf = groupOf;
        Names = names.ToImmutableArray();
        Labels = labels.ToImmutableArray();
        _sizes = new int[Names.Length];
        foreach (var g in groupOf) _sizes[g]++;
    }

    /// <summary>Number of units n (the length of the value vectors this grouping applies to).</summary>
    public int UnitCount => _groupOf.Length;

    /// <summary>Number of groups.</summary>
    public int Count => Names.Length;

    /// <summary>Group names (identifiers): the labels given, region names <c>East</c>…, or 6-digit province codes.</summary>
    public ImmutableArray<string> Names { get; }

    /// <summary>Display labels: the same as <see cref="Names"/> for user labels; 东部/中部/西部/东北/港澳台 for regions; province names for provinces.</summary>
    public ImmutableArray<string> Labels { get; }

    /// <summary>The group of a unit.</summary>
    /// <param name="unit">Unit index, 0 ≤ unit &lt; <see cref="UnitCount"/>.</param>
    /// <returns>The group index, 0 ≤ g &lt; <see cref="Count"/>.</returns>
    public int GroupOf(int unit) => _groupOf[unit];

    /// <summary>The number of units in a group (at least 1).</summary>
    /// <param name="group">Group index.</param>
    /// <returns>The count.</returns>
    public int SizeOf(int group) => _sizes[group];

    /// <summary>The index of a group by name.</summary>
    /// <param name="name">The group name.</param>
    /// <returns>The group index, or −1.</returns>
    public int IndexOf(string name) => Names.IndexOf(name, StringComparer.Ordinal);

    /// <summary>Groups from string labels, one per unit; groups are ordered by first appearance. O(n).</summary>
    /// <param name="labels">The group label of every unit (e.g. "东部", "长三角").</param>
    /// <returns>The grouping.</returns>
    /// <exception cref="ArgumentException">A label is null.</exception>
    public static Grouping FromLabels(IReadOnlyList<string> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new List<string>();
        var groupOf = new int[labels.Count];
        for (var i = 0; i < labels.Count; i++)
        {
            var label = labels[i] ?? throw new ArgumentException($"labels[{i}] is null.", nameof(labels));
            if (!index.TryGetValue(label, out var g))
            {
                g = names.Count;
                index.Add(label, g);
                names.Add(label);
            }
            groupOf[i] = g;
        }
        return new Grouping(groupOf, names, names);
    }

    /// <summary>Groups from integer keys, one per unit (e.g. province codes or cluster numbers); groups are ordered by key, ascending. O(n log n).</summary>
    /// <param name="keys">The group key of every unit.</param>
    /// <returns>The grouping; names are the keys in invariant culture.</returns>
    public static Grouping FromLabels(IReadOnlyList<int> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var distinct = keys.Distinct().Order().ToArray();
        var index = new Dictionary<int, int>();
        for (var g = 0; g < distinct.Length; g++) index[distinct[g]] = g;
        var groupOf = new int[keys.Count];
        for (var i = 0; i < keys.Count; i++) groupOf[i] = index[keys[i]];
        var names = distinct.Select(k => k.ToString(CultureInfo.InvariantCulture)).ToArray();
        return new Grouping(groupOf, names, names);
    }

    /// <summary>A single group holding all n units (named <c>all</c>): every decomposition then has between = 0 and within = total.</summary>
    /// <param name="unitCount">n.</param>
    /// <returns>The grouping.</returns>
    public static Grouping Single(int unitCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(unitCount);
        return new Grouping(new int[unitCount], unitCount == 0 ? [] : ["all"], unitCount == 0 ? [] : ["all"]);
    }

    /// <summary>
    /// The nodes of a city network grouped by statistical region (East, Central, West, Northeast, and Outside for
    /// Hong Kong, Macao and Taiwan, so that every node belongs to a group and decompositions cover the whole network);
    /// regions without a node are left out. O(n).
    /// </summary>
    /// <param name="network">A city network (<see cref="FlowNetwork.IsCityNetwork"/>).</param>
    /// <returns>The grouping, in node order.</returns>
    /// <exception cref="InvalidOperationException">The network is not a city network.</exception>
    public static Grouping ByRegion(FlowNetwork network) => By(network, RollUpLevel.Region);

    /// <summary>The nodes of a city network grouped by province-level unit, ordered by province code. O(n).</summary>
    /// <param name="network">A city network.</param>
    /// <returns>The grouping (names: 6-digit province codes; labels: province names).</returns>
    /// <exception cref="InvalidOperationException">The network is not a city network.</exception>
    public static Grouping ByProvince(FlowNetwork network) => By(network, RollUpLevel.Province);

    /// <summary>The nodes of a city network grouped by region or by province (see <see cref="ByRegion"/> and <see cref="ByProvince"/>).</summary>
    /// <param name="network">A city network.</param>
    /// <param name="level">Region or province.</param>
    /// <returns>The grouping.</returns>
    /// <exception cref="InvalidOperationException">The network is not a city network.</exception>
    public static Grouping By(FlowNetwork network, RollUpLevel level)
    {
        ArgumentNullException.ThrowIfNull(network);
        if (!network.IsCityNetwork)
            throw new InvalidOperationException("Grouping by region or province needs a city network (nodes from the gazetteer).");
        var nodes = network.Nodes;
        if (level == RollUpLevel.Region)
        {
            var present = Enum.GetValues<StatisticalRegion>().Where(r => nodes.Any(v => v.Region == r)).ToArray();
            var groupOf = nodes.Select(v => Array.IndexOf(present, v.Region)).ToArray();
            return new Grouping(groupOf, present.Select(r => r.ToString()).ToArray(), present.Select(r => r.Chinese()).ToArray());
        }
        var codes = nodes.Select(v => v.Division!.ProvinceCode).Distinct().Order().ToArray();
        var gaz = Gazetteer.Default;
        var provinceLabels = codes.Select(c => gaz.TryGet(c, out var d) ? d.Name : c.ToString(CultureInfo.InvariantCulture)).ToArray();
        var ofNode = nodes.Select(v => Array.BinarySearch(codes, v.Division!.ProvinceCode)).ToArray();
        return new Grouping(ofNode, codes.Select(c => c.ToString("D6", CultureInfo.InvariantCulture)).ToArray(), provinceLabels);
    }

    /// <summary>
    /// The statistical regions of units named by province, for a user's per-province table: each label is a
    /// province-level code (<c>320000</c>), a full name (<c>江苏省</c>) or a short name that begins the full name
    /// (<c>江苏</c>, <c>内蒙古</c>, <c>广西</c>). Groups follow the region order East, Central, West, Northeast, Outside
    /// (regions without a unit are left out). O(n · 34).
    /// </summary>
    /// <param name="provinces">The province of every unit.</param>
    /// <returns>The grouping by region (names <c>East</c>…, labels 东部…).</returns>
    /// <exception cref="ArgumentException">A label names no province, or more than one; the message gives its index.</exception>
    public static Grouping RegionsOfProvinces(IReadOnlyList<string> provinces)
    {
        ArgumentNullException.ThrowIfNull(provinces);
        var gaz = Gazetteer.Default;
        var regions = new StatisticalRegion[provinces.Count];
        for (var i = 0; i < provinces.Count; i++)
        {
            var text = (provinces[i] ?? "").Trim();
            Division? match = null;
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var code))
                match = gaz.Provinces.FirstOrDefault(p => p.Code == code);
            else if (text.Length >= 2)
            {
                var candidates = gaz.Provinces.Where(p => p.Name == text).ToList();
                if (candidates.Count == 0) candidates = gaz.Provinces.Where(p => p.Name.StartsWith(text, StringComparison.Ordinal)).ToList();
                if (candidates.Count > 1)
                    throw new ArgumentException($"provinces[{i}] = '{text}' names more than one province ({string.Join(", ", candidates.Select(c => c.Name))}).", nameof(provinces));
                match = candidates.FirstOrDefault();
            }
            if (match is null)
                throw new ArgumentException($"provinces[{i}] = '{text}' is not a province-level unit (give a code such as 320000, a name such as 江苏省 or a short name such as 江苏).", nameof(provinces));
            regions[i] = gaz.RegionOf(match.Code);
        }
        var present = Enum.GetValues<StatisticalRegion>().Where(r => regions.Contains(r)).ToArray();
        var groupOf = regions.Select(r => Array.IndexOf(present, r)).ToArray();
        return new Grouping(groupOf, present.Select(r => r.ToString()).ToArray(), present.Select(r => r.Chinese()).ToArray());
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"Grouping: {UnitCount} units in {Count} groups ({string.Join(", ", Names.Select((n, g) => $"{n} {_sizes[g]}"))})";
}

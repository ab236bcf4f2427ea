using System.Collections.Immutable;
using System.Globalization;

namespace CapitalNetwork.Measures;

/// <summary>
/// An immutable grouping of n units (nodes, provinces, table rows) into named groups, such as the four statistical
/// regions, the provinces, or a user's own groups (city clusters). Every group holds at least one unit. Used by the
/// decompositions (Theil, generalized entropy), Esteban–Ray polarization and the regional comparison tables.
/// </summary>
/// <remarks>
/// <para>Group order: string labels in order of first appearance; integer labels ascending; regions in the
/// conventional table order East, Central, West, Northeast (then Outside, when asked for); provinces by code.
/// Construction is O(n); look-ups are O(1).</para>
/// <para><b>Units left out.</b> The groupings by statistical region (<see cref="ByRegion"/>,
/// <see cref="By"/> with <see cref="RollUpLevel.Region"/>, <see cref="RegionsOfProvinces"/>) follow the NBS scheme,
/// which covers the 31 mainland provinces only: by default Hong Kong, Macao and Taiwan belong to no group
/// (<see cref="LeftOut"/>, <see cref="GroupOf"/> = −1). The grouped measures then compute over the units in a group
/// and report the units left out and their share of the total apart (<see cref="GroupCoverage"/>); ask for
/// <c>includeOutside: true</c> to get them as a fifth group, <c>Outside</c>. Groupings from labels, keys and
/// provinces leave nothing out.</para>
/// </remarks>
public sealed class Grouping
{
    private readonly int[] _groupOf;
    private readonly int[] _sizes;

    private Grouping(int[] groupOf, IReadOnlyList<string> names, IReadOnlyList<string> labels, string description)
    {
        _groupOf = groupOf;
        Names = names.ToImmutableArray();
        Labels = labels.ToImmutableArray();
        Description = description;
        _sizes = new int[Names.Length];
        var leftOut = ImmutableArray.CreateBuilder<int>();
        for (var i = 0; i < groupOf.Length; i++)
        {
            if (groupOf[i] >= 0) _sizes[groupOf[i]]++;
            else leftOut.Add(i);
        }
        LeftOut = leftOut.ToImmutable();
    }

    /// <summary>Number of units n (the length of the value vectors this grouping applies to).</summary>
    public int UnitCount => _groupOf.Length;

    /// <summary>Number of groups.</summary>
    public int Count => Names.Length;

    /// <summary>Group names (identifiers): the labels given, region names <c>East</c>…, or 6-digit province codes.</summary>
    public ImmutableArray<string> Names { get; }

    /// <summary>Display labels: the same as <see cref="Names"/> for user labels; 东部/中部/西部/东北/港澳台 for regions; province names for provinces.</summary>
    public ImmutableArray<string> Labels { get; }

    /// <summary>
    /// What the groups are, as the grouped results state it: e.g. <c>four mainland regions; Hong Kong, Macao, Taiwan
    /// left out</c>, <c>four mainland regions and Outside (Hong Kong, Macao, Taiwan)</c>, <c>34 province-level
    /// units</c>, <c>3 groups from labels</c>.
    /// </summary>
    public string Description { get; }

    /// <summary>The units that belong to no group, ascending (empty unless a regional grouping leaves Hong Kong, Macao and Taiwan out).</summary>
    public ImmutableArray<int> LeftOut { get; }

    /// <summary>The group of a unit.</summary>
    /// <param name="unit">Unit index, 0 ≤ unit &lt; <see cref="UnitCount"/>.</param>
    /// <returns>The group index, 0 ≤ g &lt; <see cref="Count"/>, or −1 for a unit left out (<see cref="LeftOut"/>).</returns>
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
        return new Grouping(groupOf, names, names, Plural(names.Count, "group") + " from labels");
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
        return new Grouping(groupOf, names, names, Plural(names.Length, "group") + " from integer keys");
    }

    /// <summary>A single group holding all n units (named <c>all</c>): every decomposition then has between = 0 and within = total.</summary>
    /// <param name="unitCount">n.</param>
    /// <returns>The grouping.</returns>
    public static Grouping Single(int unitCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(unitCount);
        return new Grouping(new int[unitCount], unitCount == 0 ? [] : ["all"], unitCount == 0 ? [] : ["all"], "one group");
    }

    /// <summary>
    /// The nodes of a city network grouped by statistical region: the four mainland regions East, Central, West and
    /// Northeast; Hong Kong, Macao and Taiwan, which the NBS scheme does not cover, are left out
    /// (<see cref="LeftOut"/>) unless <paramref name="includeOutside"/> makes them a fifth group <c>Outside</c>.
    /// Regions without a node have no group. O(n).
    /// </summary>
    /// <param name="network">A city network (<see cref="FlowNetwork.IsCityNetwork"/>).</param>
    /// <param name="includeOutside">True for the five-group grouping of earlier versions (Outside = 港澳台 as a group). Default false.</param>
    /// <returns>The grouping, in node order.</returns>
    /// <exception cref="InvalidOperationException">The network is not a city network.</exception>
    public static Grouping ByRegion(FlowNetwork network, bool includeOutside = false)
    {
        RequireCities(network, "region");
        return OfRegions(network.Nodes.Select(v => v.Region).ToArray(), includeOutside);
    }

    /// <summary>The nodes of a city network grouped by province-level unit, ordered by province code. O(n).</summary>
    /// <param name="network">A city network.</param>
    /// <returns>The grouping (names: 6-digit province codes; labels: province names).</returns>
    /// <exception cref="InvalidOperationException">The network is not a city network.</exception>
    public static Grouping ByProvince(FlowNetwork network) => By(network, RollUpLevel.Province);

    /// <summary>
    /// The nodes of a city network grouped by region (the four mainland regions, Hong Kong, Macao and Taiwan left out:
    /// see <see cref="ByRegion"/>) or by province (see <see cref="ByProvince"/>).
    /// </summary>
    /// <param name="network">A city network.</param>
    /// <param name="level">Region or province.</param>
    /// <returns>The grouping.</returns>
    /// <exception cref="InvalidOperationException">The network is not a city network.</exception>
    public static Grouping By(FlowNetwork network, RollUpLevel level)
    {
        if (level == RollUpLevel.Region) return ByRegion(network);
        RequireCities(network, "province");
        var nodes = network.Nodes;
        var codes = nodes.Select(v => v.Division!.ProvinceCode).Distinct().Order().ToArray();
        var gaz = Gazetteer.Default;
        var provinceLabels = codes.Select(c => gaz.TryGet(c, out var d) ? d.Name : c.ToString(CultureInfo.InvariantCulture)).ToArray();
        var ofNode = nodes.Select(v => Array.BinarySearch(codes, v.Division!.ProvinceCode)).ToArray();
        return new Grouping(ofNode, codes.Select(c => c.ToString("D6", CultureInfo.InvariantCulture)).ToArray(), provinceLabels,
            Plural(codes.Length, "province-level unit"));
    }

    /// <summary>
    /// The grouping of the units in a group only: unit k of the result is the k-th unit of this grouping that is not
    /// left out, in the same groups; the grouping itself when nothing is left out.
    /// </summary>
    internal Grouping WithoutLeftOut()
    {
        if (LeftOut.IsEmpty) return this;
        var kept = _groupOf.Where(g => g >= 0).ToArray();
        return new Grouping(kept, Names, Labels, Description);
    }

    private static void RequireCities(FlowNetwork network, string level)
    {
        ArgumentNullException.ThrowIfNull(network);
        if (!network.IsCityNetwork)
            throw new InvalidOperationException($"Grouping by {level} needs a city network (nodes from the gazetteer).");
    }

    /// <summary>The grouping of units by region: mainland regions present in table order, then Outside if asked for (else its units left out).</summary>
    private static Grouping OfRegions(StatisticalRegion[] regions, bool includeOutside)
    {
        var present = Enum.GetValues<StatisticalRegion>()
            .Where(r => (includeOutside || r != StatisticalRegion.Outside) && regions.Contains(r)).ToArray();
        var groupOf = regions.Select(r => Array.IndexOf(present, r)).ToArray();
        var mainland = present.Count(r => r != StatisticalRegion.Outside);
        var description = (mainland == 4 ? "four mainland regions" : Plural(mainland, "mainland region"))
            + (present.Contains(StatisticalRegion.Outside) ? " and Outside (Hong Kong, Macao, Taiwan)"
                : regions.Contains(StatisticalRegion.Outside) ? "; Hong Kong, Macao, Taiwan left out" : "");
        return new Grouping(groupOf, present.Select(r => r.ToString()).ToArray(), present.Select(r => r.Chinese()).ToArray(), description);
    }

    private static string Plural(int n, string noun) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? "" : "s");

    /// <summary>
    /// The statistical regions of units named by province, for a user's per-province table: each label is a
    /// province-level code (<c>320000</c>), a full name (<c>江苏省</c>) or a short name that begins the full name
    /// (<c>江苏</c>, <c>内蒙古</c>, <c>广西</c>). Groups follow the region order East, Central, West, Northeast (regions
    /// without a unit have no group); rows of Hong Kong, Macao or Taiwan are left out (<see cref="LeftOut"/>) unless
    /// <paramref name="includeOutside"/> makes them a group <c>Outside</c>, as in <see cref="ByRegion"/>. O(n · 34).
    /// </summary>
    /// <param name="provinces">The province of every unit.</param>
    /// <param name="includeOutside">True to group Hong Kong, Macao and Taiwan as <c>Outside</c>. Default false.</param>
    /// <returns>The grouping by region (names <c>East</c>…, labels 东部…).</returns>
    /// <exception cref="ArgumentException">A label names no province, or more than one; the message gives its index.</exception>
    public static Grouping RegionsOfProvinces(IReadOnlyList<string> provinces, bool includeOutside = false)
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
        return OfRegions(regions, includeOutside);
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"Grouping: {UnitCount} units in {Count} groups ({string.Join(", ", Names.Select((n, g) => $"{n} {_sizes[g]}"))})"
        + (LeftOut.IsEmpty ? "" : $", {LeftOut.Length} left out") + $": {Description}";
}

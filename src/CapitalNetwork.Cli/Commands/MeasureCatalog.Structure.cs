using CapitalNetwork.Measures;

namespace CapitalNetwork.Cli.Commands;

/// <summary>
/// Whole-network structure keys, as city-network papers report them from UCINET and R sna, on the binary directed
/// network (a tie where <c>--weight</c> is positive; self-loops left out): <c>density</c>, <c>reciprocity</c> (edgewise,
/// NetworkX's), <c>reciprocity_dyadic</c> (sna's default), <c>transitivity</c>, Krackhardt's <c>connectedness</c>,
/// <c>hierarchy</c>, <c>efficiency</c> and <c>lub</c>, the Freeman centralizations and <c>ei_index</c> (with UCINET's
/// expected, range, rescaled and permutation figures as <c>ei_index_*</c>) over <see cref="MeasureContext.Groups"/> (regions by default on city networks; null with a note without groups). A key that
/// is undefined for the network is null and its reason goes to stderr.
/// </summary>
internal static partial class MeasureCatalog
{
    // A property, not a field: MeasureCatalog.Network reads it in a static initializer of another partial file, and
    // the order of field initializers across partial files is not defined.
    private static NetworkMeasure[] StructureNetwork =>
    [
        new("density", (n, c) => Noted(c, "density", Structure.Density(n, c.Weight))),
        new("reciprocity", (n, c) => Noted(c, "reciprocity", Structure.Reciprocity(n, ReciprocityMeasure.Edgewise, c.Weight))),
        new("reciprocity_dyadic", (n, c) => Noted(c, "reciprocity_dyadic", Structure.Reciprocity(n, ReciprocityMeasure.Dyadic, c.Weight))),
        new("transitivity", (n, c) => Noted(c, "transitivity", Structure.Transitivity(n, c.Weight))),
        new("connectedness", (n, c) => Noted(c, "connectedness", Structure.Connectedness(n, c.Weight))),
        new("hierarchy", (n, c) => Noted(c, "hierarchy", Structure.Hierarchy(n, c.Weight))),
        new("efficiency", (n, c) => Noted(c, "efficiency", Structure.Efficiency(n, c.Weight))),
        new("lub", (n, c) => Noted(c, "lub", Structure.Lub(n, c.Weight))),
        new("degree_centralization", (n, c) => Noted(c, "degree_centralization", Structure.DegreeCentralization(n, c.Weight))),
        new("indegree_centralization", (n, c) => Noted(c, "indegree_centralization", Structure.InDegreeCentralization(n, c.Weight))),
        new("outdegree_centralization", (n, c) => Noted(c, "outdegree_centralization", Structure.OutDegreeCentralization(n, c.Weight))),
        new("betweenness_centralization", (n, c) => Noted(c, "betweenness_centralization", Structure.BetweennessCentralization(n, c.Weight))),
        new("ei_index", (n, c) => c.Groups is { } g
            ? Noted(c, "ei_index", Structure.EiIndex(n, g, c.Weight))
            : NoGroups(c, "ei_index")),
        EiKey("ei_index_expected", r => r.Expected),
        EiKey("ei_index_min", r => r.Minimum),
        EiKey("ei_index_max", r => r.Maximum),
        EiKey("ei_index_rescaled", r => r.Rescaled),
        EiKey("ei_index_p_greater", r => r.PValueGreater, test: true),
        EiKey("ei_index_p_less", r => r.PValueLess, test: true),
    ];

    /// <summary>
    /// A figure of <see cref="Structure.EiIndexTest"/> over the run's groups (computed once per network, groups, weight,
    /// seed and permutation count); null with a note without groups, when undefined, or (p-values) with
    /// <c>--permutations 0</c>.
    /// </summary>
    private static NetworkMeasure EiKey(string key, Func<EiIndexResult, double> figure, bool test = false) => new(key, (n, c) =>
    {
        if (c.Groups is not { } g) return NoGroups(c, key);
        if (test && c.Permutations < 1)
        {
            c.Notes.Add($"{key} is undefined (null): --permutations is 0");
            return null;
        }
        var permutations = Math.Max(0, c.Permutations);
        var r = Memo(n, ("ei_index_test", g, c.Weight, c.Seed, permutations), () =>
            Structure.EiIndexTest(n, g, new PermutationTestOptions { Permutations = permutations, Seed = c.Seed }, c.Weight));
        var v = figure(r);
        if (double.IsFinite(v)) return v;
        c.Notes.Add($"{key} is undefined (null): {(r.Ties == 0 ? "no tie between two grouped nodes" : "the ties and group sizes leave the E–I index no range")}");
        return null;
    });

    /// <summary>The value, or null with a note of why.</summary>
    private static double? Noted(MeasureContext context, string key, MeasureValue value)
    {
        if (value.IsDefined) return value.Value;
        context.Notes.Add($"{key} is undefined (null): {value.UndefinedReason}");
        return null;
    }

    /// <summary>Null with the note that the network has no groups.</summary>
    private static double? NoGroups(MeasureContext context, string key)
    {
        context.Notes.Add($"{key} is undefined (null): no groups: the nodes are not cities; give --groups FILE (CSV node,group)");
        return null;
    }
}

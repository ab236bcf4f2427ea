using CapitalNetwork.Measures;

namespace CapitalNetwork.Cli.Commands;

/// <summary>
/// Whole-network structure keys, as city-network papers report them from UCINET and R sna, on the binary directed
/// network (a tie where <c>--weight</c> is positive; self-loops left out): <c>density</c>, <c>reciprocity</c> (edgewise,
/// NetworkX's), <c>reciprocity_dyadic</c> (sna's default), <c>transitivity</c>, Krackhardt's <c>connectedness</c>,
/// <c>hierarchy</c>, <c>efficiency</c> and <c>lub</c>, the Freeman centralizations and <c>ei_index</c> over
/// <see cref="MeasureContext.Groups"/> (regions by default on city networks; null with a note without groups). A key that
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
    ];

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

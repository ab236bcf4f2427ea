using System.Collections.Immutable;
using CapitalNetwork.Gexf;
using CapitalNetwork.Measures;

namespace CapitalNetwork;

/// <summary>
/// A typed per-node attribute that changes by year (a measure computed on each yearly or cumulative snapshot), for
/// <see cref="GexfWriter.WriteDynamic(NetworkSeries, Stream, GexfOptions?)"/>: declared in the dynamic node
/// attribute block and written as <c>&lt;attvalue for value start end&gt;</c> with integer years, runs of consecutive
/// years with the same value merged into one interval. Values of years outside the file's timeline (before the first or
/// after the last year of the series) are not written (Gephi ignores them). Immutable. Naming rules: see <see cref="GexfNodeAttribute"/>.
/// </summary>
public sealed class GexfDynamicNodeAttribute
{
    private GexfDynamicNodeAttribute(string name, GexfAttributeType type, ImmutableSortedDictionary<int, ImmutableArray<string?>> byYear)
    {
        if (!ValueText.IsValidName(name))
            throw new ArgumentException($"'{name}' is not a valid attribute name ([A-Za-z][A-Za-z0-9_]*).", nameof(name));
        var counts = byYear.Values.Select(v => v.Length).Distinct().ToList();
        if (counts.Count > 1) throw new ArgumentException($"Attribute '{name}': every year must have one value per node.", nameof(byYear));
        Name = name;
        Type = type;
        ValuesByYear = byYear;
    }

    /// <summary>The attribute name.</summary>
    public string Name { get; }

    /// <summary>The attribute type.</summary>
    public GexfAttributeType Type { get; }

    /// <summary>For each year, the values in node order as canonical text (<c>null</c> = no value).</summary>
    public ImmutableSortedDictionary<int, ImmutableArray<string?>> ValuesByYear { get; }

    /// <summary>The value of a node in a year, or <c>null</c> when there is none.</summary>
    /// <param name="year">The year.</param>
    /// <param name="node">Node index.</param>
    /// <returns>The canonical text or null.</returns>
    public string? ValueAt(int year, int node) => ValuesByYear.TryGetValue(year, out var v) ? v[node] : null;

    /// <summary>Per-year measure results as a <see cref="GexfAttributeType.Double"/> attribute.</summary>
    /// <param name="name">The attribute name.</param>
    /// <param name="byYear">For each year, the values on the series' node list.</param>
    /// <returns>The attribute.</returns>
    public static GexfDynamicNodeAttribute FromValues(string name, IReadOnlyDictionary<int, NodeValues> byYear)
    {
        ArgumentNullException.ThrowIfNull(byYear);
        return Doubles(name, byYear.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<double>)kv.Value.Values));
    }

    /// <summary>A <see cref="GexfAttributeType.Double"/> attribute; NaN and ±∞ become missing values.</summary>
    /// <param name="name">The attribute name.</param>
    /// <param name="byYear">For each year, one value per node.</param>
    /// <returns>The attribute.</returns>
    public static GexfDynamicNodeAttribute Doubles(string name, IReadOnlyDictionary<int, IReadOnlyList<double>> byYear)
    {
        ArgumentNullException.ThrowIfNull(byYear);
        return new(name, GexfAttributeType.Double,
            byYear.ToImmutableSortedDictionary(kv => kv.Key, kv => kv.Value.Select(ValueText.Double).ToImmutableArray()));
    }

    /// <summary>An attribute from per-year static attributes of one type (e.g. community numbers per year).</summary>
    /// <param name="name">The attribute name.</param>
    /// <param name="byYear">For each year, an attribute holding that year's values (its name is ignored).</param>
    /// <returns>The attribute.</returns>
    /// <exception cref="ArgumentException">The years' attributes differ in type.</exception>
    public static GexfDynamicNodeAttribute FromYears(string name, IReadOnlyDictionary<int, GexfNodeAttribute> byYear)
    {
        ArgumentNullException.ThrowIfNull(byYear);
        var types = byYear.Values.Select(a => a.Type).Distinct().ToList();
        if (types.Count > 1) throw new ArgumentException("Every year's attribute must have the same type.", nameof(byYear));
        return new(name, types.Count == 0 ? GexfAttributeType.Double : types[0],
            byYear.ToImmutableSortedDictionary(kv => kv.Key, kv => kv.Value.Values));
    }

    /// <summary>An attribute from text values (as read from a file); each non-null value must parse as the type.</summary>
    /// <param name="name">The attribute name.</param>
    /// <param name="type">The type.</param>
    /// <param name="byYear">For each year, one text value (or null) per node.</param>
    /// <returns>The attribute.</returns>
    /// <exception cref="FormatException">A value does not parse as the type.</exception>
    public static GexfDynamicNodeAttribute Parse(string name, GexfAttributeType type, IReadOnlyDictionary<int, IReadOnlyList<string?>> byYear)
    {
        ArgumentNullException.ThrowIfNull(byYear);
        return new(name, type, byYear.ToImmutableSortedDictionary(kv => kv.Key,
            kv => GexfNodeAttribute.Parse(name, type, kv.Value).Values));
    }

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({ValueText.TypeName(Type)}, {ValuesByYear.Count} years)";
}

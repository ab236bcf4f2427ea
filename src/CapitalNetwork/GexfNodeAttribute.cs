using System.Collections.Immutable;
using CapitalNetwork.Gexf;
using CapitalNetwork.Measures;

namespace CapitalNetwork;

/// <summary>
/// A typed per-node attribute to add to an export (a computed measure such as betweenness, a community number, core
/// membership …): one value per node of the network, in node order, kept as canonical text (invariant culture,
/// shortest round-trip doubles). A missing value (<c>null</c>, or NaN/∞ for doubles) is not written, so Gephi shows
/// it as empty. Immutable.
/// </summary>
/// <remarks>
/// Names are ASCII identifiers (<c>[A-Za-z][A-Za-z0-9_]*</c>, at most 128 characters), written as both the GEXF
/// attribute id and title (or the CSV/JSON column). They must differ, ignoring case (Gephi lower-cases column ids),
/// from the attributes the writers always produce (<c>funds_in</c>, … and, for city networks, <c>code</c>, <c>province</c>,
/// <c>region</c> …; see <see cref="GexfWriter"/>) and from
/// keys that Gephi, graphology or networkx reserve (<c>label</c>, <c>weight</c>, <c>size</c>, <c>color</c>, <c>x</c>,
/// <c>y</c>, <c>id</c>, <c>type</c>, <c>source</c>, <c>target</c>, <c>timeset</c>, …); the writers check this.
/// </remarks>
public sealed class GexfNodeAttribute
{
    private GexfNodeAttribute(string name, GexfAttributeType type, ImmutableArray<string?> values)
    {
        if (!ValueText.IsValidName(name))
            throw new ArgumentException($"'{name}' is not a valid attribute name ([A-Za-z][A-Za-z0-9_]*, at most 128 characters).", nameof(name));
        if (!Enum.IsDefined(type)) throw new ArgumentOutOfRangeException(nameof(type));
        Name = name;
        Type = type;
        Values = values;
    }

    /// <summary>The attribute name (GEXF id and title, CSV column, JSON key).</summary>
    public string Name { get; }

    /// <summary>The attribute type.</summary>
    public GexfAttributeType Type { get; }

    /// <summary>The values in node order as canonical text; <c>null</c> where a node has no value.</summary>
    public ImmutableArray<string?> Values { get; }

    /// <summary>Number of values (must equal the network's node count when exported).</summary>
    public int Count => Values.Length;

    /// <summary>A measure result as a <see cref="GexfAttributeType.Double"/> attribute (NaN values are left out).</summary>
    /// <param name="values">The per-node values.</param>
    /// <param name="name">The attribute name, or <c>null</c> for <see cref="NodeValues.Measure"/> turned into an
    /// identifier (lower case, other characters → <c>_</c>: <c>in_strength(weight=funds)</c> → <c>in_strength_weight_funds</c>).</param>
    /// <returns>The attribute.</returns>
    public static GexfNodeAttribute FromValues(NodeValues values, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        return Doubles(name ?? ValueText.Sanitize(values.Measure, "measure"), values.Values);
    }

    /// <summary>A <see cref="GexfAttributeType.Double"/> attribute; NaN and ±∞ become missing values.</summary>
    /// <param name="name">The attribute name.</param>
    /// <param name="values">One value per node, in node order.</param>
    /// <returns>The attribute.</returns>
    public static GexfNodeAttribute Doubles(string name, IEnumerable<double> values) =>
        new(name, GexfAttributeType.Double, [.. Check(values).Select(ValueText.Double)]);

    /// <summary>An integer attribute: <see cref="GexfAttributeType.Integer"/> when every value fits in 32 bits, else
    /// <see cref="GexfAttributeType.Long"/>.</summary>
    /// <param name="name">The attribute name.</param>
    /// <param name="values">One value per node, in node order.</param>
    /// <returns>The attribute.</returns>
    public static GexfNodeAttribute Integers(string name, IEnumerable<long> values)
    {
        var list = Check(values).ToList();
        var type = list.All(v => v is >= int.MinValue and <= int.MaxValue) ? GexfAttributeType.Integer : GexfAttributeType.Long;
        return new(name, type, [.. list.Select(ValueText.Long)]);
    }

    /// <summary>An <see cref="GexfAttributeType.Integer"/> attribute (e.g. community numbers).</summary>
    /// <param name="name">The attribute name.</param>
    /// <param name="values">One value per node, in node order.</param>
    /// <returns>The attribute.</returns>
    public static GexfNodeAttribute Integers(string name, IEnumerable<int> values) =>
        new(name, GexfAttributeType.Integer, [.. Check(values).Select(v => ValueText.Long(v))]);

    /// <summary>A <see cref="GexfAttributeType.Boolean"/> attribute (e.g. core membership).</summary>
    /// <param name="name">The attribute name.</param>
    /// <param name="values">One value per node, in node order.</param>
    /// <returns>The attribute.</returns>
    public static GexfNodeAttribute Booleans(string name, IEnumerable<bool> values) =>
        new(name, GexfAttributeType.Boolean, [.. Check(values).Select(ValueText.Boolean)]);

    /// <summary>A <see cref="GexfAttributeType.String"/> attribute; <c>null</c> and empty strings become missing values,
    /// characters illegal in XML 1.0 are removed.</summary>
    /// <param name="name">The attribute name.</param>
    /// <param name="values">One value per node, in node order.</param>
    /// <returns>The attribute.</returns>
    public static GexfNodeAttribute Strings(string name, IEnumerable<string?> values) =>
        new(name, GexfAttributeType.String, [.. Check(values).Select(ValueText.Text)]);

    /// <summary>An attribute from text values (as read from a file): each non-null value must parse as
    /// <paramref name="type"/> and is stored in canonical form.</summary>
    /// <param name="name">The attribute name.</param>
    /// <param name="type">The type.</param>
    /// <param name="values">One value per node, in node order; <c>null</c> for none.</param>
    /// <returns>The attribute.</returns>
    /// <exception cref="FormatException">A value does not parse as the type.</exception>
    public static GexfNodeAttribute Parse(string name, GexfAttributeType type, IEnumerable<string?> values) =>
        new(name, type, [.. Check(values).Select(v => v is null ? null
            : ValueText.Canonical(type, v) ?? throw new FormatException($"Attribute '{name}': '{v}' is not a valid {ValueText.TypeName(type)}."))]);

    /// <summary>The value of one node as a number: doubles and integers as such, booleans 1/0, missing values and
    /// non-numeric strings NaN.</summary>
    /// <param name="node">Node index.</param>
    /// <returns>The number.</returns>
    public double Number(int node) => ValueText.AsNumber(Type, Values[node]);

    /// <summary>Whether a name cannot be used for an extra attribute: it is not an identifier, or (ignoring case) it is
    /// one of the attributes the writers produce themselves for a city network (<c>in_degree</c>, <c>funds_in</c>,
    /// <c>funds_in_year</c>, <c>region</c> …) or a key Gephi, graphology or networkx reserve (<c>label</c>, <c>weight</c>,
    /// <c>size</c>, <c>timeset</c> …). (Plain networks may also use the city names <c>code</c>, <c>province</c>,
    /// <c>province_code</c>, <c>region</c>, <c>region_zh</c>, <c>lng</c>, <c>lat</c>.)</summary>
    /// <param name="name">The candidate name.</param>
    /// <returns>True when the writers would refuse it.</returns>
    public static bool IsReservedName(string name) =>
        !ValueText.IsValidName(name) || AttributeNames.BuiltIn.Contains(name) || ValueText.Reserved.Contains(name);

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({ValueText.TypeName(Type)}, {Values.Length} values)";

    private static IEnumerable<T> Check<T>(IEnumerable<T> values) => values ?? throw new ArgumentNullException(nameof(values));
}

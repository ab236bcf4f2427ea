using System.Globalization;
using CapitalNetwork.Gexf;
using CapitalNetwork.Markup;

namespace CapitalNetwork;

/// <summary>
/// A typed network-level figure to export with the network (a Gini coefficient, a modularity, a core–periphery fit …).
/// Immutable; value equality.
/// </summary>
/// <remarks>
/// GEXF 1.3 has no schema-valid place for graph attributes (<c>&lt;attributes class&gt;</c> only allows
/// <c>node</c> and <c>edge</c>; graphology's writer puts them in <c>&lt;meta&gt;</c> elements the schema rejects).
/// <see cref="GexfWriter"/> therefore writes them as text lines at the end of <c>&lt;meta&gt;&lt;description&gt;</c>,
/// after a line <c>network attributes:</c>, one figure per line as <c>name (type) = value</c>, e.g.
/// <c>gini_funds_in (double) = 0.8312</c>: Gephi shows them in the workspace's description, a person can read them,
/// and <see cref="GexfReader"/> reads them back (<see cref="GexfDocument.NetworkAttributes"/>). The JSON export puts them
/// in the graph's attributes. Names follow the rules of <see cref="GexfNodeAttribute"/>; string values have line breaks
/// replaced by spaces.
/// </remarks>
public sealed record GexfNetworkAttribute
{
    private GexfNetworkAttribute(string name, GexfAttributeType type, string value)
    {
        if (!ValueText.IsValidName(name))
            throw new ArgumentException($"'{name}' is not a valid attribute name ([A-Za-z][A-Za-z0-9_]*).", nameof(name));
        Name = name;
        Type = type;
        Value = value;
    }

    /// <summary>The figure's name.</summary>
    public string Name { get; }

    /// <summary>Its type.</summary>
    public GexfAttributeType Type { get; }

    /// <summary>Its value as canonical text (invariant culture, shortest round-trip doubles).</summary>
    public string Value { get; }

    /// <summary>A double figure.</summary>
    /// <param name="name">The name.</param>
    /// <param name="value">A finite value.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite.</exception>
    public static GexfNetworkAttribute Double(string name, double value) =>
        new(name, GexfAttributeType.Double, ValueText.Double(value) ?? throw new ArgumentOutOfRangeException(nameof(value), "The value must be finite."));

    /// <summary>An integer figure (<see cref="GexfAttributeType.Integer"/> when it fits in 32 bits, else <see cref="GexfAttributeType.Long"/>).</summary>
    /// <param name="name">The name.</param>
    /// <param name="value">The value.</param>
    /// <returns>The figure.</returns>
    public static GexfNetworkAttribute Integer(string name, long value) =>
        new(name, value is >= int.MinValue and <= int.MaxValue ? GexfAttributeType.Integer : GexfAttributeType.Long, ValueText.Long(value));

    /// <summary>A boolean figure.</summary>
    /// <param name="name">The name.</param>
    /// <param name="value">The value.</param>
    /// <returns>The figure.</returns>
    public static GexfNetworkAttribute Boolean(string name, bool value) => new(name, GexfAttributeType.Boolean, ValueText.Boolean(value));

    /// <summary>A text figure (line breaks become spaces; characters illegal in XML are removed; surrounding spaces trimmed).</summary>
    /// <param name="name">The name.</param>
    /// <param name="value">The text.</param>
    /// <returns>The figure.</returns>
    public static GexfNetworkAttribute Text(string name, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var clean = XmlChars.StripInvalidXmlChars(value).Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ').Trim();
        return new(name, GexfAttributeType.String, clean);
    }

    /// <summary>A figure from text of a given type (as read from a file).</summary>
    /// <param name="name">The name.</param>
    /// <param name="type">The type.</param>
    /// <param name="value">The text.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="FormatException">The text does not parse as the type.</exception>
    public static GexfNetworkAttribute Parse(string name, GexfAttributeType type, string value) => type == GexfAttributeType.String
        ? Text(name, value)
        : new(name, type, ValueText.Canonical(type, value) ?? throw new FormatException($"'{value}' is not a valid {ValueText.TypeName(type)}."));

    /// <summary>The value as a number (booleans 1/0; NaN for text that is not a number).</summary>
    public double Number => ValueText.AsNumber(Type, Value);

    /// <summary>The line written into the GEXF description: <c>name (type) = value</c>.</summary>
    /// <returns>The line.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Name} ({ValueText.TypeName(Type)}) = {Value}");
}

using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using CapitalNetwork.Markup;

namespace CapitalNetwork.Gexf;

/// <summary>Canonical text of typed GEXF attribute values and attribute names (implementation only).</summary>
internal static partial class ValueText
{
    /// <summary>Titles that graphology, networkx or Gephi store as built-in keys (graphology keeps viz data as color, size, x, y, z, shape and thickness, overwriting attributes of those names; networkx and Gephi reserve the rest).</summary>
    public static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "label", "weight", "kind", "id", "size", "color", "x", "y", "z", "shape", "thickness", "start", "end", "viz",
        "spells", "pid", "parents", "networkx_key", "timeset", "source", "target", "type", "interval",
    };

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]*$")]
    private static partial Regex NamePattern();

    public static bool IsValidName(string? name) => name is not null && name.Length <= 128 && NamePattern().IsMatch(name);

    /// <summary>A valid attribute name made from free text: lower case, runs of other characters → '_'.</summary>
    public static string Sanitize(string text, string fallback)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c)) sb.Append(c);
            else if (sb.Length > 0 && sb[^1] != '_') sb.Append('_');
        }
        var s = sb.ToString().Trim('_');
        if (s.Length == 0) return fallback;
        if (!char.IsAsciiLetter(s[0])) s = "m_" + s;
        return s.Length > 128 ? s[..128].TrimEnd('_') : s;
    }

    public static string TypeName(GexfAttributeType type) => type switch
    {
        GexfAttributeType.Integer => "integer",
        GexfAttributeType.Long => "long",
        GexfAttributeType.Double => "double",
        GexfAttributeType.Boolean => "boolean",
        _ => "string",
    };

    /// <summary>Maps a declared GEXF type (any case, Gephi aliases included) to the type it is kept as.</summary>
    public static GexfAttributeType FromTypeName(string? name) => (name ?? "string").Trim().ToLowerInvariant() switch
    {
        "integer" or "int" or "short" or "byte" => GexfAttributeType.Integer,
        "long" or "biginteger" => GexfAttributeType.Long,
        "double" or "float" or "bigdecimal" => GexfAttributeType.Double,
        "boolean" or "bool" => GexfAttributeType.Boolean,
        _ => GexfAttributeType.String,
    };

    /// <summary>Shortest round-trip invariant text of a finite double, never "-0"; null for NaN/∞ (no value).</summary>
    public static string? Double(double value) =>
        double.IsFinite(value) ? XmlConvert.ToString(value == 0 ? 0.0 : value) : null;

    public static string Long(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Boolean(bool value) => value ? "true" : "false";

    public static string? Text(string? value)
    {
        if (value is null) return null;
        var s = XmlChars.StripInvalidXmlChars(value);
        return s.Length == 0 ? null : s;
    }

    /// <summary>The canonical form of a value read from a file, or null when it does not parse as the type.</summary>
    public static string? Canonical(GexfAttributeType type, string text)
    {
        var t = text.Trim();
        switch (type)
        {
            case GexfAttributeType.Integer:
                return int.TryParse(t, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i) ? Long(i) : null;
            case GexfAttributeType.Long:
                return long.TryParse(t, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) ? Long(l) : null;
            case GexfAttributeType.Double:
                return TryDouble(t, out var d) && double.IsFinite(d) ? Double(d) : null;
            case GexfAttributeType.Boolean:
                return t.ToLowerInvariant() switch { "true" or "1" => "true", "false" or "0" => "false", _ => null };
            default:
                return Text(text);
        }
    }

    /// <summary>Parses xs:double text (also Java's "Infinity" forms and a leading '+').</summary>
    public static bool TryDouble(string text, out double value)
    {
        var t = text.Trim();
        switch (t)
        {
            case "INF" or "Infinity" or "+INF" or "+Infinity": value = double.PositiveInfinity; return true;
            case "-INF" or "-Infinity": value = double.NegativeInfinity; return true;
            case "NaN": value = double.NaN; return true;
        }
        return double.TryParse(t, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
            CultureInfo.InvariantCulture, out value);
    }

    /// <summary>A stored value as a number: doubles and integers as such, booleans as 1/0, anything else NaN.</summary>
    public static double AsNumber(GexfAttributeType type, string? text)
    {
        if (text is null) return double.NaN;
        return type switch
        {
            GexfAttributeType.Boolean => text == "true" ? 1 : 0,
            GexfAttributeType.String => TryDouble(text, out var s) ? s : double.NaN,
            _ => TryDouble(text, out var d) ? d : double.NaN,
        };
    }
}

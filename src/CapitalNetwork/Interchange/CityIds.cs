using System.Globalization;
using CapitalNetwork.Gexf;

namespace CapitalNetwork.Interchange;

/// <summary>How the graph-file readers (GEXF, GraphML) recognise a city network and name the attributes they keep
/// (implementation only).</summary>
internal static class CityIds
{
    /// <summary>The gazetteer divisions of the node ids when every id is the 6-digit code of a network node of
    /// <see cref="Gazetteer.Default"/> (the file then is a city network), else null.</summary>
    public static Division[]? Divisions(IReadOnlyList<string> ids)
    {
        if (ids.Count == 0) return null;
        var result = new Division[ids.Count];
        for (var i = 0; i < ids.Count; i++)
        {
            var id = ids[i];
            if (id.Length != 6 || !id.All(char.IsAsciiDigit)) return null;
            if (!Gazetteer.Default.TryGet(int.Parse(id, NumberStyles.None, CultureInfo.InvariantCulture), out var d) || !d.IsNode)
                return null;
            result[i] = d;
        }
        return result;
    }

    /// <summary>An attribute name for a file's title: the title when it is an identifier, else sanitised; suffixed _2, _3 …
    /// while it collides (ignoring case) with the writers' own attributes, reserved keys or names already taken.</summary>
    public static string UniqueName(string title, HashSet<string> taken, bool city)
    {
        var name = ValueText.IsValidName(title) ? title : ValueText.Sanitize(title, "attribute");
        var candidate = name;
        for (var k = 2; AttributeNames.Taken(candidate, city) || ValueText.Reserved.Contains(candidate) || taken.Contains(candidate); k++)
            candidate = name + "_" + k.ToString(CultureInfo.InvariantCulture);
        taken.Add(candidate);
        return candidate;
    }
}

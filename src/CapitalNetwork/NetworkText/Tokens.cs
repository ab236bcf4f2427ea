using System.Globalization;

namespace CapitalNetwork.NetworkText;

/// <summary>Splitting and number rules shared by the Pajek and DL readers and writers (implementation only).</summary>
internal static class Tokens
{
    /// <summary>
    /// Splits a line on white space (and, when <paramref name="commas"/>, on commas); a token that starts with a double
    /// quote runs to the next double quote (the quotes are removed, white space inside is kept), as Pajek and UCINET
    /// quote labels. An unclosed quote runs to the end of the line.
    /// </summary>
    public static List<string> Split(string line, bool commas = false) => SplitQuoted(line, commas).ConvertAll(t => t.Text);

    /// <summary>As <see cref="Split"/>, saying of each token whether it was quoted (a quoted token is never a keyword).</summary>
    public static List<(string Text, bool Quoted)> SplitQuoted(string line, bool commas = false)
    {
        var result = new List<(string, bool)>();
        var i = 0;
        while (i < line.Length)
        {
            var c = line[i];
            if (char.IsWhiteSpace(c) || (commas && c == ','))
            {
                i++;
                continue;
            }
            if (c == '"')
            {
                var end = line.IndexOf('"', i + 1);
                if (end < 0) end = line.Length;
                result.Add((line[(i + 1)..end], true));
                i = end + 1;
                continue;
            }
            var start = i;
            while (i < line.Length && !char.IsWhiteSpace(line[i]) && !(commas && line[i] == ',') && line[i] != '"') i++;
            result.Add((line[start..i], false));
        }
        return result;
    }

    /// <summary>Parses a number in the invariant culture (<c>1</c>, <c>-2.5</c>, <c>1e3</c>); false otherwise.</summary>
    public static bool TryNumber(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    /// <summary>Parses a positive vertex number (1, 2, …) that fits an int.</summary>
    public static bool TryVertex(string text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value > 0;

    /// <summary>A number in its shortest round-trip invariant form (<c>3</c>, <c>0.1</c>, <c>1E+20</c>).</summary>
    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Text made safe for one quoted label: double quotes become single quotes and control characters
    /// (line breaks, tabs) spaces, since neither Pajek nor UCINET has an escape.</summary>
    public static string Label(string text)
    {
        if (!text.Any(c => c == '"' || char.IsControl(c))) return text;
        return string.Create(text.Length, text, (span, t) =>
        {
            for (var k = 0; k < t.Length; k++) span[k] = t[k] == '"' ? '\'' : char.IsControl(t[k]) ? ' ' : t[k];
        });
    }

    /// <summary>A short quotation of a raw line for diagnostics.</summary>
    public static string Raw(string line) => line.Length <= 500 ? line : line[..500];
}

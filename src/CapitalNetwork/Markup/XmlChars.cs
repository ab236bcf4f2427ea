using System.Text;

namespace CapitalNetwork.Markup;

/// <summary>Text helpers shared by the GEXF writer and reader (implementation only).</summary>
internal static class XmlChars
{
    /// <summary>
    /// Removes the characters XML 1.0 does not allow (§2.2 Char: U+0000–U+0008, U+000B, U+000C, U+000E–U+001F,
    /// U+FFFE, U+FFFF and surrogates that are not part of a valid pair). Returns the same instance when nothing is removed.
    /// </summary>
    public static string StripInvalidXmlChars(string text)
    {
        var i = FirstInvalid(text);
        if (i < 0) return text;
        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, i);
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[i + 1]);
                i += 2;
                continue;
            }
            if (IsLegalBmp(c)) sb.Append(c);
            i++;
        }
        return sb.ToString();
    }

    private static int FirstInvalid(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            if (!IsLegalBmp(c)) return i;
        }
        return -1;
    }

    // A single UTF-16 unit that is legal on its own (surrogates never are).
    private static bool IsLegalBmp(char c) =>
        c is '\t' or '\n' or '\r' || (c >= '\u0020' && c <= '\uD7FF') || (c >= '\uE000' && c <= '\uFFFD');
}

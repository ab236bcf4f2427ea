using System.Text;

namespace CapitalNetwork.Reading;

/// <summary>Text helpers of the ingest that must not throw on hostile text.</summary>
internal static class SafeText
{
    /// <summary>
    /// NFKC normalisation that never throws: <see cref="string.Normalize(NormalizationForm)"/> refuses strings with
    /// lone surrogates or noncharacters (U+FFFE, U+FFFF, …), which a file in UTF-16, or in UTF-8 with such code points
    /// encoded, can contain; those code points become U+FFFD first (found by fuzzing the filings reader).
    /// </summary>
    public static string NormalizeKC(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            var clean = ReplaceInvalid(text);
            try
            {
                return clean.Normalize(NormalizationForm.FormKC);
            }
            catch (ArgumentException)
            {
                return clean;
            }
        }
    }

    /// <summary>Replaces lone surrogates and noncharacters (U+FDD0–U+FDEF and every code point ending in FFFE or FFFF) by U+FFFD.</summary>
    public static string ReplaceInvalid(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var cp = char.ConvertToUtf32(c, text[i + 1]);
                if ((cp & 0xFFFE) == 0xFFFE) sb.Append('\uFFFD');
                else sb.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (char.IsSurrogate(c) || c is >= '\uFDD0' and <= '\uFDEF' or '\uFFFE' or '\uFFFF')
            {
                sb.Append('\uFFFD');
            }
            else
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }
}

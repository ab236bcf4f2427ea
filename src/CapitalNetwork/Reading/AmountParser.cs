using System.Globalization;
using System.Text;

namespace CapitalNetwork.Reading;

/// <summary>Reads amounts as written in Chinese registry exports: "1,000", "1000万", "1.5亿元", "¥2,000.00", "500万人民币".</summary>
internal static class AmountParser
{
    /// <summary>Parses an amount into CNY. <paramref name="headerUnit"/> applies when the text carries no unit of its own.</summary>
    /// <returns>True with the value; false with a reason (unreadable, negative, not finite).</returns>
    public static bool TryParse(string text, double headerUnit, out double cny, out string reason)
    {
        cny = 0;
        // Fastest path: up to 15 ASCII digits, an integer that a double holds exactly, as double.TryParse reads it; times a
        // header unit of at most 10⁸ (亿元) it stays below 10²³, always finite.
        if (text.Length is > 0 and <= 15)
        {
            long whole = 0;
            var digits = true;
            foreach (var c in text)
            {
                if ((uint)(c - '0') > 9) { digits = false; break; }
                whole = whole * 10 + (c - '0');
            }
            if (digits)
            {
                cny = whole * headerUnit;
                reason = "";
                return true;
            }
        }
        // Fast path: a plain number in the header's unit.
        if (double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var plain))
        {
            cny = plain * headerUnit;
            reason = "";
            if (double.IsFinite(cny)) return true;
            reason = "amount too large";
            return false;
        }
        // Second fast path: digits with thousands separators ("1,000", "12,345.5"): exactly what the general path below
        // does with such a text (nothing to normalise, trim, or strip as a prefix or unit; commas removed), without it.
        if (TryParseGrouped(text, headerUnit, out cny, out reason, out var handled) || handled) return reason.Length == 0;
        return TryParseGeneral(text, headerUnit, out cny, out reason);
    }

    /// <summary>The general path (NFKC, trim, currency prefixes, units, separators removed): every text the fast paths
    /// answer gets the same answer here (the tests check it).</summary>
    internal static bool TryParseGeneral(string text, double headerUnit, out double cny, out string reason)
    {
        cny = 0;
        var s = SafeText.NormalizeKC(text).Trim();
        foreach (var prefix in new[] { "人民币", "RMB", "CNY", "¥", "￥" })
            if (s.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) s = s[prefix.Length..].Trim();
        var unit = headerUnit;
        string[] units = ["万元人民币", "亿元人民币", "元人民币", "万人民币", "人民币", "万元", "亿元", "万", "亿", "元", "RMB", "CNY"];
        foreach (var u in units)
        {
            if (!s.EndsWith(u, StringComparison.OrdinalIgnoreCase)) continue;
            s = s[..^u.Length].Trim();
            unit = u.StartsWith('万') ? 10_000 : u.StartsWith('亿') ? 100_000_000 : u.StartsWith('元') ? 1 : headerUnit;
            break;
        }
        s = s.Replace(",", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);
        if (s.Length == 0 || !double.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
                CultureInfo.InvariantCulture, out var v))
        {
            reason = "not a number";
            return false;
        }
        if (!double.IsFinite(v)) { reason = "not a finite number"; return false; }
        if (v < 0) { reason = "negative amount"; return false; }
        cny = v * unit;
        if (!double.IsFinite(cny)) { reason = "amount too large"; return false; }
        reason = "";
        return true;
    }

    /// <summary>A text of ASCII digits, commas and periods only, with at least one comma and at most 64 characters: parsed
    /// as the general path parses it (commas removed; then a number, finite, times the header unit). <paramref name="handled"/>
    /// says whether the text was of that form (then the result and reason are final).</summary>
    private static bool TryParseGrouped(string text, double headerUnit, out double cny, out string reason, out bool handled)
    {
        cny = 0;
        reason = "";
        handled = false;
        if (text.Length is 0 or > 64 || !text.Contains(',')) return false;
        Span<char> digits = stackalloc char[64];
        var n = 0;
        foreach (var c in text)
        {
            if (c == ',') continue;
            if (c is not (>= '0' and <= '9' or '.')) return false;
            digits[n++] = c;
        }
        handled = true;
        if (n == 0 || !double.TryParse(digits[..n], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
                CultureInfo.InvariantCulture, out var v))
        {
            reason = "not a number";
            return false;
        }
        if (!double.IsFinite(v)) { reason = "not a finite number"; return false; }
        cny = v * headerUnit;
        if (!double.IsFinite(cny)) { reason = "amount too large"; return false; }
        return true;
    }
}

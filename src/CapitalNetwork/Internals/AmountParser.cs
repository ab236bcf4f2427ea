using System.Globalization;
using System.Text;

namespace CapitalNetwork.Internals;

/// <summary>Reads amounts as written in Chinese registry exports: "1,000", "1000万", "1.5亿元", "¥2,000.00", "500万人民币".</summary>
internal static class AmountParser
{
    /// <summary>Parses an amount into CNY. <paramref name="headerUnit"/> applies when the text carries no unit of its own.</summary>
    /// <returns>True with the value; false with a reason (unreadable, negative, not finite).</returns>
    public static bool TryParse(string text, double headerUnit, out double cny, out string reason)
    {
        cny = 0;
        // Fast path: a plain number in the header's unit.
        if (double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var plain))
        {
            cny = plain * headerUnit;
            reason = "";
            if (double.IsFinite(cny)) return true;
            reason = "amount too large";
            return false;
        }
        var s = IngestText.NormalizeKC(text).Trim();
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
}

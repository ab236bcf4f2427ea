using System.Globalization;

namespace CapitalNetwork.Measures.Indicators;

/// <summary>Reads the numbers of a user's indicator table (invariant culture, thousands separators, exponents).</summary>
internal static class TableNumbers
{
    public static bool TryParse(string text, out double value, out string reason, bool allowNegative = false)
    {
        value = double.NaN;
        var t = text.Trim();
        if (t.Length == 0)
        {
            reason = "empty_value";
            return false;
        }
        if (!double.TryParse(t, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out value) || !double.IsFinite(value))
        {
            reason = "not_a_number";
            return false;
        }
        if (value < 0 && !allowNegative)
        {
            reason = "negative_value";
            return false;
        }
        if (value == 0) value = 0; // -0 → 0
        reason = "";
        return true;
    }
}

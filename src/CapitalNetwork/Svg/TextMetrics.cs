using System.Globalization;

namespace CapitalNetwork.Svg;

/// <summary>Text measures and number formats for the SVG pictures (implementation only).</summary>
internal static class TextMetrics
{
    /// <summary>
    /// Estimated advance width of a text in a sans-serif font: CJK and full-width characters 1 em, upper-case letters
    /// and digits 0.62 em, lower-case 0.52 em, spaces and narrow punctuation 0.3 em (generous, so that labels placed
    /// with these boxes do not touch in Noto Sans CJK, YaHei or PingFang).
    /// </summary>
    public static double Width(string text, double fontSize)
    {
        var em = 0.0;
        foreach (var c in text)
        {
            if (char.IsLowSurrogate(c)) continue;
            em += c switch
            {
                >= '\u2E80' => 1.0,
                ' ' or '.' or ',' or ':' or ';' or '\'' or '|' or 'i' or 'l' or 'j' or '!' or '(' or ')' => 0.3,
                >= 'a' and <= 'z' => 0.52,
                _ => 0.62,
            };
        }
        return em * fontSize;
    }

    /// <summary>A city label without the trailing 市 of names of three characters or more (北京市 → 北京).</summary>
    public static string ShortLabel(string label) =>
        label.Length >= 3 && label.EndsWith('市') ? label[..^1] : label;

    /// <summary>A value for a label: 亿 (10⁸) and 万 (10⁴) units for large numbers, at most 3 significant decimals.</summary>
    public static string Value(double value)
    {
        var a = Math.Abs(value);
        if (a >= 1e8) return Short(value / 1e8) + "亿";
        if (a >= 1e4) return Short(value / 1e4) + "万";
        return Short(value);
    }

    private static string Short(double value)
    {
        var a = Math.Abs(value);
        var format = a >= 100 ? "0" : a >= 10 ? "0.#" : a >= 1 ? "0.##" : "0.###";
        var s = value.ToString(format, CultureInfo.InvariantCulture);
        return s == "-0" ? "0" : s;
    }

    /// <summary>A share as a percentage with one decimal (0.1234 → "12.3%").</summary>
    public static string Percent(double share) => (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    /// <summary>"Nice" tick values covering [0 or min, max]: steps 1, 2 or 5 × 10^k, about <paramref name="count"/> ticks.
    /// Uses only multiplication and division by 10 (platform-independent).</summary>
    public static List<double> Ticks(double min, double max, int count)
    {
        if (!(max > min)) max = min + 1;
        var raw = (max - min) / Math.Max(1, count);
        var magnitude = 1.0;
        while (magnitude * 10 <= raw) magnitude *= 10;
        while (magnitude > raw) magnitude /= 10;
        var step = raw <= magnitude ? magnitude : raw <= 2 * magnitude ? 2 * magnitude : raw <= 5 * magnitude ? 5 * magnitude : 10 * magnitude;
        var first = Math.Floor(min / step) * step;
        var ticks = new List<double>();
        for (var i = 0; ; i++)
        {
            var t = first + i * step;
            ticks.Add(Math.Round(t / step) * step);
            if (t >= max - step * 1e-9) break;
        }
        return ticks;
    }

    /// <summary>
    /// Up to three distinct legend values, largest first, none above <paramref name="max"/>, for a quantity counted in
    /// whole units (funds, links, yuan): whole numbers whenever max ≥ 1. Largest whole number n ≤ max: n ≤ 3 gives n, …, 1
    /// (a tiny network shows 3, 2, 1); n &lt; 10 gives n, ⌊n/2⌋, 1; else the top value is the nice number
    /// (<see cref="NiceBelow"/>: 1, 2, 2.5 or 5 × 10^k, k ≥ 1) ≤ n and the others are the top value times
    /// <paramref name="middle"/> and <paramref name="low"/>, each brought down to a nice number (or, below 10, a whole
    /// number, at least 1). Only a maximum below 1 (fractional weights of a plain edge list) gives fractional values,
    /// nice numbers below max, max·middle, max·low.
    /// </summary>
    public static List<double> LegendValues(double max, double middle, double low)
    {
        var values = new List<double>();
        void Add(double v)
        {
            if (v > 0 && !values.Contains(v)) values.Add(v);
        }
        if (!(max > 0) || !double.IsFinite(max)) return values;
        if (max < 1)
        {
            foreach (var f in (double[])[1, middle, low]) Add(NiceBelow(max * f));
            return values;
        }
        var n = Math.Floor(max);
        if (n <= 3)
        {
            for (var v = n; v >= 1; v--) Add(v);
            return values;
        }
        if (n < 10)
        {
            Add(n);
            Add(Math.Floor(n / 2));
            Add(1);
            return values;
        }
        var top = NiceBelow(n);
        Add(top);
        foreach (var f in (double[])[middle, low])
        {
            var x = top * f;
            Add(x < 1 ? 1 : x < 10 ? Math.Floor(x) : NiceBelow(x));
        }
        return values;
    }

    /// <summary>A nice round number ≤ value: 1, 2, 2.5 or 5 × 10^k (for scale bars and legends).</summary>
    public static double NiceBelow(double value)
    {
        if (!(value > 0)) return 0;
        var magnitude = 1.0;
        while (magnitude * 10 <= value) magnitude *= 10;
        while (magnitude > value) magnitude /= 10;
        foreach (var m in (double[])[5, 2.5, 2, 1])
            if (m * magnitude <= value) return m * magnitude;
        return magnitude;
    }
}

using System.Globalization;
using System.Text;

namespace CapitalNetwork.Measures.Regression;

/// <summary>Renders a regression as a plain-text table in the style of published tables: a title, one row per term
/// with right-aligned numbers and significance stars, the fit statistics below a rule, and notes.</summary>
internal static class PrintedTable
{
    public static string Render(string title, IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows,
        IReadOnlyList<string> footer, IReadOnlyList<string> notes)
    {
        var widths = new int[header.Count];
        for (var c = 0; c < header.Count; c++)
            widths[c] = Math.Max(Width(header[c]), rows.Count == 0 ? 0 : rows.Max(r => Width(r[c])));
        var line = widths.Sum() + 2 * (widths.Length - 1);
        var sb = new StringBuilder();
        sb.AppendLine(title);
        sb.AppendLine(new string('─', line));
        Append(sb, header, widths);
        sb.AppendLine(new string('─', line));
        foreach (var r in rows) Append(sb, r, widths);
        sb.AppendLine(new string('─', line));
        foreach (var f in footer) sb.AppendLine(f);
        foreach (var n in notes) sb.AppendLine(n);
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, IReadOnlyList<string> cells, int[] widths)
    {
        for (var c = 0; c < cells.Count; c++)
        {
            if (c > 0) sb.Append("  ");
            var pad = new string(' ', widths[c] - Width(cells[c]));
            if (c == 0) sb.Append(cells[c]).Append(pad);
            else sb.Append(pad).Append(cells[c]);
        }
        sb.Append('\n');
    }

    /// <summary>Display width: CJK characters take two columns.</summary>
    private static int Width(string s) => s.Sum(ch => ch >= '\u2E80' && ch <= '\uFFEF' && ch != '─' ? 2 : 1);

    public static string Number(double x, int digits = 4)
    {
        if (double.IsNaN(x)) return "";
        if (double.IsInfinity(x)) return x > 0 ? "inf" : "-inf";
        var a = Math.Abs(x);
        if (a != 0 && (a < 1e-4 || a >= 1e7)) return x.ToString("0.###E+0", CultureInfo.InvariantCulture);
        return x.ToString("F" + digits, CultureInfo.InvariantCulture);
    }

    public static string Stars(double p) => p < 0.001 ? "***" : p < 0.01 ? "**" : p < 0.05 ? "*" : p < 0.1 ? "." : "";

    public static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    public static string Invariant(double x) => x.ToString("R", CultureInfo.InvariantCulture);
}

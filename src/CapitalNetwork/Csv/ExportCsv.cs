using System.Globalization;
using System.Text;

namespace CapitalNetwork.Csv;

/// <summary>RFC 4180 CSV cells and Gephi's dynamic literals (implementation only).</summary>
internal static class ExportCsv
{
    /// <summary>A cell quoted when it holds a comma, quote, semicolon, line break or surrounding spaces.</summary>
    public static string Cell(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var quote = text.AsSpan().IndexOfAny(",\";\r\n") >= 0 || text[0] == ' ' || text[^1] == ' ';
        return quote ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    public static void Row(TextWriter w, IEnumerable<string?> cells)
    {
        var first = true;
        foreach (var c in cells)
        {
            if (!first) w.Write(',');
            w.Write(Cell(c));
            first = false;
        }
        w.Write('\n');
    }

    /// <summary>Gephi's interval set literal: <c>&lt;[2015, 2016]; [2018, 2018]&gt;</c> (graphstore parser).</summary>
    public static string IntervalSet(IEnumerable<(int Start, int End)> spells)
    {
        var sb = new StringBuilder("<");
        foreach (var (s, e) in spells)
        {
            if (sb.Length > 1) sb.Append("; ");
            sb.Append('[').Append(s.ToString(CultureInfo.InvariantCulture)).Append(", ").Append(e.ToString(CultureInfo.InvariantCulture)).Append(']');
        }
        return sb.Append('>').ToString();
    }

    /// <summary>Gephi's interval map literal: <c>&lt;[2015, 2015, 3]; [2016, 2017, 5]&gt;</c>; null when there is no run.</summary>
    public static string? IntervalMap(IEnumerable<(int Start, int End, string Value)> runs)
    {
        var sb = new StringBuilder("<");
        foreach (var (s, e, v) in runs)
        {
            if (sb.Length > 1) sb.Append("; ");
            sb.Append('[').Append(s.ToString(CultureInfo.InvariantCulture)).Append(", ").Append(e.ToString(CultureInfo.InvariantCulture)).Append(", ").Append(v).Append(']');
        }
        return sb.Length == 1 ? null : sb.Append('>').ToString();
    }
}

using System.Globalization;
using System.Net;
using System.Text;

namespace CapitalNetwork.Interactive.Html;

/// <summary>Small HTML helpers shared by the views: encoding, number formats, the style block, sortable headers.</summary>
internal static class HtmlText
{
    private static readonly CultureInfo Ic = CultureInfo.InvariantCulture;

    /// <summary>The CSS of every view, scoped by the <c>capnet</c> class. Repeated in each view so that a view is
    /// self-contained (notebook front ends isolate or drop outputs independently).</summary>
    public const string Style =
        "<style>" +
        ".capnet{font-family:system-ui,-apple-system,'Segoe UI','Noto Sans CJK SC','Microsoft YaHei',sans-serif;font-size:13px;line-height:1.35}" +
        ".capnet h4{margin:.4em 0 .3em;font-size:14px}" +
        ".capnet table{border-collapse:collapse;margin:.2em 1.2em .6em 0;display:inline-table;vertical-align:top}" +
        ".capnet caption{text-align:left;font-weight:600;padding:.2em 0}" +
        ".capnet th,.capnet td{padding:2px 8px;border-bottom:1px solid rgba(127,127,127,.25);text-align:left;white-space:nowrap;vertical-align:top}" +
        ".capnet td.w{white-space:normal;min-width:16em;max-width:36em;overflow-wrap:anywhere}" +
        ".capnet th small{font-weight:400;opacity:.7}" +
        ".capnet td.n,.capnet th.n{text-align:right;font-variant-numeric:tabular-nums}" +
        ".capnet th.s{cursor:pointer;user-select:none}" +
        ".capnet th.s:after{content:' \\2195';opacity:.35}" +
        ".capnet .ok{color:#007a4d;font-weight:600}.capnet .bad{color:#c0392b;font-weight:600}" +
        ".capnet .warn{color:#b36b00}.capnet .muted{opacity:.65}" +
        ".capnet .sw{display:inline-block;width:.8em;height:.8em;border-radius:50%;margin-right:.35em;vertical-align:-1px}" +
        ".capnet details>summary{cursor:pointer;font-weight:600;margin:.3em 0}" +
        ".capnet code{font-size:12px}" +
        "</style>";

    /// <summary>
    /// The click handler of a sortable header (an inline attribute, so it needs no script block and no global function):
    /// sorts the rows of the table body by that column, numerically when both cells carry a number in <c>data-v</c>
    /// (or in their text), else by text; a second click reverses the order. Already encoded for a double-quoted attribute.
    /// </summary>
    private const string SortHandler =
        "var t=this.closest('table'),b=t.tBodies[0],i=this.cellIndex,d=this.getAttribute('data-d')==='d'?'a':'d';" +
        "this.setAttribute('data-d',d);" +
        "var k=function(r){var c=r.cells[i];var v=c.getAttribute('data-v');return v===null?c.textContent:v;};" +
        "Array.prototype.slice.call(b.rows).sort(function(x,y){var p=k(x),q=k(y),a=parseFloat(p),c=parseFloat(q);" +
        "var r=(isNaN(a)||isNaN(c))?String(p).localeCompare(String(q)):a-c;return d==='a'?r:-r;})" +
        ".forEach(function(r){b.appendChild(r);});";

    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? "");

    /// <summary>A number for reading: integers with thousands separators, large values with one decimal, small ones
    /// with four significant digits; NaN as an em dash.</summary>
    public static string Number(double x)
    {
        if (double.IsNaN(x)) return "—";
        if (double.IsInfinity(x)) return x > 0 ? "∞" : "−∞";
        if (Math.Abs(x) < 1e15 && x == Math.Round(x)) return x.ToString("N0", Ic);
        if (Math.Abs(x) >= 1000) return x.ToString("N1", Ic);
        return x.ToString("G4", Ic);
    }

    /// <summary>A share as a percentage with one decimal (NaN as an em dash).</summary>
    public static string Percent(double share) => double.IsNaN(share) ? "—" : (share * 100).ToString("0.0", Ic) + "%";

    /// <summary>Capital in CNY shown in 亿元 (10⁸ CNY) with two decimals.</summary>
    public static string Yi(double cny) => (cny / 1e8).ToString("N2", Ic);

    /// <summary>The exact value for sorting (<c>data-v</c>).</summary>
    public static string Raw(double x) => double.IsNaN(x) ? "" : x.ToString("R", Ic);

    public static string Int(long x) => x.ToString("N0", Ic);

    /// <summary>A header cell; sortable ones get the click handler. A label with options in parentheses, such as
    /// <c>in_strength(weight=funds)</c>, is broken before the parenthesis, the options in small type.</summary>
    public static void Th(StringBuilder sb, string label, bool numeric = false, bool sortable = false, string? title = null)
    {
        sb.Append("<th");
        var cls = (numeric ? "n" : "") + (sortable ? (numeric ? " s" : "s") : "");
        if (cls.Length > 0) sb.Append(" class=\"").Append(cls).Append('"');
        if (title is not null) sb.Append(" title=\"").Append(Encode(title)).Append('"');
        if (sortable) sb.Append(" onclick=\"").Append(Encode(SortHandler)).Append('"');
        var open = label.IndexOf('(', StringComparison.Ordinal);
        if (open > 0 && label.EndsWith(')'))
            sb.Append('>').Append(Encode(label[..open])).Append("<br/><small>").Append(Encode(label[open..])).Append("</small></th>");
        else
            sb.Append('>').Append(Encode(label)).Append("</th>");
    }

    public static void Td(StringBuilder sb, string text, string? cls = null)
    {
        sb.Append("<td");
        if (cls is not null) sb.Append(" class=\"").Append(cls).Append('"');
        sb.Append('>').Append(Encode(text)).Append("</td>");
    }

    /// <summary>A numeric cell: shown as <paramref name="shown"/> (default <see cref="Number"/>), sorted by the exact value.</summary>
    public static void TdNum(StringBuilder sb, double value, string? shown = null) =>
        sb.Append("<td class=\"n\" data-v=\"").Append(Raw(value)).Append("\">").Append(Encode(shown ?? Number(value))).Append("</td>");

    /// <summary>A row of label + value for the small key/value tables.</summary>
    public static void KeyValue(StringBuilder sb, string key, string value, string? valueClass = null)
    {
        sb.Append("<tr><th>").Append(Encode(key)).Append("</th><td class=\"n");
        if (valueClass is not null) sb.Append(' ').Append(valueClass);
        sb.Append("\">").Append(Encode(value)).Append("</td></tr>");
    }

    /// <summary>The region colour (the GEXF writer's Okabe–Ito palette, so the notebook and Gephi agree).</summary>
    public static string Color(StatisticalRegion region) =>
        GexfOptions.OkabeItoRegionColors.TryGetValue(region, out var c) ? c.ToString() : "#999999";

    /// <summary>A coloured dot and the region's English and Chinese names.</summary>
    public static void RegionCell(StringBuilder sb, StatisticalRegion region) =>
        sb.Append("<td data-v=\"").Append((int)region).Append("\"><span class=\"sw\" style=\"background:").Append(Color(region))
          .Append("\"></span>").Append(region).Append(' ').Append(Encode(region.Chinese())).Append("</td>");

    /// <summary>Opens a view: <c>&lt;div class="capnet …"&gt;</c> and the style block.</summary>
    public static StringBuilder Open(string viewClass)
    {
        var sb = new StringBuilder(4096);
        sb.Append("<div class=\"capnet ").Append(viewClass).Append("\">").Append(Style);
        return sb;
    }

    public static string Close(StringBuilder sb) => sb.Append("</div>").ToString();

    public static string F(FormattableString s) => s.ToString(Ic);
}

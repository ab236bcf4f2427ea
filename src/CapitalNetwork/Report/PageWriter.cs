using System.Globalization;
using System.Text;
using CapitalNetwork.Markup;

namespace CapitalNetwork.Report;

/// <summary>One cell of a report table: its text, and for numbers the exact value (a <c>data-value</c> attribute in
/// round-trip form, which the optional script sorts by and programs read) and the figure key it shows.</summary>
internal readonly record struct Cell(string Text, double? Value = null, string? Key = null, string? Title = null)
{
    public static implicit operator Cell(string text) => new(text);

    public static Cell Of(double value, string text, string? key = null, string? title = null) => new(text, value, key, title);
}

/// <summary>
/// Writes the body of the page as well-formed XHTML-syntax HTML: escaped text, tables, figures with inline SVG. Every
/// figure gets a number and leaves its data table for the appendix (<see cref="AppendixTables"/>), so a section that
/// draws a figure also puts it in the appendix.
/// </summary>
internal sealed class PageWriter(ReportText text)
{
    private readonly StringBuilder _html = new();
    private readonly List<(string Id, string Caption, Action<PageWriter> Table)> _appendix = [];
    private int _figures;
    private int _tables;

    public ReportText Text { get; } = text;

    public IReadOnlyList<(string Id, string Caption, Action<PageWriter> Table)> AppendixTables => _appendix;

    public override string ToString() => _html.ToString();

    public static string Escape(string s)
    {
        var clean = XmlChars.StripInvalidXmlChars(s);
        return clean.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);
    }

    public PageWriter Raw(string html)
    {
        _html.Append(html);
        return this;
    }

    /// <summary>An element with escaped text: <c>&lt;tag class="…"&gt;text&lt;/tag&gt;</c>.</summary>
    public PageWriter Element(string tag, string content, string? cssClass = null) =>
        Raw($"<{tag}{(cssClass is null ? "" : $" class=\"{cssClass}\"")}>{Escape(content)}</{tag}>\n");

    public PageWriter Paragraph(string content, string? cssClass = null) => Element("p", content, cssClass);

    /// <summary>The plain-language reading of a section or figure.</summary>
    public PageWriter Reading(string content) => Raw($"<p class=\"reading\"><strong>{Escape(Text.Pick("解读：", "Reading: "))}</strong>{Escape(content)}</p>\n");

    /// <summary>The method behind a section, with its references.</summary>
    public PageWriter Method(string content) => Raw($"<p class=\"method\"><strong>{Escape(Text.Pick("方法：", "Method: "))}</strong>{Escape(content)}</p>\n");

    /// <summary>A numbered table with a caption; <paramref name="headers"/> of numeric columns start with '#'.</summary>
    public PageWriter Table(string caption, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<Cell>> rows, string? id = null, bool sortable = true, string? cssClass = null)
    {
        _tables++;
        var label = Text.Pick($"表 {_tables}", $"Table {_tables}");
        _html.Append(CultureInfo.InvariantCulture, $"<div class=\"table-wrap\"><table{(id is null ? "" : $" id=\"{id}\"")}{ClassAttribute(sortable ? "sortable" : null, cssClass)}>");
        _html.Append(CultureInfo.InvariantCulture, $"<caption>{Escape(label)} {Escape(caption)}</caption>\n<thead><tr>");
        foreach (var h in headers)
        {
            var numeric = h.StartsWith('#');
            _html.Append(CultureInfo.InvariantCulture, $"<th scope=\"col\"{(numeric ? " class=\"num\"" : "")}>{Escape(numeric ? h[1..] : h)}</th>");
        }
        _html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in rows)
        {
            _html.Append("<tr>");
            foreach (var c in row)
            {
                _html.Append(c.Value is null ? "<td" : "<td class=\"num\"");
                if (c.Value is { } v) _html.Append(CultureInfo.InvariantCulture, $" data-value=\"{(double.IsFinite(v) ? v.ToString("R", CultureInfo.InvariantCulture) : "")}\"");
                if (c.Key is { } k) _html.Append(CultureInfo.InvariantCulture, $" data-key=\"{Escape(k)}\"");
                if (c.Title is { } t) _html.Append(CultureInfo.InvariantCulture, $" title=\"{Escape(t)}\"");
                _html.Append('>').Append(Escape(c.Text)).Append("</td>");
            }
            _html.Append("</tr>\n");
        }
        _html.Append("</tbody></table></div>\n");
        return this;
    }

    /// <summary>
    /// Sends the full data of the table just written (<see cref="Table"/>) to the appendix (<paramref name="dataTable"/>)
    /// and links to it, as <see cref="Figure"/> does for a figure.
    /// </summary>
    public PageWriter TableData(string caption, Action<PageWriter> dataTable)
    {
        var id = "table-" + _tables.ToString(CultureInfo.InvariantCulture) + "-data";
        var label = Text.Pick($"表 {_tables}", $"Table {_tables}");
        _appendix.Add((id, Text.Pick($"{label}的数据：{caption}", $"Data of {label}: {caption}"), dataTable));
        return Raw($"<p class=\"data-link\"><a class=\"data-link\" href=\"#{id}\">{Escape(Text.Pick($"{label}的完整数据（附录）", $"Full data of {label} (appendix)"))}</a></p>\n");
    }

    private static string ClassAttribute(params string?[] classes) =>
        classes.Any(c => c is not null) ? $" class=\"{string.Join(' ', classes.OfType<string>())}\"" : "";

    /// <summary>
    /// A numbered figure: the SVG inline (ids made unique on the page), the caption, and its data as a table in the
    /// appendix (<paramref name="dataTable"/>).
    /// </summary>
    public PageWriter Figure(SvgImage image, string caption, Action<PageWriter> dataTable, string cssClass = "")
    {
        _figures++;
        var id = "fig-" + _figures.ToString(CultureInfo.InvariantCulture);
        var label = Text.Pick($"图 {_figures}", $"Figure {_figures}");
        var appendixLabel = Text.Pick($"{label}的数据：{caption}", $"Data of {label}: {caption}");
        _appendix.Add((id + "-data", appendixLabel, dataTable));
        _html.Append(CultureInfo.InvariantCulture, $"<figure id=\"{id}\" class=\"chart {cssClass}\">\n");
        _html.Append(InlineSvg.Of(image, id + "-"));
        _html.Append(CultureInfo.InvariantCulture,
            $"\n<figcaption><strong>{Escape(label)}</strong> {Escape(caption)} <a class=\"data-link\" href=\"#{id}-data\">{Escape(Text.Pick("数据表", "data table"))}</a></figcaption>\n</figure>\n");
        return this;
    }
}

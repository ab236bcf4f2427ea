using System.Globalization;
using System.Text;

namespace CapitalNetwork.Interactive.Html;

/// <summary>One bar of <see cref="SvgBars"/>.</summary>
internal readonly record struct Bar(string Label, double Value, string Shown, string Color, double Opacity = 1);

/// <summary>A small horizontal bar chart as inline SVG (no script, no external font), deterministic markup.</summary>
internal static class SvgBars
{
    private const int LabelWidth = 150, BarWidth = 300, ValueWidth = 90, RowHeight = 18, Gap = 3;

    public static string Render(string title, IReadOnlyList<Bar> bars)
    {
        var ic = CultureInfo.InvariantCulture;
        var max = bars.Select(b => double.IsFinite(b.Value) ? Math.Abs(b.Value) : 0).DefaultIfEmpty(0).Max();
        var width = LabelWidth + BarWidth + ValueWidth;
        var height = 22 + bars.Count * (RowHeight + Gap);
        var sb = new StringBuilder(256 + bars.Count * 200);
        sb.Append(ic, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"capnet-chart\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" role=\"img\" font-size=\"12\" font-family=\"system-ui,sans-serif\">");
        sb.Append("<title>").Append(HtmlText.Encode(title)).Append("</title>");
        sb.Append("<text x=\"0\" y=\"14\" font-weight=\"600\" fill=\"currentColor\">").Append(HtmlText.Encode(title)).Append("</text>");
        for (var i = 0; i < bars.Count; i++)
        {
            var b = bars[i];
            var y = 22 + i * (RowHeight + Gap);
            var len = max > 0 && double.IsFinite(b.Value) ? Math.Abs(b.Value) / max * BarWidth : 0;
            sb.Append(ic, $"<text x=\"{LabelWidth - 6}\" y=\"{y + 13}\" text-anchor=\"end\" fill=\"currentColor\">").Append(HtmlText.Encode(b.Label)).Append("</text>");
            sb.Append(ic, $"<rect x=\"{LabelWidth}\" y=\"{y}\" width=\"{len:0.##}\" height=\"{RowHeight}\" fill=\"{b.Color}\" fill-opacity=\"{b.Opacity:0.##}\"/>");
            sb.Append(ic, $"<text x=\"{LabelWidth + len + 4:0.##}\" y=\"{y + 13}\" fill=\"currentColor\">").Append(HtmlText.Encode(b.Shown)).Append("</text>");
        }
        sb.Append("</svg>");
        return sb.ToString();
    }
}

using System.Globalization;
using System.Text;
using System.Xml;
using CapitalNetwork.Markup;

namespace CapitalNetwork.Svg;

/// <summary>
/// A small deterministic SVG writer over <see cref="XmlWriter"/> (implementation only): UTF-8 without BOM, an XML
/// declaration, two-space indentation, LF line ends, coordinates rounded to 2 decimals in invariant culture (never
/// "-0"), characters illegal in XML removed from text.
/// </summary>
internal sealed class Canvas : IDisposable
{
    public const string Namespace = "http://www.w3.org/2000/svg";

    /// <summary>The font stack for Chinese labels: Noto/Source Han (Linux, Android), YaHei (Windows), PingFang (macOS).</summary>
    public const string DefaultFontFamily = "'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC', sans-serif";

    private readonly MemoryStream _buffer = new();
    private readonly XmlWriter _w;

    public Canvas(double width, double height, string fontFamily, string? title)
    {
        Width = width;
        Height = height;
        _w = XmlOutput.Begin(_buffer);
        _w.WriteStartElement("svg", Namespace);
        _w.WriteAttributeString("xmlns", Namespace);
        _w.WriteAttributeString("width", N(width));
        _w.WriteAttributeString("height", N(height));
        _w.WriteAttributeString("viewBox", $"0 0 {N(width)} {N(height)}");
        _w.WriteAttributeString("font-family", fontFamily);
        if (title is not null)
        {
            _w.WriteStartElement("title", Namespace);
            _w.WriteString(XmlChars.StripInvalidXmlChars(title));
            _w.WriteEndElement();
        }
    }

    public double Width { get; }

    public double Height { get; }

    /// <summary>A number rounded to 2 decimals, invariant, shortest form, no "-0".</summary>
    public static string N(double value)
    {
        if (!double.IsFinite(value)) throw new InvalidOperationException($"Non-finite SVG coordinate {value}.");
        var r = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        return (r == 0 ? 0.0 : r).ToString("0.##", CultureInfo.InvariantCulture);
    }

    public Canvas Start(string element, params (string Name, string? Value)[] attributes)
    {
        _w.WriteStartElement(element, Namespace);
        Attributes(attributes);
        return this;
    }

    public Canvas End()
    {
        _w.WriteEndElement();
        return this;
    }

    public Canvas Element(string element, params (string Name, string? Value)[] attributes)
    {
        _w.WriteStartElement(element, Namespace);
        Attributes(attributes);
        _w.WriteEndElement();
        return this;
    }

    public Canvas Text(double x, double y, string text, double size, string anchor = "start", string? fill = "#222222",
        string? weight = null, bool halo = false, string? transform = null)
    {
        _w.WriteStartElement("text", Namespace);
        Attributes([
            ("x", N(x)), ("y", N(y)), ("font-size", N(size)), ("text-anchor", anchor == "start" ? null : anchor), ("fill", fill),
            ("font-weight", weight),
            ("stroke", halo ? "#FFFFFF" : null), ("stroke-width", halo ? N(Math.Max(2, size / 5)) : null),
            ("stroke-linejoin", halo ? "round" : null), ("paint-order", halo ? "stroke" : null),
        ]);
        if (transform is not null) _w.WriteAttributeString("transform", transform);
        _w.WriteString(XmlChars.StripInvalidXmlChars(text));
        _w.WriteEndElement();
        return this;
    }

    /// <summary>A &lt;title&gt; child: the tooltip of the enclosing element.</summary>
    public Canvas Tooltip(string text)
    {
        _w.WriteStartElement("title", Namespace);
        _w.WriteString(XmlChars.StripInvalidXmlChars(text));
        _w.WriteEndElement();
        return this;
    }

    public Canvas Comment(string text)
    {
        _w.WriteComment(text.Replace("--", "- -", StringComparison.Ordinal));
        return this;
    }

    private void Attributes((string Name, string? Value)[] attributes)
    {
        foreach (var (name, value) in attributes)
            if (value is not null) _w.WriteAttributeString(name, XmlChars.StripInvalidXmlChars(value));
    }

    /// <summary>Closes the document and returns its text.</summary>
    public string Finish()
    {
        _w.WriteEndElement();
        _w.Flush();
        _buffer.Write("\n"u8);
        return Encoding.UTF8.GetString(_buffer.GetBuffer(), 0, (int)_buffer.Length);
    }

    public void Dispose()
    {
        _w.Dispose();
        _buffer.Dispose();
    }
}

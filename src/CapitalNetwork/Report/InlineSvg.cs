using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace CapitalNetwork.Report;

/// <summary>
/// An <see cref="SvgImage"/> made fit to sit inside the page: no XML declaration, every <c>id</c> (and every
/// <c>url(#…)</c> and <c>href="#…"</c> that points at one) prefixed so that several pictures on one page never share an
/// id, and a class that lets the stylesheet scale it to the column width (its viewBox keeps the proportions).
/// </summary>
internal static partial class InlineSvg
{
    private static readonly XNamespace XLink = "http://www.w3.org/1999/xlink";

    public static string Of(SvgImage image, string prefix)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        using var reader = XmlReader.Create(new StringReader(image.Text), settings);
        var root = XDocument.Load(reader).Root!;
        foreach (var element in root.DescendantsAndSelf())
        {
            foreach (var attribute in element.Attributes().ToList())
            {
                if (attribute.Name == "id") attribute.Value = prefix + attribute.Value;
                else if ((attribute.Name == "href" || attribute.Name == XLink + "href") && attribute.Value.StartsWith('#'))
                    attribute.Value = "#" + prefix + attribute.Value[1..];
                else if (attribute.Value.Contains("url(#", StringComparison.Ordinal))
                    attribute.Value = UrlReference().Replace(attribute.Value, m => "url(#" + prefix + m.Groups[1].Value + ")");
            }
        }
        root.SetAttributeValue("class", "svg");
        root.SetAttributeValue("role", "img");
        return root.ToString(SaveOptions.DisableFormatting);
    }

    [GeneratedRegex(@"url\(#([^)]*)\)")]
    private static partial Regex UrlReference();
}

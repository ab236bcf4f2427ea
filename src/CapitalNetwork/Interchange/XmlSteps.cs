using System.Text;
using System.Xml;

namespace CapitalNetwork.Interchange;

/// <summary>The forward-only walking steps of the graph-file parsers (GEXF, GraphML) over an
/// <see cref="XmlReader"/> (implementation only).</summary>
internal static class XmlSteps
{
    /// <summary>Runs <paramref name="child"/> on each child element of the current element (it must consume the element
    /// it is given); leaves the reader after the current element's end.</summary>
    public static void Children(XmlReader r, Action child)
    {
        if (r.IsEmptyElement)
        {
            r.Read();
            return;
        }
        var depth = r.Depth;
        r.Read();
        while (!r.EOF && !(r.NodeType == XmlNodeType.EndElement && r.Depth == depth))
        {
            if (r.NodeType == XmlNodeType.Element) child();
            else r.Read();
        }
        r.Read();
    }

    /// <summary>The text content of the current element (nested elements contribute their text); leaves the reader after it.</summary>
    public static string Text(XmlReader r)
    {
        if (r.IsEmptyElement)
        {
            r.Read();
            return "";
        }
        var sb = new StringBuilder();
        var depth = r.Depth;
        r.Read();
        while (!r.EOF && !(r.NodeType == XmlNodeType.EndElement && r.Depth == depth))
        {
            if (r.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
                sb.Append(r.Value);
            r.Read();
        }
        r.Read();
        return sb.ToString();
    }

    /// <summary>Whether the current node's local name is <paramref name="localName"/>, ignoring namespace and case (as
    /// Gephi matches names).</summary>
    public static bool Is(XmlReader r, string localName) => string.Equals(r.LocalName, localName, StringComparison.OrdinalIgnoreCase);

    /// <summary>The current 1-based line, if the reader knows it.</summary>
    public static int? Line(XmlReader r) => r is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : null;

    /// <summary>Skips the prolog (declaration, comments, whitespace) to the root element; returns the line on which the
    /// prolog read so far ends (for errors that carry no position, such as a refused DTD).</summary>
    public static void ToRoot(XmlReader r, Action<int> prologEnd)
    {
        while (r.Read() && r.NodeType != XmlNodeType.Element)
        {
            if (Line(r) is { } line) prologEnd(line + r.Value.Count(c => c == '\n'));
        }
    }
}

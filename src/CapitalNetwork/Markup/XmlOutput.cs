using System.Text;
using System.Xml;

namespace CapitalNetwork.Markup;

/// <summary>How the GEXF, GraphML and SVG writers open an XML document (implementation only).</summary>
internal static class XmlOutput
{
    /// <summary>
    /// Writes the declaration <c>&lt;?xml version="1.0" encoding="UTF-8"?&gt;</c> by hand (XmlWriter would spell the
    /// encoding "utf-8"; the GEXF primer, Gephi's samples and the GraphML primer use "UTF-8" — both are legal, encoding
    /// names are case-insensitive) and returns a writer on <paramref name="stream"/>: UTF-8 without BOM, two-space
    /// indent, "\n" line ends, the stream left open.
    /// </summary>
    public static XmlWriter Begin(Stream stream)
    {
        stream.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"u8);
        return XmlWriter.Create(stream, new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            OmitXmlDeclaration = true,
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
            CloseOutput = false,
        });
    }
}

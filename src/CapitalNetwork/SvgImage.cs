using System.Text;
using CapitalNetwork.Files;

namespace CapitalNetwork;

/// <summary>
/// An SVG picture drawn by <see cref="NetworkSvg"/> or <see cref="SvgCharts"/>: a complete, standalone SVG 1.1 document
/// (XML declaration, UTF-8, <c>xmlns</c>, width, height and viewBox in pixels). Identical input gives identical text.
/// Immutable.
/// </summary>
public sealed class SvgImage
{
    internal SvgImage(string text, double width, double height)
    {
        Text = text;
        Width = width;
        Height = height;
    }

    /// <summary>The SVG document.</summary>
    public string Text { get; }

    /// <summary>The width in pixels.</summary>
    public double Width { get; }

    /// <summary>The height in pixels.</summary>
    public double Height { get; }

    /// <summary>The document as UTF-8 bytes without BOM (what <see cref="Save(string)"/> writes).</summary>
    /// <returns>The bytes.</returns>
    public byte[] ToUtf8Bytes() => new UTF8Encoding(false).GetBytes(Text);

    /// <summary>Writes the document to a file (UTF-8 without BOM), replacing it whole: written under a temporary name in
    /// the same folder and renamed over <paramref name="path"/> when complete, so a failure leaves the previous file as it was.</summary>
    /// <param name="path">The file path (conventionally ending in <c>.svg</c>).</param>
    /// <exception cref="IOException">The file cannot be written; the previous file is unchanged.</exception>
    public void Save(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        AtomicFile.Write(path, ToUtf8Bytes());
    }

    /// <summary>Writes the document to a stream (UTF-8 without BOM; the stream is left open).</summary>
    /// <param name="stream">A writable stream.</param>
    public void WriteTo(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        stream.Write(ToUtf8Bytes());
    }

    /// <summary>The SVG document (same as <see cref="Text"/>).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Text;
}

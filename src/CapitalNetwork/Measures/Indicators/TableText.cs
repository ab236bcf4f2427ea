using System.Text;
using CapitalNetwork.Reading;

namespace CapitalNetwork.Measures.Indicators;

/// <summary>Reads a whole indicator table into a string: encoding detected as for filings, delimiter from the header line.</summary>
internal static class TableText
{
    public static (string Text, char Delimiter) Decode(Stream stream, string name)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        if (bytes.Length == 0) throw new FilingsFormatException(name, "the file is empty: expected a header line naming the columns");
        var (encoding, bom, problem) = EncodingDetector.Detect(bytes[..Math.Min(bytes.Length, EncodingDetector.SampleSize)]);
        if (encoding is null) throw new FilingsFormatException(name, problem);
        var text = encoding.GetString(bytes[bom..]);
        return (text, Delimiter(text));
    }

    /// <summary>The most frequent of comma, tab and semicolon in the first non-blank line (comma when none occurs).</summary>
    private static char Delimiter(string text)
    {
        var header = text.Split('\n').Select(l => l.TrimEnd('\r')).FirstOrDefault(l => l.Trim().Length > 0) ?? "";
        var best = ',';
        var count = header.Count(c => c == ',');
        foreach (var c in new[] { '\t', ';' })
        {
            var k = header.Count(x => x == c);
            if (k > count) (best, count) = (c, k);
        }
        return best;
    }
}

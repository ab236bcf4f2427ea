using System.Text;

namespace CapitalNetwork.Reading;

/// <summary>Chooses the text encoding of an input from its first bytes.</summary>
internal static class EncodingDetector
{
    public const int SampleSize = 64 * 1024;

    /// <summary>GB18030 (code page 54936), a superset of GBK and GB2312, from the in-box code-pages provider (no global registration).</summary>
    public static Encoding Gb18030 { get; } = CodePagesEncodingProvider.Instance.GetEncoding(54936, EncoderFallback.ReplacementFallback, new DecoderReplacementFallback("\uFFFD"))
        ?? throw new InvalidOperationException("GB18030 is not available on this runtime.");

    private static readonly (byte[] Magic, string Kind)[] BinarySignatures =
    [
        ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive (an .xlsx workbook?)"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "an OLE2 compound file (an .xls workbook?)"),
        ([0x25, 0x50, 0x44, 0x46, 0x2D], "a PDF document"),
        ([0x1F, 0x8B], "a gzip archive"),
    ];

    /// <summary>Returns the encoding and the number of BOM bytes to skip, or null with a reason when the sample is not text.</summary>
    /// <remarks>NUL bytes make the file binary only when it starts like a binary format, when the header line has one
    /// (UTF-16 without a byte-order mark), or when they are more than 1/8 of the sample; a stray NUL in a data row is data
    /// (the row is read; trimming and the place resolver ignore control characters).</remarks>
    public static (Encoding? Encoding, int BomLength, string Problem) Detect(ReadOnlySpan<byte> sample)
    {
        if (sample.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return (new UTF8Encoding(false, false), 3, "");
        if (sample.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00])) return (new UTF32Encoding(false, false, false), 4, "");
        if (sample.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF])) return (new UTF32Encoding(true, false, false), 4, "");
        if (sample.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return (new UnicodeEncoding(false, false, false), 2, "");
        if (sample.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return (new UnicodeEncoding(true, false, false), 2, "");
        var nul = sample.IndexOf((byte)0);
        if (nul >= 0)
        {
            foreach (var (magic, kind) in BinarySignatures)
                if (sample.StartsWith(magic))
                    return (null, 0, $"the file starts like {kind} and contains a NUL byte at offset {nul}: it is binary, not a CSV text file (save it as CSV)");
            var firstBreak = sample.IndexOfAny((byte)'\r', (byte)'\n');
            if ((firstBreak < 0 || nul < firstBreak) || sample.Count((byte)0) * 8L > sample.Length)
                return (null, 0, $"the file contains a NUL byte at offset {nul}: it is binary or UTF-16 without a byte-order mark, not a CSV text file");
        }
        return IsUtf8(sample) ? (new UTF8Encoding(false, false), 0, "") : (Gb18030, 0, "");
    }

    /// <summary>A copy of <paramref name="encoding"/> that decodes bytes it cannot read as U+FFFD (so they are reported as
    /// <c>bad_encoding</c>, not silently replaced by '?' or dropped).</summary>
    public static Encoding Strict(Encoding encoding)
    {
        if (encoding.DecoderFallback is DecoderReplacementFallback { DefaultString: "\uFFFD" }) return encoding;
        var copy = (Encoding)encoding.Clone();
        copy.DecoderFallback = new DecoderReplacementFallback("\uFFFD");
        return copy;
    }

    /// <summary>
    /// UTF-8 unless the sample has more invalid UTF-8 sequences than valid multi-byte ones. A genuine GB18030 file
    /// almost never forms valid UTF-8 multi-byte sequences, while a UTF-8 file with a few rows pasted in another
    /// encoding keeps a majority of valid ones: reading it as UTF-8 lets those rows be reported (U+FFFD) instead of
    /// garbling every other row. A sequence cut off at the end of a full sample is ignored.
    /// </summary>
    private static bool IsUtf8(ReadOnlySpan<byte> s)
    {
        int valid = 0, invalid = 0, i = 0;
        while (i < s.Length)
        {
            var b = s[i];
            if (b < 0x80) { i++; continue; }
            int extra = (b & 0xE0) == 0xC0 && b >= 0xC2 ? 1 : (b & 0xF0) == 0xE0 ? 2 : (b & 0xF8) == 0xF0 && b <= 0xF4 ? 3 : -1;
            if (extra < 0) { invalid++; i++; continue; }
            if (i + extra >= s.Length)
            {
                if (s.Length != SampleSize) invalid++;
                break;
            }
            var ok = true;
            for (var k = 1; k <= extra && ok; k++) ok = (s[i + k] & 0xC0) == 0x80;
            if (ok) { valid++; i += extra + 1; }
            else { invalid++; i++; }
        }
        return invalid == 0 || valid >= invalid;
    }
}

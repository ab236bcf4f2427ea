using System.Text;

namespace CapitalNetwork.Internals;

/// <summary>Chooses the text encoding of an input from its first bytes.</summary>
internal static class EncodingDetector
{
    public const int SampleSize = 64 * 1024;

    /// <summary>GB18030 (code page 54936), a superset of GBK and GB2312, from the in-box code-pages provider (no global registration).</summary>
    public static Encoding Gb18030 { get; } = CodePagesEncodingProvider.Instance.GetEncoding(54936)
        ?? throw new InvalidOperationException("GB18030 is not available on this runtime.");

    /// <summary>Returns the encoding and the number of BOM bytes to skip, or null with a reason when the sample is not text.</summary>
    public static (Encoding? Encoding, int BomLength, string Problem) Detect(ReadOnlySpan<byte> sample)
    {
        if (sample.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return (new UTF8Encoding(false, false), 3, "");
        if (sample.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return (new UnicodeEncoding(false, false, false), 2, "");
        if (sample.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return (new UnicodeEncoding(true, false, false), 2, "");
        var nul = sample.IndexOf((byte)0);
        if (nul >= 0)
            return (null, 0, $"the file contains a NUL byte at offset {nul}: it is binary or UTF-16 without a byte-order mark, not a CSV text file");
        return IsUtf8(sample) ? (new UTF8Encoding(false, false), 0, "") : (Gb18030, 0, "");
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

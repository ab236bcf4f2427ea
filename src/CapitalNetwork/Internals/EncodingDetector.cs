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

    /// <summary>Strict UTF-8 validation that tolerates a sequence cut off at the end of the sample.</summary>
    private static bool IsUtf8(ReadOnlySpan<byte> s)
    {
        var i = 0;
        while (i < s.Length)
        {
            var b = s[i];
            int extra = b < 0x80 ? 0 : (b & 0xE0) == 0xC0 ? 1 : (b & 0xF0) == 0xE0 ? 2 : (b & 0xF8) == 0xF0 ? 3 : -1;
            if (extra < 0 || (extra == 1 && b < 0xC2)) return false;
            if (i + extra >= s.Length) return s.Length == SampleSize || extra == 0; // truncated at the sample's end
            for (var k = 1; k <= extra; k++)
                if ((s[i + k] & 0xC0) != 0x80) return false;
            i += extra + 1;
        }
        return true;
    }
}

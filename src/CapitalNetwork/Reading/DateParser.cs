using System.Globalization;
using System.Text;

namespace CapitalNetwork.Reading;

/// <summary>Reads filing dates in the formats registries and Excel produce: 2023-05-06, 2023/5/6, 2023.5.6, 20230506,
/// 2023年5月6日, each optionally followed by a time (2023-05-06 10:00:00, 2023-05-06T10:00), and Excel serial day numbers
/// (45052 = 2023-05-06, 1900 date system).</summary>
internal static class DateParser
{
    private static readonly string[] Formats =
    [
        "yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyyMMdd", "yyyy年M月d日",
    ];

    public static readonly DateOnly Earliest = new(1980, 1, 1);
    public static readonly DateOnly Latest = new(2100, 12, 31);

    public static bool TryParse(string text, out DateOnly date, out string reason)
    {
        // Fast path: the five forms in plain digits (what registries and the synthetic files write), read without the
        // culture-aware parser. It answers only where the general path below would give the same date; anything else
        // (full-width digits, Excel serials, impossible dates, odd spacing) goes the general way.
        if (TryParsePlain(text, out date)) return InRange(date, out reason);
        return TryParseGeneral(text, out date, out reason);
    }

    /// <summary>The general path (NFKC, trim, cut the time, culture-invariant exact formats, Excel serials): every text the
    /// fast path answers gets the same answer here (the tests check it).</summary>
    internal static bool TryParseGeneral(string text, out DateOnly date, out string reason)
    {
        var s = SafeText.NormalizeKC(text).Trim();
        var cut = s.IndexOfAny([' ', 'T']);
        if (cut > 0 && s.Length > 8) s = s[..cut];
        if (DateOnly.TryParseExact(s, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            return InRange(date, out reason);
        if (s.Length is 4 or 5 && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var serial) && serial > 60)
        {
            // Excel 1900 date system: serial 1 = 1900-01-01, with the fictitious 1900-02-29 (serial 60) skipped.
            date = DateOnly.FromDateTime(new DateTime(1899, 12, 30).AddDays(serial));
            return InRange(date, out reason);
        }
        reason = "not a date (expected 2023-05-06, 2023/5/6, 2023.5.6, 20230506, 2023年5月6日 or an Excel serial)";
        return false;
    }

    /// <summary>
    /// The five forms (yyyy-M-d, yyyy/M/d, yyyy.M.d, yyyyMMdd, yyyy年M月d日) in ASCII digits, optionally followed by a
    /// time (cut at the first blank or <c>T</c>, as the general path cuts it), when the text is already in normal form
    /// (ASCII and CJK unified ideographs only, no blank at either end) so that NFKC would not change it. True only for a
    /// real calendar date; false sends the text to the general path.
    /// </summary>
    internal static bool TryParsePlain(string text, out DateOnly date)
    {
        date = default;
        var n = text.Length;
        if (n < 8 || text[0] == ' ' || text[n - 1] == ' ') return false;
        foreach (var c in text)
            if (c is < ' ' or > '~' && c is < '\u4E00' or > '\u9FFF') return false;
        var s = text.AsSpan();
        var cut = s.IndexOfAny(' ', 'T');
        if (cut > 0) s = s[..cut];
        if (s.Length < 8 || !Digits(s[..4], out var y)) return false;
        int m, d;
        if (char.IsAsciiDigit(s[4]))
        {
            if (s.Length != 8) return false;
            if (!Digits(s.Slice(4, 2), out m) || !Digits(s.Slice(6, 2), out d)) return false;
        }
        else
        {
            var sep = s[4];
            char sep2, end;
            if (sep is '-' or '/' or '.') { sep2 = sep; end = '\0'; }
            else if (sep == '年') { sep2 = '月'; end = '日'; }
            else return false;
            var rest = s[5..];
            var i = rest.IndexOf(sep2);
            if (i is < 1 or > 2 || !Digits(rest[..i], out m)) return false;
            rest = rest[(i + 1)..];
            if (end != '\0')
            {
                if (rest.Length == 0 || rest[^1] != end) return false;
                rest = rest[..^1];
            }
            if (rest.Length is < 1 or > 2 || !Digits(rest, out d)) return false;
        }
        if (y < 1 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m)) return false;
        date = new DateOnly(y, m, d);
        return true;
    }

    private static bool Digits(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        foreach (var c in s)
        {
            if (c is < '0' or > '9') return false;
            value = value * 10 + (c - '0');
        }
        return true;
    }

    private static bool InRange(DateOnly date, out string reason)
    {
        if (date < Earliest || date > Latest)
        {
            reason = $"date {date:yyyy-MM-dd} is outside {Earliest:yyyy}–{Latest:yyyy}";
            return false;
        }
        reason = "";
        return true;
    }
}

using System.Globalization;
using System.Text;

namespace CapitalNetwork.Internals;

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
        // Fast path for the common ISO form yyyy-MM-dd.
        if (text.Length == 10 && text[4] == '-' && text[7] == '-' &&
            int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var y) &&
            int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m) &&
            int.TryParse(text.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var d) &&
            m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y is >= 1 and <= 9999 ? y : 2000, m) && y is >= 1 and <= 9999)
        {
            date = new DateOnly(y, m, d);
            return InRange(date, out reason);
        }
        var s = IngestText.NormalizeKC(text).Trim();
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

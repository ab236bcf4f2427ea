using System.Globalization;
using CsvHelper;

namespace CapitalNetwork.Cli.Commands;

/// <summary>
/// The CSV tables capnet prints, written with CsvHelper (RFC 4180 quoting, '\n' line ends, invariant numbers). By default
/// (<see cref="CsvCells.SpreadsheetSafe"/>, as the library's writers) a text cell that Excel or WPS would run as a formula
/// — one that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return — gets an apostrophe in
/// front and is quoted (CsvHelper's <see cref="CsvInjection.Escape"/>, OWASP's advice); a cell that is exactly the
/// invariant shortest round-trip text of a number (what <see cref="Number"/> writes, e.g. <c>-3.5</c>) is written as that
/// number, unchanged. <c>--raw-csv</c> passes <see cref="CsvCells.Raw"/>: every cell as it is.
/// </summary>
internal static class CsvOutput
{
    private static readonly CsvWriterOptions Raw = CsvWriterOptions.Default with { NewLine = "\n", FormatProvider = CultureInfo.InvariantCulture };

    private static readonly CsvWriterOptions Safe = Raw with { Injection = CsvInjection.Escape };

    /// <summary>Writes one table (header, then rows) to <paramref name="stdout"/> and flushes it.</summary>
    /// <param name="stdout">Where to write.</param>
    /// <param name="header">The column names.</param>
    /// <param name="rows">The rows, numbers as <see cref="Number"/> or invariant integers.</param>
    /// <param name="cells">Spreadsheet-safe (the default) or raw cells.</param>
    public static void Table(TextWriter stdout, IEnumerable<string> header, IEnumerable<IEnumerable<string>> rows, CsvCells cells = CsvCells.SpreadsheetSafe)
    {
        if (!Enum.IsDefined(cells)) throw new ArgumentOutOfRangeException(nameof(cells), cells, "Not a CsvCells value.");
        using (var csv = CsvWriter.Create(stdout, cells == CsvCells.Raw ? Raw : Safe, leaveOpen: true))
        {
            Record(csv, header);
            foreach (var r in rows) Record(csv, r);
        }
        stdout.Flush();
    }

    /// <summary>A number as the shortest text that round-trips; empty when it is missing or not finite.</summary>
    public static string Number(double? v) => v is double d && double.IsFinite(d) ? d.ToString("R", CultureInfo.InvariantCulture) : "";

    private static void Record(CsvWriter csv, IEnumerable<string> fields)
    {
        foreach (var f in fields) Field(csv, f);
        csv.EndRecord();
    }

    /// <summary>One cell: a negative number in canonical form goes to CsvHelper as a number (never escaped, same text),
    /// anything else as text. Canonical numbers never start with '+', so only a leading '-' needs the check.</summary>
    private static void Field(CsvWriter csv, string text)
    {
        if (text.Length > 1 && text[0] == '-')
        {
            var ic = CultureInfo.InvariantCulture;
            if (long.TryParse(text, NumberStyles.AllowLeadingSign, ic, out var l) && l.ToString(ic) == text)
            {
                csv.WriteField(l);
                return;
            }
            if (double.TryParse(text, NumberStyles.Float, ic, out var d) && double.IsFinite(d) && d.ToString("R", ic) == text)
            {
                csv.WriteField(d);
                return;
            }
        }
        csv.WriteField(text);
    }
}

using System.Globalization;
using CsvHelper;

namespace CapitalNetwork.Csv;

/// <summary>
/// Every CSV the library writes goes through here, on CsvHelper: RFC 4180 quoting (a field is quoted, with its quotes
/// doubled, when it holds a comma, a quote or a line break), '\n' line ends, no byte order mark (the caller's
/// <see cref="TextWriter"/> encodes). Gephi's importer splits on semicolons and trims spaces, so its tables also quote
/// fields with a semicolon or a space at either end. <see cref="CsvCells.SpreadsheetSafe"/> turns on CsvHelper's
/// <see cref="CsvInjection.Escape"/> with its OWASP defaults (<c>= @ + -</c>, tab, CR; apostrophe in front, field quoted);
/// a cell that is the canonical text of a number is handed to CsvHelper as that number, which it never escapes
/// (<see cref="IsCanonicalNumber"/>), so negative numbers stay numbers.
/// </summary>
internal static class CsvRows
{
    private static readonly CsvWriterOptions Plain = CsvWriterOptions.Default with { NewLine = "\n", FormatProvider = CultureInfo.InvariantCulture };

    private static readonly CsvWriterOptions ForGephi = Plain with
    {
        ShouldQuote = (field, _, _, _) => field.Length > 0 && (field.Contains(';') || field[0] == ' ' || field[^1] == ' '),
    };

    private static readonly CsvWriterOptions PlainSafe = Plain with { Injection = CsvInjection.Escape };

    private static readonly CsvWriterOptions ForGephiSafe = ForGephi with { Injection = CsvInjection.Escape };

    /// <summary>A CsvHelper writer over <paramref name="writer"/>, which it leaves open; dispose it to flush.</summary>
    public static CsvWriter Open(TextWriter writer, CsvCells cells, bool gephi = false)
    {
        if (!Enum.IsDefined(cells)) throw new ArgumentOutOfRangeException(nameof(cells), cells, "Not a CsvCells value.");
        var safe = cells == CsvCells.SpreadsheetSafe;
        return CsvWriter.Create(writer, gephi ? safe ? ForGephiSafe : ForGephi : safe ? PlainSafe : Plain, leaveOpen: true);
    }

    /// <summary>Writes one record (a null cell is written empty; canonical numbers as numbers).</summary>
    public static void Row(CsvWriter csv, IEnumerable<string?> cells)
    {
        foreach (var c in cells) Cell(csv, c ?? "");
        csv.EndRecord();
    }

    /// <summary>Writes a whole table: the header, then one record per row; flushes the writer.</summary>
    public static void Table(TextWriter writer, IEnumerable<string> header, IEnumerable<IEnumerable<string?>> rows, CsvCells cells, bool gephi = false)
    {
        using (var csv = Open(writer, cells, gephi))
        {
            Row(csv, header);
            foreach (var r in rows) Row(csv, r);
        }
        writer.Flush();
    }

    /// <summary>Writes one cell. Only a leading '-' can make a number look like a formula (canonical text never starts with
    /// '+'), so only such cells are checked; a number is written as CsvHelper formats it, which is the same text.</summary>
    private static void Cell(CsvWriter csv, string text)
    {
        if (text.Length > 1 && text[0] == '-')
        {
            if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)
                && l.ToString(CultureInfo.InvariantCulture) == text)
            {
                csv.WriteField(l);
                return;
            }
            if (IsCanonicalNumber(text, out var d))
            {
                csv.WriteField(d);
                return;
            }
        }
        csv.WriteField(text);
    }

    /// <summary>
    /// True when <paramref name="text"/> is exactly the invariant shortest round-trip text of a finite double
    /// (<c>d.ToString("R", CultureInfo.InvariantCulture)</c>, which is also what XmlConvert and CsvHelper write): digits,
    /// an optional leading '-', '.', and an exponent such as <c>E-07</c>. Spreadsheets read such a cell as that number.
    /// </summary>
    internal static bool IsCanonicalNumber(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value)
        && double.IsFinite(value)
        && value.ToString("R", CultureInfo.InvariantCulture) == text;
}

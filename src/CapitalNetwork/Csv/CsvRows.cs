using CsvHelper;

namespace CapitalNetwork.Csv;

/// <summary>
/// Every CSV the library writes goes through here, on CsvHelper: RFC 4180 quoting (a field is quoted, with its quotes
/// doubled, when it holds a comma, a quote or a line break), '\n' line ends, no byte order mark (the caller's
/// <see cref="TextWriter"/> encodes). Gephi's importer splits on semicolons and trims spaces, so its tables also quote
/// fields with a semicolon or a space at either end.
/// </summary>
internal static class CsvRows
{
    private static readonly CsvWriterOptions Plain = CsvWriterOptions.Default with { NewLine = "\n" };

    private static readonly CsvWriterOptions ForGephi = Plain with
    {
        ShouldQuote = (field, _, _, _) => field.Length > 0 && (field.Contains(';') || field[0] == ' ' || field[^1] == ' '),
    };

    /// <summary>A CsvHelper writer over <paramref name="writer"/>, which it leaves open; dispose it to flush.</summary>
    public static CsvWriter Open(TextWriter writer, bool gephi = false) => CsvWriter.Create(writer, gephi ? ForGephi : Plain, leaveOpen: true);

    /// <summary>Writes one record (a null cell is written empty).</summary>
    public static void Row(CsvWriter csv, IEnumerable<string?> cells)
    {
        foreach (var c in cells) csv.WriteField(c ?? "");
        csv.EndRecord();
    }

    /// <summary>Writes a whole table: the header, then one record per row; flushes the writer.</summary>
    public static void Table(TextWriter writer, IEnumerable<string> header, IEnumerable<IEnumerable<string?>> rows, bool gephi = false)
    {
        using (var csv = Open(writer, gephi))
        {
            Row(csv, header);
            foreach (var r in rows) Row(csv, r);
        }
        writer.Flush();
    }
}

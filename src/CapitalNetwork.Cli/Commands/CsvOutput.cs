using System.Globalization;
using CsvHelper;

namespace CapitalNetwork.Cli.Commands;

/// <summary>The CSV tables capnet prints, written with CsvHelper (RFC 4180 quoting, '\n' line ends, invariant numbers).</summary>
internal static class CsvOutput
{
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with { NewLine = "\n" };

    /// <summary>Writes one table (header, then rows) to <paramref name="stdout"/> and flushes it.</summary>
    public static void Table(TextWriter stdout, IEnumerable<string> header, IEnumerable<IEnumerable<string>> rows)
    {
        using (var csv = CsvWriter.Create(stdout, Options, leaveOpen: true))
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
        foreach (var f in fields) csv.WriteField(f);
        csv.EndRecord();
    }
}

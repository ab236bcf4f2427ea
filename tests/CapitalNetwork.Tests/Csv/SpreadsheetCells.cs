using System.Text;
using System.Text.RegularExpressions;

namespace CapitalNetwork.Tests.Csv;

/// <summary>
/// What a spreadsheet sees in a CSV, worked out independently of the writers: an RFC 4180 reader (quoted cells, doubled
/// quotes, LF rows), and OWASP's rule for a cell that Excel, WPS or LibreOffice would run as a formula — it starts with
/// <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return — except a plain decimal number such as <c>-3.5</c>
/// or <c>-1E-07</c> (digits, optional leading '-', '.', exponent), which they read as that number.
/// </summary>
internal static partial class SpreadsheetCells
{
    [GeneratedRegex(@"^-?[0-9]+(\.[0-9]+)?(E[+-][0-9]+)?$")]
    private static partial Regex PlainNumber();

    /// <summary>True when a spreadsheet would take the cell for a formula.</summary>
    public static bool IsFormula(string cell) =>
        cell.Length > 0 && "=+-@\t\r".Contains(cell[0]) && !PlainNumber().IsMatch(cell);

    /// <summary>The cells of a CSV text that a spreadsheet would take for formulas.</summary>
    public static List<string> Formulas(string csv) => [.. Parse(csv).SelectMany(r => r).Where(IsFormula)];

    /// <summary>The rows of an RFC 4180 text with LF line ends (a CR inside quotes is kept).</summary>
    public static List<string[]> Parse(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else cell.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(cell.ToString()); cell.Clear(); }
            else if (c == '\n') { row.Add(cell.ToString()); cell.Clear(); rows.Add([.. row]); row.Clear(); }
            else cell.Append(c);
        }
        return rows;
    }
}

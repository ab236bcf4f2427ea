using CapitalNetwork.Csv;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace CapitalNetwork.Measures;

/// <summary>
/// A regional comparison table of one indicator: per group its total, share of the national total, ratio to the
/// leading group and rank — the shape of the four-region comparison tables of the study this library serves. Rows are
/// in grouping order (East, Central, West, Northeast … for regions). Immutable.
/// </summary>
public sealed class ComparisonTable
{
    internal ComparisonTable(string indicator, double total, IReadOnlyList<ComparisonRow> rows, GroupCoverage coverage)
    {
        Coverage = coverage;
        Indicator = indicator;
        Total = total;
        Rows = [.. rows];
    }

    /// <summary>The indicator compared (e.g. <c>in_strength(weight=funds)</c>, or a column name).</summary>
    public string Indicator { get; }

    /// <summary>The total Σ f_i x_i over the units in a group (the national total when no unit is left out): the denominator of the shares.</summary>
    public double Total { get; }

    /// <summary>
    /// The grouping and the units in no row (Hong Kong, Macao and Taiwan under the four mainland regions) with their
    /// total and share of the grand total, reported apart.
    /// </summary>
    public GroupCoverage Coverage { get; }

    /// <summary>The rows, in grouping order.</summary>
    public ImmutableArray<ComparisonRow> Rows { get; }

    /// <summary>The row of a group by name.</summary>
    /// <param name="group">The group name.</param>
    /// <returns>The row.</returns>
    /// <exception cref="KeyNotFoundException">No such group.</exception>
    public ComparisonRow this[string group] =>
        Rows.FirstOrDefault(r => r.Group == group) ?? throw new KeyNotFoundException($"No group '{group}' in the table.");

    /// <summary>The rows ordered by rank (ties in grouping order).</summary>
    /// <returns>The rows.</returns>
    public IReadOnlyList<ComparisonRow> Ranked() => [.. Rows.OrderBy(r => r.Rank)];

    /// <summary>
    /// The table as CSV with a header and one line per row in grouping order, nine columns:
    /// <c>group,label,units,weight,total,mean,share,ratio_to_max,rank</c> (see <see cref="ComparisonRow"/>); numbers in
    /// invariant culture and shortest round-trip form, empty where undefined (NaN); text quoted when it holds a comma,
    /// quote or line break; LF line ends. Group names and labels can come from the user's data, so by default
    /// (<see cref="CsvCells.SpreadsheetSafe"/>) one that a spreadsheet would run as a formula gets an apostrophe in front;
    /// numbers are written as numbers either way.
    /// </summary>
    /// <param name="cells">Whether to neutralise text cells that a spreadsheet would run as formulas (the default) or write them raw.</param>
    /// <returns>The CSV text.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cells"/> is not a <see cref="CsvCells"/> value.</exception>
    public string ToCsv(CsvCells cells = CsvCells.SpreadsheetSafe)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture);
        CsvRows.Table(text, ["group", "label", "units", "weight", "total", "mean", "share", "ratio_to_max", "rank"],
            Rows.Select(r => new[]
            {
                r.Group, r.Label, r.Units.ToString(CultureInfo.InvariantCulture), Num(r.Weight), Num(r.Total), Num(r.Mean),
                Num(r.Share), Num(r.RatioToMax), r.Rank.ToString(CultureInfo.InvariantCulture),
            }), cells);
        return text.ToString();
    }

    private static string Num(double x) => double.IsFinite(x) ? x.ToString("R", CultureInfo.InvariantCulture) : "";

    /// <inheritdoc />
    public override string ToString() =>
        $"{Indicator}: {Rows.Length} groups, total {Total.ToString("G6", CultureInfo.InvariantCulture)}; {Coverage}";
}

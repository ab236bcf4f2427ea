using System.Collections.Immutable;
using System.Globalization;
using CapitalNetwork.Csv;

namespace CapitalNetwork.Measures;

/// <summary>
/// Figures per year (rows) and measure (columns), with least-squares slopes to answer "is it rising?". Undefined
/// figures are NaN. Immutable.
/// </summary>
public sealed class TrendTable
{
    private readonly double[][] _columns; // [column][year index]

    internal TrendTable(string description, bool cumulative, IReadOnlyList<int> years, IReadOnlyList<string> columns, double[][] values)
    {
        Description = description;
        Cumulative = cumulative;
        Years = [.. years];
        Columns = [.. columns];
        _columns = values;
    }

    /// <summary>What the table measures (values, weight, grouping, α).</summary>
    public string Description { get; }

    /// <summary>True when each row is the cumulative network up to its year.</summary>
    public bool Cumulative { get; }

    /// <summary>The years, ascending.</summary>
    public ImmutableArray<int> Years { get; }

    /// <summary>The column names (measure keys such as <c>gini</c>, <c>theil_t_between</c>).</summary>
    public ImmutableArray<string> Columns { get; }

    /// <summary>One column, one value per year.</summary>
    /// <param name="column">The column name.</param>
    public ImmutableArray<double> this[string column] => [.. _columns[ColumnIndex(column)]];

    /// <summary>One figure.</summary>
    /// <param name="column">The column name.</param>
    /// <param name="year">The year.</param>
    /// <returns>The figure (NaN when undefined).</returns>
    /// <exception cref="KeyNotFoundException">No such column or year.</exception>
    public double Value(string column, int year)
    {
        var y = Years.IndexOf(year);
        if (y < 0) throw new KeyNotFoundException($"No year {year} in the table.");
        return _columns[ColumnIndex(column)][y];
    }

    /// <summary>
    /// Ordinary least-squares slope of a column against the year, over the years where it is defined: b = Σ (t − t̄)(y − ȳ) / Σ (t − t̄)².
    /// Positive: rising. NaN with fewer than two defined years. O(years).
    /// </summary>
    /// <param name="column">The column name.</param>
    /// <returns>Change per year.</returns>
    public double Slope(string column)
    {
        var c = _columns[ColumnIndex(column)];
        var points = Enumerable.Range(0, Years.Length).Where(i => double.IsFinite(c[i])).Select(i => ((double)Years[i], c[i])).ToList();
        if (points.Count < 2) return double.NaN;
        var tm = points.Average(p => p.Item1);
        var ym = points.Average(p => p.Item2);
        double sxy = 0, sxx = 0;
        foreach (var (t, y) in points)
        {
            sxy += (t - tm) * (y - ym);
            sxx += (t - tm) * (t - tm);
        }
        return sxy / sxx;
    }

    /// <summary>The table as CSV: <c>year,&lt;columns…&gt;</c> (invariant numbers in shortest round-trip form, empty for
    /// undefined; LF line ends; a column name quoted when it holds a comma, quote or line break). Column names of
    /// <see cref="Flows.Trend(NetworkSeries, IReadOnlyList{ValueTuple{string, Func{FlowNetwork, double}}}, bool)"/> are the
    /// caller's text, so by default (<see cref="CsvCells.SpreadsheetSafe"/>) one that a spreadsheet would run as a formula
    /// gets an apostrophe in front; numbers are written as numbers either way.</summary>
    /// <param name="cells">Whether to neutralise text cells that a spreadsheet would run as formulas (the default) or write them raw.</param>
    /// <returns>The CSV text.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cells"/> is not a <see cref="CsvCells"/> value.</exception>
    public string ToCsv(CsvCells cells = CsvCells.SpreadsheetSafe)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture);
        CsvRows.Table(text, ["year", .. Columns],
            Enumerable.Range(0, Years.Length).Select(y => (IEnumerable<string?>)[
                Years[y].ToString(CultureInfo.InvariantCulture),
                .. _columns.Select(col => double.IsFinite(col[y]) ? col[y].ToString("R", CultureInfo.InvariantCulture) : ""),
            ]), cells);
        return text.ToString();
    }

    private int ColumnIndex(string column)
    {
        var i = Columns.IndexOf(column, StringComparer.Ordinal);
        return i >= 0 ? i : throw new KeyNotFoundException($"No column '{column}'; columns: {string.Join(", ", Columns)}.");
    }

    /// <inheritdoc />
    public override string ToString() => $"{Description}: {Years.Length} years × {Columns.Length} columns";
}

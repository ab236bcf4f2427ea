using System.Collections.Immutable;
using System.Globalization;
using System.Text;

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

    /// <summary>The table as CSV: <c>year,&lt;columns…&gt;</c> (invariant numbers, empty for undefined).</summary>
    /// <returns>The CSV text.</returns>
    public string ToCsv()
    {
        var sb = new StringBuilder("year");
        foreach (var c in Columns) sb.Append(',').Append(c);
        sb.Append('\n');
        for (var y = 0; y < Years.Length; y++)
        {
            sb.Append(Years[y].ToString(CultureInfo.InvariantCulture));
            foreach (var col in _columns)
                sb.Append(',').Append(double.IsFinite(col[y]) ? col[y].ToString("R", CultureInfo.InvariantCulture) : "");
            sb.Append('\n');
        }
        return sb.ToString();
    }

    private int ColumnIndex(string column)
    {
        var i = Columns.IndexOf(column, StringComparer.Ordinal);
        return i >= 0 ? i : throw new KeyNotFoundException($"No column '{column}'; columns: {string.Join(", ", Columns)}.");
    }

    /// <inheritdoc />
    public override string ToString() => $"{Description}: {Years.Length} years × {Columns.Length} columns";
}

using System.Globalization;
using CapitalNetwork.Csv;

namespace CapitalNetwork.Measures;

/// <summary>
/// A table of per-node measures side by side (one column per <see cref="NodeValues"/>, all on one network): the top
/// <see cref="Top"/> nodes by the column <see cref="SortBy"/>, written as CSV by <see cref="WriteCsv"/> and shown in a
/// notebook (package CapitalNetwork.Interactive) as a sortable HTML table. An option record: change it with
/// <c>with</c>, e.g. <c>MeasureTable.Of(inStrength, betweenness) with { Top = 30, SortBy = 1 }</c>.
/// </summary>
/// <remarks>
/// Row order: by the value of column <see cref="SortBy"/>, largest first (smallest first when <see cref="Ascending"/>);
/// NaN values last; ties in node order (city code order), as <see cref="NodeValues.Ranking"/>. The HTML headers sort
/// the shown rows again on click (in front ends that run inline handlers); the selection of the top rows is made here.
/// Cost: O(n log n) per rendering.
/// </remarks>
public sealed record MeasureTable
{
    /// <summary>Creates a table of the given measures.</summary>
    /// <param name="columns">One or more per-node results of the same network (same node ids in the same order).</param>
    /// <exception cref="ArgumentException">No column, or the columns belong to different networks.</exception>
    public MeasureTable(IEnumerable<NodeValues> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var list = columns.ToArray();
        if (list.Length == 0) throw new ArgumentException("A measure table needs at least one column.", nameof(columns));
        foreach (var c in list)
        {
            ArgumentNullException.ThrowIfNull(c, nameof(columns));
            if (!SameNodes(c.Network, list[0].Network))
                throw new ArgumentException($"'{c.Measure}' belongs to a different network than '{list[0].Measure}'.", nameof(columns));
        }
        Columns = list;
    }

    /// <summary>A table of the given measures with the default options (top 20 by the first column).</summary>
    /// <param name="columns">One or more per-node results of the same network.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentException">No column, or the columns belong to different networks.</exception>
    public static MeasureTable Of(params NodeValues[] columns) => new(columns);

    /// <summary>The measures, in column order.</summary>
    public IReadOnlyList<NodeValues> Columns { get; }

    /// <summary>The network of the measures.</summary>
    public FlowNetwork Network => Columns[0].Network;

    /// <summary>How many rows to show; 0 or less shows every node (after <see cref="Region"/>). Default 20.</summary>
    public int Top { get; init; } = 20;

    /// <summary>The column (0-based index into <see cref="Columns"/>) that orders the rows. Default 0.</summary>
    public int SortBy { get; init; }

    /// <summary>Smallest first instead of largest first. Default false.</summary>
    public bool Ascending { get; init; }

    /// <summary>Show only the cities of this statistical region, or every node when <c>null</c> (default).</summary>
    public StatisticalRegion? Region { get; init; }

    /// <summary>A caption, or <c>null</c> for one made from the measure names.</summary>
    public string? Title { get; init; }

    /// <summary>The node indices shown, in display order (see the remarks for the order).</summary>
    /// <returns>At most <see cref="Top"/> node indices.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="SortBy"/> is not a column index.</exception>
    public IReadOnlyList<int> Rows()
    {
        if (SortBy < 0 || SortBy >= Columns.Count)
            throw new ArgumentOutOfRangeException(nameof(SortBy), SortBy, $"SortBy must be a column index in [0, {Columns.Count}).");
        var values = Columns[SortBy].Values;
        var nodes = Enumerable.Range(0, Network.NodeCount);
        if (Region is { } region) nodes = nodes.Where(v => Network.Nodes[v].Region == region);
        var ordered = nodes
            .OrderBy(v => double.IsNaN(values[v]) ? 1 : 0)
            .ThenBy(v => double.IsNaN(values[v]) ? 0 : Ascending ? values[v] : -values[v])
            .ThenBy(v => v);
        return (Top > 0 ? ordered.Take(Top) : ordered).ToArray();
    }

    /// <summary>
    /// Writes the rows of <see cref="Rows"/> (set <see cref="Top"/> to 0 for every node) as CSV: a header, then one
    /// line per node in display order. Columns: <c>rank, id, label</c>, for a city network <c>province, region</c>, then
    /// one column per measure headed by its <see cref="NodeValues.Measure"/>. Numbers in invariant culture and shortest
    /// round-trip form, empty where NaN; text quoted when it holds a comma, quote or line break; LF line ends.
    /// </summary>
    /// <param name="writer">Where to write (its encoding decides the bytes).</param>
    /// <param name="cells">Whether to neutralise text cells that a spreadsheet would run as formulas (the default) or write them raw.</param>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="SortBy"/> is not a column index.</exception>
    public void WriteCsv(TextWriter writer, CsvCells cells = CsvCells.SpreadsheetSafe)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var rows = Rows();
        var city = Network.IsCityNetwork;
        var header = new List<string> { "rank", "id", "label" };
        if (city) header.AddRange(["province", "region"]);
        header.AddRange(Columns.Select(c => c.Measure));
        CsvRows.Table(writer, header, rows.Select((v, i) =>
        {
            var node = Network.Nodes[v];
            var row = new List<string> { (i + 1).ToString(CultureInfo.InvariantCulture), node.Id, node.Label };
            if (city) row.AddRange([node.Division?.ProvinceName ?? "", node.Region.ToString()]);
            row.AddRange(Columns.Select(c => double.IsNaN(c[v]) ? "" : c[v].ToString("R", CultureInfo.InvariantCulture)));
            return row;
        }), cells);
    }

    /// <summary>The CSV of <see cref="WriteCsv"/> as a string.</summary>
    /// <param name="cells">Whether to neutralise text cells that a spreadsheet would run as formulas (the default) or write them raw.</param>
    /// <returns>The CSV text.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="SortBy"/> is not a column index.</exception>
    public string ToCsv(CsvCells cells = CsvCells.SpreadsheetSafe)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture);
        WriteCsv(text, cells);
        return text.ToString();
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"MeasureTable: {string.Join(", ", Columns.Select(c => c.Measure))}; top {(Top > 0 ? Top : Network.NodeCount)} by {Columns[Math.Clamp(SortBy, 0, Columns.Count - 1)].Measure}";

    private static bool SameNodes(FlowNetwork a, FlowNetwork b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a.NodeCount != b.NodeCount) return false;
        for (var v = 0; v < a.NodeCount; v++)
            if (!string.Equals(a.Nodes[v].Id, b.Nodes[v].Id, StringComparison.Ordinal)) return false;
        return true;
    }
}

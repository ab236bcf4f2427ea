using CapitalNetwork.Measures.Indicators;

namespace CapitalNetwork.Measures.Regression;

/// <summary>
/// One value per node from a column of a node attribute table (<c>city,value…</c>, the first column names the node).
/// Every table a regression reads comes through <see cref="IndicatorTable"/> and this one method, so another table
/// reader (a spreadsheet) only has to produce an <see cref="IndicatorTable"/>.
/// </summary>
internal static class NodeAttribute
{
    /// <summary>The values (NaN for nodes without one) and the rows not used (unknown_node, duplicate_node, not_a_number, empty_value).</summary>
    public static (double[] Values, List<TableProblem> Problems) Read(FlowNetwork network, IndicatorTable table, string column)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(table);
        var vi = table.ColumnIndex(column);
        if (vi == 0) throw new ArgumentException($"{table.Source}: '{column}' is the first column, which names the nodes; give a value column.", nameof(column));
        var cities = table.Text(table.Columns[0]);
        var cells = table.Text(table.Columns[vi]);
        var values = new double[network.NodeCount];
        Array.Fill(values, double.NaN);
        var problems = new List<TableProblem>(table.Problems);
        for (var r = 0; r < cities.Count; r++)
        {
            var line = table.Lines[r];
            if (!NodeLookup.TryFind(network, cities[r], out var v))
            {
                problems.Add(new TableProblem(line, table.Columns[0], cities[r], "unknown_node"));
                continue;
            }
            if (!TableNumbers.TryParse(cells[r], out var x, out var reason, allowNegative: true))
            {
                problems.Add(new TableProblem(line, table.Columns[vi], cells[r], reason));
                continue;
            }
            if (!double.IsNaN(values[v]))
            {
                problems.Add(new TableProblem(line, table.Columns[0], cities[r], "duplicate_node"));
                continue;
            }
            values[v] = x;
        }
        return (values, problems);
    }
}

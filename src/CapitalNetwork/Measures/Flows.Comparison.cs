namespace CapitalNetwork.Measures;

/// <summary>
/// Regions and flows: regional comparison tables for any indicator, region-to-region flow matrices, local shares,
/// great-circle flow distances and yearly trend tables. One method per measure.
/// </summary>
public static partial class Flows
{
    /// <summary>
    /// Regional comparison table of an indicator: for each group g, Total_g = Σ_{i∈g} f_i x_i (f_i = 1 without
    /// weights), Share_g = Total_g / Σ_h Total_h, RatioToMax_g = Total_g / max_h Total_h, Rank (1 = largest; ties share the
    /// rank), Units and Mean = Total_g / Σ_{i∈g} f_i. Works on per-city values grouped by region or province and on a user's
    /// own table (per province, per region, any grouping). Shares and ratios are NaN when the totals are zero. Units in no
    /// group (<see cref="Grouping.LeftOut"/>: Hong Kong, Macao and Taiwan under the four mainland regions) are in no row
    /// and not in the total; <see cref="ComparisonTable.Coverage"/> reports them apart. O(n + G log G).
    /// </summary>
    /// <param name="values">Non-negative values, one per unit.</param>
    /// <param name="groups">The grouping of the units.</param>
    /// <param name="weights">Optional weights f_i (the unit's total is f_i·x_i, e.g. per-capita value × population).</param>
    /// <param name="indicator">The indicator's name, kept in the table.</param>
    /// <returns>The table, rows in grouping order.</returns>
    /// <exception cref="ArgumentException">A value or weight is negative or not finite, or a length differs.</exception>
    public static ComparisonTable Compare(ReadOnlySpan<double> values, Grouping groups, IReadOnlyList<double>? weights = null, string indicator = "value")
    {
        ArgumentNullException.ThrowIfNull(groups);
        ConcentrationMath.Validate(values, weights, groups);
        var coverage = GroupCoverage.Of(values, weights, groups);
        var g = groups.Count;
        var fg = new double[g];
        var xg = new double[g];
        for (var i = 0; i < values.Length; i++)
        {
            var k = groups.GroupOf(i);
            if (k < 0) continue;
            var w = ConcentrationMath.WeightOf(weights, i);
            fg[k] += w;
            xg[k] += w * values[i];
        }
        var total = xg.Sum();
        var max = g == 0 ? 0 : xg.Max();
        var rows = new ComparisonRow[g];
        for (var k = 0; k < g; k++)
        {
            var rank = 1 + xg.Count(t => t > xg[k]);
            rows[k] = new ComparisonRow(groups.Names[k], groups.Labels[k], groups.SizeOf(k), fg[k], xg[k],
                fg[k] > 0 ? xg[k] / fg[k] : double.NaN,
                total > 0 ? xg[k] / total : double.NaN,
                max > 0 ? xg[k] / max : double.NaN,
                rank);
        }
        return new ComparisonTable(indicator, total, rows, coverage);
    }

    /// <inheritdoc cref="Compare(ReadOnlySpan{double}, Grouping, IReadOnlyList{double}?, string)"/>
    public static ComparisonTable Compare(IReadOnlyList<double> values, Grouping groups, IReadOnlyList<double>? weights = null, string indicator = "value") =>
        Compare(ConcentrationMath.ToArray(values), groups, weights, indicator);

    /// <summary>
    /// Regional comparison of per-node values of a city network by region (the four mainland regions East, Central,
    /// West, Northeast; Hong Kong, Macao and Taiwan reported apart in <see cref="ComparisonTable.Coverage"/>) or by
    /// province. O(n).
    /// </summary>
    /// <param name="values">Per-node values (e.g. <c>Centrality.InStrength(net, EdgeWeight.Capital)</c>).</param>
    /// <param name="groupBy">Region or province.</param>
    /// <returns>The table; the indicator is the values' measure name.</returns>
    /// <exception cref="InvalidOperationException">The network is not a city network.</exception>
    public static ComparisonTable Compare(NodeValues values, RollUpLevel groupBy = RollUpLevel.Region)
    {
        ArgumentNullException.ThrowIfNull(values);
        return Compare(values.Values.AsSpan(), Grouping.By(values.Network, groupBy), null, values.Measure);
    }

    /// <summary>Comparison of the usable rows of a user's table (<see cref="IndicatorTable.Select"/>), grouped by its group column.</summary>
    /// <param name="selection">The selection; it must have a group column.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentException">The selection has no group column.</exception>
    public static ComparisonTable Compare(IndicatorSelection selection)
    {
        ArgumentNullException.ThrowIfNull(selection);
        var groups = selection.Groups ?? throw new ArgumentException("The selection has no group column.", nameof(selection));
        return Compare(selection.Values.AsSpan(), groups, selection.Weights, selection.ValueColumn);
    }
}

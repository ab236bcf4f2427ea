using System.Collections.Immutable;
using CapitalNetwork.Measures.Regression;

namespace CapitalNetwork.Measures;

/// <summary>
/// A mass of the gravity model without fixed effects: one positive value per node, entered as ln(value) of the origin
/// (<see cref="FlowSide.Supplied"/>) or of the destination (<see cref="FlowSide.Attracted"/>) of every dyad.
/// </summary>
/// <param name="Name">The term's name, e.g. <c>ln_out_strength</c>.</param>
/// <param name="Values">One value per node in node order; a value ≤ 0 or NaN leaves that node's dyads on this side out (counted).</param>
/// <param name="Side">Origin (<see cref="FlowSide.Supplied"/>) or destination (<see cref="FlowSide.Attracted"/>).</param>
public sealed record GravityMass(string Name, ImmutableArray<double> Values, FlowSide Side)
{
    /// <summary>The origin mass ln(out-strength): what each city supplies under <paramref name="weight"/>, local capital included.</summary>
    /// <param name="network">The network.</param>
    /// <param name="weight">The weight.</param>
    /// <returns>The mass, named <c>ln_out_strength</c>.</returns>
    public static GravityMass OutStrength(FlowNetwork network, EdgeWeight weight = EdgeWeight.Funds)
    {
        ArgumentNullException.ThrowIfNull(network);
        return new GravityMass("ln_out_strength", [.. Enumerable.Range(0, network.NodeCount).Select(v => network.OutStrength(v, weight))], FlowSide.Supplied);
    }

    /// <summary>The destination mass ln(in-strength): what each city attracts under <paramref name="weight"/>, local capital included.</summary>
    /// <param name="network">The network.</param>
    /// <param name="weight">The weight.</param>
    /// <returns>The mass, named <c>ln_in_strength</c>.</returns>
    public static GravityMass InStrength(FlowNetwork network, EdgeWeight weight = EdgeWeight.Funds)
    {
        ArgumentNullException.ThrowIfNull(network);
        return new GravityMass("ln_in_strength", [.. Enumerable.Range(0, network.NodeCount).Select(v => network.InStrength(v, weight))], FlowSide.Attracted);
    }

    /// <summary>
    /// A mass from a column of a node attribute table (<c>city,value…</c>; the first column names the node — its id, or on a
    /// city network any name the place resolver reads). Nodes without a value get NaN, so their dyads on this side are left
    /// out. Unused rows are not reported here; read them with <see cref="DyadMatrix.FromAttribute(FlowNetwork, IndicatorTable, string, DyadOperation, string?)"/>'s
    /// <see cref="DyadMatrix.Problems"/>.
    /// </summary>
    /// <param name="network">The network.</param>
    /// <param name="table">The table.</param>
    /// <param name="column">The value column.</param>
    /// <param name="side">Origin (<see cref="FlowSide.Supplied"/>) or destination (<see cref="FlowSide.Attracted"/>).</param>
    /// <returns>The mass, named <c>ln_COLUMN_origin</c> or <c>ln_COLUMN_destination</c>.</returns>
    public static GravityMass FromAttribute(FlowNetwork network, IndicatorTable table, string column, FlowSide side)
    {
        var (values, _) = NodeAttribute.Read(network, table, column);
        var name = table.Columns[table.ColumnIndex(column)];
        return new GravityMass($"ln_{name}_{(side == FlowSide.Supplied ? "origin" : "destination")}", [.. values], side);
    }
}

using System.Globalization;

namespace CapitalNetwork.Measures;

/// <summary>
/// Group-to-group flow matrices M[g, h] (from partners in group g into funds registered in group h) for the three
/// weights — capital, funds, links — with per-group supply, attraction, local and external flows, net flows and
/// shares. Built by summing city edges (a fund with partners in two cities of one region counts once per city edge in
/// the funds matrix, as in <see cref="FlowNetwork.RollUp"/>; capital and links are additive). Immutable.
/// </summary>
public sealed class FlowMatrix
{
    private readonly double[][] _cells; // [weight][g * G + h]

    internal FlowMatrix(Grouping groups, double[][] cells)
    {
        Groups = groups;
        _cells = cells;
    }

    /// <summary>The groups (rows and columns, in grouping order).</summary>
    public Grouping Groups { get; }

    /// <summary>Number of groups G.</summary>
    public int Count => Groups.Count;

    /// <summary>M[from, to] for a weight.</summary>
    /// <param name="weight">Capital, funds or links.</param>
    /// <param name="from">Source group (where the partners are).</param>
    /// <param name="to">Target group (where the funds are registered).</param>
    public double this[EdgeWeight weight, int from, int to] => _cells[(int)weight][from * Count + to];

    /// <summary>M[from, to] by group names.</summary>
    /// <param name="weight">Capital, funds or links.</param>
    /// <param name="from">Source group name (e.g. <c>West</c>).</param>
    /// <param name="to">Target group name (e.g. <c>East</c>).</param>
    public double this[EdgeWeight weight, string from, string to] => this[weight, Index(from), Index(to)];

    /// <summary>A copy of the matrix of one weight as a G × G array [from, to].</summary>
    /// <param name="weight">The weight.</param>
    /// <returns>A new array.</returns>
    public double[,] ToArray(EdgeWeight weight)
    {
        var a = new double[Count, Count];
        for (var g = 0; g < Count; g++)
            for (var h = 0; h < Count; h++) a[g, h] = this[weight, g, h];
        return a;
    }

    /// <summary>Σ of all cells of a weight (= the network's total weight).</summary>
    /// <param name="weight">The weight.</param>
    /// <returns>The total.</returns>
    public double Total(EdgeWeight weight) => _cells[(int)weight].Sum();

    /// <summary>Row sum: what partners in a group supplied (local included).</summary>
    /// <param name="weight">The weight.</param>
    /// <param name="group">Group index.</param>
    /// <returns>The sum.</returns>
    public double Supplied(EdgeWeight weight, int group)
    {
        double s = 0;
        for (var h = 0; h < Count; h++) s += this[weight, group, h];
        return s;
    }

    /// <summary>Column sum: what funds registered in a group attracted (local included).</summary>
    /// <param name="weight">The weight.</param>
    /// <param name="group">Group index.</param>
    /// <returns>The sum.</returns>
    public double Attracted(EdgeWeight weight, int group)
    {
        double s = 0;
        for (var g = 0; g < Count; g++) s += this[weight, g, group];
        return s;
    }

    /// <summary>The diagonal M[g, g]: flows that stay inside the group.</summary>
    /// <param name="weight">The weight.</param>
    /// <param name="group">Group index.</param>
    /// <returns>The local flow.</returns>
    public double Local(EdgeWeight weight, int group) => this[weight, group, group];

    /// <summary>Net flow of a group: Attracted − Supplied (= external inflow − external outflow); positive for a net attractor.</summary>
    /// <param name="weight">The weight.</param>
    /// <param name="group">Group index.</param>
    /// <returns>The net flow.</returns>
    public double NetFlow(EdgeWeight weight, int group) => Attracted(weight, group) - Supplied(weight, group);

    /// <summary>Net flow between two groups: M[from, to] − M[to, from] (positive when more goes from → to than back).</summary>
    /// <param name="weight">The weight.</param>
    /// <param name="from">Group index.</param>
    /// <param name="to">Group index.</param>
    /// <returns>The net flow.</returns>
    public double NetFlow(EdgeWeight weight, int from, int to) => this[weight, from, to] - this[weight, to, from];

    /// <summary>Share of a group's attracted (registered) total that comes from other groups: 1 − M[g, g]/Attracted; NaN when nothing was attracted.</summary>
    /// <param name="weight">The weight (capital: the share of the group's registered capital from other regions).</param>
    /// <param name="group">Group index.</param>
    /// <returns>The share.</returns>
    public double ExternalShare(EdgeWeight weight, int group)
    {
        var a = Attracted(weight, group);
        return a > 0 ? (a - Local(weight, group)) / a : double.NaN;
    }

    /// <summary>Share of a group's attracted total that comes from inside the group: M[g, g]/Attracted; NaN when nothing was attracted.</summary>
    /// <param name="weight">The weight.</param>
    /// <param name="group">Group index.</param>
    /// <returns>The share.</returns>
    public double LocalShare(EdgeWeight weight, int group)
    {
        var a = Attracted(weight, group);
        return a > 0 ? Local(weight, group) / a : double.NaN;
    }

    /// <summary>Share of the whole total that stays inside its group: Σ_g M[g, g] / Σ M (e.g. capital that stays in its region); NaN when the total is zero.</summary>
    /// <param name="weight">The weight.</param>
    /// <returns>The share.</returns>
    public double LocalShare(EdgeWeight weight)
    {
        var total = Total(weight);
        if (!(total > 0)) return double.NaN;
        double d = 0;
        for (var g = 0; g < Count; g++) d += Local(weight, g);
        return d / total;
    }

    /// <summary>Every group's balance for one weight, in grouping order.</summary>
    /// <param name="weight">The weight.</param>
    /// <returns>One row per group.</returns>
    public IReadOnlyList<FlowMatrixRow> Summary(EdgeWeight weight) =>
        [.. Enumerable.Range(0, Count).Select(g =>
        {
            var supplied = Supplied(weight, g);
            var attracted = Attracted(weight, g);
            var local = Local(weight, g);
            return new FlowMatrixRow(Groups.Names[g], Groups.Labels[g], supplied, attracted, local, attracted - local, supplied - local,
                attracted - supplied, LocalShare(weight, g), ExternalShare(weight, g));
        })];

    private int Index(string name)
    {
        var i = Groups.IndexOf(name);
        return i >= 0 ? i : throw new KeyNotFoundException($"No group '{name}' in the matrix.");
    }

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"FlowMatrix: {Count} groups, capital {Total(EdgeWeight.Capital):G6}, funds {Total(EdgeWeight.Funds):G6}, links {Total(EdgeWeight.Links):G6}");
}

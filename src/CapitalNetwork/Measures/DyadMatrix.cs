using System.Collections.Immutable;
using CapitalNetwork.Measures.Regression;

namespace CapitalNetwork.Measures;

/// <summary>
/// A named node-by-node (city-by-city) matrix of dyad values, m[i, j] for the ordered pair i → j, over the nodes of a
/// network in node order: the dependent and explanatory matrices of <see cref="Qap"/> and <see cref="Gravity"/>. Built
/// from the network itself (any weight, valued or binary), great-circle distance (km or its logarithm), same province,
/// same region, a node attribute (absolute difference, ratio, product, sender or receiver value) or any edge list
/// (a valued matrix, e.g. contiguity). A cell may be NaN (an attribute a node lacks): the regressions leave such nodes
/// out and say so. The diagonal is stored but the regressions leave it out unless asked. Immutable; n² doubles.
/// </summary>
public sealed class DyadMatrix
{
    private readonly double[] _values;

    /// <summary>Creates a matrix from row-major values.</summary>
    /// <param name="name">The name shown in results (e.g. <c>log_distance</c>).</param>
    /// <param name="nodeIds">The node ids, in row (and column) order.</param>
    /// <param name="values">n² values, row i then row i + 1: <c>values[i·n + j]</c> is the cell i → j.</param>
    /// <param name="problems">Rows of an input table that were not used, if any.</param>
    /// <exception cref="ArgumentException">The number of values is not n².</exception>
    public DyadMatrix(string name, IReadOnlyList<string> nodeIds, IEnumerable<double> values, IEnumerable<TableProblem>? problems = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(nodeIds);
        ArgumentNullException.ThrowIfNull(values);
        Name = name;
        NodeIds = [.. nodeIds];
        _values = [.. values];
        if (_values.Length != (long)NodeIds.Length * NodeIds.Length)
            throw new ArgumentException($"A matrix over {NodeIds.Length} nodes needs {NodeIds.Length * NodeIds.Length} values, got {_values.Length}.", nameof(values));
        Problems = problems is null ? [] : [.. problems];
    }

    private DyadMatrix(string name, ImmutableArray<string> ids, double[] values, ImmutableArray<TableProblem> problems)
    {
        Name = name;
        NodeIds = ids;
        _values = values;
        Problems = problems;
    }

    /// <summary>The name shown in results.</summary>
    public string Name { get; }

    /// <summary>The node ids in row order.</summary>
    public ImmutableArray<string> NodeIds { get; }

    /// <summary>The number of nodes n.</summary>
    public int NodeCount => NodeIds.Length;

    /// <summary>The cell i → j.</summary>
    /// <param name="source">Row (sending node).</param>
    /// <param name="target">Column (receiving node).</param>
    public double this[int source, int target] => _values[checked(source * NodeIds.Length + target)];

    /// <summary>All cells, row-major (<c>[i·n + j]</c>).</summary>
    public ReadOnlySpan<double> Values => _values;

    /// <summary>Rows of the input table or edge list that were not used (unknown node, not a number, duplicate), with line and reason.</summary>
    public ImmutableArray<TableProblem> Problems { get; }

    /// <summary>The same matrix under another name.</summary>
    /// <param name="name">The new name.</param>
    /// <returns>The renamed matrix (values shared).</returns>
    public DyadMatrix WithName(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new DyadMatrix(name, NodeIds, _values, Problems);
    }

    /// <summary>
    /// The network's adjacency matrix: m[i, j] = weight of the edge i → j (0 without an edge), or 1/0 when
    /// <paramref name="binary"/> (a tie where the weight is positive). The diagonal holds local capital (self-loops). O(n² + m).
    /// </summary>
    /// <param name="network">The network.</param>
    /// <param name="weight">The weight (funds by default).</param>
    /// <param name="binary">Ties instead of weights.</param>
    /// <param name="name">The name; default the weight's key (<c>funds</c>, or <c>funds_tie</c> when binary).</param>
    /// <returns>The matrix.</returns>
    public static DyadMatrix FromNetwork(FlowNetwork network, EdgeWeight weight = EdgeWeight.Funds, bool binary = false, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        var n = network.NodeCount;
        var m = new double[(long)n * n];
        var w = network.Weights(weight);
        var s = network.Sources;
        var t = network.Targets;
        for (var e = 0; e < network.EdgeCount; e++)
            m[(long)s[e] * n + t[e]] = binary ? w[e] > 0 ? 1 : 0 : w[e];
        var key = weight.ToString().ToLowerInvariant();
        return new DyadMatrix(name ?? (binary ? key + "_tie" : key), Ids(network), m, []);
    }

    /// <summary>
    /// Great-circle distance between the nodes' coordinates, d_ij = 2R·asin √(sin²(Δφ/2) + cos φ_i cos φ_j sin²(Δλ/2))
    /// with R = 6371.0088 km (as <see cref="Flows.GreatCircleKm"/>), or ln d_ij when <paramref name="logarithm"/>.
    /// The diagonal is 0 km (its logarithm 0, i.e. 1 km: a placeholder, as the regressions leave the diagonal out unless
    /// asked, and <see cref="Gravity"/> then adds a local-flow indicator). A node without coordinates has NaN cells. O(n²).
    /// </summary>
    /// <param name="network">A city network.</param>
    /// <param name="logarithm">ln km instead of km.</param>
    /// <returns>The matrix, named <c>distance_km</c> or <c>log_distance</c>.</returns>
    /// <exception cref="InvalidOperationException">The network is not a city network.</exception>
    public static DyadMatrix Distance(FlowNetwork network, bool logarithm = false)
    {
        ArgumentNullException.ThrowIfNull(network);
        var xy = GreatCircle.Coordinates(network);
        var n = network.NodeCount;
        var m = new double[(long)n * n];
        for (var i = 0; i < n; i++)
            for (var j = 0; j < n; j++)
            {
                if (i == j) continue;
                var d = GreatCircle.HaversineKm(xy[i].Lat, xy[i].Lon, xy[j].Lat, xy[j].Lon);
                m[(long)i * n + j] = logarithm ? Math.Log(d) : d;
            }
        return new DyadMatrix(logarithm ? "log_distance" : "distance_km", Ids(network), m, []);
    }

    /// <summary>1 when both nodes lie in the same province-level unit, else 0 (diagonal 1). O(n²).</summary>
    /// <param name="network">A city network.</param>
    /// <returns>The matrix, named <c>same_province</c>.</returns>
    /// <exception cref="InvalidOperationException">The network is not a city network.</exception>
    public static DyadMatrix SameProvince(FlowNetwork network)
    {
        var p = CityKeys(network, d => d.ProvinceCode);
        return Indicator(network, "same_province", (i, j) => p[i] == p[j]);
    }

    /// <summary>
    /// 1 when both nodes lie in the same of the four NBS regions (East, Central, West, Northeast), else 0. Hong Kong,
    /// Macao and Taiwan belong to none of them, so their cells are 0 (diagonal 1). O(n²).
    /// </summary>
    /// <param name="network">A city network.</param>
    /// <returns>The matrix, named <c>same_region</c>.</returns>
    /// <exception cref="InvalidOperationException">The network is not a city network.</exception>
    public static DyadMatrix SameRegion(FlowNetwork network)
    {
        var r = CityKeys(network, d => d.Region == StatisticalRegion.Outside ? -1 : (int)d.Region);
        return Indicator(network, "same_region", (i, j) => i == j || (r[i] >= 0 && r[i] == r[j]));
    }

    /// <summary>
    /// A dyad matrix from one value per node (<see cref="DyadOperation"/>: |x_i − x_j|, x_i / x_j, x_i·x_j, x_i or x_j).
    /// A NaN value (a node without data) makes its row and column NaN. O(n²).
    /// </summary>
    /// <param name="network">The network whose nodes the values follow.</param>
    /// <param name="values">One value per node, in node order.</param>
    /// <param name="operation">How two values become a dyad value.</param>
    /// <param name="name">The name.</param>
    /// <returns>The matrix.</returns>
    /// <exception cref="ArgumentException">The number of values differs from the number of nodes.</exception>
    public static DyadMatrix FromAttribute(FlowNetwork network, IReadOnlyList<double> values, DyadOperation operation, string name)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count != network.NodeCount)
            throw new ArgumentException($"Expected {network.NodeCount} values (one per node), got {values.Count}.", nameof(values));
        return Build(network, values, operation, name, []);
    }

    /// <summary>
    /// A dyad matrix from a column of a node attribute table (<c>city,value…</c>: the first column names the node — its id,
    /// or on a city network any Chinese name or address the place resolver reads, 深圳 / 深圳市 / 440300). Values may be
    /// negative. Rows naming no node of the network (<c>unknown_node</c>), a second row of the same node
    /// (<c>duplicate_node</c>) and cells that are not numbers are listed in <see cref="Problems"/>; nodes without a value
    /// get NaN (left out by the regressions). O(rows + n²).
    /// </summary>
    /// <param name="network">The network.</param>
    /// <param name="table">The table (read with <see cref="IndicatorTable.Read(string)"/>).</param>
    /// <param name="column">The value column.</param>
    /// <param name="operation">How two values become a dyad value.</param>
    /// <param name="name">The name; default <c>operation:column</c> (e.g. <c>absdiff:gdp</c>).</param>
    /// <returns>The matrix.</returns>
    /// <exception cref="ArgumentException">The column does not exist.</exception>
    public static DyadMatrix FromAttribute(FlowNetwork network, IndicatorTable table, string column, DyadOperation operation, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(table);
        var (values, problems) = NodeAttribute.Read(network, table, column);
        return Build(network, values, operation, name ?? $"{OperationKey(operation)}:{table.Columns[table.ColumnIndex(column)]}", problems);
    }

    /// <summary>
    /// A valued matrix from another network over the same nodes, typically an edge list read by
    /// <see cref="EdgeListReader"/> (<c>source,target,weight</c>): m[i, j] = the weight of i → j, 0 where there is no
    /// edge. Its node ids are matched to <paramref name="network"/>'s ids, or on a city network read as place names;
    /// edges with an id that matches no node are listed in <see cref="Problems"/> (<c>unknown_node</c>, line 0 = not known). O(n² + m).
    /// </summary>
    /// <param name="network">The network whose nodes the matrix follows.</param>
    /// <param name="edges">The other network.</param>
    /// <param name="name">The name.</param>
    /// <param name="weight">Which weight of <paramref name="edges"/> to read (an edge list stores its one weight in all three).</param>
    /// <returns>The matrix.</returns>
    public static DyadMatrix FromEdges(FlowNetwork network, FlowNetwork edges, string name, EdgeWeight weight = EdgeWeight.Funds)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(edges);
        var n = network.NodeCount;
        var map = new int[edges.NodeCount];
        var problems = new List<TableProblem>();
        for (var v = 0; v < edges.NodeCount; v++)
            if (!NodeLookup.TryFind(network, edges.Nodes[v].Id, out map[v]))
                problems.Add(new TableProblem(0, "source/target", edges.Nodes[v].Id, "unknown_node"));
        var m = new double[(long)n * n];
        var w = edges.Weights(weight);
        var s = edges.Sources;
        var t = edges.Targets;
        for (var e = 0; e < edges.EdgeCount; e++)
        {
            int a = map[s[e]], b = map[t[e]];
            if (a >= 0 && b >= 0) m[(long)a * n + b] += w[e];
        }
        return new DyadMatrix(name, Ids(network), m, [.. problems]);
    }

    /// <summary>The key of an operation in names and on the command line: absdiff, ratio, product, sender, receiver.</summary>
    /// <param name="operation">The operation.</param>
    /// <returns>The key.</returns>
    public static string OperationKey(DyadOperation operation) => operation switch
    {
        DyadOperation.AbsoluteDifference => "absdiff",
        DyadOperation.Ratio => "ratio",
        DyadOperation.Product => "product",
        DyadOperation.Sender => "sender",
        DyadOperation.Receiver => "receiver",
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, "Not a DyadOperation."),
    };

    /// <inheritdoc />
    public override string ToString() => $"{Name}: {NodeCount}×{NodeCount}";

    private static DyadMatrix Build(FlowNetwork network, IReadOnlyList<double> x, DyadOperation op, string name, List<TableProblem> problems)
    {
        _ = OperationKey(op);
        var n = network.NodeCount;
        var m = new double[(long)n * n];
        for (var i = 0; i < n; i++)
            for (var j = 0; j < n; j++)
                m[(long)i * n + j] = op switch
                {
                    DyadOperation.AbsoluteDifference => Math.Abs(x[i] - x[j]),
                    DyadOperation.Ratio => x[j] == 0 ? double.NaN : x[i] / x[j],
                    DyadOperation.Product => x[i] * x[j],
                    DyadOperation.Sender => x[i] + 0 * x[j],
                    _ => x[j] + 0 * x[i],
                };
        return new DyadMatrix(name, Ids(network), m, [.. problems]);
    }

    private static DyadMatrix Indicator(FlowNetwork network, string name, Func<int, int, bool> same)
    {
        var n = network.NodeCount;
        var m = new double[(long)n * n];
        for (var i = 0; i < n; i++)
            for (var j = 0; j < n; j++)
                m[(long)i * n + j] = i == j || same(i, j) ? 1 : 0;
        return new DyadMatrix(name, Ids(network), m, []);
    }

    private static int[] CityKeys(FlowNetwork network, Func<Division, int> key)
    {
        ArgumentNullException.ThrowIfNull(network);
        if (!network.IsCityNetwork)
            throw new InvalidOperationException("Same province and same region need a city network (nodes from the gazetteer); give other groupings as an edge list.");
        return network.Nodes.Select(v => key(v.Division!)).ToArray();
    }

    private static ImmutableArray<string> Ids(FlowNetwork network) => [.. network.Nodes.Select(v => v.Id)];

}

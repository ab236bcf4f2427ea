using System.Globalization;
using System.Collections.Frozen;
using QuikGraph;

namespace CapitalNetwork;

/// <summary>
/// An immutable directed, weighted flow network: partner city → fund city, each edge carrying distinct funds,
/// partner links and subscribed capital. At most one edge per ordered pair (parallel flows are summed); self-loops
/// are local capital and are kept. Stored as compact arrays with integer node indices: edges sorted by
/// (source, target) with out-offsets (CSR), plus an in-edge index (CSC).
/// </summary>
/// <remarks>
/// Memory: O(n + m). Look-ups: node by id O(1); out-edges of a node O(1) to locate, contiguous; in-edges likewise.
/// Build with <see cref="FlowNetworkBuilder"/>, <see cref="CityNetwork.FromFilings(string, IngestOptions?, CancellationToken)"/> or
/// <see cref="EdgeListReader"/>. Thread-safe.
/// </remarks>
public sealed class FlowNetwork
{
    private readonly NetworkNode[] _nodes;
    private readonly FrozenDictionary<string, int> _index;
    private readonly int[] _source;
    private readonly int[] _target;
    private readonly double[][] _weights;
    private readonly int[] _outStart;
    private readonly int[] _inStart;
    private readonly int[] _inEdges;
    private readonly int[] _inSources;
    private readonly double[]?[] _inWeights = new double[]?[3];
    private readonly double[] _registeredFunds;

    internal FlowNetwork(NetworkNode[] nodes, FrozenDictionary<string, int> index, int[] source, int[] target,
        double[] funds, double[] links, double[] capital, double[] registeredFunds)
    {
        _nodes = nodes;
        _index = index;
        _source = source;
        _target = target;
        _weights = [funds, links, capital];
        _registeredFunds = registeredFunds;
        var n = nodes.Length;
        var m = source.Length;
        _outStart = new int[n + 1];
        _inStart = new int[n + 1];
        for (var e = 0; e < m; e++)
        {
            _outStart[source[e] + 1]++;
            _inStart[target[e] + 1]++;
        }
        for (var v = 0; v < n; v++)
        {
            _outStart[v + 1] += _outStart[v];
            _inStart[v + 1] += _inStart[v];
        }
        _inEdges = new int[m];
        _inSources = new int[m];
        var fill = (int[])_inStart.Clone();
        for (var e = 0; e < m; e++)
        {
            // Edges are sorted by source, so in-edges come out sorted by source too.
            var at = fill[target[e]]++;
            _inEdges[at] = e;
            _inSources[at] = source[e];
        }
        IsCityNetwork = nodes.Length > 0 && nodes.All(x => x.Division is not null);
    }

    /// <summary>The nodes, in index order (city networks: code order, all 372 cities present).</summary>
    public IReadOnlyList<NetworkNode> Nodes => _nodes;

    /// <summary>Number of nodes n.</summary>
    public int NodeCount => _nodes.Length;

    /// <summary>Number of edges m (ordered pairs with a flow, self-loops included).</summary>
    public int EdgeCount => _source.Length;

    /// <summary>True when every node is a gazetteer city (so regions, provinces and coordinates are known).</summary>
    public bool IsCityNetwork { get; }

    /// <summary>Source node index of each edge, in edge order (sorted by source, then target).</summary>
    public ReadOnlySpan<int> Sources => _source;

    /// <summary>Target node index of each edge, in edge order.</summary>
    public ReadOnlySpan<int> Targets => _target;

    /// <summary>The chosen weight of each edge, in edge order.</summary>
    /// <param name="weight">Which weight.</param>
    /// <returns>One value per edge.</returns>
    public ReadOnlySpan<double> Weights(EdgeWeight weight) => _weights[(int)weight];

    /// <summary>
    /// The network's own edge-order arrays, for internal read-only views that would otherwise copy them (the iterative
    /// centralities' row matrix). Callers must never write to them.
    /// </summary>
    internal (int[] OutStart, int[] Targets, double[] Weights) EdgeArrays(EdgeWeight weight) => (_outStart, _target, _weights[(int)weight]);

    /// <summary>
    /// The in-edge index as arrays, for the same read-only views: node j's in-edges occupy <c>[InStart[j], InStart[j+1])</c>
    /// in in-edge order (sources ascending), with their sources and their weights in that order. The sources are kept
    /// from construction (4 bytes per edge); the weights of a channel are gathered on first use (O(m), thread-safe) and
    /// kept, as igraph keeps its in-index and networkx its predecessor lists with their data. Callers must never write
    /// to them.
    /// </summary>
    internal (int[] InStart, int[] InSources, double[] InWeights) InEdgeArrays(EdgeWeight weight)
    {
        var c = (int)weight;
        var weights = Volatile.Read(ref _inWeights[c]);
        if (weights is null)
        {
            var all = _weights[c];
            var gathered = new double[_inEdges.Length];
            for (var k = 0; k < gathered.Length; k++) gathered[k] = all[_inEdges[k]];
            weights = Interlocked.CompareExchange(ref _inWeights[c], gathered, null) ?? gathered;
        }
        return (_inStart, _inSources, weights);
    }

    /// <summary>Edge <paramref name="edge"/> as a value.</summary>
    /// <param name="edge">Edge index, 0 ≤ edge &lt; <see cref="EdgeCount"/>.</param>
    /// <returns>The edge.</returns>
    public FlowEdge Edge(int edge) =>
        new(_source[edge], _target[edge], _weights[0][edge], _weights[1][edge], _weights[2][edge]);

    /// <summary>All edges, in edge order (allocates a new list of values).</summary>
    public IReadOnlyList<FlowEdge> Edges => Enumerable.Range(0, EdgeCount).Select(Edge).ToArray();

    /// <summary>The index of the edge <paramref name="source"/> → <paramref name="target"/>, or −1. O(log out-degree).</summary>
    /// <param name="source">Source node index.</param>
    /// <param name="target">Target node index.</param>
    /// <returns>The edge index or −1.</returns>
    public int FindEdge(int source, int target)
    {
        var lo = _outStart[source];
        var i = Array.BinarySearch(_target, lo, _outStart[source + 1] - lo, target);
        return i >= 0 ? i : -1;
    }

    /// <summary>The edges leaving a node: indices <c>[start, end)</c> (contiguous, sorted by target).</summary>
    /// <param name="node">Node index.</param>
    /// <returns>The range of edge indices.</returns>
    public Range OutEdges(int node) => _outStart[node].._outStart[node + 1];

    /// <summary>The edges entering a node, as edge indices sorted by source.</summary>
    /// <param name="node">Node index.</param>
    /// <returns>The edge indices.</returns>
    public ReadOnlySpan<int> InEdges(int node) => _inEdges.AsSpan(_inStart[node], _inStart[node + 1] - _inStart[node]);

    /// <summary>Out-degree: number of distinct targets (a self-loop counts 1, as in NetworkX's DiGraph).</summary>
    /// <param name="node">Node index.</param>
    /// <returns>The degree.</returns>
    public int OutDegree(int node) => _outStart[node + 1] - _outStart[node];

    /// <summary>In-degree: number of distinct sources (a self-loop counts 1).</summary>
    /// <param name="node">Node index.</param>
    /// <returns>The degree.</returns>
    public int InDegree(int node) => _inStart[node + 1] - _inStart[node];

    /// <summary>Out-strength s_out(i) = Σ_j w_ij, self-loop included (capital a city sends out, local capital included).</summary>
    /// <param name="node">Node index.</param>
    /// <param name="weight">Which weight.</param>
    /// <returns>The strength.</returns>
    public double OutStrength(int node, EdgeWeight weight)
    {
        var w = _weights[(int)weight];
        var s = 0.0;
        for (var e = _outStart[node]; e < _outStart[node + 1]; e++) s += w[e];
        return s;
    }

    /// <summary>In-strength s_in(j) = Σ_i w_ij, self-loop included (what a city attracts, local capital included).</summary>
    /// <param name="node">Node index.</param>
    /// <param name="weight">Which weight.</param>
    /// <returns>The strength.</returns>
    public double InStrength(int node, EdgeWeight weight)
    {
        var w = _weights[(int)weight];
        var s = 0.0;
        foreach (var e in InEdges(node)) s += w[e];
        return s;
    }

    /// <summary>Local strength: the weight of the node's self-loop w_ii (local capital), 0 when there is none.</summary>
    /// <param name="node">Node index.</param>
    /// <param name="weight">Which weight.</param>
    /// <returns>The self-loop weight.</returns>
    public double LocalStrength(int node, EdgeWeight weight)
    {
        var e = FindEdge(node, node);
        return e < 0 ? 0 : _weights[(int)weight][e];
    }

    /// <summary>Distinct funds registered in the node (0 for networks not built from filings).</summary>
    /// <param name="node">Node index.</param>
    /// <returns>The count.</returns>
    public double RegisteredFunds(int node) => _registeredFunds[node];

    /// <summary>Σ of a weight over all edges (self-loops included).</summary>
    /// <param name="weight">Which weight.</param>
    /// <returns>The total.</returns>
    public double TotalWeight(EdgeWeight weight)
    {
        var s = 0.0;
        foreach (var x in _weights[(int)weight]) s += x;
        return s;
    }

    /// <summary>Finds a node by id (a city's 6-digit code, or an edge-list id).</summary>
    /// <param name="id">The id.</param>
    /// <param name="index">The node index, when found.</param>
    /// <returns>True when found.</returns>
    public bool TryGetIndex(string id, out int index) => _index.TryGetValue(id, out index);

    /// <summary>The node index of an id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The index.</returns>
    /// <exception cref="KeyNotFoundException">No node has that id.</exception>
    public int IndexOf(string id) =>
        _index.TryGetValue(id, out var i) ? i : throw new KeyNotFoundException($"No node with id '{id}'.");

    /// <summary>
    /// Aggregates a city network to provinces or regions: node weights and edge weights are summed over the cities
    /// of each group; flows between cities of one group become that group's self-loop. Funds are summed over city
    /// edges, so a fund with partners in two cities of one province counts once per city edge. O(n + m).
    /// </summary>
    /// <param name="level">Province or region.</param>
    /// <returns>The aggregated network (ids: province codes, or region names East/Central/West/Northeast/Outside).</returns>
    /// <exception cref="InvalidOperationException">The network is not a city network.</exception>
    public FlowNetwork RollUp(RollUpLevel level)
    {
        if (!IsCityNetwork) throw new InvalidOperationException("Only a city network (nodes from the gazetteer) can be rolled up.");
        var builder = new FlowNetworkBuilder();
        var groupOf = new int[NodeCount];
        if (level == RollUpLevel.Province)
        {
            var gaz = Gazetteer.Default;
            foreach (var p in _nodes.Select(x => x.Division!.ProvinceCode).Distinct().Order())
            {
                var label = gaz.TryGet(p, out var pd) ? pd.Name : p.ToString(System.Globalization.CultureInfo.InvariantCulture);
                builder.AddNode(p.ToString(System.Globalization.CultureInfo.InvariantCulture), label);
            }
            for (var v = 0; v < NodeCount; v++)
                groupOf[v] = builder.IndexOf(_nodes[v].Division!.ProvinceCode.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            foreach (var r in Enum.GetValues<StatisticalRegion>()) builder.AddNode(r.ToString(), r.Chinese());
            for (var v = 0; v < NodeCount; v++) groupOf[v] = builder.IndexOf(_nodes[v].Region.ToString());
        }
        for (var e = 0; e < EdgeCount; e++)
            builder.AddFlow(groupOf[_source[e]], groupOf[_target[e]], _weights[0][e], _weights[1][e], _weights[2][e]);
        for (var v = 0; v < NodeCount; v++) builder.AddRegisteredFunds(groupOf[v], _registeredFunds[v]);
        return builder.Build();
    }

    /// <summary>
    /// A QuikGraph copy of the network, so QuikGraph's algorithms (shortest paths, components, flows …) run on it:
    /// vertices are node indices, and each edge carries its <see cref="FlowEdge"/> (weights included) as its tag. This
    /// is the library's one bridge to QuikGraph. O(n + m).
    /// </summary>
    /// <returns>A new bidirectional graph with the self-loops (there are no parallel edges).</returns>
    public BidirectionalGraph<int, STaggedEdge<int, FlowEdge>> ToQuikGraph()
    {
        var g = new BidirectionalGraph<int, STaggedEdge<int, FlowEdge>>(allowParallelEdges: false, vertexCapacity: NodeCount, edgeCapacity: EdgeCount);
        for (var v = 0; v < NodeCount; v++) g.AddVertex(v);
        for (var e = 0; e < EdgeCount; e++)
        {
            var edge = Edge(e);
            g.AddEdge(new STaggedEdge<int, FlowEdge>(edge.Source, edge.Target, edge));
        }
        return g;
    }

    /// <summary>The sum of networks on the same node list (e.g. yearly snapshots into a cumulative network).</summary>
    /// <param name="networks">Networks that share one node list (same ids in the same order).</param>
    /// <returns>Their sum: weights and registered funds added edge by edge.</returns>
    /// <exception cref="ArgumentException">The node lists differ, or there is no network.</exception>
    public static FlowNetwork Sum(IEnumerable<FlowNetwork> networks)
    {
        var list = networks.ToList();
        if (list.Count == 0) throw new ArgumentException("At least one network is needed.", nameof(networks));
        var first = list[0];
        var builder = FlowNetworkBuilder.WithNodes(first._nodes);
        foreach (var net in list)
        {
            if (!ReferenceEquals(net._nodes, first._nodes) && !net._nodes.Select(x => x.Id).SequenceEqual(first._nodes.Select(x => x.Id)))
                throw new ArgumentException("Networks must share one node list to be summed.", nameof(networks));
            for (var e = 0; e < net.EdgeCount; e++)
                builder.AddFlow(net._source[e], net._target[e], net._weights[0][e], net._weights[1][e], net._weights[2][e]);
            for (var v = 0; v < net.NodeCount; v++) builder.AddRegisteredFunds(v, net._registeredFunds[v]);
        }
        return builder.Build();
    }

    internal NetworkNode[] NodeArray => _nodes;

    /// <summary>Empty edge columns for <paramref name="m"/> edges (sources, targets, funds, links, capital), filled by
    /// the builders in (source, target) order.</summary>
    internal static (int[] Sources, int[] Targets, double[] Funds, double[] Links, double[] Capital) EdgeColumns(int m) =>
        (new int[m], new int[m], new double[m], new double[m], new double[m]);

    /// <summary>The frozen id → index map (shared by networks over the same nodes).</summary>
    internal FrozenDictionary<string, int> Index => _index;

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture,
            $"FlowNetwork: {NodeCount} nodes, {EdgeCount} edges, {TotalRegisteredFunds():0.##} funds registered, {TotalWeight(EdgeWeight.Funds):0.##} fund–city links, {TotalWeight(EdgeWeight.Links):0.##} partner links, {TotalWeight(EdgeWeight.Capital):0.##} CNY");

    private double TotalRegisteredFunds()
    {
        var total = 0.0;
        for (var v = 0; v < NodeCount; v++) total += RegisteredFunds(v);
        return total;
    }
}

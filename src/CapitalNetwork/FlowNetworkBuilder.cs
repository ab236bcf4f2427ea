using System.Collections.Frozen;
using CapitalNetwork.Ingest;

namespace CapitalNetwork;

/// <summary>
/// The one mutable type of the graph layer: collects nodes and flows, then <see cref="Build"/>s an immutable
/// <see cref="FlowNetwork"/>. Flows added twice for the same ordered pair are summed. Networks built from one builder
/// whose node list did not change between builds share the same node list (same indices), which is what yearly
/// snapshots need. Not thread-safe.
/// </summary>
public sealed class FlowNetworkBuilder
{
    private readonly List<NetworkNode> _nodes = [];
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly Dictionary<long, int> _edgeIndex = new(PairKeyComparer.Instance);
    private readonly List<double> _funds = [];
    private readonly List<double> _links = [];
    private readonly List<double> _capital = [];
    private readonly List<long> _edgeKeys = [];
    private readonly List<double> _registered = [];
    private NetworkNode[]? _frozenNodes;
    private FrozenDictionary<string, int>? _frozenIndex;

    /// <summary>Creates an empty builder (nodes are added in the order given).</summary>
    public FlowNetworkBuilder()
    {
    }

    /// <summary>A builder that already holds every node of a gazetteer (372 cities in code order), so that every
    /// network built from it — and every yearly snapshot — has the same nodes at the same indices.</summary>
    /// <param name="gazetteer">The gazetteer whose <see cref="Gazetteer.Nodes"/> become the nodes.</param>
    /// <returns>The builder.</returns>
    public static FlowNetworkBuilder ForCities(Gazetteer gazetteer)
    {
        var b = new FlowNetworkBuilder();
        foreach (var d in gazetteer.Nodes)
            b.AddNode(d.Code.ToString("D6", System.Globalization.CultureInfo.InvariantCulture), d.Name, d);
        return b;
    }

    internal static FlowNetworkBuilder WithNodes(NetworkNode[] nodes)
    {
        var b = new FlowNetworkBuilder();
        foreach (var n in nodes) b.AddNode(n.Id, n.Label, n.Division);
        b._frozenNodes = nodes;
        return b;
    }

    /// <summary>Number of nodes so far.</summary>
    public int NodeCount => _nodes.Count;

    /// <summary>Adds a node, or returns the index of the node that already has this id.</summary>
    /// <param name="id">Unique id (non-empty).</param>
    /// <param name="label">Display label; the id when <c>null</c>.</param>
    /// <param name="division">The gazetteer division, for city nodes.</param>
    /// <returns>The node index.</returns>
    public int AddNode(string id, string? label = null, Division? division = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        if (_index.TryGetValue(id, out var i)) return i;
        i = _nodes.Count;
        _nodes.Add(new NetworkNode(i, id, label ?? id, division));
        _index[id] = i;
        _registered.Add(0);
        _frozenNodes = null;
        _frozenIndex = null;
        return i;
    }

    /// <summary>The index of a node id already added.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The index.</returns>
    /// <exception cref="KeyNotFoundException">No node has that id.</exception>
    public int IndexOf(string id) => _index.TryGetValue(id, out var i) ? i : throw new KeyNotFoundException($"No node with id '{id}'.");

    /// <summary>Finds a node id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="index">The index, when found.</param>
    /// <returns>True when found.</returns>
    public bool TryGetIndex(string id, out int index) => _index.TryGetValue(id, out index);

    /// <summary>Adds a flow source → target; flows on the same ordered pair are summed. Weights must be finite and ≥ 0.
    /// Expected O(1).</summary>
    /// <param name="source">Source node index (partner city).</param>
    /// <param name="target">Target node index (fund city); equal to <paramref name="source"/> for local capital.</param>
    /// <param name="funds">Distinct funds to add.</param>
    /// <param name="links">Partner links to add.</param>
    /// <param name="capital">Capital (CNY) to add.</param>
    public void AddFlow(int source, int target, double funds, double links, double capital)
    {
        if ((uint)source >= (uint)_nodes.Count) throw new ArgumentOutOfRangeException(nameof(source));
        if ((uint)target >= (uint)_nodes.Count) throw new ArgumentOutOfRangeException(nameof(target));
        if (!(funds >= 0 && links >= 0 && capital >= 0) || double.IsInfinity(funds + links + capital))
            throw new ArgumentOutOfRangeException(nameof(funds), "Weights must be finite and non-negative.");
        var key = ((long)source << 32) | (uint)target;
        if (!_edgeIndex.TryGetValue(key, out var e))
        {
            e = _funds.Count;
            _edgeIndex[key] = e;
            _edgeKeys.Add(key);
            _funds.Add(0);
            _links.Add(0);
            _capital.Add(0);
        }
        _funds[e] += funds;
        _links[e] += links;
        _capital[e] += capital;
    }

    /// <summary>Adds to the count of distinct funds registered in a node.</summary>
    /// <param name="node">Node index.</param>
    /// <param name="funds">Funds to add (≥ 0).</param>
    public void AddRegisteredFunds(int node, double funds)
    {
        if ((uint)node >= (uint)_nodes.Count) throw new ArgumentOutOfRangeException(nameof(node));
        if (!(funds >= 0) || double.IsInfinity(funds)) throw new ArgumentOutOfRangeException(nameof(funds));
        _registered[node] += funds;
    }

    /// <summary>Builds the immutable network. O(n + m log m). The builder stays usable.</summary>
    /// <returns>The network.</returns>
    public FlowNetwork Build()
    {
        _frozenNodes ??= _nodes.ToArray();
        _frozenIndex ??= _index.ToFrozenDictionary(StringComparer.Ordinal);
        var m = _edgeKeys.Count;
        var order = new int[m];
        for (var i = 0; i < m; i++) order[i] = i;
        var keys = _edgeKeys.ToArray();
        Array.Sort(keys, order);
        var (src, dst, f, l, c) = FlowNetwork.EdgeColumns(m);
        for (var i = 0; i < m; i++)
        {
            src[i] = (int)(keys[i] >> 32);
            dst[i] = (int)(uint)keys[i];
            f[i] = _funds[order[i]];
            l[i] = _links[order[i]];
            c[i] = _capital[order[i]];
        }
        return new FlowNetwork(_frozenNodes, _frozenIndex, src, dst, f, l, c, _registered.ToArray());
    }
}

using System.Text;
using System.Xml;
using CapitalNetwork.Gexf;
using CapitalNetwork.Interchange;

namespace CapitalNetwork.GraphML;

/// <summary>The streaming GraphML parser behind <see cref="GraphMLReader"/> (implementation only). One instance per
/// document.</summary>
internal sealed class KeyedParser(string file, GraphMLReadOptions options)
{
    // A declared <key>: its id, attr.name (else id), type, default, and whether it is yEd's graphics (labels inside).
    private sealed record Key(string Id, string Name, GexfAttributeType Type, string? Default, bool Graphics, int? Line);

    private sealed class Element(string id, int? line)
    {
        public string Id { get; } = id;
        public int? Line { get; } = line;
        public string? GraphicsLabel { get; set; }
        public Dictionary<string, (string Value, int? Line)> Data { get; } = new(StringComparer.Ordinal);
        public int Source { get; init; }
        public int Target { get; init; }
        public bool Undirected { get; init; }

        /// <summary>For a node first named by an edge: that edge, its end and line, until a &lt;node&gt; declares it.</summary>
        public (string Edge, string End, int? Line)? FirstReference { get; set; }
    }

    private readonly Dictionary<string, Key> _nodeKeys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Key> _edgeKeys = new(StringComparer.Ordinal);
    private readonly List<Key> _nodeKeyOrder = [];
    private readonly Dictionary<string, Key> _graphKeys = new(StringComparer.Ordinal);
    private readonly Element _graph = new("", null);
    private readonly List<Element> _nodes = [];
    private readonly Dictionary<string, int> _nodeIndex = new(StringComparer.Ordinal);
    private readonly List<Element> _edges = [];
    private readonly EdgeLedger _ledger = new(file);
    private int _declaredNodes;
    private int _graphDepth;
    private bool _sawGraph;
    private XmlReader _r = null!;

    /// <summary>How deep graphs may nest in nodes (yEd groups); deeper files are refused rather than overflow the stack.</summary>
    public const int MaxGraphDepth = 64;

    public int? PrologEndLine { get; private set; }

    public void Parse(XmlReader reader)
    {
        _r = reader;
        XmlSteps.ToRoot(_r, line => PrologEndLine = line);
        if (_r.NodeType != XmlNodeType.Element || !Is("graphml"))
            throw Error($"the root element is <{_r.LocalName}>, not <graphml>.");
        ReadChildren(() =>
        {
            if (Is("key")) ReadKey();
            else if (Is("graph") && !_sawGraph)
            {
                _sawGraph = true;
                ReadGraph("directed".Equals(_r.GetAttribute("edgedefault")?.Trim(), StringComparison.OrdinalIgnoreCase), top: true);
            }
            else _r.Skip(); // a second top-level graph is not read (networkx and igraph read the first one too)
        });
        if (!_sawGraph) throw Error("the document has no <graph> element.", line: null);
        Undeclared();
    }

    private void ReadKey()
    {
        var line = Line();
        var id = _r.GetAttribute("id");
        if (string.IsNullOrEmpty(id)) throw Error("a <key> without an id.");
        var domain = (_r.GetAttribute("for") ?? "all").Trim().ToLowerInvariant();
        var name = _r.GetAttribute("attr.name") is { } n && n.Trim().Length > 0 ? n.Trim() : id;
        var graphics = _r.GetAttribute("yfiles.type") is not null || HasAttribute("attr.uri"); // yEd / yFiles structured data
        var type = ValueText.FromTypeName(_r.GetAttribute("attr.type"));
        string? defaultValue = null;
        ReadChildren(() =>
        {
            if (Is("default")) defaultValue = ReadText();
            else _r.Skip();
        });
        var key = new Key(id, name, type, defaultValue, graphics, line);
        if (domain is "node" or "all")
        {
            if (_nodeKeys.TryAdd(id, key)) _nodeKeyOrder.Add(key);
        }
        if (domain is "edge" or "all") _edgeKeys.TryAdd(id, key);
        if (domain is "graph" or "all") _graphKeys.TryAdd(id, key);
    }

    // A <graph> (top level, or nested in a node: yEd groups, flattened as networkx does).
    private void ReadGraph(bool directed, bool top = false)
    {
        ReadChildren(() =>
        {
            if (top && Is("data")) ReadData(_graphKeys, _graph);
            else if (Is("node")) ReadNode(directed);
            else if (Is("edge")) ReadEdge(directed);
            else if (Is("hyperedge")) throw Error("hyperedges cannot be read into a flow network (networkx and igraph refuse them too).");
            else _r.Skip();
        });
    }

    private void ReadNode(bool directed)
    {
        var line = Line();
        var id = _r.GetAttribute("id");
        if (string.IsNullOrEmpty(id)) throw Error("a <node> without an id.", line);
        Element node;
        if (_nodeIndex.TryGetValue(id, out var known))
        {
            // GraphML lets edges come before the nodes they join: a node named by an earlier edge is declared now.
            node = _nodes[known];
            if (node.FirstReference is null) throw Error($"duplicate node id '{id}'.", line);
            node.FirstReference = null;
        }
        else
        {
            if (_nodes.Count >= options.MaxNodes) throw Error($"more than {options.MaxNodes:N0} nodes (GraphMLReadOptions.MaxNodes).", line);
            node = new Element(id, line);
            _nodeIndex[id] = _nodes.Count;
            _nodes.Add(node);
        }
        _declaredNodes++;
        ReadChildren(() =>
        {
            if (Is("data")) ReadData(_nodeKeys, node);
            else if (Is("graph"))
            {
                if (++_graphDepth > MaxGraphDepth) throw Error($"graphs nested more than {MaxGraphDepth} deep.");
                var inner = _r.GetAttribute("edgedefault")?.Trim();
                ReadGraph(inner is null ? directed : inner.Equals("directed", StringComparison.OrdinalIgnoreCase));
                _graphDepth--;
            }
            else _r.Skip();
        });
    }

    private void ReadEdge(bool directed)
    {
        var line = Line();
        var id = _r.GetAttribute("id");
        var name = id is null ? $"edge at line {line}" : $"edge '{id}'";
        if (_edges.Count >= options.MaxEdges) throw Error($"more than {options.MaxEdges:N0} edges (GraphMLReadOptions.MaxEdges).", line);
        var source = _r.GetAttribute("source");
        var target = _r.GetAttribute("target");
        if (source is null || target is null) throw Error($"{name} lacks a source or target.", line);
        var undirected = _r.GetAttribute("directed")?.Trim().ToLowerInvariant() switch
        {
            null or "" => !directed,
            "true" or "1" => false,
            "false" or "0" => true,
            var other => throw Error($"{name} has directed=\"{other}\"; GraphML knows true and false.", line),
        };
        var edge = new Element(id ?? "", line)
        {
            Source = Endpoint(source, name, "source", line),
            Target = Endpoint(target, name, "target", line),
            Undirected = undirected,
        };
        _ledger.Edge(edge.Source, edge.Target, undirected, name, line);
        ReadChildren(() =>
        {
            if (Is("data")) ReadData(_edgeKeys, edge);
            else _r.Skip();
        });
        _edges.Add(edge);
    }

    private int Endpoint(string id, string edge, string end, int? line)
    {
        if (_nodeIndex.TryGetValue(id, out var index)) return index;
        if (id.Length == 0) throw Error($"{edge}: {end} '' is empty.", line);
        if (_nodes.Count >= options.MaxNodes) throw Error($"more than {options.MaxNodes:N0} nodes (GraphMLReadOptions.MaxNodes).", line);
        _nodeIndex[id] = _nodes.Count;
        _nodes.Add(new Element(id, line) { FirstReference = (edge, end, line) });
        return _nodes.Count - 1;
    }

    // After the document: nodes that edges named but no <node> declared are refused (strict) or kept with a warning.
    private void Undeclared()
    {
        foreach (var n in _nodes)
        {
            if (n.FirstReference is not { } first) continue;
            if (options.RejectUndeclaredNodes)
                throw Error($"{first.Edge}: {first.End} '{n.Id}' is not a declared node (GraphMLReadOptions.RejectUndeclaredNodes).", first.Line);
            _ledger.UndeclaredNode(n.Id, first.Edge, first.End, first.Line, "GraphMLReadOptions.RejectUndeclaredNodes");
        }
    }

    private void ReadData(Dictionary<string, Key> keys, Element owner)
    {
        var line = Line();
        var keyId = _r.GetAttribute("key");
        if (keyId is null || !keys.TryGetValue(keyId, out var key))
        {
            if (keyId is not null) _ledger.UndeclaredAttribute(keyId, line);
            _r.Skip();
            return;
        }
        if (key.Graphics)
        {
            owner.GraphicsLabel ??= GraphicsLabel();
            return;
        }
        owner.Data[key.Id] = (ReadText(), line);
    }

    // Whether the current element has an attribute of this local name in any namespace (y:attr.uri of yFiles for HTML).
    private bool HasAttribute(string localName)
    {
        var found = false;
        if (_r.MoveToFirstAttribute())
        {
            do found |= _r.LocalName == localName;
            while (_r.MoveToNextAttribute());
            _r.MoveToElement();
        }
        return found;
    }

    // yEd: the text of the first <y:NodeLabel> / <y:EdgeLabel> inside the graphics data (yFiles for HTML:
    // <y:Label.Text>); leaves the reader after the data.
    private string? GraphicsLabel()
    {
        string? label = null;
        if (_r.IsEmptyElement)
        {
            _r.Read();
            return null;
        }
        var depth = _r.Depth;
        _r.Read();
        while (!_r.EOF && !(_r.NodeType == XmlNodeType.EndElement && _r.Depth == depth))
        {
            if (label is null && _r.NodeType == XmlNodeType.Element && (Is("NodeLabel") || Is("EdgeLabel") || Is("Label.Text")))
            {
                label = ReadText().Trim();
                continue;
            }
            _r.Read();
        }
        _r.Read();
        return label;
    }

    private string ReadText() => XmlSteps.Text(_r);

    // ---------------------------------------------------------------------------------------------------------------
    // Building the document

    public GraphMLDocument Build()
    {
        var nodeCode = NodeKey(XmlNames.Code);
        var cities = nodeCode is null ? null : CityIds.Divisions(_nodes.Select(n => n.Id).ToList());
        var label = NodeKey("label") ?? NodeKey("name");
        var builder = new FlowNetworkBuilder();
        foreach (var (n, i) in _nodes.Select((n, i) => (n, i)))
        {
            var text = label is null ? null : Value(n, label);
            builder.AddNode(n.Id, text ?? n.GraphicsLabel ?? n.Id, cities?[i]);
        }
        Key? EdgeKey(string name) => _edgeKeys.Values.LastOrDefault(k => !k.Graphics && string.Equals(k.Name, name, StringComparison.OrdinalIgnoreCase));
        var weightKey = EdgeKey(AttributeNames.Weight);
        Key?[] channels = [EdgeKey(XmlNames.Funds), EdgeKey(XmlNames.Links), EdgeKey(XmlNames.Capital)];
        foreach (var e in _edges)
        {
            var what = e.Id.Length == 0 ? $"edge at line {e.Line}" : $"edge '{e.Id}'";
            var weight = Number(e, weightKey, what) ?? 1;
            var w = channels.Select(k => Number(e, k, what) ?? weight).ToArray();
            try
            {
                builder.AddFlow(e.Source, e.Target, w[0], w[1], w[2]);
                if (e.Undirected && e.Source != e.Target) builder.AddFlow(e.Target, e.Source, w[0], w[1], w[2]);
            }
            catch (ArgumentOutOfRangeException)
            {
                throw Error($"the weights of the edge {_nodes[e.Source].Id} → {_nodes[e.Target].Id} add up to infinity.", e.Line);
            }
        }
        var registered = NodeKey(XmlNames.FundsRegistered);
        for (var i = 0; i < _nodes.Count; i++)
        {
            var funds = Number(_nodes[i], registered, $"node '{_nodes[i].Id}'") ?? 0;
            if (funds > 0) builder.AddRegisteredFunds(i, funds);
        }
        var network = builder.Build();
        var attributes = NodeAttributes(network.IsCityNetwork, label);
        string? creator = null, description = null;
        var figures = new List<GexfNetworkAttribute>();
        foreach (var key in _graphKeys.Values.Where(k => !k.Graphics))
        {
            if (Value(_graph, key) is not { } text) continue;
            if (key.Name == "creator") creator = text;
            else if (key.Name == "description") description = text;
            else if (ValueText.IsValidName(key.Name) && ValueText.Canonical(key.Type, text) is { } canonical)
                figures.Add(GexfNetworkAttribute.Parse(key.Name, key.Type, canonical));
        }
        return new GraphMLDocument(network, attributes, figures, creator, description, _ledger.Diagnostics(), _declaredNodes, _edges.Count);
    }

    private Key? NodeKey(string name) =>
        _nodeKeyOrder.LastOrDefault(k => !k.Graphics && string.Equals(k.Name, name, StringComparison.OrdinalIgnoreCase));

    private static string? Value(Element element, Key key) =>
        element.Data.TryGetValue(key.Id, out var v) ? v.Value : key.Default;

    private double? Number(Element element, Key? key, string what)
    {
        if (key is null || Value(element, key) is not { } text || text.Trim().Length == 0) return null;
        if (!ValueText.TryDouble(text, out var value) || !double.IsFinite(value) || value < 0)
            throw Error($"{what}: {key.Name} '{(text.Length > 100 ? text[..100] : text)}' is not a finite number ≥ 0.",
                element.Data.TryGetValue(key.Id, out var v) ? v.Line : key.Line);
        return value;
    }

    // Node keys other than the network's own figures, the label and the appearance (x, y, size, r, g, b …): kept typed.
    private List<GexfNodeAttribute> NodeAttributes(bool city, Key? label)
    {
        var result = new List<GexfNodeAttribute>();
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var key in _nodeKeyOrder)
        {
            if (key.Graphics || key == label || AttributeNames.Taken(key.Name, city) || Appearance.Contains(key.Name)) continue;
            var values = new string?[_nodes.Count];
            var any = false;
            for (var i = 0; i < _nodes.Count; i++)
            {
                if (Value(_nodes[i], key) is not { } text || text.Length == 0) continue;
                values[i] = ValueText.Canonical(key.Type, text);
                if (values[i] is null)
                    _ledger.BadValue($"node '{_nodes[i].Id}'", key.Name, text, ValueText.TypeName(key.Type),
                        _nodes[i].Data.TryGetValue(key.Id, out var v) ? v.Line : key.Line);
                any |= values[i] is not null;
            }
            if (any) result.Add(GexfNodeAttribute.Parse(CityIds.UniqueName(key.Name, taken, city), key.Type, values));
        }
        return result;
    }

    /// <summary>Node keys that describe the drawing, which the writers recompute: not kept as attributes.</summary>
    private static readonly HashSet<string> Appearance = new(StringComparer.OrdinalIgnoreCase)
    {
        "x", "y", "z", "size", "r", "g", "b", "color", "colour", "shape", "id",
    };

    // ---------------------------------------------------------------------------------------------------------------

    private void ReadChildren(Action child) => XmlSteps.Children(_r, child);

    private bool Is(string localName) => XmlSteps.Is(_r, localName);

    private int? Line() => XmlSteps.Line(_r);

    private GraphMLFormatException Error(string problem) => new(file, problem, Line());

    private GraphMLFormatException Error(string problem, int? line) => new(file, problem, line);
}

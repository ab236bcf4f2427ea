using System.Globalization;
using System.Xml;
using CapitalNetwork.Interchange;

namespace CapitalNetwork.Gexf;

/// <summary>The streaming GEXF parser behind <see cref="GexfReader"/> (implementation only). One instance per document.</summary>
internal sealed class DocumentParser(string file, GexfReadOptions options)
{
    private sealed record Decl(string Id, string Name, string Title, GexfAttributeType Type, bool Dynamic, int? Line);

    private readonly record struct Timed(string Name, string Value, double Start, double End, int? Line);

    private sealed class Element(string? id, int? line)
    {
        public string? Id { get; } = id;
        public int? Line { get; } = line;
        public string Label { get; set; } = "";
        public int Source { get; set; }
        public int Target { get; set; }
        public double Weight { get; set; } = 1;
        public Dictionary<string, (string Value, int? Line)> Static { get; } = new(StringComparer.Ordinal);
        public List<Timed> Timed { get; } = [];
        public List<(double Start, double End)>? Spells { get; set; }
        public bool Undirected { get; init; }
    }

    private readonly Dictionary<string, Decl> _nodeDecls = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Decl> _edgeDecls = new(StringComparer.Ordinal);
    private readonly List<Decl> _nodeDeclOrder = [];
    private readonly List<Element> _nodes = [];
    private readonly Dictionary<string, int> _nodeIndex = new(StringComparer.Ordinal);
    private readonly HashSet<string> _edgeIds = new(StringComparer.Ordinal);
    private readonly List<Element> _edges = [];
    private string _defaultEdgeType = "undirected";
    private string _mode = "static";
    private List<(double, double)>? _slice;
    private readonly EdgeLedger _ledger = new(file);
    private int _declaredNodes;
    private string _timeFormat = "double";
    private bool _datesUsed;
    private bool _nonIntegralTimes;
    private bool _sawNodes;
    private bool _sawEdges;
    private bool _sawGraph;
    private string? _creator;
    private string? _description;
    private DateOnly? _lastModified;
    private XmlReader _r = null!;

    /// <summary>The line on which the part of the prolog read so far ends (null before the first node).</summary>
    public int? PrologEndLine { get; private set; }

    public void Parse(XmlReader reader)
    {
        _r = reader;
        XmlSteps.ToRoot(_r, line => PrologEndLine = line);
        if (_r.NodeType != XmlNodeType.Element || !Is("gexf"))
            throw Error($"the root element is <{_r.LocalName}>, not <gexf>.");
        ReadChildren(() =>
        {
            if (Is("graph")) ReadGraph();
            else if (Is("meta")) ReadMeta();
            else _r.Skip();
        });
        if (!_sawGraph) throw Error("the document has no <graph> element.", line: null);
    }

    private void ReadMeta()
    {
        if (_r.GetAttribute("lastmodifieddate") is { } date &&
            DateOnly.TryParseExact(date.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            _lastModified = d;
        ReadChildren(() =>
        {
            if (Is("creator")) _creator = ReadText();
            else if (Is("description")) _description = ReadText();
            else _r.Skip();
        });
    }

    private string ReadText() => XmlSteps.Text(_r);

    private void ReadGraph()
    {
        if (_sawGraph) throw Error("a second <graph> element.");
        _sawGraph = true;
        if (_r.GetAttribute("defaultedgetype") is { } type) _defaultEdgeType = type.Trim().ToLowerInvariant();
        if (_r.GetAttribute("mode") is { } mode) _mode = mode.Trim().ToLowerInvariant();
        if (_r.GetAttribute("timeformat") is { } format) _timeFormat = format.Trim().ToLowerInvariant();
        // mode="slice": the graph's start/end (or timestamp) is the time of every node and edge without its own.
        if (_mode == "slice") _slice = OwnSpan("the slice of <graph>", Line());
        ReadChildren(() =>
        {
            if (Is("attributes")) ReadAttributes();
            else if (Is("nodes")) ReadNodes();
            else if (Is("edges")) ReadEdges();
            else _r.Skip();
        });
    }

    private void ReadAttributes()
    {
        var cls = (_r.GetAttribute("class") ?? "node").Trim().ToLowerInvariant();
        var dynamic = string.Equals((_r.GetAttribute("mode") ?? _r.GetAttribute("type"))?.Trim(), "dynamic", StringComparison.OrdinalIgnoreCase);
        var target = cls switch
        {
            "node" => _nodeDecls,
            "edge" => _edgeDecls,
            _ => null,
        };
        ReadChildren(() =>
        {
            if (target is not null && Is("attribute"))
            {
                var id = _r.GetAttribute("id");
                var title = _r.GetAttribute("title");
                if (string.IsNullOrEmpty(id)) throw Error("an <attribute> without an id.");
                var shown = string.IsNullOrWhiteSpace(title) ? id : title.Trim();
                var decl = new Decl(id, shown.ToLowerInvariant(), shown, ValueText.FromTypeName(_r.GetAttribute("type")), dynamic, Line());
                target[id] = decl;
                if (target == _nodeDecls) _nodeDeclOrder.Add(decl);
            }
            _r.Skip();
        });
    }

    private void ReadNodes()
    {
        if (_sawEdges) throw Error("<nodes> after <edges> (GEXF puts nodes first).");
        _sawNodes = true;
        ReadChildren(() =>
        {
            if (Is("node")) ReadNode();
            else _r.Skip();
        });
    }

    private void ReadNode()
    {
        var line = Line();
        var id = _r.GetAttribute("id");
        if (string.IsNullOrEmpty(id)) throw Error("a <node> without an id.", line);
        if (_nodeIndex.ContainsKey(id)) throw Error($"duplicate node id '{id}'.", line);
        if (_nodes.Count >= options.MaxNodes) throw Error($"more than {options.MaxNodes:N0} nodes (GexfReadOptions.MaxNodes).", line);
        var node = new Element(id, line) { Label = _r.GetAttribute("label") ?? id };
        var own = OwnSpan($"node '{id}'", line);
        ReadChildren(() =>
        {
            if (Is("attvalues")) ReadAttValues(_nodeDecls, node);
            else if (Is("spells") || Is("slices")) node.Spells = ReadSpells($"node '{id}'");
            else if (Is("nodes") || Is("edges"))
                throw Error($"node '{id}' contains nested <{_r.LocalName}>: hierarchical graphs are not supported.");
            else _r.Skip();
        });
        node.Spells ??= own ?? _slice;
        _nodeIndex[id] = _nodes.Count;
        _nodes.Add(node);
        _declaredNodes++;
    }

    private void ReadEdges()
    {
        _sawEdges = true;
        ReadChildren(() =>
        {
            if (Is("edge")) ReadEdge();
            else _r.Skip();
        });
    }

    private void ReadEdge()
    {
        var line = Line();
        var id = _r.GetAttribute("id");
        var name = id is null ? $"edge at line {line}" : $"edge '{id}'";
        if (id is not null && !_edgeIds.Add(id)) throw Error($"duplicate edge id '{id}'.", line);
        if (_edges.Count >= options.MaxEdges) throw Error($"more than {options.MaxEdges:N0} edges (GexfReadOptions.MaxEdges).", line);
        var type = (_r.GetAttribute("type")?.Trim().ToLowerInvariant()) ?? _defaultEdgeType;
        if (type is not ("directed" or "undirected" or "mutual"))
            throw Error($"{name} has the edge type '{type}'; GEXF knows directed, undirected and mutual.", line);
        var source = _r.GetAttribute("source");
        var target = _r.GetAttribute("target");
        if (source is null || target is null) throw Error($"{name} lacks a source or target.", line);
        var edge = new Element(id, line)
        {
            Source = Endpoint(source, name, "source", line),
            Target = Endpoint(target, name, "target", line),
            Undirected = type != "directed",
        };
        _ledger.Edge(edge.Source, edge.Target, edge.Undirected, name, line);
        if (_r.GetAttribute("weight") is { } weightText) edge.Weight = Weight(weightText, $"{name} weight", line);
        var own = OwnSpan(name, line);
        ReadChildren(() =>
        {
            if (Is("attvalues")) ReadAttValues(_edgeDecls, edge);
            else if (Is("spells") || Is("slices")) edge.Spells = ReadSpells(name);
            else _r.Skip();
        });
        edge.Spells ??= own ?? _slice;
        _edges.Add(edge);
    }

    private int Endpoint(string id, string edge, string end, int? line)
    {
        if (_nodeIndex.TryGetValue(id, out var index)) return index;
        if (options.RejectUndeclaredNodes || id.Length == 0)
        {
            var why = id.Length == 0 ? "is empty" : _sawNodes ? "is not a declared node" : "is not declared (no <nodes> before <edges>)";
            throw Error($"{edge}: {end} '{id}' {why}{(id.Length == 0 ? "" : " (GexfReadOptions.RejectUndeclaredNodes)")}.", line);
        }
        if (_nodes.Count >= options.MaxNodes) throw Error($"more than {options.MaxNodes:N0} nodes (GexfReadOptions.MaxNodes).", line);
        _ledger.UndeclaredNode(id, edge, end, line, "GexfReadOptions.RejectUndeclaredNodes");
        _nodeIndex[id] = _nodes.Count;
        _nodes.Add(new Element(id, line) { Label = id, Spells = _slice });
        return _nodes.Count - 1;
    }

    // Static values by declared attribute id; timed values (start/end/timestamp) as Timed. Undeclared 'for's and empty
    // values are skipped, as Gephi does.
    private void ReadAttValues(Dictionary<string, Decl> declared, Element owner)
    {
        ReadChildren(() =>
        {
            if (Is("attvalue"))
            {
                var line = Line();
                var key = _r.GetAttribute("for") ?? _r.GetAttribute("id"); // 'id' is the GEXF 1.1 spelling
                var value = _r.GetAttribute("value");
                if (key is not null && !string.IsNullOrEmpty(value) && !declared.ContainsKey(key)) _ledger.UndeclaredAttribute(key, line);
                if (key is not null && !string.IsNullOrEmpty(value) && declared.TryGetValue(key, out var decl))
                {
                    var what = $"attvalue '{decl.Title}'";
                    var (start, end, timed) = Bounds(what, line);
                    if (timed) owner.Timed.Add(new Timed(key, value, start, end, line));
                    else owner.Static[key] = (value, line);
                }
            }
            _r.Skip();
        });
    }

    private List<(double, double)> ReadSpells(string owner)
    {
        var spells = new List<(double, double)>();
        ReadChildren(() =>
        {
            if (Is("spell") || Is("slice"))
            {
                var line = Line();
                var (start, end, _) = Bounds($"{owner} spell", line);
                spells.Add((start, end));
            }
            _r.Skip();
        });
        return spells;
    }

    private List<(double, double)>? OwnSpan(string owner, int? line)
    {
        var (start, end, timed) = Bounds(owner, line);
        return timed ? [(start, end)] : null;
    }

    // The [start, end] of the current element from start/end/timestamp (open bounds infinite); timed = any was given.
    private (double Start, double End, bool Timed) Bounds(string what, int? line)
    {
        var stamp = _r.GetAttribute("timestamp");
        var startText = _r.GetAttribute("start");
        var endText = _r.GetAttribute("end");
        if (stamp is not null)
        {
            var t = Time(stamp, what, line);
            return (t, t, true);
        }
        if (startText is null && endText is null) return (double.NegativeInfinity, double.PositiveInfinity, false);
        var start = startText is null ? double.NegativeInfinity : Time(startText, what, line);
        var end = endText is null ? double.PositiveInfinity : Time(endText, what, line);
        if (start > end) throw Error($"{what} ends ({endText}) before it starts ({startText}).", line);
        return (start, end, true);
    }

    // Times as numbers: years for integer/double formats; dates are checked and recorded as NaN (no yearly series).
    private double Time(string text, string what, int? line)
    {
        var t = text.Trim();
        if (t is "INF" or "+INF" or "Infinity") return double.PositiveInfinity;
        if (t is "-INF" or "-Infinity") return double.NegativeInfinity;
        if (_timeFormat is "date" or "datetime" or "timestamp")
        {
            if (!DateTimeOffset.TryParse(t, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _))
                throw Error($"{what}: time '{text}' is not a {_timeFormat}.", line);
            _datesUsed = true;
            return double.NaN;
        }
        if (!ValueText.TryDouble(t, out var value) || double.IsNaN(value))
            throw Error($"{what}: time '{text}' is not a number (timeformat {_timeFormat}).", line);
        if (double.IsFinite(value) && value != Math.Floor(value))
        {
            if (_timeFormat == "integer") throw Error($"{what}: time '{text}' is not an integer (timeformat integer).", line);
            _nonIntegralTimes = true;
        }
        return value;
    }

    private double Weight(string text, string what, int? line)
    {
        if (!ValueText.TryDouble(text, out var value) || text.Trim() is "INF" or "-INF" or "NaN" or "Infinity" or "+INF" or "-Infinity" or "+Infinity")
            throw Error($"{what} '{text}' is not a number.", line);
        if (!double.IsFinite(value) || value < 0) throw Error($"{what} '{text}' must be a finite number ≥ 0.", line);
        return value;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Building the document

    public GexfDocument Build()
    {
        var dynamic = _mode is "dynamic" or "slice";
        var cities = CityDivisions();
        var (nodes, indexOf) = NodeList(cities, dynamic && cities is not null);
        var builder = FlowNetworkBuilder.WithNodes(nodes);
        var fundsDecl = Static(_edgeDecls, XmlNames.Funds);
        var linksDecl = Static(_edgeDecls, XmlNames.Links);
        var capitalDecl = Static(_edgeDecls, XmlNames.Capital);
        var registeredDecl = Static(_nodeDecls, XmlNames.FundsRegistered);
        var channels = new double[_edges.Count][];
        for (var i = 0; i < _edges.Count; i++)
        {
            var e = _edges[i];
            var name = e.Id is null ? $"edge at line {e.Line}" : $"edge '{e.Id}'";
            channels[i] =
            [
                StaticNumber(e, fundsDecl, name) ?? e.Weight,
                StaticNumber(e, linksDecl, name) ?? e.Weight,
                StaticNumber(e, capitalDecl, name) ?? e.Weight,
            ];
            AddFlow(builder, indexOf[e.Source], indexOf[e.Target], channels[i], e);
        }
        for (var i = 0; i < _nodes.Count; i++)
        {
            var registered = StaticNumber(_nodes[i], registeredDecl, $"node '{_nodes[i].Id}' {XmlNames.FundsRegistered}") ?? 0;
            if (registered > 0) builder.AddRegisteredFunds(indexOf[i], registered);
        }
        var network = builder.Build();
        var nodeAttributes = NodeAttributes(nodes.Length, indexOf, network.IsCityNetwork);
        var (description, figures) = SplitDescription();

        NetworkSeries? series = null;
        GexfTimeline? timeline = null;
        IReadOnlyList<GexfDynamicNodeAttribute> dynamicAttributes = [];
        if (dynamic)
        {
            timeline = _edgeDecls.Values.Concat(_nodeDecls.Values).Any(d => d.Dynamic && d.Name.EndsWith(AttributeNames.CumulativeSuffix, StringComparison.Ordinal) &&
                                                                             AttributeNames.BuiltIn.Contains(d.Name))
                ? GexfTimeline.Cumulative
                : GexfTimeline.PerYear;
            if (Years() is { } years)
            {
                series = Series(network, indexOf, channels, years.First, years.Last, timeline.Value);
                if (series is not null) dynamicAttributes = DynamicAttributes(nodes.Length, indexOf, years.First, years.Last, network.IsCityNetwork);
            }
        }
        return new GexfDocument(network, series, timeline, nodeAttributes, dynamicAttributes, figures, _creator, description,
            _lastModified, dynamic, _ledger.Diagnostics(), _declaredNodes, _edges.Count);
    }

    private static Decl? Static(Dictionary<string, Decl> decls, string name) =>
        decls.Values.LastOrDefault(d => !d.Dynamic && d.Name == name);

    private double? StaticNumber(Element element, Decl? decl, string what)
    {
        if (decl is null || !element.Static.TryGetValue(decl.Id, out var v)) return null;
        return Weight(v.Value, $"{what} {decl.Name}".Trim(), v.Line);
    }

    private void AddFlow(FlowNetworkBuilder builder, int s, int t, double[] w, Element e)
    {
        try
        {
            builder.AddFlow(s, t, w[0], w[1], w[2]);
            if (e.Undirected && s != t) builder.AddFlow(t, s, w[0], w[1], w[2]);
        }
        catch (ArgumentOutOfRangeException)
        {
            throw Error($"the weights of the edge {_nodes[e.Source].Id} → {_nodes[e.Target].Id} add up to infinity or below 0.", e.Line);
        }
    }

    private Division[]? CityDivisions() =>
        _nodeDecls.Values.Any(d => d.Name == XmlNames.Code) ? CityIds.Divisions(_nodes.Select(n => n.Id!).ToList()) : null;

    // The node list of the network and the index of each file node in it: the file's nodes in file order, or (dynamic
    // city files) every gazetteer city in code order with the file's labels.
    private (NetworkNode[] Nodes, int[] IndexOf) NodeList(Division[]? cities, bool complete)
    {
        var b = new FlowNetworkBuilder();
        var indexOf = new int[_nodes.Count];
        if (complete)
        {
            var labels = _nodes.ToDictionary(n => n.Id!, n => n.Label, StringComparer.Ordinal);
            foreach (var d in Gazetteer.Default.Nodes)
            {
                var id = d.Code.ToString("D6", CultureInfo.InvariantCulture);
                b.AddNode(id, labels.GetValueOrDefault(id, d.Name), d);
            }
            for (var i = 0; i < _nodes.Count; i++) indexOf[i] = b.IndexOf(_nodes[i].Id!);
        }
        else
        {
            for (var i = 0; i < _nodes.Count; i++) indexOf[i] = b.AddNode(_nodes[i].Id!, _nodes[i].Label, cities?[i]);
        }
        return (b.Build().NodeArray, indexOf);
    }

    private List<GexfNodeAttribute> NodeAttributes(int nodeCount, int[] indexOf, bool city)
    {
        var result = new List<GexfNodeAttribute>();
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var decl in _nodeDeclOrder.Where(d => !d.Dynamic && !AttributeNames.Taken(d.Name, city)))
        {
            var values = new string?[nodeCount];
            for (var i = 0; i < _nodes.Count; i++)
            {
                if (!_nodes[i].Static.TryGetValue(decl.Id, out var v)) continue;
                values[indexOf[i]] = ValueText.Canonical(decl.Type, v.Value);
                if (values[indexOf[i]] is null) _ledger.BadValue($"node '{_nodes[i].Id}'", decl.Title, v.Value, ValueText.TypeName(decl.Type), v.Line);
            }
            result.Add(GexfNodeAttribute.Parse(UniqueName(decl.Title, taken, city), decl.Type, values));
        }
        return result;
    }

    private static string UniqueName(string title, HashSet<string> taken, bool city) => CityIds.UniqueName(title, taken, city);

    private (string? Description, List<GexfNetworkAttribute> Figures) SplitDescription()
    {
        var figures = new List<GexfNetworkAttribute>();
        if (_description is null) return (null, figures);
        var text = _description.Replace("\r\n", "\n", StringComparison.Ordinal);
        var header = AttributeNames.NetworkAttributesHeader;
        int at;
        if (text.StartsWith(header + "\n", StringComparison.Ordinal) || text == header) at = 0;
        else
        {
            at = text.LastIndexOf("\n" + header + "\n", StringComparison.Ordinal);
            if (at < 0 && text.EndsWith("\n" + header, StringComparison.Ordinal)) at = text.Length - header.Length - 1;
            if (at < 0) return (_description, figures);
            at++;
        }
        foreach (var line in text[(at + header.Length)..].Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            // name (type) = value
            var open = line.IndexOf(" (", StringComparison.Ordinal);
            var close = line.IndexOf(") = ", StringComparison.Ordinal);
            if (open <= 0 || close < open) return (_description, []); // not our block: keep the text as it is
            var name = line[..open];
            var type = line[(open + 2)..close];
            var value = line[(close + 4)..];
            try
            {
                figures.Add(GexfNetworkAttribute.Parse(name, ValueText.FromTypeName(type), value));
            }
            catch (Exception e) when (e is FormatException or ArgumentException)
            {
                return (_description, []);
            }
        }
        var before = text[..at].TrimEnd('\n');
        return (before.Length == 0 ? null : before, figures);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Dynamic files → yearly snapshots

    private (int First, int Last)? Years()
    {
        if (_datesUsed || _nonIntegralTimes) return null;
        double lo = double.PositiveInfinity, hi = double.NegativeInfinity;
        int? loLine = null, hiLine = null;
        void See(double t, int? line)
        {
            if (!double.IsFinite(t)) return;
            if (t < lo) (lo, loLine) = (t, line);
            if (t > hi) (hi, hiLine) = (t, line);
        }
        foreach (var el in _nodes.Concat(_edges))
        {
            foreach (var (s, e) in el.Spells ?? []) { See(s, el.Line); See(e, el.Line); }
            foreach (var t in el.Timed) { See(t.Start, t.Line); See(t.End, t.Line); }
        }
        if (lo > hi) return null;
        if (hi - lo + 1 > options.MaxYears)
            throw Error($"the times span {lo.ToString(CultureInfo.InvariantCulture)}–{hi.ToString(CultureInfo.InvariantCulture)}, more than {options.MaxYears:N0} years (GexfReadOptions.MaxYears).", hiLine ?? loLine);
        if (lo < int.MinValue / 2 || hi > int.MaxValue / 2) throw Error("times out of the range of years.", loLine);
        return ((int)lo, (int)hi);
    }

    private static bool[] Presence(Element el, int first, int count)
    {
        var present = new bool[count];
        if (el.Spells is null)
        {
            Array.Fill(present, true);
            return present;
        }
        foreach (var (s, e) in el.Spells) Cover(present, s, e, first, (arr, k) => arr[k] = true);
        return present;
    }

    private static void Cover<T>(T[] array, double start, double end, int first, Action<T[], int> set)
    {
        var from = double.IsNegativeInfinity(start) ? 0 : (long)Math.Ceiling(start) - first;
        var to = double.IsPositiveInfinity(end) ? array.Length - 1 : (long)Math.Floor(end) - first;
        for (var k = Math.Max(0, from); k <= Math.Min(array.Length - 1, to); k++) set(array, (int)k);
    }

    // The values of one dynamic attribute (by declared id) per year, NaN where none; the last attvalue covering a year wins.
    private double[] TimedNumbers(Element el, Decl? decl, int first, int count, string what)
    {
        var values = new double[count];
        Array.Fill(values, double.NaN);
        if (decl is null) return values;
        foreach (var t in el.Timed)
        {
            if (t.Name != decl.Id) continue;
            var x = Weight(t.Value, what + " " + decl.Title, t.Line);
            Cover(values, t.Start, t.End, first, (arr, k) => arr[k] = x);
        }
        return values;
    }

    private NetworkSeries? Series(FlowNetwork network, int[] indexOf, double[][] staticChannels, int first, int last, GexfTimeline timeline)
    {
        var count = last - first + 1;
        var suffix = timeline == GexfTimeline.Cumulative ? AttributeNames.CumulativeSuffix : AttributeNames.YearSuffix;
        var cumulative = timeline == GexfTimeline.Cumulative;
        Decl? Dyn(Dictionary<string, Decl> decls, string name) => decls.Values.LastOrDefault(d => d.Dynamic && d.Name == name);
        Decl?[] ours = [Dyn(_edgeDecls, XmlNames.Funds + suffix), Dyn(_edgeDecls, XmlNames.Links + suffix), Dyn(_edgeDecls, XmlNames.Capital + suffix)];
        var dynamicWeight = Dyn(_edgeDecls, AttributeNames.Weight);
        var registeredDecl = Dyn(_nodeDecls, XmlNames.FundsRegistered + suffix);

        var builders = new FlowNetworkBuilder[count];
        var used = new bool[count];
        for (var k = 0; k < count; k++) builders[k] = FlowNetworkBuilder.WithNodes(network.NodeArray);

        for (var i = 0; i < _edges.Count; i++)
        {
            var e = _edges[i];
            var what = e.Id is null ? $"edge at line {e.Line}" : $"edge '{e.Id}'";
            var present = Presence(e, first, count);
            var weights = TimedNumbers(e, dynamicWeight, first, count, what);
            var perYear = new double[3][];
            for (var c = 0; c < 3; c++)
            {
                var own = ours[c] is null ? null : TimedNumbers(e, ours[c], first, count, what);
                var values = perYear[c] = new double[count];
                var previous = 0.0;
                for (var k = 0; k < count; k++)
                {
                    if (own is not null && cumulative)
                    {
                        var now = present[k] && !double.IsNaN(own[k]) ? own[k] : previous;
                        values[k] = now - previous;
                        if (values[k] < 0) throw Error($"{what}: {ours[c]!.Title} decreases in {first + k}; cumulative values must not fall.", e.Line);
                        previous = now;
                    }
                    else if (!present[k]) values[k] = 0;
                    else if (own is not null) values[k] = double.IsNaN(own[k]) ? 0 : own[k];
                    else if (!double.IsNaN(weights[k])) values[k] = weights[k];
                    else values[k] = staticChannels[i][c];
                }
            }
            var firstPresent = Array.IndexOf(present, true);
            for (var k = 0; k < count; k++)
            {
                if (!present[k]) continue;
                if (cumulative && k != firstPresent && perYear[0][k] == 0 && perYear[1][k] == 0 && perYear[2][k] == 0) continue;
                AddFlow(builders[k], indexOf[e.Source], indexOf[e.Target], [perYear[0][k], perYear[1][k], perYear[2][k]], e);
                used[k] = true;
            }
        }
        if (registeredDecl is not null)
        {
            for (var i = 0; i < _nodes.Count; i++)
            {
                var n = _nodes[i];
                var present = Presence(n, first, count);
                var values = TimedNumbers(n, registeredDecl, first, count, $"node '{n.Id}'");
                var previous = 0.0;
                for (var k = 0; k < count; k++)
                {
                    var now = present[k] && !double.IsNaN(values[k]) ? values[k] : cumulative ? previous : 0;
                    var add = cumulative ? now - previous : now;
                    if (add < 0) throw Error($"node '{n.Id}': {registeredDecl.Title} decreases in {first + k}.", n.Line);
                    if (cumulative) previous = now;
                    if (add > 0)
                    {
                        builders[k].AddRegisteredFunds(indexOf[i], add);
                        used[k] = true;
                    }
                }
            }
        }
        var byYear = new SortedDictionary<int, FlowNetwork>();
        for (var k = 0; k < count; k++)
            if (used[k]) byYear[first + k] = builders[k].Build();
        if (byYear.Count == 0) return null;
        return new NetworkSeries(FlowNetwork.Sum(byYear.Values), byYear);
    }

    private List<GexfDynamicNodeAttribute> DynamicAttributes(int nodeCount, int[] indexOf, int first, int last, bool city)
    {
        var result = new List<GexfDynamicNodeAttribute>();
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var count = last - first + 1;
        foreach (var decl in _nodeDeclOrder.Where(d => d.Dynamic && !AttributeNames.BuiltIn.Contains(d.Name)))
        {
            var byYear = new string?[count][];
            for (var i = 0; i < _nodes.Count; i++)
            {
                foreach (var t in _nodes[i].Timed)
                {
                    if (t.Name != decl.Id) continue;
                    var text = ValueText.Canonical(decl.Type, t.Value);
                    if (text is null)
                    {
                        _ledger.BadValue($"node '{_nodes[i].Id}'", decl.Title, t.Value, ValueText.TypeName(decl.Type), t.Line);
                        continue;
                    }
                    var node = indexOf[i];
                    Cover(byYear, t.Start, t.End, first, (arr, k) => (arr[k] ??= new string?[nodeCount])[node] = text);
                }
            }
            var map = new Dictionary<int, IReadOnlyList<string?>>();
            for (var k = 0; k < count; k++)
                if (byYear[k] is { } values) map[first + k] = values;
            result.Add(GexfDynamicNodeAttribute.Parse(UniqueName(decl.Title, taken, city), decl.Type, map));
        }
        return result;
    }

    // ---------------------------------------------------------------------------------------------------------------

    private void ReadChildren(Action child) => XmlSteps.Children(_r, child);

    private bool Is(string localName) => XmlSteps.Is(_r, localName);

    private int? Line() => XmlSteps.Line(_r);

    private GexfFormatException Error(string problem) => new(file, problem, Line());

    private GexfFormatException Error(string problem, int? line) => new(file, problem, line);
}

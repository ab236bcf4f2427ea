using CapitalNetwork.Internals;
using System.Globalization;
using System.Xml;
using CapitalNetwork.Geography;
using CapitalNetwork.Graph;

namespace CapitalNetwork.Export.Gexf;

/// <summary>
/// Reads a static GEXF file (as written by <see cref="GexfWriter"/>, or by Gephi, networkx or graphology) back into a
/// <see cref="FlowNetwork"/>.
/// </summary>
/// <remarks>
/// <para>Element names are matched on their local name, ignoring namespace and case (as Gephi does), so GEXF 1.1–1.3
/// files with or without <c>www.</c> in the namespace are read. Nodes keep the file's order; edges are sorted by
/// (source, target) as in every <see cref="FlowNetwork"/>, and parallel edges (e.g. of different <c>kind</c>s) are summed.</para>
/// <para>Weights: an edge's funds, links and capital come from its <c>funds</c>, <c>links</c> and <c>capital</c>
/// attribute values (matched on the attribute title, else id, ignoring case); each one that is absent takes the edge's
/// <c>weight</c> (1 when absent). A node's <c>funds_registered</c> value becomes its registered funds. Derived figures
/// (degrees, strengths, colours, sizes, positions) are ignored: the network recomputes them. Attribute values that carry
/// a time (<c>start</c>, <c>end</c>, <c>timestamp</c>) and spells are ignored.</para>
/// <para>City networks: when the file declares a node attribute <c>code</c> and every node id is the 6-digit code of a
/// network node of <see cref="Gazetteer.Default"/>, the nodes get their <see cref="Division"/> (so regions, provinces
/// and coordinates are known), in the file's order.</para>
/// <para>Safety: DTDs are prohibited (a document with a <c>DOCTYPE</c> is refused before any entity is expanded, so no
/// external file or URL is ever read), no resolver is used, entities expand to nothing, and the document size is capped by
/// <see cref="GexfReadOptions.MaxCharactersInDocument"/>. Every problem is a <see cref="GexfFormatException"/> with the
/// file name and line: not well-formed XML, a root that is not <c>gexf</c>, undirected or mutual edges (a
/// <see cref="FlowNetwork"/> is directed; the GEXF default edge type is undirected), hierarchical (nested) nodes, a
/// missing, empty or duplicate node id, a duplicate edge id, an edge whose source or target is not a declared node, and
/// weights that are not finite numbers ≥ 0. O(file size).</para>
/// </remarks>
public static class GexfReader
{
    /// <summary>Reads a GEXF file.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="options">Options, or <c>null</c> for <see cref="GexfReadOptions.Default"/>.</param>
    /// <returns>The network.</returns>
    /// <exception cref="GexfFormatException">The file is not a usable GEXF file (see the remarks).</exception>
    public static FlowNetwork Read(string path, GexfReadOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        return Read(file, path, options);
    }

    /// <summary>Reads a GEXF document from a stream (left open).</summary>
    /// <param name="stream">A readable stream positioned at the start of the document.</param>
    /// <param name="sourceName">The name used in error messages (e.g. the file name).</param>
    /// <param name="options">Options, or <c>null</c> for <see cref="GexfReadOptions.Default"/>.</param>
    /// <returns>The network.</returns>
    /// <exception cref="GexfFormatException">The document is not a usable GEXF file (see the remarks).</exception>
    public static FlowNetwork Read(Stream stream, string sourceName = "<stream>", GexfReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        options ??= GexfReadOptions.Default;
        if (options.MaxCharactersInDocument < 0)
            throw new ArgumentException("MaxCharactersInDocument must be ≥ 0.", nameof(options));
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersFromEntities = 0,
            MaxCharactersInDocument = options.MaxCharactersInDocument,
            // Comments, PIs and whitespace stay visible so that the prolog's line count is known (see Parser.Parse).
            CloseInput = false,
        };
        var parser = new Parser(sourceName);
        using var reader = XmlReader.Create(stream, settings);
        try
        {
            return parser.Parse(reader);
        }
        catch (XmlException ex)
        {
            // Some refusals (a prohibited DTD) carry no position: the DTD then starts where the prolog read so far ends.
            var line = ex.LineNumber > 0 ? ex.LineNumber : parser.PrologEndLine;
            throw new GexfFormatException(sourceName, $"not well-formed or refused XML: {ex.Message}", line, ex);
        }
    }

    private sealed class Parser(string file)
    {
        private readonly Dictionary<string, string> _nodeAttributes = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _edgeAttributes = new(StringComparer.Ordinal);
        private readonly List<(string Id, string Label, double Registered)> _nodes = [];
        private readonly Dictionary<string, int> _nodeIndex = new(StringComparer.Ordinal);
        private readonly HashSet<string> _edgeIds = new(StringComparer.Ordinal);
        private readonly List<(int Source, int Target, double Funds, double Links, double Capital)> _edges = [];
        private string _defaultEdgeType = "undirected";
        private bool _sawNodes;
        private bool _sawEdges;
        private bool _sawGraph;
        private XmlReader _r = null!;

        /// <summary>The line on which the part of the prolog read so far ends (null before the first node).</summary>
        public int? PrologEndLine { get; private set; }

        public FlowNetwork Parse(XmlReader reader)
        {
            _r = reader;
            while (_r.Read() && _r.NodeType != XmlNodeType.Element)
            {
                if (Line() is { } line) PrologEndLine = line + _r.Value.Count(c => c == '\n');
            }
            if (_r.NodeType != XmlNodeType.Element || !Is("gexf"))
                throw Error($"the root element is <{_r.LocalName}>, not <gexf>.");
            ReadChildren(() =>
            {
                if (Is("graph")) ReadGraph();
                else _r.Skip();
            });
            if (!_sawGraph) throw Error("the document has no <graph> element.", line: null);
            return Build();
        }

        private void ReadGraph()
        {
            if (_sawGraph) throw Error("a second <graph> element.");
            _sawGraph = true;
            var type = _r.GetAttribute("defaultedgetype");
            if (type is not null) _defaultEdgeType = type.Trim().ToLowerInvariant();
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
            var target = cls switch
            {
                "node" => _nodeAttributes,
                "edge" => _edgeAttributes,
                _ => null,
            };
            ReadChildren(() =>
            {
                if (target is not null && Is("attribute"))
                {
                    var id = _r.GetAttribute("id");
                    var title = _r.GetAttribute("title");
                    if (string.IsNullOrEmpty(id)) throw Error("an <attribute> without an id.");
                    target[id] = (string.IsNullOrEmpty(title) ? id : title).Trim().ToLowerInvariant();
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
            var label = _r.GetAttribute("label") ?? id;
            var registered = 0.0;
            ReadChildren(() =>
            {
                if (Is("attvalues"))
                {
                    ReadAttValues(_nodeAttributes, (name, value, at) =>
                    {
                        if (name == GexfNames.FundsRegistered) registered = Weight(value, $"node '{id}' {GexfNames.FundsRegistered}", at);
                    });
                }
                else if (Is("nodes") || Is("edges"))
                    throw Error($"node '{id}' contains nested <{_r.LocalName}>: hierarchical graphs are not supported.");
                else _r.Skip();
            });
            _nodeIndex[id] = _nodes.Count;
            _nodes.Add((id, label, registered));
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
            var type = (_r.GetAttribute("type")?.Trim().ToLowerInvariant()) ?? _defaultEdgeType;
            if (type != "directed")
                throw Error($"{name} is {type}; only directed edges can be read into a flow network " +
                            "(set defaultedgetype=\"directed\" on <graph>).", line);
            var source = _r.GetAttribute("source");
            var target = _r.GetAttribute("target");
            if (source is null || target is null) throw Error($"{name} lacks a source or target.", line);
            var s = Endpoint(source, name, "source", line);
            var t = Endpoint(target, name, "target", line);
            var weightText = _r.GetAttribute("weight");
            var weight = weightText is null ? 1.0 : Weight(weightText, $"{name} weight", line);
            double? funds = null, links = null, capital = null;
            ReadChildren(() =>
            {
                if (Is("attvalues"))
                {
                    ReadAttValues(_edgeAttributes, (attr, value, at) =>
                    {
                        switch (attr)
                        {
                            case GexfNames.Funds: funds = Weight(value, $"{name} {attr}", at); break;
                            case GexfNames.Links: links = Weight(value, $"{name} {attr}", at); break;
                            case GexfNames.Capital: capital = Weight(value, $"{name} {attr}", at); break;
                        }
                    });
                }
                else _r.Skip();
            });
            _edges.Add((s, t, funds ?? weight, links ?? weight, capital ?? weight));
        }

        private int Endpoint(string id, string edge, string end, int? line)
        {
            if (_nodeIndex.TryGetValue(id, out var index)) return index;
            var why = _sawNodes ? "is not a declared node" : "is not declared (no <nodes> before <edges>)";
            throw Error($"{edge}: {end} '{id}' {why}.", line);
        }

        // Calls back (attribute name, value, line) for each static attvalue whose 'for' is declared; the name is the
        // declared title (else id), lower-cased. Undeclared and dynamic values are skipped, as Gephi does.
        private void ReadAttValues(Dictionary<string, string> declared, Action<string, string, int?> onValue)
        {
            ReadChildren(() =>
            {
                if (Is("attvalue"))
                {
                    var line = Line();
                    var key = _r.GetAttribute("for") ?? _r.GetAttribute("id"); // 'id' is the GEXF 1.1 spelling
                    var value = _r.GetAttribute("value");
                    var dynamic = _r.GetAttribute("start") is not null || _r.GetAttribute("end") is not null ||
                                  _r.GetAttribute("timestamp") is not null;
                    if (key is not null && !string.IsNullOrEmpty(value) && !dynamic && declared.TryGetValue(key, out var name))
                        onValue(name, value, line);
                }
                _r.Skip();
            });
        }

        private double Weight(string text, string what, int? line)
        {
            double value;
            try
            {
                value = XmlConvert.ToDouble(text);
            }
            catch (FormatException)
            {
                throw Error($"{what} '{text}' is not a number.", line);
            }
            catch (OverflowException)
            {
                throw Error($"{what} '{text}' is out of range.", line);
            }
            if (!double.IsFinite(value) || value < 0) throw Error($"{what} '{text}' must be a finite number ≥ 0.", line);
            return value;
        }

        private FlowNetwork Build()
        {
            var cities = CityDivisions();
            var builder = new FlowNetworkBuilder();
            for (var i = 0; i < _nodes.Count; i++) builder.AddNode(_nodes[i].Id, _nodes[i].Label, cities?[i]);
            foreach (var (s, t, f, l, c) in _edges)
            {
                try
                {
                    builder.AddFlow(s, t, f, l, c);
                }
                catch (ArgumentOutOfRangeException)
                {
                    throw Error($"the weights of the edge {_nodes[s].Id} → {_nodes[t].Id} add up to infinity.", line: null);
                }
            }
            for (var i = 0; i < _nodes.Count; i++)
                if (_nodes[i].Registered > 0) builder.AddRegisteredFunds(i, _nodes[i].Registered);
            return builder.Build();
        }

        private Division[]? CityDivisions()
        {
            if (_nodes.Count == 0 || !_nodeAttributes.ContainsValue(GexfNames.Code)) return null;
            var result = new Division[_nodes.Count];
            for (var i = 0; i < _nodes.Count; i++)
            {
                var id = _nodes[i].Id;
                if (id.Length != 6 || !id.All(char.IsAsciiDigit)) return null;
                if (!Gazetteer.Default.TryGet(int.Parse(id, NumberStyles.None, CultureInfo.InvariantCulture), out var d) || !d.IsNode)
                    return null;
                result[i] = d;
            }
            return result;
        }

        // Runs 'child' on each child element of the current element; 'child' must consume the element it is given.
        // Leaves the reader after the current element's end.
        private void ReadChildren(Action child)
        {
            if (_r.IsEmptyElement)
            {
                _r.Read();
                return;
            }
            var depth = _r.Depth;
            _r.Read();
            while (!_r.EOF && !(_r.NodeType == XmlNodeType.EndElement && _r.Depth == depth))
            {
                if (_r.NodeType == XmlNodeType.Element) child();
                else _r.Read();
            }
            _r.Read();
        }

        private bool Is(string localName) => string.Equals(_r.LocalName, localName, StringComparison.OrdinalIgnoreCase);

        private int? Line() => _r is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : null;

        private GexfFormatException Error(string problem) => new(file, problem, Line());

        private GexfFormatException Error(string problem, int? line) => new(file, problem, line);
    }
}

using CapitalNetwork.Layout;

namespace CapitalNetwork.Gexf;

/// <summary>Node sizes, colours and positions from <see cref="GexfOptions"/>, shared by the GEXF, CSV and JSON writers
/// (implementation only).</summary>
internal static class Appearance
{
    public static void Validate(GexfOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        if (!(o.MinNodeSize >= 0) || !double.IsFinite(o.MinNodeSize))
            throw new ArgumentException($"MinNodeSize must be finite and ≥ 0 (got {o.MinNodeSize.ToString(System.Globalization.CultureInfo.InvariantCulture)}).", "options");
        if (!(o.MaxNodeSize >= o.MinNodeSize) || !double.IsFinite(o.MaxNodeSize))
            throw new ArgumentException($"MaxNodeSize must be finite and ≥ MinNodeSize (got {o.MaxNodeSize.ToString(System.Globalization.CultureInfo.InvariantCulture)}).", "options");
        if (!(o.ProjectionScale > 0) || !double.IsFinite(o.ProjectionScale))
            throw new ArgumentException("ProjectionScale must be finite and > 0.", "options");
        if (!double.IsFinite(o.CentralMeridian) || !(Math.Abs(o.ReferenceLatitude) < 90))
            throw new ArgumentException("CentralMeridian must be finite and ReferenceLatitude within (−90, 90).", "options");
        if (o.RegionColors is null) throw new ArgumentException("RegionColors must not be null.", "options");
        if (o.CategoryColors is null) throw new ArgumentException("CategoryColors must not be null.", "options");
        if (!Enum.IsDefined(o.Weight)) throw new ArgumentException($"Unknown edge weight {o.Weight}.", "options");
        if (!Enum.IsDefined(o.SizeWeight)) throw new ArgumentException($"Unknown size weight {o.SizeWeight}.", "options");
        if (!Enum.IsDefined(o.SizeScale)) throw new ArgumentException($"Unknown size scale {o.SizeScale}.", "options");
        if (!Enum.IsDefined(o.Timeline)) throw new ArgumentException($"Unknown timeline {o.Timeline}.", "options");
        if (!(o.MaxEdgeThickness >= 0) || !double.IsFinite(o.MaxEdgeThickness))
            throw new ArgumentException("MaxEdgeThickness must be finite and ≥ 0.", "options");
        if (o.NodeAttributes is null || o.DynamicNodeAttributes is null || o.NetworkAttributes is null)
            throw new ArgumentException("NodeAttributes, DynamicNodeAttributes and NetworkAttributes must not be null.", "options");
    }

    /// <summary>Checks the user attributes against the network: counts, unique names (ignoring case), no clash with
    /// built-in or reserved names; and that SizeBy / ColorBy name an attribute.</summary>
    public static void ValidateAttributes(FlowNetwork net, GexfOptions o, bool dynamic)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var city = net.IsCityNetwork;
        void Name(string name, string what)
        {
            if (AttributeNames.Taken(name, city))
                throw new ArgumentException($"The {what} '{name}' clashes with an attribute the writer produces itself.", "options");
            if (ValueText.Reserved.Contains(name))
                throw new ArgumentException($"The {what} '{name}' is reserved by Gephi, graphology or networkx.", "options");
            if (!names.Add(name)) throw new ArgumentException($"Two attributes are named '{name}' (names are compared ignoring case).", "options");
        }
        foreach (var a in o.NodeAttributes)
        {
            ArgumentNullException.ThrowIfNull(a, "options");
            Name(a.Name, "node attribute");
            if (a.Count != net.NodeCount)
                throw new ArgumentException($"Node attribute '{a.Name}' has {a.Count} values for {net.NodeCount} nodes.", "options");
        }
        if (dynamic)
        {
            foreach (var a in o.DynamicNodeAttributes)
            {
                ArgumentNullException.ThrowIfNull(a, "options");
                Name(a.Name, "dynamic node attribute");
                if (a.ValuesByYear.Values.Any(v => v.Length != net.NodeCount))
                    throw new ArgumentException($"Dynamic node attribute '{a.Name}' does not have one value per node ({net.NodeCount}).", "options");
            }
        }
        var figures = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var a in o.NetworkAttributes)
        {
            ArgumentNullException.ThrowIfNull(a, "options");
            if (!figures.Add(a.Name)) throw new ArgumentException($"Two network attributes are named '{a.Name}'.", "options");
        }
        if (o.SizeBy is { } size)
        {
            var attr = Find(o, size) ?? throw new ArgumentException($"SizeBy names no node attribute ('{size}').", "options");
            if (attr.Type is GexfAttributeType.String or GexfAttributeType.Boolean)
                throw new ArgumentException($"SizeBy needs a numeric attribute; '{size}' is {attr.Type}.", "options");
        }
        if (o.ColorBy is { } color && Find(o, color) is null)
            throw new ArgumentException($"ColorBy names no node attribute ('{color}').", "options");
    }

    public static GexfNodeAttribute? Find(GexfOptions o, string name) =>
        o.NodeAttributes.FirstOrDefault(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The value that sizes each node: the in-strength by SizeWeight, or the SizeBy attribute (missing → 0).</summary>
    public static double[] SizeValues(FlowNetwork net, GexfOptions o)
    {
        var values = new double[net.NodeCount];
        var attr = o.SizeBy is { } name ? Find(o, name) : null;
        for (var v = 0; v < values.Length; v++)
        {
            var x = attr is null ? net.InStrength(v, o.SizeWeight) : attr.Number(v);
            values[v] = double.IsFinite(x) && x > 0 ? x : 0;
        }
        return values;
    }

    /// <summary>f(v) ∈ [0, 1] of <see cref="GexfSizeScale"/> for a value v ≥ 0 and the largest value max.</summary>
    public static double Scale(double value, double max, GexfSizeScale scale)
    {
        if (!(max > 0) || !(value > 0)) return 0;
        return scale switch
        {
            GexfSizeScale.Linear => value / max,
            GexfSizeScale.Logarithmic => Math.Log(1 + value) / Math.Log(1 + max),
            _ => Math.Sqrt(value / max),
        };
    }

    /// <summary>viz:size of every node, rounded to 4 decimals.</summary>
    public static double[] Sizes(FlowNetwork net, GexfOptions o)
    {
        var values = SizeValues(net, o);
        var max = values.Length == 0 ? 0 : values.Max();
        var sizes = new double[values.Length];
        for (var v = 0; v < sizes.Length; v++)
        {
            var size = max > 0 ? o.MinNodeSize + (o.MaxNodeSize - o.MinNodeSize) * Scale(values[v], max, o.SizeScale) : o.MinNodeSize;
            sizes[v] = Math.Round(size, 4);
        }
        return sizes;
    }

    /// <summary>viz:color of every node (region, categorical or sequential by ColorBy).</summary>
    public static GexfColor[] Colors(FlowNetwork net, GexfOptions o)
    {
        var colors = new GexfColor[net.NodeCount];
        var attr = o.ColorBy is { } name ? Find(o, name) : null;
        if (attr is null)
        {
            var city = net.IsCityNetwork;
            for (var v = 0; v < colors.Length; v++)
                colors[v] = city ? o.RegionColors.GetValueOrDefault(net.Nodes[v].Region, o.NeutralColor) : o.NeutralColor;
            return colors;
        }
        if (attr.Type == GexfAttributeType.Double)
        {
            var values = Enumerable.Range(0, colors.Length).Select(attr.Number).ToArray();
            var finite = values.Where(double.IsFinite).ToList();
            var lo = finite.Count > 0 ? finite.Min() : 0;
            var hi = finite.Count > 0 ? finite.Max() : 0;
            for (var v = 0; v < colors.Length; v++)
                colors[v] = double.IsFinite(values[v]) ? Mix(o.GradientLow, o.GradientHigh, hi > lo ? (values[v] - lo) / (hi - lo) : 1) : o.NeutralColor;
            return colors;
        }
        var palette = CategoryOrder(attr).Select((value, i) => (value, i))
            .Where(x => x.i < o.CategoryColors.Count).ToDictionary(x => x.value, x => o.CategoryColors[x.i], StringComparer.Ordinal);
        for (var v = 0; v < colors.Length; v++)
            colors[v] = attr.Values[v] is { } text && palette.TryGetValue(text, out var c) ? c : o.NeutralColor;
        return colors;
    }

    /// <summary>The distinct values of a categorical attribute, most frequent first, ties in ordinal order.</summary>
    public static List<string> CategoryOrder(GexfNodeAttribute attr) =>
        attr.Values.Where(x => x is not null).GroupBy(x => x!, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).ToList();

    public static GexfColor Mix(GexfColor a, GexfColor b, double t)
    {
        t = Math.Clamp(t, 0, 1);
        static byte Channel(byte x, byte y, double t) => (byte)Math.Round(x + (y - x) * t, MidpointRounding.AwayFromZero);
        return new GexfColor(Channel(a.R, b.R, t), Channel(a.G, b.G, t), Channel(a.B, b.B, t));
    }

    /// <summary>viz:position of every node (rounded to 3 decimals), or null when positions are off or unknown.</summary>
    public static (double X, double Y)[]? Positions(FlowNetwork net, GexfOptions o)
    {
        if (!o.WritePositions) return null;
        var p = Projection.Project(net, o.CentralMeridian, o.ReferenceLatitude, o.ProjectionScale);
        if (p is null) return null;
        for (var v = 0; v < p.Length; v++) p[v] = (Math.Round(p[v].X, 3), Math.Round(p[v].Y, 3));
        return p;
    }
}

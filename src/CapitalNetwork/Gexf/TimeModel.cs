namespace CapitalNetwork.Gexf;

/// <summary>
/// The yearly snapshots of a <see cref="NetworkSeries"/> laid out for a dynamic export (GEXF, Gephi CSV): the static
/// network (sum of the years, in year order), and per edge / node and year k = year − first year the value on the
/// chosen timeline and whether the element is present. Implementation only.
/// </summary>
internal sealed class TimeModel
{
    private TimeModel(FlowNetwork network, int firstYear, int yearCount, GexfTimeline timeline)
    {
        Network = network;
        FirstYear = firstYear;
        YearCount = yearCount;
        Timeline = timeline;
    }

    /// <summary>The static part: every year's flows summed in year order (undated funds of the series' total excluded).</summary>
    public FlowNetwork Network { get; }

    public int FirstYear { get; }

    public int YearCount { get; }

    public int LastYear => FirstYear + YearCount - 1;

    public GexfTimeline Timeline { get; }

    public string Suffix => Timeline == GexfTimeline.PerYear ? AttributeNames.YearSuffix : AttributeNames.CumulativeSuffix;

    /// <summary>[channel (EdgeWeight)][e·Y + k]: the edge's weight in year k (per year) or through year k (cumulative).</summary>
    public double[][] EdgeValues { get; private set; } = [];

    /// <summary>[e·Y + k]: the edge is on the timeline in year k.</summary>
    public bool[] EdgePresent { get; private set; } = [];

    /// <summary>[figure of <see cref="AttributeNames.DynamicNodeFigures"/>][v·Y + k].</summary>
    public double[][] NodeValues { get; private set; } = [];

    /// <summary>[v·Y + k]: the node is on the timeline in year k — always true: every node of the network (a city
    /// network's 372 cities) is on the timeline from the first to the last year, with zero figures in the years without
    /// a flow or a registered fund, as every yearly snapshot holds every node (see <see cref="GexfTimeline"/>).</summary>
    public bool[] NodePresent { get; private set; } = [];

    public static TimeModel Build(NetworkSeries series, GexfTimeline timeline, int maxYears = 5000)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (!Enum.IsDefined(timeline)) throw new ArgumentException($"Unknown timeline {timeline}.", nameof(timeline));
        if (series.Years.Count == 0)
            throw new ArgumentException("The series has no dated year: a dynamic export needs at least one year.", nameof(series));
        var first = series.Years.Min();
        var last = series.Years.Max();
        if (last - first + 1 > maxYears) throw new ArgumentException($"The series spans more than {maxYears} years.", nameof(series));
        var nodes = series.Total.NodeArray;
        var builder = FlowNetworkBuilder.WithNodes(nodes);
        var snapshots = series.Years.Order().Select(y => (Year: y, Net: series[y])).ToList();
        foreach (var (_, s) in snapshots)
        {
            for (var e = 0; e < s.EdgeCount; e++)
            {
                var f = s.Edge(e);
                builder.AddFlow(f.Source, f.Target, f.Funds, f.Links, f.Capital);
            }
            for (var v = 0; v < s.NodeCount; v++)
                if (s.RegisteredFunds(v) != 0) builder.AddRegisteredFunds(v, s.RegisteredFunds(v));
        }
        var net = builder.Build();
        var model = new TimeModel(net, first, last - first + 1, timeline);
        model.Fill(snapshots);
        return model;
    }

    private void Fill(List<(int Year, FlowNetwork Net)> snapshots)
    {
        var y = YearCount;
        var m = Network.EdgeCount;
        var n = Network.NodeCount;
        var yearly = new double[3][];
        for (var c = 0; c < 3; c++) yearly[c] = new double[m * y];
        var edgePresent = new bool[m * y];
        var registered = new double[n * y];
        foreach (var (year, s) in snapshots)
        {
            var k = year - FirstYear;
            var src = s.Sources;
            var dst = s.Targets;
            for (var e = 0; e < s.EdgeCount; e++)
            {
                var at = Network.FindEdge(src[e], dst[e]) * y + k;
                for (var c = 0; c < 3; c++) yearly[c][at] = s.Weights((EdgeWeight)c)[e];
                edgePresent[at] = true;
            }
            for (var v = 0; v < n; v++) registered[v * y + k] = s.RegisteredFunds(v);
        }

        if (Timeline == GexfTimeline.Cumulative)
        {
            for (var c = 0; c < 3; c++) RunningSum(yearly[c], y);
            RunningSum(registered, y);
            for (var e = 0; e < m; e++)
            {
                var on = false;
                for (var k = 0; k < y; k++) on = edgePresent[e * y + k] = on || edgePresent[e * y + k];
            }
        }
        EdgeValues = yearly;
        EdgePresent = edgePresent;

        var figures = AttributeNames.DynamicNodeFigures;
        var values = new double[figures.Length][];
        for (var i = 0; i < figures.Length; i++) values[i] = new double[n * y];
        var nodePresent = new bool[n * y];
        Array.Fill(nodePresent, true);
        for (var v = 0; v < n; v++)
        {
            var loop = Network.FindEdge(v, v);
            for (var k = 0; k < y; k++)
            {
                var at = v * y + k;
                double inDeg = 0, outDeg = 0;
                double fi = 0, fo = 0, li = 0, lo = 0, ci = 0, co = 0;
                foreach (var e in Network.InEdges(v))
                {
                    if (!edgePresent[e * y + k]) continue;
                    inDeg++;
                    fi += yearly[0][e * y + k];
                    li += yearly[1][e * y + k];
                    ci += yearly[2][e * y + k];
                }
                var range = Network.OutEdges(v);
                for (var e = range.Start.Value; e < range.End.Value; e++)
                {
                    if (!edgePresent[e * y + k]) continue;
                    outDeg++;
                    fo += yearly[0][e * y + k];
                    lo += yearly[1][e * y + k];
                    co += yearly[2][e * y + k];
                }
                var local = loop >= 0 && edgePresent[loop * y + k];
                double[] row =
                [
                    inDeg, outDeg, registered[at], fi, fo, li, lo, ci, co,
                    local ? yearly[0][loop * y + k] : 0, local ? yearly[1][loop * y + k] : 0, local ? yearly[2][loop * y + k] : 0,
                ];
                for (var i = 0; i < row.Length; i++) values[i][at] = row[i];
            }
        }
        NodeValues = values;
        NodePresent = nodePresent;
    }

    private static void RunningSum(double[] values, int y)
    {
        for (var row = 0; row < values.Length; row += y)
        {
            var sum = 0.0;
            for (var k = 0; k < y; k++) values[row + k] = sum += values[row + k];
        }
    }

    /// <summary>Maximal runs of consecutive present years of one element: (first year, last year).</summary>
    public List<(int Start, int End)> Spells(bool[] present, int element)
    {
        var spells = new List<(int, int)>();
        var row = element * YearCount;
        for (var k = 0; k < YearCount; k++)
        {
            if (!present[row + k]) continue;
            var start = k;
            while (k + 1 < YearCount && present[row + k + 1]) k++;
            spells.Add((FirstYear + start, FirstYear + k));
        }
        return spells;
    }

    /// <summary>Runs of consecutive present years with equal text values (null values are skipped and break a run).</summary>
    public List<(int Start, int End, string Value)> Runs(bool[] present, int element, Func<int, string?> valueAtYear)
    {
        var runs = new List<(int, int, string)>();
        var row = element * YearCount;
        string? current = null;
        var start = 0;
        for (var k = 0; k <= YearCount; k++)
        {
            var text = k < YearCount && present[row + k] ? valueAtYear(FirstYear + k) : null;
            if (text == current && text is not null) continue;
            if (current is not null) runs.Add((FirstYear + start, FirstYear + k - 1, current));
            current = text;
            start = k;
        }
        return runs;
    }
}

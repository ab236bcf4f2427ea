using System.Globalization;
using CapitalNetwork.Measures;

namespace CapitalNetwork.Report;

/// <summary>The four regions side by side (the shape of the study's comparison tables), the region-to-region flow matrix, and distance decay.</summary>
internal static class RegionsSection
{
    /// <summary>Upper ends of the distance bands (km) of the distance-decay table; local capital is a band of its own.</summary>
    private static readonly double[] Bands = [100, 300, 600, 1000, 1500, 2500, double.PositiveInfinity];

    private static readonly StatisticalRegion[] AllRegions = [.. StatisticalRegionNames.Mainland, StatisticalRegion.Outside];

    public static void Write(StudyFigures f, PageWriter page)
    {
        var t = f.Text;
        var c = f.Regions;
        var unit = t.Unit(f.Weight);
        page.Method(t.Pick(
            "按国家统计局四大区域（东部、中部、西部、东北）汇总城市：登记基金、吸引与输出的资本、区域内部流动；港澳台不属于四大区域，单列一行。占比以全网络总量为分母。",
            "Cities are summed by the four NBS regions (East, Central, West, Northeast): funds registered, capital attracted and supplied, flows inside the region. Hong Kong, Macao and Taiwan are outside the scheme and shown on a line apart. Shares are of the whole network's total."));
        var lead = c.Rows.MaxBy(r => r.AttractedShare)!;
        var netIn = c.Rows.Where(r => r.NetInflow > 0).Select(r => t.Region(r.Region)).ToList();
        if (c.Total > 0)
        page.Reading(t.Pick(
            $"{t.Region(lead.Region)}吸引了全部{unit}的 {ReportText.Percent(lead.AttractedShare)}，登记了 {ReportText.Percent(lead.FundsRegisteredShare)} 的基金。" +
            (netIn.Count > 0 ? $"资本净流入的区域：{string.Join("、", netIn)}。" : "没有区域是资本净流入。") +
            $"各区域吸引的资本中来自本区域的比例为 {string.Join("、", c.Rows.Select(r => $"{t.Region(r.Region)} {ReportText.Percent(r.WithinShare)}"))}。",
            $"The {t.Region(lead.Region)} attracts {ReportText.Percent(lead.AttractedShare)} of all {unit} and registers {ReportText.Percent(lead.FundsRegisteredShare)} of the funds. " +
            (netIn.Count > 0 ? $"Net importers of capital: {string.Join(", ", netIn)}. " : "No region is a net importer of capital. ") +
            $"Share of what each region attracts that comes from inside it: {string.Join(", ", c.Rows.Select(r => $"{t.Region(r.Region)} {ReportText.Percent(r.WithinShare)}"))}."));

        page.Table(t.Pick($"四大区域比较（{unit}）", $"The four regions side by side ({unit})"),
            [t.Pick("区域", "region"), "#" + t.Pick("城市数", "cities"), "#" + t.Pick("登记基金", "funds registered"), "#" + t.Pick("占比", "share"),
             "#" + t.Pick("吸引城市数", "attracting cities"), "#" + t.Pick("输出城市数", "supplying cities"),
             "#" + t.Pick("吸引", "attracted"), "#" + t.Pick("占比", "share"), "#" + t.Pick("输出", "supplied"), "#" + t.Pick("占比", "share"),
             "#" + t.Pick("净流入", "net inflow"), "#" + t.Pick("区域内流动", "within region"), "#" + t.Pick("来自本区域", "from own region")],
            c.Rows.Append(c.Outside).Select(r => (IReadOnlyList<Cell>)
            [
                t.Region(r.Region), Cell.Of(r.Cities, ReportText.Count(r.Cities)),
                Cell.Of(r.FundsRegistered, ReportText.Count(r.FundsRegistered)), Cell.Of(r.FundsRegisteredShare, ReportText.Percent(r.FundsRegisteredShare)),
                Cell.Of(r.AttractingCities, ReportText.Count(r.AttractingCities)), Cell.Of(r.SupplyingCities, ReportText.Count(r.SupplyingCities)),
                Cell.Of(r.Attracted, t.Amount(r.Attracted, f.Weight)), Cell.Of(r.AttractedShare, ReportText.Percent(r.AttractedShare)),
                Cell.Of(r.Supplied, t.Amount(r.Supplied, f.Weight)), Cell.Of(r.SuppliedShare, ReportText.Percent(r.SuppliedShare)),
                Cell.Of(r.NetInflow, t.Amount(r.NetInflow, f.Weight)), Cell.Of(r.WithinRegion, t.Amount(r.WithinRegion, f.Weight)),
                Cell.Of(r.WithinShare, ReportText.Percent(r.WithinShare)),
            ]), id: "region-comparison");

        page.Element("h3", t.Pick("区域间资本流动矩阵", "Region-to-region flow matrix"));
        var matrix = SvgCharts.RegionFlowMatrix(f.Network, f.Weight, new SvgChartOptions
        {
            Language = t.Language,
            Width = 760, Height = 480, Title = t.Pick($"区域间资本流动（{unit}）", $"Flows between regions ({unit})"),
        });
        page.Figure(matrix, t.Pick("行 = 合伙人所在区域（资本来源），列 = 基金所在区域（资本去向）；格中为流量及其占全部的比例。",
            "Rows = region of the partners (where capital comes from), columns = region of the funds (where it goes); each cell the flow and its share of all."),
            p => MatrixTable(f, p), "half");

        page.Element("h3", t.Pick("距离衰减", "Distance decay"));
        page.Method(t.Pick(
            "城市间距离为两城市坐标之间的大圆距离（haversine，R = 6371.0088 km）；本地资本计 0 km。均值与中位数按权重加权。",
            "The distance of a flow is the great-circle distance between the two cities (haversine, R = 6371.0088 km); local capital is at 0 km. Means and medians are weighted by the flow."));
        if (f.Distance is not { } d)
        {
            page.Paragraph(t.Pick($"无法计算距离：{f.DistanceProblem}", $"Distances cannot be computed: {f.DistanceProblem}"), "note");
            return;
        }
        var bands = DistanceBands(f);
        var near = bands.Take(3).Sum(b => b.Weight) / Math.Max(d.TotalWeight, double.Epsilon);
        var far = bands.Skip(5).Sum(b => b.Weight) / Math.Max(d.TotalWeight, double.Epsilon);
        page.Reading(t.Pick(
            $"加权平均流动距离 {ReportText.Number(d.Mean, 0)} km（中位数 {ReportText.Number(d.Median, 0)} km）；只看城市之间的流动，平均 {ReportText.Number(d.MeanBetweenCities, 0)} km。本地及 300 km 以内的流动占 {ReportText.Percent(near)}，1000 km 以外占 {ReportText.Percent(far)}。",
            $"Flows travel {ReportText.Number(d.Mean, 0)} km on average (weighted; median {ReportText.Number(d.Median, 0)} km); between different cities only, {ReportText.Number(d.MeanBetweenCities, 0)} km. Local flows and flows within 300 km are {ReportText.Percent(near)} of the total, flows beyond 1,000 km {ReportText.Percent(far)}."));
        page.Table(t.Pick($"按距离段的流动（{unit}）", $"Flows by distance band ({unit})"),
            [t.Pick("距离段", "distance band"), "#" + t.Pick("城市对", "city pairs"), "#" + t.Pick("流量", "flow"), "#" + t.Pick("占比", "share"), "#" + t.Pick("每城市对流量", "flow per pair")],
            bands.Select(b => (IReadOnlyList<Cell>)
            [
                b.Label, Cell.Of(b.Pairs, ReportText.Count(b.Pairs)), Cell.Of(b.Weight, t.Amount(b.Weight, f.Weight)),
                Cell.Of(b.Weight / d.TotalWeight, ReportText.Percent(b.Weight / d.TotalWeight)),
                Cell.Of(b.Pairs > 0 ? b.Weight / b.Pairs : double.NaN, b.Pairs > 0 ? ReportText.Number(b.Weight / b.Pairs / (f.Weight == EdgeWeight.Capital ? 1e8 : 1), 2) : "—"),
            ]), sortable: false);
        page.Table(t.Pick("流动距离（km）", "Flow distance (km)"), [t.Pick("指标", "figure"), "#km"],
        [
            [t.Pick("加权平均（含本地）", "weighted mean (local included)"), Cell.Of(d.Mean, ReportText.Number(d.Mean, 1), "mean_distance_km")],
            [t.Pick("加权中位数（含本地）", "weighted median (local included)"), Cell.Of(d.Median, ReportText.Number(d.Median, 1), "median_distance_km")],
            [t.Pick("城市间加权平均", "weighted mean between cities"), Cell.Of(d.MeanBetweenCities, ReportText.Number(d.MeanBetweenCities, 1))],
            [t.Pick("城市间加权中位数", "weighted median between cities"), Cell.Of(d.MedianBetweenCities, ReportText.Number(d.MedianBetweenCities, 1))],
        ], sortable: false);
    }

    private static void MatrixTable(StudyFigures f, PageWriter page)
    {
        var t = f.Text;
        var c = f.Regions;
        page.Table(t.Pick("区域间流动（行 = 来源，列 = 去向）", "Flows between regions (rows = from, columns = to)"),
            [t.Pick("来源 \\ 去向", "from \\ to"), .. AllRegions.Select(r => "#" + t.Region(r)), "#" + t.Pick("合计输出", "supplied")],
            AllRegions.Select(from => (IReadOnlyList<Cell>)
            [
                t.Region(from),
                .. AllRegions.Select(to => Cell.Of(c.Flow(from, to), t.Amount(c.Flow(from, to), f.Weight))),
                Cell.Of(c[from].Supplied, t.Amount(c[from].Supplied, f.Weight)),
            ]), sortable: false);
    }

    private sealed record Band(string Label, int Pairs, double Weight);

    /// <summary>The flows by distance band, with the distances of <see cref="Flows.Distance"/>: haversine between the cities' coordinates.</summary>
    private static List<Band> DistanceBands(StudyFigures f)
    {
        var t = f.Text;
        var n = f.Network;
        var w = n.Weights(f.Weight);
        var src = n.Sources;
        var tgt = n.Targets;
        var pairs = new int[Bands.Length + 1];
        var weight = new double[Bands.Length + 1];
        for (var e = 0; e < n.EdgeCount; e++)
        {
            if (!(w[e] > 0)) continue;
            int s = src[e], g = tgt[e];
            var band = 0;
            if (s != g)
            {
                var a = n.Nodes[s].Division!;
                var b = n.Nodes[g].Division!;
                var km = Flows.GreatCircleKm(a.Latitude!.Value, a.Longitude!.Value, b.Latitude!.Value, b.Longitude!.Value);
                band = 1 + Array.FindIndex(Bands, upper => km < upper);
            }
            pairs[band]++;
            weight[band] += w[e];
        }
        var list = new List<Band> { new(t.Pick("本地（0 km）", "local (0 km)"), pairs[0], weight[0]) };
        for (var i = 0; i < Bands.Length; i++)
        {
            var lower = i == 0 ? 0 : Bands[i - 1];
            var label = double.IsPositiveInfinity(Bands[i]) ? string.Create(CultureInfo.InvariantCulture, $"≥ {lower:N0} km") : string.Create(CultureInfo.InvariantCulture, $"{lower:N0}–{Bands[i]:N0} km");
            list.Add(new(label, pairs[i + 1], weight[i + 1]));
        }
        return list;
    }
}

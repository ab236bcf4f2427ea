using System.Globalization;
using CapitalNetwork.Measures;

namespace CapitalNetwork.Report;

/// <summary>Concentration and inequality (Lorenz, Gini, Theil between/within, HHI, CR4), polarization (Esteban–Ray, Wolfson), and their trend by filing year.</summary>
internal static class ConcentrationSection
{
    private static readonly string[] Concentration = ["hhi", "hhi_normalized", "cr4", "gini", "theil_t", "theil_l", "cv", "theil_t_between", "theil_t_within", "theil_t_grouped"];

    private static readonly string[] Polarization = ["esteban_ray", "wolfson"];

    /// <summary>The trend columns drawn in the trend chart (all on a 0–1 scale).</summary>
    private static readonly string[] Drawn = ["gini", "cr4", "hhi", "esteban_ray", "local_share"];

    public static void Write(StudyFigures f, PageWriter page)
    {
        var t = f.Text;
        var unit = t.Unit(f.Weight);
        page.Method(t.Pick(
            $"对每个城市吸引的{unit}（全部 {f.Network.NodeCount} 个城市，含零值）计算：洛伦兹曲线与基尼系数；泰尔指数 T 及其按四大区域的区域间/区域内分解（Shorrocks 1980；港澳台不属于四大区域，不计入分组指标）；赫芬达尔指数 HHI 与前四城市集中度 CR4；Esteban–Ray 极化指数（α = {f.Options.Alpha.ToString(CultureInfo.InvariantCulture)}，四大区域为组）与 Wolfson 极化指数。与 capnet measures、capnet concentration 的同名键完全相同。",
            $"Of the {unit} each city attracts (all {f.Network.NodeCount} cities, zeros included): the Lorenz curve and Gini coefficient; Theil T with its between/within split over the four regions (Shorrocks 1980; Hong Kong, Macao and Taiwan are in no region and left out of the grouped figures); the Herfindahl index HHI and the four-city ratio CR4; Esteban–Ray polarization (α = {f.Options.Alpha.ToString(CultureInfo.InvariantCulture)}, the four regions as groups) and Wolfson polarization. The same figures as the keys of the same name in capnet measures and capnet concentration."));
        var gini = f.Figure("gini");
        var cr4 = f.Figure("cr4");
        page.Reading(t.Pick(
            $"基尼系数 {ReportText.Number(gini.Value)}" + (gini.IsDefined ? (gini.Value >= 0.6 ? "，资本高度集中在少数城市" : gini.Value >= 0.4 ? "，资本明显集中" : "，分布较为均衡") : "") +
            $"；前四个城市吸引了 {ReportText.Percent(cr4.Value)}。" +
            (f.Theil.IsDefined ? $"泰尔指数中区域间差异占 {ReportText.Percent(f.Theil.BetweenShare)}，其余来自区域内部城市之间的差异。" : ""),
            $"The Gini coefficient is {ReportText.Number(gini.Value)}" + (gini.IsDefined ? (gini.Value >= 0.6 ? ": capital is highly concentrated in a few cities" : gini.Value >= 0.4 ? ": capital is clearly concentrated" : ": capital is fairly evenly spread") : "") +
            $"; the four leading cities attract {ReportText.Percent(cr4.Value)}. " +
            (f.Theil.IsDefined ? $"Differences between the regions make up {ReportText.Percent(f.Theil.BetweenShare)} of Theil T; the rest are differences between cities inside the regions." : "")));

        var lorenz = SvgCharts.LorenzCurve(f.Attracted, new SvgChartOptions
        {
            Language = t.Language,
            Width = 640, Height = 480, Title = t.Pick($"洛伦兹曲线：各城市吸引的{unit}", $"Lorenz curve of the {unit} cities attract"), ValueLabel = unit,
        });
        page.Figure(lorenz, t.Pick("城市按吸引量从小到大排列；曲线离对角线越远越不均衡，基尼系数 = 对角线与曲线之间面积的两倍。",
            "Cities sorted from least to most attracted; the further the curve from the diagonal, the more unequal; Gini = twice the area between them."),
            p => LorenzTable(f, p), "half");

        page.Table(t.Pick("集中度与不均衡", "Concentration and inequality"), [t.Pick("指标", "figure"), t.Pick("键", "key"), "#" + t.Pick("数值", "value"), t.Pick("说明", "note")],
            Concentration.Select(k => FigureRow(f, k)), id: "concentration-figures", sortable: false);
        if (f.Theil.IsDefined && f.Theil.Groups.Length > 0)
            page.Table(t.Pick("泰尔指数 T 的区域分解", "Theil T by region"),
                [t.Pick("区域", "region"), "#" + t.Pick("城市数", "cities"), "#" + t.Pick("城市占比", "share of cities"), "#" + t.Pick("资本占比", "share of value"), "#" + t.Pick("区域内泰尔", "Theil within"), "#" + t.Pick("对区域内部分的贡献", "contribution to within"), "#" + t.Pick("对区域间部分的贡献", "contribution to between")],
                f.Theil.Groups.Select(g => (IReadOnlyList<Cell>)
                [
                    RegionName(t, g.Name, g.Label), Cell.Of(g.Units, ReportText.Count(g.Units)), Cell.Of(g.PopulationShare, ReportText.Percent(g.PopulationShare)),
                    Cell.Of(g.ValueShare, ReportText.Percent(g.ValueShare)), Cell.Of(g.Index, ReportText.Number(g.Index)),
                    Cell.Of(g.WithinContribution, ReportText.Number(g.WithinContribution)), Cell.Of(g.BetweenContribution, ReportText.Number(g.BetweenContribution)),
                ]));

        page.Element("h3", t.Pick("极化", "Polarization"));
        page.Method(t.Pick(
            "Esteban–Ray（1994）：P = K Σ_g Σ_h p_g^(1+α) p_h |r_g − r_h|，组为四大区域，衡量“组内相似、组间对立”的程度；Wolfson（1994）：以中位数为界的两极分化，W = 2(2T − G)·μ/m（T = 0.5 − L(0.5)）。",
            "Esteban–Ray (1994): P = K Σ_g Σ_h p_g^(1+α) p_h |r_g − r_h| with the four regions as groups — how much the groups are alike inside and apart from each other; Wolfson (1994): bipolarity around the median, W = 2(2T − G)·μ/m (T = 0.5 − L(0.5))."));
        page.Table(t.Pick("极化指数", "Polarization"), [t.Pick("指标", "figure"), t.Pick("键", "key"), "#" + t.Pick("数值", "value"), t.Pick("说明", "note")],
            Polarization.Select(k => FigureRow(f, k)), id: "polarization-figures", sortable: false);

        page.Element("h3", t.Pick("按备案年份的变化", "Trend by filing year"));
        if (f.Trend is not { } trend)
        {
            page.Paragraph(t.Pick("没有备案日期，无法按年份分析。", "The filings carry no dates: no trend by year."), "note");
            return;
        }
        page.Method(t.Pick(
            "每一年只用该年备案的基金构成网络，再计算同样的指标（Flows.Trend）。",
            "Each year's network holds the funds filed in that year; the same figures are computed on it (Flows.Trend)."));
        var slope = trend.Slope("gini");
        page.Reading(t.Pick(
            $"{trend.Years[0]}–{trend.Years[^1]} 年，基尼系数的线性趋势为每年 {ReportText.Number(slope, 4)}" + (double.IsFinite(slope) ? (slope > 0 ? "：资本越来越集中。" : "：集中度在下降。") : "。"),
            $"From {trend.Years[0]} to {trend.Years[^1]} the Gini coefficient changes by {ReportText.Number(slope, 4)} a year (linear trend)" + (double.IsFinite(slope) ? (slope > 0 ? ": capital is getting more concentrated." : ": concentration is falling.") : ".")));
        var series = Drawn.Select(k => new ChartSeries(t.Figure(k), trend[k])).Where(s => s.Values.Any(double.IsFinite)).ToList();
        var years = trend.Years.ToArray();
        if (series.Count > 0)
            page.Figure(SvgCharts.Trend(years, series, new SvgChartOptions
            {
                Language = t.Language,
                Width = 760, Height = 420, Title = t.Pick("集中度与极化的年度变化", "Concentration and polarization by filing year"),
            }), t.Pick("每年备案基金构成的网络上的指标。", "Figures of each year's network of funds filed that year."), p => TrendTable(f, p), "half");
        var regional = SvgCharts.RegionTrend(f.Result.Years, f.Weight, options: new SvgChartOptions
        {
            Language = t.Language,
            Width = 760, Height = 420, Title = t.Pick($"各区域每年吸引的{unit}", $"{unit} attracted by region and year"), ValueLabel = unit,
        });
        page.Figure(regional, t.Pick("四大区域每年吸引的资本。", "What each region attracts each year."), p => RegionYearTable(f, p), "half");
    }

    internal static IReadOnlyList<Cell> FigureRow(StudyFigures f, string key)
    {
        var v = f.Figure(key);
        var t = f.Text;
        return
        [
            t.Figure(key), new Cell(key),
            Cell.Of(v.Value, key switch
            {
                "node_count" or "edge_count" => ReportText.Count(v.Value),
                "total_weight" => t.Amount(v.Value, f.Weight),
                _ => ReportText.Number(v.Value, 4),
            }, key, v.Variant),
            v.IsDefined
                ? new Cell(t.Chinese ? "" : v.Variant, Title: v.Variant)
                : new Cell(t.Pick("无定义：" + Reason(v.UndefinedReason!), "undefined: " + v.UndefinedReason), Title: v.UndefinedReason),
        ];
    }

    /// <summary>Why a figure is undefined, in Chinese for the reasons the measures give (the English one stays in the cell's title).</summary>
    private static string Reason(string english) => english switch
    {
        _ when english.Contains("median", StringComparison.Ordinal) && english.Contains("zero", StringComparison.Ordinal) => "中位数为零",
        _ when english.Contains("ln(μ/0)", StringComparison.Ordinal) => "有城市的值为零，取对数无定义",
        _ when english.Contains("every value is zero", StringComparison.Ordinal) || english.Contains("total weight is zero", StringComparison.Ordinal) => "总量为零",
        _ when english.Contains("no units", StringComparison.Ordinal) || english.Contains("fewer than two", StringComparison.Ordinal) || english.Contains("too few", StringComparison.Ordinal) => "单位太少",
        _ when english.Contains("no tie", StringComparison.Ordinal) || english.Contains("no node reaches", StringComparison.Ordinal) || english.Contains("two-path", StringComparison.Ordinal) => "没有所需的关系",
        _ => "见说明",
    };

    private static string RegionName(ReportText t, string name, string label) =>
        Enum.TryParse<StatisticalRegion>(name, out var r) ? t.Region(r) : label;

    private static void LorenzTable(StudyFigures f, PageWriter page)
    {
        var t = f.Text;
        double[] at = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99, 1];
        page.Table(t.Pick("洛伦兹曲线上的点", "Points of the Lorenz curve"),
            ["#" + t.Pick("城市累计比重（从小到大）", "cumulative share of cities (ascending)"), "#" + t.Pick("资本累计比重", "cumulative share of value")],
            at.Select(p => (IReadOnlyList<Cell>)
            [
                Cell.Of(p, ReportText.Percent(p)),
                f.Lorenz.IsDefined ? Cell.Of(f.Lorenz.ShareAt(p), ReportText.Percent(f.Lorenz.ShareAt(p))) : new Cell("—"),
            ]), sortable: false);
    }

    /// <summary>The trend table with the years as columns (narrow enough for A4) and the figures as rows.</summary>
    private static void TrendTable(StudyFigures f, PageWriter page)
    {
        var t = f.Text;
        var trend = f.Trend!;
        page.Table(t.Pick("按备案年份的指标（Flows.Trend）", "Figures by filing year (Flows.Trend)"),
            [t.Pick("指标", "figure"), .. trend.Years.Select(y => "#" + y.ToString(CultureInfo.InvariantCulture))],
            trend.Columns.Select(k => (IReadOnlyList<Cell>)
            [
                new Cell(t.Figure(k) == k ? k : $"{t.Figure(k)} ({k})"),
                .. trend.Years.Select(y => Cell.Of(trend.Value(k, y), ReportText.Number(trend.Value(k, y), k is "total" or "mean_distance_km" or "median_distance_km" ? 0 : 3), $"trend:{k}:{y}")),
            ]), sortable: false);
    }

    private static void RegionYearTable(StudyFigures f, PageWriter page)
    {
        var t = f.Text;
        var years = f.Result.Years;
        page.Table(t.Pick($"各区域每年吸引的{t.Unit(f.Weight)}", $"{t.Unit(f.Weight)} attracted by region and year"),
            [t.Pick("年份", "year"), .. StatisticalRegionNames.Mainland.Select(r => "#" + t.Region(r)), "#" + t.Region(StatisticalRegion.Outside)],
            years.Years.Select(y =>
            {
                var c = RegionComparison.Of(years[y], f.Weight);
                return (IReadOnlyList<Cell>)
                [
                    y.ToString(CultureInfo.InvariantCulture),
                    .. c.Rows.Append(c.Outside).Select(r => Cell.Of(r.Attracted, t.Amount(r.Attracted, f.Weight))),
                ];
            }), sortable: false);
    }
}

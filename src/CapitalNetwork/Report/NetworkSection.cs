using CapitalNetwork.Measures;

namespace CapitalNetwork.Report;

/// <summary>The network map (cities at their coordinates, node area by what they attract, colour by region, the strongest flows) and the leading cities.</summary>
internal static class NetworkSection
{
    public static void Write(StudyFigures f, PageWriter page)
    {
        var t = f.Text;
        var n = f.Network;
        var w = f.Weight;
        var unit = t.Unit(w);
        page.Method(t.Pick(
            $"有向加权网络：边从合伙人所在城市指向基金注册城市，权重为{t.WeightName(w)}；同一城市内的出资是本地资本（自环）。地图按经纬度放置城市（等距圆柱投影，北纬 35° 处比例真实），节点面积与吸引的{unit}成正比，颜色表示区域，箭头为最强的 {f.Options.TopEdges} 条城市间流动。",
            $"A directed weighted network: an edge runs from the city where a partner sits to the city where the fund is registered, weighted by {t.WeightName(w)}; capital from the same city is local capital (a self-loop). The map places cities at their coordinates (equirectangular projection, true to scale at 35° N), node area ∝ {unit} attracted, colour = region, arrows = the {f.Options.TopEdges} strongest flows between cities."));
        var active = Enumerable.Range(0, n.NodeCount).Count(v => f.Attracted[v] > 0 || f.Supplied[v] > 0);
        var top = f.Attracted.Top(3);
        var total = n.TotalWeight(w);
        var share3 = total > 0 ? top.Sum(x => x.Value) / total : double.NaN;
        if (!(total > 0))
            page.Reading(t.Pick("网络中没有任何资本流动：没有一行计入网络（见数据导入）。以下各节的指标因此为空或无定义。",
                "The network has no flow: no row was counted (see the ingest report), so the figures below are empty or undefined."));
        else
        page.Reading(t.Pick(
            $"{ReportText.Count(active)} 个城市有基金或出资方，共 {ReportText.Count(n.EdgeCount)} 条城市对（含本地）。吸引最多的三个城市是{string.Join("、", top.Select(x => x.Node.Label))}，合计占全部{unit}的 {ReportText.Percent(share3)}。",
            $"{ReportText.Count(active)} cities register funds or supply partners, linked by {ReportText.Count(n.EdgeCount)} city pairs (local ones included). The three cities that attract most are {string.Join(", ", top.Select(x => x.Node.Label))}, together {ReportText.Percent(share3)} of all {unit}."));
        var map = NetworkSvg.Draw(n, new NetworkSvgOptions
        {
            Language = t.Language,
            Weight = w,
            SizeWeight = w,
            TopEdges = f.Options.TopEdges,
            Width = 1100,
            Height = 820,
            Title = t.Pick("资本集聚网络（合伙人城市 → 基金城市）", "Capital agglomeration network (partner city → fund city)"),
        });
        page.Figure(map, t.Pick(
            $"城市网络地图：节点面积 = 吸引的{unit}，颜色 = 区域，空心圆 = 只出资的城市。",
            $"The city network on the map: node area = {unit} attracted, colour = region, hollow rings = cities that only supply capital."),
            p => CityTable(f, p));

        page.Table(t.Pick("网络概况", "The network at a glance"), [t.Pick("指标", "figure"), t.Pick("键", "key"), "#" + t.Pick("数值", "value"), t.Pick("说明", "note")],
            new[] { "node_count", "edge_count", "total_weight", "local_share" }.Select(k => ConcentrationSection.FigureRow(f, k)), id: "network-figures", sortable: false);
        page.Element("h3", t.Pick("主要城市", "Leading cities"));
        var table = MeasureTable.Of(f.Attracted, f.Supplied, f.Local) with { Top = f.Options.Top };
        page.Raw("<div class=\"grid\">\n");
        Leading(f, page, table with { SortBy = 0 }, t.Pick($"吸引资本最多的城市（{unit}）", $"Cities that attract most ({unit})"), t.Pick("吸引", "attracted"));
        Leading(f, page, table with { SortBy = 1 }, t.Pick($"输出资本最多的城市（{unit}）", $"Cities that supply most ({unit})"), t.Pick("输出", "supplied"));
        Leading(f, page, table with { SortBy = 2 }, t.Pick($"本地资本最多的城市（{unit}）", $"Cities with most local capital ({unit})"), t.Pick("本地", "local"));
        page.Raw("</div>\n");
        page.Paragraph(t.Pick(
            "“登记基金”按基金注册地每只基金计一次；“吸引”按基金–城市联系计数，一只基金的合伙人分布在几个城市就计几次。占比以全部城市的合计为分母。",
            "“Funds registered” counts each fund once where it is registered; “attracted” counts fund–city links, a fund once per city its partners sit in. Shares are of all cities' total."), "note");
    }

    private static void Leading(StudyFigures f, PageWriter page, MeasureTable table, string caption, string valueHeader)
    {
        var t = f.Text;
        var column = table.Columns[table.SortBy];
        var total = column.Sum;
        page.Table(caption, ["#" + t.Pick("名次", "rank"), t.Pick("城市", "city"), "#" + valueHeader, "#" + t.Pick("占比", "share"), "#" + t.Pick("登记基金", "funds registered")],
            table.Rows().Select((v, i) => (IReadOnlyList<Cell>)
            [
                Cell.Of(i + 1, (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                f.Network.Nodes[v].Label,
                Cell.Of(column[v], t.Amount(column[v], f.Weight)),
                Cell.Of(total > 0 ? column[v] / total : double.NaN, ReportText.Percent(total > 0 ? column[v] / total : double.NaN)),
                Cell.Of(f.Registered[v], ReportText.Count(f.Registered[v])),
            ]), cssClass: "leading");
    }

    /// <summary>The map's data: every city with a flow, its coordinates and figures; then the strongest flows drawn.</summary>
    private static void CityTable(StudyFigures f, PageWriter page)
    {
        var t = f.Text;
        var n = f.Network;
        page.Table(t.Pick("有资本流动的城市", "Cities with any flow"),
            [t.Pick("代码", "code"), t.Pick("城市", "city"), t.Pick("省份", "province"), t.Pick("区域", "region"), "#" + t.Pick("经度", "longitude"), "#" + t.Pick("纬度", "latitude"),
             "#" + t.Pick("吸引", "attracted"), "#" + t.Pick("输出", "supplied"), "#" + t.Pick("本地", "local"), "#" + t.Pick("登记基金", "registered funds")],
            Enumerable.Range(0, n.NodeCount).Where(v => f.Attracted[v] > 0 || f.Supplied[v] > 0).Select(v =>
            {
                var node = n.Nodes[v];
                var d = node.Division;
                return (IReadOnlyList<Cell>)
                [
                    node.Id, node.Label, d?.ProvinceName ?? "", t.Region(node.Region),
                    Cell.Of(d?.Longitude ?? double.NaN, ReportText.Number(d?.Longitude ?? double.NaN, 2)),
                    Cell.Of(d?.Latitude ?? double.NaN, ReportText.Number(d?.Latitude ?? double.NaN, 2)),
                    Cell.Of(f.Attracted[v], t.Amount(f.Attracted[v], f.Weight), "in_strength:" + node.Id),
                    Cell.Of(f.Supplied[v], t.Amount(f.Supplied[v], f.Weight), "out_strength:" + node.Id),
                    Cell.Of(f.Local[v], t.Amount(f.Local[v], f.Weight), "local_strength:" + node.Id),
                    Cell.Of(f.Registered[v], ReportText.Count(f.Registered[v]), "registered_funds:" + node.Id),
                ];
            }));
        var weights = n.Weights(f.Weight).ToArray();
        var src = n.Sources.ToArray();
        var tgt = n.Targets.ToArray();
        var flows = Enumerable.Range(0, n.EdgeCount).Where(e => src[e] != tgt[e] && weights[e] > 0)
            .OrderByDescending(e => weights[e]).ThenBy(e => e).Take(f.Options.TopEdges).ToList();
        page.Table(t.Pick($"最强的 {flows.Count} 条城市间流动（地图上的箭头）", $"The {flows.Count} strongest flows between cities (the arrows of the map)"),
            ["#" + t.Pick("名次", "rank"), t.Pick("合伙人城市", "partner city"), t.Pick("基金城市", "fund city"), "#" + t.WeightName(f.Weight)],
            flows.Select((e, i) => (IReadOnlyList<Cell>)
            [
                Cell.Of(i + 1, (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                n.Nodes[src[e]].Label, n.Nodes[tgt[e]].Label, Cell.Of(weights[e], t.Amount(weights[e], f.Weight)),
            ]));
    }
}

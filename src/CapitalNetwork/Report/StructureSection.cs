using System.Globalization;
using CapitalNetwork.Measures;

namespace CapitalNetwork.Report;

/// <summary>Network structure (the <see cref="Structure"/> figures of R sna / UCINET), structural holes, and the CONCOR block model with its roles.</summary>
internal static class StructureSection
{
    public static void Write(StudyFigures f, PageWriter page)
    {
        var t = f.Text;
        var n = f.Network;
        page.Method(t.Pick(
            "整体网络结构按 R sna 2.7-1 / UCINET 的定义，在二值有向网络上计算（权重 > 0 即有关系，不含自环）：密度、互惠性、传递性、Krackhardt 关联度、等级度、效率、最小上限、Freeman 中心势；E–I 指数以四大区域为组。结构洞：Burt（1992）约束系数与有效规模（NetworkX 约定）。",
            "Whole-network structure as R sna 2.7-1 / UCINET define it, on the binary directed network (a tie where the weight > 0, self-loops left out): density, reciprocity, transitivity, Krackhardt's connectedness, hierarchy, efficiency and least upper boundedness, Freeman centralizations; the E–I index with the four regions as groups. Structural holes: Burt's (1992) constraint and effective size (NetworkX conventions)."));
        var density = f.Figure("density");
        var connected = f.Figure("connectedness");
        var ei = f.Figure("ei_index");
        page.Reading(t.Pick(
            $"网络密度 {ReportText.Number(density.Value, 4)}，即可能的城市间关系中只有 {ReportText.Percent(density.Value)} 实际存在；关联度 {ReportText.Number(connected.Value)}" +
            (ei.IsDefined ? $"；E–I 指数 {ReportText.Number(ei.Value)}（{(ei.Value < 0 ? "区域内部的关系多于跨区域关系" : "跨区域关系多于区域内部关系")}）。" : "。"),
            $"The density is {ReportText.Number(density.Value, 4)}: only {ReportText.Percent(density.Value)} of the possible ties between cities exist; connectedness is {ReportText.Number(connected.Value)}" +
            (ei.IsDefined ? $"; the E–I index is {ReportText.Number(ei.Value)} ({(ei.Value < 0 ? "more ties inside the regions than across them" : "more ties across regions than inside them")})." : ".")));
        page.Table(t.Pick("网络结构指标", "Network structure"), [t.Pick("指标", "figure"), t.Pick("键", "key"), "#" + t.Pick("数值", "value"), t.Pick("说明", "note")],
            f.Structure.Select(x => ConcentrationSection.FigureRow(f, x.Key)), id: "structure-figures", sortable: false);

        page.Element("h3", t.Pick("结构洞", "Structural holes"));
        var ranked = Enumerable.Range(0, n.NodeCount).Where(v => double.IsFinite(f.Constraint[v]))
            .OrderBy(v => f.Constraint[v]).ThenBy(v => v).Take(f.Options.Top).ToList();
        page.Table(t.Pick("约束最小的城市（最能跨越结构洞）", "Least constrained cities (best placed across structural holes)"),
            ["#" + t.Pick("名次", "rank"), t.Pick("城市", "city"), "#" + t.Pick("约束系数", "constraint"), "#" + t.Pick("有效规模", "effective size")],
            ranked.Select((v, i) => (IReadOnlyList<Cell>)
            [
                Cell.Of(i + 1, (i + 1).ToString(CultureInfo.InvariantCulture)), n.Nodes[v].Label,
                Cell.Of(f.Constraint[v], ReportText.Number(f.Constraint[v]), "constraint:" + n.Nodes[v].Id),
                Cell.Of(f.EffectiveSize[v], ReportText.Number(f.EffectiveSize[v], 2), "effective_size:" + n.Nodes[v].Id),
            ]));

        page.Element("h3", t.Pick("CONCOR 块模型", "CONCOR block model"));
        var b = f.Blocks;
        page.Method(t.Pick(
            $"CONCOR（Breiger、Boorman、Arabie 1975）：反复计算 [A; Aᵀ] 各列的相关系数直到收敛为 ±1，将城市分成结构对等的块（{b.Variant}）。块密度不低于 α = {ReportText.Number(b.Alpha, 4)}（网络密度）记为 1，得到像矩阵；块的角色按块内关系比例与期望比例、接收比例判断（净溢出、净受益、双向溢出、经纪人）。",
            $"CONCOR (Breiger, Boorman and Arabie 1975): correlations of the columns of [A; Aᵀ] iterated until they are ±1 split the cities into structurally equivalent blocks ({b.Variant}). A block density of at least α = {ReportText.Number(b.Alpha, 4)} (the network density) is a 1 of the image matrix; each block's role follows from its internal share against the expected one and from what it receives: net spillover, net beneficiary, bidirectional spillover, broker."));
        var roles = b.Blocks.Where(x => x.Role is not null).Select(x => $"{x.Index + 1}: {t.Role(x.Role)}").DefaultIfEmpty(t.Pick("无", "none"));
        page.Reading(t.Pick(
            $"分为 {b.Blocks.Length} 个块；角色：{string.Join("；", roles)}。",
            $"{b.Blocks.Length} blocks; roles: {string.Join("; ", roles)}."));
        page.Table(t.Pick("块与角色", "Blocks and roles"),
            ["#" + t.Pick("块", "block"), "#" + t.Pick("城市数", "cities"), t.Pick("角色", "role"), "#" + t.Pick("块内关系", "ties inside"), "#" + t.Pick("发出", "sent out"), "#" + t.Pick("接收", "received"),
             "#" + t.Pick("块内比例", "internal share"), "#" + t.Pick("期望比例", "expected share"), t.Pick("城市（前 8 个，按吸引量）", "cities (first 8 by what they attract)")],
            b.Blocks.Select(x => (IReadOnlyList<Cell>)
            [
                Cell.Of(x.Index + 1, (x.Index + 1).ToString(CultureInfo.InvariantCulture)), Cell.Of(x.Size, ReportText.Count(x.Size)), t.Role(x.Role),
                Cell.Of(x.SentInside, ReportText.Count(x.SentInside)), Cell.Of(x.SentOut, ReportText.Count(x.SentOut)), Cell.Of(x.ReceivedFromOutside, ReportText.Count(x.ReceivedFromOutside)),
                Cell.Of(x.InternalShare, ReportText.Percent(x.InternalShare)), Cell.Of(x.ExpectedInternalShare, ReportText.Percent(x.ExpectedInternalShare)),
                string.Join(t.Pick("、", ", "), x.Members.OrderByDescending(v => f.Attracted[v]).ThenBy(v => v).Take(8).Select(v => n.Nodes[v].Label)),
            ]), id: "blocks");
        page.Raw("<div class=\"grid\">\n");
        page.Figure(SvgCharts.BlockMatrix(n, b, new SvgChartOptions { Language = t.Language, Width = 560, Height = 560, Title = t.Pick("按块排列的邻接矩阵", "Adjacency matrix by block") }),
            t.Pick("行、列按块排列的邻接矩阵，线为块的边界。", "The adjacency matrix with rows and columns in block order; lines are block borders."), p => DensityTable(f, p));
        page.Figure(SvgCharts.BlockGraph(b, new SvgChartOptions { Language = t.Language, Width = 560, Height = 560, Title = t.Pick("块之间的关系（像矩阵）", "Ties between blocks (image matrix)") }),
            t.Pick("块为节点，像矩阵中为 1 的块间关系为箭头。", "Blocks as nodes, the 1s of the image matrix as arrows."), p => ImageTable(f, p));
        page.Raw("</div>\n");
    }

    private static void DensityTable(StudyFigures f, PageWriter page)
    {
        var t = f.Text;
        var b = f.Blocks;
        page.Table(t.Pick("块密度矩阵（行 = 发出，列 = 接收）", "Block density matrix (rows send, columns receive)"),
            [t.Pick("块", "block"), .. b.Blocks.Select(x => "#" + (x.Index + 1).ToString(CultureInfo.InvariantCulture))],
            b.Blocks.Select(x => (IReadOnlyList<Cell>)
            [
                (x.Index + 1).ToString(CultureInfo.InvariantCulture),
                .. b.Blocks.Select(y => Cell.Of(b.Density[x.Index][y.Index], ReportText.Number(b.Density[x.Index][y.Index], 4))),
            ]), sortable: false);
    }

    private static void ImageTable(StudyFigures f, PageWriter page)
    {
        var t = f.Text;
        var b = f.Blocks;
        page.Table(t.Pick($"像矩阵（密度 ≥ α = {ReportText.Number(b.Alpha, 4)} 为 1）", $"Image matrix (1 where density ≥ α = {ReportText.Number(b.Alpha, 4)})"),
            [t.Pick("块", "block"), .. b.Blocks.Select(x => "#" + (x.Index + 1).ToString(CultureInfo.InvariantCulture))],
            b.Blocks.Select(x => (IReadOnlyList<Cell>)
            [
                (x.Index + 1).ToString(CultureInfo.InvariantCulture),
                .. b.Blocks.Select(y => Cell.Of(b.Image[x.Index][y.Index], b.Image[x.Index][y.Index].ToString(CultureInfo.InvariantCulture))),
            ]), sortable: false);
    }
}

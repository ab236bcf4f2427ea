using System.Globalization;
using CapitalNetwork.Measures;

namespace CapitalNetwork.Report;

/// <summary>Core and periphery (k-core coreness, the Borgatti–Everett fit with its permutation test) and Louvain communities.</summary>
internal static class CorePeripherySection
{
    public static void Write(StudyFigures f, PageWriter page)
    {
        var t = f.Text;
        var n = f.Network;
        var be = f.CorePeriphery;
        var sig = f.Significance is { PValue: var pv } test && double.IsFinite(pv) ? test : null;
        page.Method(t.Pick(
            "k-核（Batagelj–Zaversnik 2003，无向简单图）：城市所在的最高 k-核，越大越处于网络核心。Borgatti–Everett 离散核心–边缘模型（2000）：寻找使观测关系与理想核心–边缘模式的相关系数 ρ 最大的划分；显著性用保持度序列的随机重连（" +
            $"{f.Options.Permutations} 次，种子 {f.Options.Seed}）检验 ρ 是否高于随机网络。社区：Louvain 算法（Blondel 等 2008）最大化模块度 Q，权重为{t.WeightName(f.Weight)}（无向，w_ij + w_ji）。",
            "k-core (Batagelj–Zaversnik 2003, undirected simple graph): the highest k-core a city belongs to; the larger, the more central. Borgatti–Everett discrete core/periphery model (2000): the partition whose ideal pattern correlates best (ρ) with the observed ties; its significance compares ρ with degree-preserving rewirings " +
            $"({f.Options.Permutations} of them, seed {f.Options.Seed}). Communities: Louvain (Blondel et al. 2008) maximising modularity Q, weighted by {t.WeightName(f.Weight)} (undirected, w_ij + w_ji)."));
        var maxCore = f.Coreness.Values.Max();
        var inMax = f.Coreness.Values.Count(x => x == maxCore);
        var significant = sig is not null && sig.PValue <= 0.05;
        var groups = f.Communities.Communities().Count(c => c.Count > 1);
        page.Reading(t.Pick(
            $"最高 k-核为 {ReportText.Count(maxCore)}，包含 {inMax} 个城市。Borgatti–Everett 核心有 {be.CoreSize} 个城市，拟合度 ρ = {ReportText.Number(be.Fit)}" +
            (sig is null ? "（没有做或无法做显著性检验）。" : $"，置换检验 p = {ReportText.Number(sig.PValue)}：{(significant ? "核心–边缘结构显著强于随机网络。" : "与保持度序列的随机网络相比并不显著——核心主要由城市的连接数决定。")}") +
            $"Louvain 找到 {f.Communities.Count} 个社区（其中 {groups} 个不止一个城市，其余各只有一个城市），模块度 Q = {ReportText.Number(f.Communities.Modularity)}。",
            $"The highest k-core is {ReportText.Count(maxCore)}, with {inMax} cities. The Borgatti–Everett core holds {be.CoreSize} cities, fit ρ = {ReportText.Number(be.Fit)}" +
            (sig is null ? " (no significance test, or none possible)." : $"; permutation test p = {ReportText.Number(sig.PValue)}: {(significant ? "the core/periphery structure is stronger than in random networks." : "not significant against random networks with the same degrees — the core follows from how many ties the cities have.")}") +
            $" Louvain finds {f.Communities.Count} communities ({groups} of more than one city; the rest are single cities), modularity Q = {ReportText.Number(f.Communities.Modularity)}."));

        page.Table(t.Pick("核心–边缘与社区指标", "Core/periphery and community figures"), [t.Pick("指标", "figure"), t.Pick("键", "key"), "#" + t.Pick("数值", "value")],
        [
            [t.Pick("Borgatti–Everett 拟合度 ρ", "Borgatti–Everett fit ρ"), "be_fit", Cell.Of(be.Fit, ReportText.Number(be.Fit, 4), "be_fit")],
            [t.Pick("置换检验 p 值", "permutation test p-value"), "be_p_value", sig is null ? new Cell("—", double.NaN, "be_p_value") : Cell.Of(sig.PValue, ReportText.Number(sig.PValue, 4), "be_p_value")],
            [t.Pick("随机网络 ρ 的均值 / 标准差", "ρ of random networks: mean / sd"), "", sig is null ? "—" : $"{ReportText.Number(sig.Null.Mean, 4)} / {ReportText.Number(sig.Null.StandardDeviation, 4)}"],
            [t.Pick("核心城市数", "core size"), "", Cell.Of(be.CoreSize, ReportText.Count(be.CoreSize))],
            [t.Pick("核心内密度 / 核心–边缘密度 / 边缘内密度", "density core / core–periphery / periphery"), "",
                $"{ReportText.Number(be.CoreDensity, 3)} / {ReportText.Number(be.CorePeripheryDensity, 3)} / {ReportText.Number(be.PeripheryDensity, 3)}"],
            [t.Pick("最高 k-核", "highest k-core"), "coreness", Cell.Of(maxCore, ReportText.Count(maxCore))],
            [t.Pick("社区数", "communities"), "", Cell.Of(f.Communities.Count, ReportText.Count(f.Communities.Count))],
            [t.Pick("模块度 Q", "modularity Q"), "modularity", Cell.Of(f.Communities.Modularity, ReportText.Number(f.Communities.Modularity, 4), "modularity")],
        ], sortable: false);

        page.Table(t.Pick("Borgatti–Everett 核心城市（按吸引量）", "Cities of the Borgatti–Everett core (by what they attract)"),
            [t.Pick("城市", "city"), t.Pick("区域", "region"), "#" + t.Pick("k-核", "k-core"), "#" + t.Pick("吸引", "attracted")],
            be.Core.OrderByDescending(v => f.Attracted[v]).ThenBy(v => v).Select(v => (IReadOnlyList<Cell>)
            [
                n.Nodes[v].Label, t.Region(n.Nodes[v].Region), Cell.Of(f.Coreness[v], ReportText.Count(f.Coreness[v]), "coreness:" + n.Nodes[v].Id),
                Cell.Of(f.Attracted[v], t.Amount(f.Attracted[v], f.Weight)),
            ]));

        var shells = f.Coreness.Values.Where(x => x > 0).GroupBy(x => x).OrderByDescending(g => g.Key).ToList();
        page.Table(t.Pick("k-核分布", "Cities by k-core"), ["#k", "#" + t.Pick("城市数", "cities"), t.Pick("城市（前 8 个，按吸引量）", "cities (first 8 by what they attract)")],
            shells.Select(g => (IReadOnlyList<Cell>)
            [
                Cell.Of(g.Key, ReportText.Count(g.Key)), Cell.Of(g.Count(), ReportText.Count(g.Count())),
                string.Join(t.Pick("、", ", "), Enumerable.Range(0, n.NodeCount).Where(v => f.Coreness[v] == g.Key).OrderByDescending(v => f.Attracted[v]).ThenBy(v => v).Take(8).Select(v => n.Nodes[v].Label)),
            ]), sortable: false);

        page.Element("h3", t.Pick("社区", "Communities"));
        var communities = f.Communities.Communities().Where(c => c.Any(v => f.Attracted[v] > 0 || f.Supplied[v] > 0))
            .OrderByDescending(c => c.Sum(v => f.Attracted[v])).ThenBy(c => c[0]).ToList();
        page.Table(t.Pick("Louvain 社区（有流动的城市；按吸引量）", "Louvain communities (cities with flows; by what they attract)"),
            ["#" + t.Pick("社区", "community"), "#" + t.Pick("城市数", "cities"), "#" + t.Pick("吸引", "attracted"), t.Pick("主要区域", "main region"), t.Pick("主要城市", "leading cities")],
            communities.Select(c => (IReadOnlyList<Cell>)
            [
                Cell.Of(f.Communities.Membership[c[0]], f.Communities.Membership[c[0]].ToString(CultureInfo.InvariantCulture)),
                Cell.Of(c.Count, ReportText.Count(c.Count)),
                Cell.Of(c.Sum(v => f.Attracted[v]), t.Amount(c.Sum(v => f.Attracted[v]), f.Weight)),
                t.Region(c.GroupBy(v => n.Nodes[v].Region).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key),
                string.Join(t.Pick("、", ", "), c.OrderByDescending(v => f.Attracted[v]).ThenBy(v => v).Take(8).Select(v => n.Nodes[v].Label)),
            ]));
    }
}

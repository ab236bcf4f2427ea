using System.Globalization;
using CapitalNetwork.Measures;

namespace CapitalNetwork.Report;

/// <summary>
/// Explaining the flows: the MRQAP regression (<see cref="Qap.Regression"/>, as <c>capnet qap</c>) and the PPML gravity
/// model with origin and destination fixed effects (<see cref="Gravity.Ppml(DyadMatrix, IReadOnlyList{DyadMatrix}, GravityOptions?, CancellationToken)"/>,
/// as <c>capnet gravity</c>) of the weight's matrix on ln distance, same province and same region, each as a regression
/// table with its reading; the full figures go to the appendix.
/// </summary>
internal static class FlowsSection
{
    public static void Write(StudyFigures f, PageWriter page)
    {
        var t = f.Text;
        var unit = t.Unit(f.Weight);
        page.Paragraph(t.Pick(
            $"城市之间的{unit}多少由什么决定？两个模型用同样三个解释变量：两城市间大圆距离（公里）的对数、是否同省、是否同属四大区域中的同一区域；被解释的是城市对之间的{unit}（不含本地资本）。",
            $"What decides how much flows between two cities? Both models use the same three explanations: the log of the great-circle distance (km), being in the same province, being in the same of the four regions; what they explain is the {unit} between two different cities (local capital left out)."));

        page.Element("h3", t.Pick("MRQAP 回归", "MRQAP regression"));
        var permutations = f.Options.Permutations;
        page.Method(t.Pick(
            $"多元回归二次指派程序（MRQAP，同 UCINET 与 R sna netlm）：对所有不同城市的有序城市对作最小二乘回归；因为城市对之间并不独立，显著性不用 t 分布，而用按城市的置换检验，采用双重半偏置换（double semi-partialling，Dekker、Krackhardt、Snijders 2007）。置换次数与随机种子即本报告的 permutations 与 seed 选项（{permutations:N0} 次，种子 {f.Options.Seed}；为 0 时不计算 p 值，系数与 R² 不受影响）。",
            $"Multiple regression QAP (MRQAP, as UCINET and R sna netlm): least squares over every ordered pair of different cities; because pairs are not independent, significance comes not from the t distribution but from permuting the cities, with double semi-partialling (Dekker, Krackhardt and Snijders 2007). The permutations and the seed are the report's permutations and seed options ({permutations:N0}, seed {f.Options.Seed}; with 0 the p-values are not computed, and the coefficients and R² do not depend on them)."));
        if (f.Qap is { } q) Qap(f, page, q);
        else page.Paragraph(t.Pick($"无法估计：{f.QapProblem}", $"Not estimated: {f.QapProblem}"));

        page.Element("h3", t.Pick("引力模型（PPML）", "Gravity model (PPML)"));
        page.Method(t.Pick(
            "泊松伪最大似然（PPML，Santos Silva、Tenreyro 2006）估计的引力模型：E[F_ij] = exp(β ln d_ij + γ·同省 + δ·同区域 + o_i + d_j)，保留零流量；发出城市与接收城市固定效应 o_i、d_j 吸收了每个城市的规模（结构引力模型）；稳健（HC0）标准误。所有流量为 0 的发出或接收城市无法识别其固定效应，连同其城市对一并剔除。",
            "The gravity model by Poisson pseudo-maximum likelihood (PPML, Santos Silva and Tenreyro 2006): E[F_ij] = exp(β ln d_ij + γ·same province + δ·same region + o_i + d_j), zero flows kept; the origin and destination fixed effects o_i, d_j absorb each city's size (structural gravity); robust (HC0) standard errors. An origin or destination whose flows are all zero has no identified effect and is dropped with its pairs."));
        if (f.Gravity is { } g) Gravity(f, page, g);
        else page.Paragraph(t.Pick($"无法估计：{f.GravityProblem}", $"Not estimated: {f.GravityProblem}"));
    }

    private static void Qap(StudyFigures f, PageWriter page, QapRegressionResult q)
    {
        var t = f.Text;
        var tested = f.QapTested;
        var significant = q.Terms.Skip(1).Where(x => tested && x.ShareAsExtreme < 0.05).Select(x => Term(t, x.Name)).ToList();
        var distance = q.Terms.FirstOrDefault(x => x.Name == "log_distance");
        page.Reading(t.Pick(
            (distance is null ? "" : $"在其余两项相同时，距离对数每增加 1（距离约为原来的 2.7 倍），城市对之间的流量平均{(distance.Coefficient < 0 ? "减少" : "增加")} {ReportText.Number(Math.Abs(distance.Coefficient), 4)}。") +
            $"R² = {ReportText.Number(q.RSquared, 4)}：距离与行政边界只解释了城市对之间流量差异的{(q.RSquared < 0.1 ? "很小一部分" : "一部分")}。" +
            (!tested ? "未做置换检验（permutations = 0）。" : significant.Count == 0 ? "在 5 % 水平上没有显著的解释变量（双侧置换 p 值）。" : $"在 5 % 水平上显著（双侧置换 p 值）：{string.Join("、", significant)}。"),
            (distance is null ? "" : $"With the other two held equal, one more unit of log distance (a distance about 2.7 times as far) goes with {ReportText.Number(Math.Abs(distance.Coefficient), 4)} {(distance.Coefficient < 0 ? "less" : "more")} flow between two cities on average. ") +
            $"R² = {ReportText.Number(q.RSquared, 4)}: distance and administrative borders explain {(q.RSquared < 0.1 ? "only a small part" : "a part")} of how flows differ between pairs of cities. " +
            (!tested ? "No permutation test was run (permutations = 0)." : significant.Count == 0 ? "No explanation is significant at 5 % (two-sided permutation p-values)." : $"Significant at 5 % (two-sided permutation p-values): {string.Join(", ", significant)}.")));
        var notComputed = t.Pick("未计算", "not computed");
        List<IReadOnlyList<Cell>> rows = [.. q.Terms.Select(x => (IReadOnlyList<Cell>)
        [
            Term(t, x.Name),
            Cell.Of(x.Coefficient, ReportText.Number(x.Coefficient, 4) + (tested ? Stars(x.ShareAsExtreme) : ""), "qap:coefficient:" + x.Name, x.Name),
            Cell.Of(x.StandardizedCoefficient, ReportText.Number(x.StandardizedCoefficient, 4)),
            Cell.Of(x.TValue, ReportText.Number(x.TValue, 3)),
            tested ? Cell.Of(x.ShareAsExtreme, P(x.ShareAsExtreme), "qap:p:" + x.Name) : notComputed,
        ])];
        rows.Add(["R²", Cell.Of(q.RSquared, ReportText.Number(q.RSquared, 4), "qap:r_squared"), "", "", ""]);
        rows.Add([t.Pick("城市对（城市）", "pairs (cities)"), Cell.Of(q.Dyads, $"{ReportText.Count(q.Dyads)} ({ReportText.Count(q.NodeCount)})"), "", "", ""]);
        var caption = t.Pick($"MRQAP 回归：{t.Unit(f.Weight)}", $"MRQAP regression of {t.Unit(f.Weight)}");
        page.Table(caption,
            [t.Pick("解释变量", "term"), "#" + t.Pick("系数", "coefficient"), "#" + t.Pick("标准化系数", "std. coefficient"), "#t", "#" + t.Pick("P(|t|)，置换", "P(|t|), permutation")],
            rows, id: "qap-table", sortable: false);
        page.Paragraph(t.Pick(
            tested ? $"显著性：*** < 0.001，** < 0.01，* < 0.05，. < 0.1（双侧置换 p 值，{q.Options.Permutations:N0} 次置换，种子 {q.Options.Seed}）。不含对角线（本地资本）。" : "p 值未计算（permutations = 0）。不含对角线（本地资本）。",
            tested ? $"Signif.: *** < 0.001, ** < 0.01, * < 0.05, . < 0.1 (two-sided permutation p-value, {q.Options.Permutations:N0} permutations, seed {q.Options.Seed}). Diagonal (local capital) left out." : "p-values not computed (permutations = 0). Diagonal (local capital) left out."),
            "note");
        page.TableData(caption, p => QapData(f, p, q));
    }

    private static void Gravity(StudyFigures f, PageWriter page, GravityResult g)
    {
        var t = f.Text;
        var distance = g.Terms.FirstOrDefault(x => x.Name == "log_distance");
        var province = g.Terms.FirstOrDefault(x => x.Name == "same_province");
        var region = g.Terms.FirstOrDefault(x => x.Name == "same_region");
        string Change(double b) => ReportText.Percent(Math.Abs(Math.Exp(b) - 1));
        var reading = t.Pick(
            (distance is null ? "" : $"距离弹性为 {ReportText.Number(distance.Coefficient, 3)}：在发出城市与接收城市相同的情况下，距离每远 1 %，预期流量{(distance.Coefficient < 0 ? "减少" : "增加")}约 {ReportText.Number(Math.Abs(distance.Coefficient), 2)} %；距离加倍，预期流量{(distance.Coefficient < 0 ? "减少" : "增加")} {Change(distance.Coefficient * Math.Log(2))}。") +
            (province is null ? "" : $"同省的城市对预期流量{(province.Coefficient < 0 ? "低" : "高")} {Change(province.Coefficient)}") +
            (region is null ? "" : $"，同区域{(region.Coefficient < 0 ? "低" : "高")} {Change(region.Coefficient)}（距离相同时）。") +
            $"伪 R² = {ReportText.Number(g.PseudoRSquared, 4)}。" + (g.Converged ? "" : $"迭代 {g.Iterations} 次未收敛，估计值不是最终结果。"),
            (distance is null ? "" : $"The distance elasticity is {ReportText.Number(distance.Coefficient, 3)}: for the same origin and destination, a pair 1 % farther apart expects about {ReportText.Number(Math.Abs(distance.Coefficient), 2)} % {(distance.Coefficient < 0 ? "less" : "more")} flow; twice the distance, {Change(distance.Coefficient * Math.Log(2))} {(distance.Coefficient < 0 ? "less" : "more")}. ") +
            (province is null ? "" : $"Pairs in the same province expect {Change(province.Coefficient)} {(province.Coefficient < 0 ? "less" : "more")} flow") +
            (region is null ? "" : $", pairs in the same region {Change(region.Coefficient)} {(region.Coefficient < 0 ? "less" : "more")}, at the same distance. ") +
            $"Pseudo-R² = {ReportText.Number(g.PseudoRSquared, 4)}." + (g.Converged ? "" : $" Not converged in {g.Iterations} iterations: the estimates are not final."));
        page.Reading(reading);
        List<IReadOnlyList<Cell>> rows = [.. g.Terms.Select(x => (IReadOnlyList<Cell>)
        [
            Term(t, x.Name),
            Cell.Of(x.Coefficient, ReportText.Number(x.Coefficient, 4) + Stars(x.P), "gravity:coefficient:" + x.Name, x.Name),
            Cell.Of(x.StandardError, "(" + ReportText.Number(x.StandardError, 4) + ")"),
            Cell.Of(x.Z, ReportText.Number(x.Z, 3)),
            Cell.Of(x.P, P(x.P), "gravity:p:" + x.Name),
        ])];
        rows.Add([t.Pick("伪 R²", "pseudo-R²"), Cell.Of(g.PseudoRSquared, ReportText.Number(g.PseudoRSquared, 4), "gravity:pseudo_r_squared"), "", "", ""]);
        rows.Add([t.Pick("城市对（其中零流量）", "pairs (zero flows)"), Cell.Of(g.Observations, $"{ReportText.Count(g.Observations)} ({ReportText.Count(g.ZeroObservations)})"), "", "", ""]);
        rows.Add([t.Pick("固定效应：发出、接收", "fixed effects: origin, destination"), $"{ReportText.Count(g.OriginEffects)}, {ReportText.Count(g.DestinationEffects)}", "", "", ""]);
        var caption = t.Pick($"PPML 引力模型：{t.Unit(f.Weight)}", $"PPML gravity model of {t.Unit(f.Weight)}");
        page.Table(caption,
            [t.Pick("解释变量", "term"), "#" + t.Pick("系数", "coefficient"), "#" + t.Pick("稳健标准误", "robust s.e."), "#z", "#p"],
            rows, id: "gravity-table", sortable: false);
        page.Paragraph(t.Pick(
            $"显著性：*** < 0.001，** < 0.01，* < 0.05，. < 0.1。不含对角线；所有流量为 0 而剔除：发出城市 {ReportText.Count(g.DroppedOrigins.Length)} 个、接收城市 {ReportText.Count(g.DroppedDestinations.Length)} 个。",
            $"Signif.: *** < 0.001, ** < 0.01, * < 0.05, . < 0.1. Diagonal left out; dropped for all-zero flows: {ReportText.Count(g.DroppedOrigins.Length)} origins, {ReportText.Count(g.DroppedDestinations.Length)} destinations."),
            "note");
        page.TableData(caption, p => GravityData(f, p, g));
    }

    private static void QapData(StudyFigures f, PageWriter page, QapRegressionResult q)
    {
        var t = f.Text;
        var tested = f.QapTested;
        Cell Share(double v) => tested ? Cell.Of(v, ReportText.Number(v, 4)) : t.Pick("未计算", "not computed");
        page.Table(t.Pick("MRQAP 各项", "MRQAP terms"),
            [t.Pick("键", "key"), "#" + t.Pick("系数", "coefficient"), "#" + t.Pick("标准化系数", "std. coefficient"), "#" + t.Pick("标准误（仅供参考）", "std. error (reference only)"), "#t", "#P(≥t)", "#P(≤t)", "#P(|t|)"],
            q.Terms.Select(x => (IReadOnlyList<Cell>)
            [
                x.Name, Cell.Of(x.Coefficient, ReportText.Number(x.Coefficient, 6)), Cell.Of(x.StandardizedCoefficient, ReportText.Number(x.StandardizedCoefficient, 6)),
                Cell.Of(x.StandardError, ReportText.Number(x.StandardError, 6)), Cell.Of(x.TValue, ReportText.Number(x.TValue, 4)),
                Share(x.ShareAtLeast), Share(x.ShareAtMost), Share(x.ShareAsExtreme),
            ]), sortable: false);
        page.Table(t.Pick("MRQAP 模型", "MRQAP model"), [t.Pick("键", "key"), "#" + t.Pick("数值", "value")],
        [
            ["r_squared", Cell.Of(q.RSquared, ReportText.Number(q.RSquared, 6))],
            ["adj_r_squared", Cell.Of(q.AdjustedRSquared, ReportText.Number(q.AdjustedRSquared, 6))],
            ["residual_se", Cell.Of(q.ResidualStandardError, ReportText.Number(q.ResidualStandardError, 6))],
            ["dyads", Cell.Of(q.Dyads, ReportText.Count(q.Dyads))],
            ["nodes", Cell.Of(q.NodeCount, ReportText.Count(q.NodeCount))],
            ["permutations", tested ? Cell.Of(q.Options.Permutations, ReportText.Count(q.Options.Permutations)) : "0"],
            ["seed", q.Options.Seed.ToString(CultureInfo.InvariantCulture)],
            ["left_out_nodes", Cell.Of(q.LeftOutNodes.Length, ReportText.Count(q.LeftOutNodes.Length))],
        ], sortable: false);
    }

    private static void GravityData(StudyFigures f, PageWriter page, GravityResult g)
    {
        var t = f.Text;
        page.Table(t.Pick("PPML 各项", "PPML terms"),
            [t.Pick("键", "key"), "#" + t.Pick("系数", "coefficient"), "#" + t.Pick("稳健标准误", "robust s.e."), "#z", "#p"],
            g.Terms.Select(x => (IReadOnlyList<Cell>)
            [
                x.Name, Cell.Of(x.Coefficient, ReportText.Number(x.Coefficient, 6)), Cell.Of(x.StandardError, ReportText.Number(x.StandardError, 6)),
                Cell.Of(x.Z, ReportText.Number(x.Z, 4)), Cell.Of(x.P, x.P.ToString("G4", CultureInfo.InvariantCulture)),
            ]), sortable: false);
        page.Table(t.Pick("PPML 模型", "PPML model"), [t.Pick("键", "key"), "#" + t.Pick("数值", "value")],
        [
            ["observations", Cell.Of(g.Observations, ReportText.Count(g.Observations))],
            ["zero_observations", Cell.Of(g.ZeroObservations, ReportText.Count(g.ZeroObservations))],
            ["origin_effects", Cell.Of(g.OriginEffects, ReportText.Count(g.OriginEffects))],
            ["destination_effects", Cell.Of(g.DestinationEffects, ReportText.Count(g.DestinationEffects))],
            ["dropped_origins", Cell.Of(g.DroppedOrigins.Length, ReportText.Count(g.DroppedOrigins.Length))],
            ["dropped_destinations", Cell.Of(g.DroppedDestinations.Length, ReportText.Count(g.DroppedDestinations.Length))],
            ["left_out_dyads", Cell.Of(g.LeftOutDyads, ReportText.Count(g.LeftOutDyads))],
            ["pseudo_r_squared", Cell.Of(g.PseudoRSquared, ReportText.Number(g.PseudoRSquared, 6))],
            ["deviance", Cell.Of(g.Deviance, ReportText.Number(g.Deviance, 4))],
            ["null_deviance", Cell.Of(g.NullDeviance, ReportText.Number(g.NullDeviance, 4))],
            ["iterations", Cell.Of(g.Iterations, ReportText.Count(g.Iterations))],
            ["converged", g.Converged ? "yes" : "no"],
        ], sortable: false);
    }

    private static string Term(ReportText t, string name) => name switch
    {
        "(intercept)" => t.Pick("截距", "intercept"),
        "log_distance" => t.Pick("距离对数 ln(公里)", "ln distance (km)"),
        "same_province" => t.Pick("同省", "same province"),
        "same_region" => t.Pick("同区域（四大区域）", "same region (four regions)"),
        _ => name,
    };

    private static string Stars(double p) => p < 0.001 ? "***" : p < 0.01 ? "**" : p < 0.05 ? "*" : p < 0.1 ? "." : "";

    private static string P(double p) => !double.IsFinite(p) ? "—" : p < 0.0001 ? "< 0.0001" : ReportText.Number(p, 4);
}

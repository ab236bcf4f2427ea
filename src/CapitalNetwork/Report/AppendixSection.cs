using System.Globalization;
using CapitalNetwork.Measures;

namespace CapitalNetwork.Report;

/// <summary>The appendix: the data of every figure as a table (left by <see cref="PageWriter.Figure"/>), and the exact options, with the capnet commands that print the same numbers.</summary>
internal static class AppendixSection
{
    public static void Write(StudyFigures f, PageWriter page)
    {
        var t = f.Text;
        var o = f.Options;
        page.Method(t.Pick(
            "每幅图的数据都列成表，便于复制和核对；选项与命令可以原样重现本报告中的每一个数字（随机方法固定种子）。",
            "The data of every figure as a table, to copy and check; the options and commands reproduce every number of the report (randomised methods have a fixed seed)."));
        page.Element("h3", t.Pick("选项", "Options"));
        var ingest = o.Ingest;
        string Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? t.Pick("（无）", "(none)");
        var weight = o.Weight.ToString().ToLowerInvariant();
        List<IReadOnlyList<Cell>> rows =
        [
            [t.Pick("输入文件", "input file"), f.Result.Report.File],
            [t.Pick("语言", "language"), t.Tag],
            ["weight", weight],
            ["alpha", o.Alpha.ToString("R", CultureInfo.InvariantCulture)],
            ["seed", o.Seed.ToString(CultureInfo.InvariantCulture)],
            ["permutations", o.Permutations.ToString(CultureInfo.InvariantCulture)],
            ["top", o.Top.ToString(CultureInfo.InvariantCulture)],
            ["top-edges", o.TopEdges.ToString(CultureInfo.InvariantCulture)],
            ["depth (CONCOR)", o.ConcorDepth.ToString(CultureInfo.InvariantCulture) + ", diagonal ignore, binary"],
            ["self-loops (constraint, effective size)", o.SelfLoops ? "keep" : "drop"],
            ["qap (MRQAP)", string.Create(CultureInfo.InvariantCulture,
                $"--y {weight} --x {string.Join(',', StudyFigures.FlowPredictors)}, null spp (double semi-partialling), diagonal excluded, permutations {o.Permutations}{(o.Permutations == 0 ? " (p-values not computed)" : "")}, seed {o.Seed}")],
            ["gravity (PPML)", $"--weight {weight}, {string.Join(", ", StudyFigures.FlowPredictors)}, origin and destination fixed effects, diagonal excluded, max-iterations {GravityOptions.Default.MaxIterations}, tolerance {GravityOptions.Default.Tolerance.ToString("R", CultureInfo.InvariantCulture)}"],
            [t.Pick("区域分组", "grouping"), t.Pick("四大区域（港澳台不计入分组指标）", "four mainland regions (Hong Kong, Macao, Taiwan left out of grouped figures)")],
        ];
        if (ingest is not null)
        {
            rows.Add(["from", Date(ingest.From)]);
            rows.Add(["to", Date(ingest.To)]);
            rows.Add(["capital-unit", ingest.Read.CapitalUnit?.ToString().ToLowerInvariant() ?? t.Pick("按表头", "from the header")]);
            rows.Add(["unplaced-partners", ingest.Read.PartnersWithoutPlace == UnplacedPartners.AtFundCity ? "at-fund-city" : "leave-out"]);
            rows.Add(["accept-short-name-prefix", ingest.AcceptShortNamePrefixes ? "yes" : "no"]);
        }
        page.Table(t.Pick("本报告使用的选项", "Options of this report"), [t.Pick("选项", "option"), t.Pick("值", "value")], rows, id: "options", sortable: false);
        var window = ingest is null ? "" : (ingest.From is { } from ? " --from " + Date(from) : "") + (ingest.To is { } to ? " --to " + Date(to) : "");
        var file = f.Result.Report.File;
        page.Paragraph(t.Pick("用以下命令可得到相同的数字：", "These commands print the same numbers:"));
        page.Raw("<pre class=\"options\"><code>");
        page.Raw(PageWriter.Escape(string.Create(CultureInfo.InvariantCulture,
            $"capnet measures {file}{window} --weight {weight} --alpha {o.Alpha:R} --seed {o.Seed} --permutations {o.Permutations}{(o.SelfLoops ? "" : " --self-loops drop")}\n" +
            $"capnet blocks {file}{window} --depth {o.ConcorDepth}\n" +
            $"capnet qap {file}{window} --y {weight} --x {string.Join(',', StudyFigures.FlowPredictors)} --permutations {Math.Max(1, o.Permutations)} --seed {o.Seed}\n" +
            $"capnet gravity {file}{window} --weight {weight} --x {string.Join(',', StudyFigures.FlowPredictors.Skip(1))}\n")));
        if (o.Permutations == 0)
            page.Paragraph(t.Pick("permutations 为 0 时报告不计算 QAP 的 p 值；capnet qap 至少需要 1 次置换，其系数与 R² 与置换次数无关。",
                "With permutations 0 the report leaves the QAP p-values out; capnet qap needs at least 1 permutation, and its coefficients and R² do not depend on them."));
        if (o.Invocation is { } invocation) page.Raw(PageWriter.Escape(invocation + "\n"));
        page.Raw("</code></pre>\n");

        page.Element("h3", t.Pick("图的数据", "Data of the figures"));
        foreach (var (id, caption, table) in page.AppendixTables.ToList())
        {
            page.Raw($"<div id=\"{id}\" class=\"figure-data\">\n<h4>{PageWriter.Escape(caption)}</h4>\n");
            table(page);
            page.Raw("</div>\n");
        }
        page.Element("h3", t.Pick("参考文献", "References"));
        page.Raw("<ul class=\"references\">\n");
        foreach (var r in References) page.Raw($"<li>{PageWriter.Escape(r)}</li>\n");
        page.Raw("</ul>\n");
    }

    private static readonly string[] References =
    [
        "Batagelj, V., Zaversnik, M. (2003). An O(m) algorithm for cores decomposition of networks. arXiv:cs/0310049.",
        "Blondel, V. D., Guillaume, J.-L., Lambiotte, R., Lefebvre, E. (2008). Fast unfolding of communities in large networks. J. Stat. Mech. P10008. doi:10.1088/1742-5468/2008/10/P10008.",
        "Borgatti, S. P., Everett, M. G. (2000). Models of core/periphery structures. Social Networks 21(4):375–395. doi:10.1016/S0378-8733(99)00019-2.",
        "Breiger, R. L., Boorman, S. A., Arabie, P. (1975). An algorithm for clustering relational data. J. Math. Psychology 12(3):328–383. doi:10.1016/0022-2496(75)90028-0.",
        "Burt, R. S. (1992). Structural Holes. Harvard University Press.",
        "Dekker, D., Krackhardt, D., Snijders, T. A. B. (2007). Sensitivity of MRQAP tests to collinearity and autocorrelation conditions. Psychometrika 72(4):563–581. doi:10.1007/s11336-007-9016-1.",
        "Esteban, J.-M., Ray, D. (1994). On the measurement of polarization. Econometrica 62(4):819–851. doi:10.2307/2951734.",
        "Krackhardt, D. (1994). Graph theoretical dimensions of informal organizations. In Computational Organization Theory, 89–111.",
        "Santos Silva, J. M. C., Tenreyro, S. (2006). The log of gravity. Review of Economics and Statistics 88(4):641–658. doi:10.1162/rest.88.4.641.",
        "Shorrocks, A. F. (1980). The class of additively decomposable inequality measures. Econometrica 48(3):613–625. doi:10.2307/1913126.",
        "Wolfson, M. C. (1994). When inequalities diverge. American Economic Review 84(2):353–358.",
    ];
}

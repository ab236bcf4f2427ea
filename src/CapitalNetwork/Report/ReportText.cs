using System.Globalization;
using CapitalNetwork.Measures;

namespace CapitalNetwork.Report;

/// <summary>
/// The words of the page in its language: <see cref="Pick"/> chooses between the Chinese and the English of a phrase
/// (written side by side where they are used, so neither language can fall behind), and the names that recur (figures,
/// regions, diagnostic codes, block roles) live here once. Numbers are formatted in the invariant culture.
/// </summary>
internal sealed class ReportText(ReportLanguage language)
{
    public ReportLanguage Language { get; } = language;

    public bool Chinese => Language == ReportLanguage.Chinese;

    /// <summary>The language tag of the page.</summary>
    public string Tag => Chinese ? "zh-CN" : "en";

    public string Pick(string chinese, string english) => Chinese ? chinese : english;

    /// <summary>A number with <paramref name="digits"/> decimals; an em dash for NaN or infinity.</summary>
    public static string Number(double value, int digits = 3) =>
        double.IsFinite(value) ? value.ToString("N" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : "—";

    /// <summary>A count with thousands separators (rounded when not whole).</summary>
    public static string Count(double value) =>
        double.IsFinite(value) ? Math.Round(value).ToString("N0", CultureInfo.InvariantCulture) : "—";

    /// <summary>A share as a percentage with one decimal.</summary>
    public static string Percent(double share) =>
        double.IsFinite(share) ? (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %" : "—";

    /// <summary>The value of the weight in its unit: counts for funds and links, 亿元 / CNY 100 million for capital.</summary>
    public string Amount(double value, EdgeWeight weight) =>
        weight == EdgeWeight.Capital ? Number(value / 1e8, 2) : Count(value);

    /// <summary>What the chosen weight counts.</summary>
    public string Unit(EdgeWeight weight) => weight switch
    {
        EdgeWeight.Funds => Pick("基金–城市联系", "fund–city links"),
        EdgeWeight.Links => Pick("合伙人联系", "partner links"),
        _ => Pick("认缴资本（亿元）", "subscribed capital (CNY 100 million)"),
    };

    public string Region(StatisticalRegion region) => Chinese
        ? region.Chinese()
        : region switch
        {
            StatisticalRegion.East => "East",
            StatisticalRegion.Central => "Central",
            StatisticalRegion.West => "West",
            StatisticalRegion.Northeast => "Northeast",
            _ => "Hong Kong, Macao, Taiwan",
        };

    /// <summary>The name of a figure by its <c>capnet measures</c> key.</summary>
    public string Figure(string key) => key switch
    {
        "node_count" => Pick("节点（城市）数", "nodes (cities)"),
        "edge_count" => Pick("边数（含自环）", "edges (self-loops included)"),
        "total_weight" => Pick("总流量", "total flow"),
        "local_share" => Pick("本地资本占比", "local capital share"),
        "hhi" => Pick("赫芬达尔指数 HHI", "Herfindahl index HHI"),
        "hhi_normalized" => Pick("标准化 HHI", "normalised HHI"),
        "cr4" => Pick("前四城市集中度 CR4", "four-city concentration ratio CR4"),
        "gini" => Pick("基尼系数", "Gini coefficient"),
        "theil_t" => Pick("泰尔指数 T（全部城市）", "Theil T (every city)"),
        "theil_l" => Pick("泰尔指数 L", "Theil L"),
        "cv" => Pick("变异系数", "coefficient of variation"),
        "theil_t_between" => Pick("泰尔 T 区域间", "Theil T between regions"),
        "theil_t_within" => Pick("泰尔 T 区域内", "Theil T within regions"),
        "theil_t_grouped" => Pick("泰尔 T（四大区域城市）", "Theil T (cities of the four regions)"),
        "esteban_ray" => Pick("Esteban–Ray 极化指数", "Esteban–Ray polarization"),
        "wolfson" => Pick("Wolfson 极化指数", "Wolfson polarization"),
        "density" => Pick("网络密度", "density"),
        "reciprocity" => Pick("互惠性（边）", "reciprocity (edgewise)"),
        "reciprocity_dyadic" => Pick("互惠性（二元组）", "reciprocity (dyadic)"),
        "transitivity" => Pick("传递性", "transitivity"),
        "connectedness" => Pick("网络关联度", "connectedness"),
        "hierarchy" => Pick("网络等级度", "hierarchy"),
        "efficiency" => Pick("网络效率", "efficiency"),
        "lub" => Pick("最小上限", "least upper boundedness"),
        "degree_centralization" => Pick("度中心势", "degree centralization"),
        "indegree_centralization" => Pick("入度中心势", "in-degree centralization"),
        "outdegree_centralization" => Pick("出度中心势", "out-degree centralization"),
        "betweenness_centralization" => Pick("中间中心势", "betweenness centralization"),
        "ei_index" => Pick("E–I 指数（区域）", "E–I index (regions)"),
        _ => key,
    };

    /// <summary>A diagnostic code in words.</summary>
    public string Code(DiagnosticCode code) => code switch
    {
        DiagnosticCode.MalformedRow => Pick("行格式错误", "malformed row"),
        DiagnosticCode.MissingField => Pick("缺少必填字段", "missing required field"),
        DiagnosticCode.UnknownPlace => Pick("无法识别的地点", "unknown place"),
        DiagnosticCode.AmbiguousPlace => Pick("有歧义的地点", "ambiguous place"),
        DiagnosticCode.UncertainPlace => Pick("不确定的地点（简称开头）", "uncertain place (short name at the start)"),
        DiagnosticCode.ProvinceOnlyPlace => Pick("只到省级的地点", "place known only to the province"),
        DiagnosticCode.ForeignPlace => Pick("境外地点", "place abroad"),
        DiagnosticCode.BadDate => Pick("无法读取的日期", "unreadable date"),
        DiagnosticCode.BadAmount => Pick("无法读取的金额", "unreadable amount"),
        DiagnosticCode.DuplicatePair => Pick("重复的基金–合伙人对", "duplicate fund–partner pair"),
        DiagnosticCode.BadEncoding => Pick("编码错误", "bad encoding"),
        DiagnosticCode.MissingAmount => Pick("缺少金额", "missing amount"),
        DiagnosticCode.InconsistentFilingDate => Pick("备案日期不一致", "inconsistent filing date"),
        DiagnosticCode.MissingDate => Pick("缺少日期（有时间窗口时）", "missing date (with a window)"),
        DiagnosticCode.DuplicateHeader => Pick("重复的列名", "duplicate header"),
        DiagnosticCode.PartnerWithoutPlace => Pick("合伙人无地点（多为自然人）", "partner without place (mostly natural persons)"),
        DiagnosticCode.PartnerPlacedAtFundCity => Pick("合伙人计入基金所在城市", "partner placed at the fund's city"),
        DiagnosticCode.MissingColumn => Pick("缺少列", "missing column"),
        DiagnosticCode.CapitalUnitUnclear => Pick("资本单位不明", "capital unit unclear"),
        _ => code.ToString(),
    };

    /// <summary>A CONCOR block role in words.</summary>
    public string Role(BlockRole? role) => role switch
    {
        null => Pick("无关系", "no ties"),
        BlockRole.NetSpillover => Pick("净溢出", "net spillover"),
        BlockRole.NetBeneficiary => Pick("净受益", "net beneficiary"),
        BlockRole.BidirectionalSpillover => Pick("双向溢出", "bidirectional spillover"),
        BlockRole.Broker => Pick("经纪人", "broker"),
        _ => role.ToString()!,
    };

    /// <summary>The name of a weight.</summary>
    public string WeightName(EdgeWeight weight) => weight switch
    {
        EdgeWeight.Funds => Pick("基金数（基金–城市联系）", "funds (fund–city links)"),
        EdgeWeight.Links => Pick("合伙人联系", "partner links"),
        _ => Pick("认缴资本", "subscribed capital"),
    };
}

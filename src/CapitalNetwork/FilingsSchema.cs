using CapitalNetwork.Ingest;
using CapitalNetwork.Reading;

namespace CapitalNetwork;

/// <summary>
/// The input schema of filings files: which header texts name which <see cref="FilingColumn"/>, which are ambiguous,
/// the unit of the capital column, and which partner kinds are natural persons. Headers are matched after NFKC
/// normalisation (full-width brackets become ASCII), removal of white space, and lower-casing; a bracketed unit such as
/// <c>（万元）</c> is read off the capital header.
/// </summary>
/// <remarks>The names come from the exports researchers start from: AMAC's public lists (私募基金公示: 基金名称, 基金编号,
/// 私募基金管理人名称, 备案时间, 建立时间 / 成立时间 …; 基金管理人公示: 登记编号, 注册地, 成立时间, 登记时间), the registry tools'
/// shareholder and partner exports (企查查, 天眼查, 启信宝, Wind, CVSource: 股东名称, 股东（发起人）, 股东类型, 认缴出资额（万元）,
/// 证照/证件号码 …) and the national enterprise credit publicity system (股东类型, 股东, 证照/证件类型); the README lists them
/// with their sources. A header that could name two columns (<c>名称</c>: fund or partner; in a partner table
/// <c>统一社会信用代码</c>: the fund's or the partner's) is never guessed: the reader stops and names the candidates,
/// and <see cref="FilingsReadOptions.Columns"/> (<c>capnet --column</c>) settles it.</remarks>
public static class FilingsSchema
{
    /// <summary>The header texts recognised for each column in a one-file filings table (one row per fund–partner pair),
    /// canonical English name first.</summary>
    public static IReadOnlyDictionary<FilingColumn, IReadOnlyList<string>> Synonyms { get; } = new Dictionary<FilingColumn, IReadOnlyList<string>>
    {
        [FilingColumn.FundId] = ["fund_id", "基金编号", "备案编号", "基金代码", "基金备案编号", "产品编码", "产品代码"],
        [FilingColumn.FundName] = ["fund_name", "基金名称", "产品名称", "基金全称", "基金产品名称"],
        [FilingColumn.FundPlace] = ["fund_place", "注册地", "基金注册地", "注册地址", "基金注册地址", "注册地点", "基金注册地点", "基金所在地"],
        [FilingColumn.FiledOn] = ["filed_on", "备案时间", "备案日期", "成立时间", "成立日期", "基金备案时间", "基金备案日期", "基金成立时间", "基金成立日期", "建立时间", "备案通过时间", "设立日期"],
        [FilingColumn.PartnerName] = ["partner_name", "合伙人名称", "股东名称", "出资人名称", "投资人名称", "股东(发起人)", "发起人名称", "发起人", "股东", "合伙人", "出资人", "投资人", "股东姓名", "合伙人姓名", "股东名称/姓名"],
        [FilingColumn.PartnerKind] = ["partner_kind", "合伙人类型", "股东类型", "出资人类型", "投资人类型", "发起人类型", "合伙人性质", "股东性质", "投资人性质", "出资人性质"],
        [FilingColumn.PartnerPlace] = ["partner_place", "所在地", "住所", "合伙人所在地", "股东所在地", "出资人所在地", "投资人所在地", "合伙人住所", "股东住所", "地址", "股东地址", "合伙人地址", "股东注册地址", "合伙人注册地址", "股东注册地", "合伙人注册地", "股东所属地区", "合伙人所属地区"],
        [FilingColumn.PartnerCreditCode] = ["partner_credit_code", "统一社会信用代码", "合伙人统一社会信用代码", "股东统一社会信用代码", "出资人统一社会信用代码", "信用代码", "证照/证件号码", "证照号码", "股东证照号码", "合伙人证照号码"],
        [FilingColumn.Capital] = ["capital", "认缴出资额", "认缴出资", "认缴金额", "出资额", "认缴出资额(元)", "认缴出资金额", "认缴额", "认缴资本", "出资金额", "capital_yuan", "capital_wan", "capital_yi"],
        [FilingColumn.FundCreditCode] = ["fund_credit_code", "基金统一社会信用代码", "基金信用代码", "产品统一社会信用代码"],
    };

    /// <summary>Header texts that name more than one column in a one-file table and are therefore not taken: the reader
    /// stops and names the candidates (<see cref="FilingsReadOptions.Columns"/> maps them by hand).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<FilingColumn>> Ambiguous { get; } = new Dictionary<string, IReadOnlyList<FilingColumn>>
    {
        ["名称"] = [FilingColumn.FundName, FilingColumn.PartnerName],
        ["企业名称"] = [FilingColumn.FundName, FilingColumn.PartnerName],
        ["公司名称"] = [FilingColumn.FundName, FilingColumn.PartnerName],
        ["所属地区"] = [FilingColumn.FundPlace, FilingColumn.PartnerPlace],
        ["企业地址"] = [FilingColumn.FundPlace, FilingColumn.PartnerPlace],
    };

    /// <summary>Partner kinds (values of the <see cref="FilingColumn.PartnerKind"/> column, as the registry tools and
    /// AMAC write them) that mean a natural person: such a partner with neither a place nor a credit code is reported as
    /// <see cref="DiagnosticCode.PartnerWithoutPlace"/> (or placed by <see cref="UnplacedPartners.AtFundCity"/>). Matched
    /// after NFKC normalisation and removal of white space; any kind that contains 自然人 (and not 非自然人) counts too.</summary>
    public static IReadOnlyList<string> NaturalPersonKinds { get; } =
        ["自然人", "自然人股东", "自然人合伙人", "自然人投资者", "自然人发起人", "境内自然人", "外籍自然人", "境外自然人", "个人", "个人股东", "个人投资者", "个人合伙人", "natural_person", "person", "individual"];

    /// <summary>Partner kinds that mean an organisation (a company, partnership, public body or fund): such a partner is
    /// expected to have a place or a credit code, and one with neither is rejected as
    /// <see cref="DiagnosticCode.MissingField"/> (a gap in the export, not a private address). Any kind containing 企业,
    /// 公司, 法人, 机构, 合伙企业, 基金, 政府 or 非自然人 counts too.</summary>
    public static IReadOnlyList<string> OrganisationKinds { get; } =
        ["企业法人", "法人股东", "非自然人股东", "有限合伙企业", "普通合伙企业", "合伙企业", "有限责任公司", "股份有限公司", "其他企业", "企业", "法人", "事业法人", "事业单位", "社团法人", "机关法人", "非法人组织", "外商投资企业", "国有企业", "政府机构", "基金", "company", "organisation", "organization"];

    private static readonly Dictionary<string, FilingColumn> Headers = Build();
    private static readonly HashSet<string> NaturalPersons = new(NaturalPersonKinds.Select(Normalize), StringComparer.Ordinal);
    private static readonly HashSet<string> Organisations = new(OrganisationKinds.Select(Normalize), StringComparer.Ordinal);

    /// <summary>Recognises one header text of a one-file table.</summary>
    /// <param name="header">The header cell, e.g. <c>认缴出资额（万元）</c>.</param>
    /// <param name="column">The column it names.</param>
    /// <param name="unit">For the capital column, CNY per unit written (10,000 for 万元, 100,000,000 for 亿元, else 1).</param>
    /// <returns>True when the header is recognised.</returns>
    public static bool TryRecognize(string header, out FilingColumn column, out double unit)
    {
        var found = Recognize(header, TableRole.Filings, out column, out unit, out _);
        return found;
    }

    /// <summary>The lookup form of a header or kind: NFKC, no white space or BOM, lower case.</summary>
    internal static string Normalize(string text)
    {
        var h = SafeText.NormalizeKC(text);
        var sb = new System.Text.StringBuilder(h.Length);
        foreach (var c in h)
            if (!char.IsWhiteSpace(c) && c != '\uFEFF' && c != '*') sb.Append(char.ToLowerInvariant(c));
        return sb.ToString();
    }

    /// <summary>Whether a partner kind is a natural person (true), an organisation (false), or unknown (null).</summary>
    internal static bool? IsNaturalPerson(string kind)
    {
        if (kind.Length == 0) return null;
        var k = Normalize(kind);
        if (NaturalPersons.Contains(k)) return true;
        if (Organisations.Contains(k)) return false;
        if (k.Contains("非自然人", StringComparison.Ordinal)) return false;
        if (k.Contains("自然人", StringComparison.Ordinal)) return true;
        foreach (var part in (ReadOnlySpan<string>)["企业", "公司", "法人", "机构", "基金", "政府"])
            if (k.Contains(part, StringComparison.Ordinal)) return false;
        return null;
    }

    /// <summary>Recognises a header in a table of the given role. <paramref name="candidates"/> is non-empty when the
    /// header is ambiguous there (then the method returns false).</summary>
    internal static bool Recognize(string header, TableRole role, out FilingColumn column, out double unit, out IReadOnlyList<FilingColumn> candidates)
    {
        var h = Normalize(header);
        candidates = [];
        unit = 1;
        var key = h;
        if (!Headers.ContainsKey(key) && RoleColumn(key, role) is null && !Ambiguous.ContainsKey(key))
        {
            var open = h.IndexOf('(');
            if (open > 0 && h.EndsWith(')'))
            {
                key = h[..open];
                unit = h[(open + 1)..^1] switch
                {
                    "万元" or "万" or "万元人民币" or "万人民币" or "人民币万元" => 10_000,
                    "亿元" or "亿" or "亿元人民币" => 100_000_000,
                    _ => 1,
                };
            }
        }
        if (RoleColumn(key, role) is { } byRole)
        {
            if (byRole.Count == 0)
            {
                column = default;
                return false;   // a column of the partner's own (its founding date) that this table does not use
            }
            if (byRole.Count > 1)
            {
                candidates = byRole;
                column = default;
                return false;
            }
            column = byRole[0];
            return true;
        }
        if (role == TableRole.Filings && Ambiguous.TryGetValue(key, out var both) && both.Count > 1)
        {
            candidates = both;
            column = default;
            return false;
        }
        if (Headers.TryGetValue(key, out column))
        {
            if (key.EndsWith("_wan", StringComparison.Ordinal)) unit = 10_000;
            else if (key.EndsWith("_yi", StringComparison.Ordinal)) unit = 100_000_000;
            if (role == TableRole.Partners && column is FilingColumn.FundPlace && !key.StartsWith("基金", StringComparison.Ordinal) && key != "fund_place")
                column = FilingColumn.PartnerPlace;   // 注册地 / 注册地址 of a partner table row is the partner's
            return true;
        }
        column = default;
        return false;
    }

    /// <summary>What a header means in a fund table or a partner table when that differs from a one-file table.</summary>
    private static IReadOnlyList<FilingColumn>? RoleColumn(string key, TableRole role) => role switch
    {
        TableRole.Funds => key switch
        {
            "统一社会信用代码" or "信用代码" or "企业统一社会信用代码" => [FilingColumn.FundCreditCode],
            "名称" or "企业名称" or "公司名称" => [FilingColumn.FundName],
            "住所" or "地址" or "企业地址" or "所在地" or "所属地区" => [FilingColumn.FundPlace],
            _ => null,
        },
        TableRole.Partners => key switch
        {
            "统一社会信用代码" or "信用代码" => [FilingColumn.FundCreditCode, FilingColumn.PartnerCreditCode],
            "名称" => [FilingColumn.FundName, FilingColumn.PartnerName],
            "企业名称" or "公司名称" or "被投资企业名称" or "被投资企业" => [FilingColumn.FundName],
            "企业统一社会信用代码" or "被投资企业统一社会信用代码" => [FilingColumn.FundCreditCode],
            "所属地区" or "企业地址" => [FilingColumn.PartnerPlace],
            "成立时间" or "成立日期" or "备案时间" or "备案日期" => [],
            _ => null,
        },
        _ => null,
    };

    private static Dictionary<string, FilingColumn> Build()
    {
        var d = new Dictionary<string, FilingColumn>(StringComparer.Ordinal);
        foreach (var (col, names) in Synonyms)
            foreach (var n in names) d[Normalize(n)] = col;
        return d;
    }
}

using System.Text;
using CapitalNetwork.Reading;

namespace CapitalNetwork;

/// <summary>
/// The input schema of filings files: which header texts name which <see cref="FilingColumn"/>, and the unit of
/// the capital column. Headers are matched after trimming, NFKC normalisation (full-width brackets become ASCII)
/// and lower-casing; a bracketed unit such as <c>（万元）</c> is read off the capital header.
/// </summary>
public static class FilingsSchema
{
    /// <summary>The header texts recognised for each column, canonical English name first.</summary>
    public static IReadOnlyDictionary<FilingColumn, IReadOnlyList<string>> Synonyms { get; } = new Dictionary<FilingColumn, IReadOnlyList<string>>
    {
        [FilingColumn.FundId] = ["fund_id", "基金编号", "备案编号", "基金代码"],
        [FilingColumn.FundName] = ["fund_name", "基金名称", "产品名称"],
        [FilingColumn.FundPlace] = ["fund_place", "注册地", "基金注册地", "注册地址", "基金注册地址", "注册地点"],
        [FilingColumn.FiledOn] = ["filed_on", "备案时间", "备案日期", "成立时间", "成立日期"],
        [FilingColumn.PartnerName] = ["partner_name", "合伙人名称", "股东名称", "出资人名称", "投资人名称", "股东(发起人)"],
        [FilingColumn.PartnerKind] = ["partner_kind", "合伙人类型", "股东类型", "出资人类型", "投资人类型"],
        [FilingColumn.PartnerPlace] = ["partner_place", "所在地", "住所", "合伙人所在地", "股东所在地", "出资人所在地", "合伙人住所", "股东住所", "地址"],
        [FilingColumn.PartnerCreditCode] = ["partner_credit_code", "统一社会信用代码", "合伙人统一社会信用代码", "股东统一社会信用代码", "信用代码"],
        [FilingColumn.Capital] = ["capital", "认缴出资额", "认缴出资", "认缴金额", "出资额", "认缴出资额(元)", "capital_yuan", "capital_wan", "capital_yi"],
    };

    private static readonly Dictionary<string, FilingColumn> Headers = Build();

    /// <summary>Recognises one header text.</summary>
    /// <param name="header">The header cell, e.g. <c>认缴出资额（万元）</c>.</param>
    /// <param name="column">The column it names.</param>
    /// <param name="unit">For the capital column, CNY per unit written (10,000 for 万元, 100,000,000 for 亿元, else 1).</param>
    /// <returns>True when the header is recognised.</returns>
    public static bool TryRecognize(string header, out FilingColumn column, out double unit)
    {
        var h = SafeText.NormalizeKC(header).Trim().Trim('\uFEFF').Trim().ToLowerInvariant();
        unit = 1;
        if (Headers.TryGetValue(h, out column))
        {
            if (h.EndsWith("_wan", StringComparison.Ordinal)) unit = 10_000;
            else if (h.EndsWith("_yi", StringComparison.Ordinal)) unit = 100_000_000;
            return true;
        }
        var open = h.IndexOf('(');
        if (open > 0 && h.EndsWith(')'))
        {
            var unitText = h[(open + 1)..^1].Trim();
            if (Headers.TryGetValue(h[..open].Trim(), out column))
            {
                unit = unitText switch
                {
                    "万元" or "万" or "万元人民币" => 10_000,
                    "亿元" or "亿" => 100_000_000,
                    _ => 1,
                };
                return true;
            }
        }
        column = default;
        return false;
    }

    private static Dictionary<string, FilingColumn> Build()
    {
        var d = new Dictionary<string, FilingColumn>(StringComparer.Ordinal);
        foreach (var (col, names) in Synonyms)
            foreach (var n in names) d[n.ToLowerInvariant()] = col;
        return d;
    }
}

namespace CapitalNetwork;

/// <summary>The canonical columns of a filings file (one row per fund–partner pair), and of the fund and partner tables of
/// a two-table ingest.</summary>
public enum FilingColumn
{
    /// <summary><c>fund_id</c> / 基金编号: the AMAC filing number. Identifies the fund when present.</summary>
    FundId,
    /// <summary><c>fund_name</c> / 基金名称. Identifies the fund when there is no fund id.</summary>
    FundName,
    /// <summary><c>fund_place</c> / 注册地: where the fund is registered (required).</summary>
    FundPlace,
    /// <summary><c>filed_on</c> / 备案时间 or 成立时间: the fund's filing date (optional; needed for windows and years).</summary>
    FiledOn,
    /// <summary><c>partner_name</c> / 合伙人名称 or 股东名称.</summary>
    PartnerName,
    /// <summary><c>partner_kind</c> / 合伙人类型 or 股东类型 (e.g. 有限合伙人, 普通合伙人, 企业法人).</summary>
    PartnerKind,
    /// <summary><c>partner_place</c> / 所在地 or 住所: where the partner sits (this or the credit code is required).</summary>
    PartnerPlace,
    /// <summary><c>partner_credit_code</c> / 统一社会信用代码: resolves the partner's city when the place does not.</summary>
    PartnerCreditCode,
    /// <summary><c>capital</c> / 认缴出资额: subscribed capital in CNY (认缴出资额（万元）: in units of 10,000 CNY).</summary>
    Capital,
    /// <summary><c>fund_credit_code</c> / 基金统一社会信用代码: the fund's own unified social credit code; joins a partner table
    /// to a fund table when there is no fund id (<see cref="CityNetwork.FromFilings(string, string, IngestOptions?, CancellationToken)"/>).
    /// In a fund table a plain <c>统一社会信用代码</c> is the fund's.</summary>
    FundCreditCode,
}

namespace CapitalNetwork.Report;

/// <summary>The ingest report: rows read, used, rejected by reason with examples, outside the window; what partners without a place and unresolved places leave out.</summary>
internal static class IngestSection
{
    private static readonly DiagnosticCode[] Unresolved =
        [DiagnosticCode.UnknownPlace, DiagnosticCode.AmbiguousPlace, DiagnosticCode.UncertainPlace, DiagnosticCode.ProvinceOnlyPlace, DiagnosticCode.ForeignPlace];

    public static void Write(StudyFigures f, PageWriter page)
    {
        var t = f.Text;
        var r = f.Result.Report;
        long Count(DiagnosticCode c) => r.CountsByCode.TryGetValue(c, out var n) ? n : 0;
        var unresolved = Unresolved.Sum(Count);
        var persons = Count(DiagnosticCode.PartnerWithoutPlace);
        var atFundCity = Count(DiagnosticCode.PartnerPlacedAtFundCity);
        page.Method(t.Pick(
            "每一行（基金–合伙人对）要么计入网络，要么作为诊断报告（文件行号、列、原文、原因代码）；读取行数 = 使用行数 + 拒绝行数 + 时间窗口外行数。地点按 GB/T 2260 行政区划解析到地级城市，解析失败时回退到统一社会信用代码的第 3–8 位。",
            "Every row (a fund–partner pair) is either counted into the network or reported as a diagnostic (file line, column, raw text, reason code); rows read = rows used + rows rejected + rows outside the window. Places are resolved to prefecture-level cities by the GB/T 2260 divisions, falling back to characters 3–8 of the unified social credit code."));
        var usedShare = r.RowsRead > 0 ? (double)r.RowsUsed / r.RowsRead : double.NaN;
        page.Reading(t.Pick(
            $"共读取 {ReportText.Count(r.RowsRead)} 行，其中 {ReportText.Count(r.RowsUsed)} 行（{ReportText.Percent(usedShare)}）计入网络，{ReportText.Count(r.RowsRejected)} 行被拒绝，{ReportText.Count(r.RowsOutsideWindow)} 行在时间窗口之外；计数{(r.Reconciles ? "完全对账" : "未能对账")}。" +
            $"地点无法解析的行（未知、歧义、不确定、只到省级、境外）共 {ReportText.Count(unresolved)} 行，没有地点的合伙人（多为自然人）{ReportText.Count(persons)} 行" +
            (atFundCity > 0 ? $"（其中 {ReportText.Count(atFundCity)} 行按选项计入基金所在城市的本地资本）" : "，其联系和资本不计入网络") + "。",
            $"{ReportText.Count(r.RowsRead)} rows were read: {ReportText.Count(r.RowsUsed)} ({ReportText.Percent(usedShare)}) are counted into the network, {ReportText.Count(r.RowsRejected)} were rejected and {ReportText.Count(r.RowsOutsideWindow)} fall outside the date window; the counts {(r.Reconciles ? "reconcile" : "do NOT reconcile")}. " +
            $"Rows whose place could not be resolved (unknown, ambiguous, uncertain, province only, abroad): {ReportText.Count(unresolved)}; partners without any place (mostly natural persons): {ReportText.Count(persons)}" +
            (atFundCity > 0 ? $" ({ReportText.Count(atFundCity)} counted as local capital of the fund's city, as asked)." : ", whose links and capital are left out of the network.")));

        page.Table(t.Pick("导入概况", "Ingest at a glance"), [t.Pick("项目", "item"), "#" + t.Pick("数值", "value")],
        [
            [t.Pick("文件", "file"), r.File],
            [t.Pick("编码 / 分隔符", "encoding / delimiter"), $"{r.Encoding} / {(r.Delimiter == '\t' ? "tab" : r.Delimiter.ToString())}"],
            [t.Pick("读取行数", "rows read"), Cell.Of(r.RowsRead, ReportText.Count(r.RowsRead), "rows_read")],
            [t.Pick("使用行数", "rows used"), Cell.Of(r.RowsUsed, ReportText.Count(r.RowsUsed), "rows_used")],
            [t.Pick("拒绝行数", "rows rejected"), Cell.Of(r.RowsRejected, ReportText.Count(r.RowsRejected), "rows_rejected")],
            [t.Pick("时间窗口外行数", "rows outside the window"), Cell.Of(r.RowsOutsideWindow, ReportText.Count(r.RowsOutsideWindow), "rows_outside_window")],
            [t.Pick("警告（行仍被使用）", "warnings (rows still used)"), Cell.Of(r.Warnings, ReportText.Count(r.Warnings), "warnings")],
            [t.Pick("基金数", "funds"), Cell.Of(r.Funds, ReportText.Count(r.Funds), "funds")],
            [t.Pick("认缴资本（亿元）", "subscribed capital (CNY 100 million)"), Cell.Of(r.Capital, ReportText.Number(r.Capital / 1e8, 2), "capital")],
        ], sortable: false);

        var examples = r.Diagnostics.GroupBy(d => d.Code).ToDictionary(g => g.Key, g => g.Take(3).ToList());
        var rows = r.CountsByCode.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key)
            .Select(kv => (IReadOnlyList<Cell>)
            [
                new Cell(t.Code(kv.Key), Title: kv.Key.ToString()),
                new Cell(CodeName(kv.Key)),
                new Cell(IsWarning(kv.Key) ? t.Pick("警告", "warning") : t.Pick("拒绝", "rejected")),
                Cell.Of(kv.Value, ReportText.Count(kv.Value)),
                new Cell(string.Join(" | ", (examples.TryGetValue(kv.Key, out var list) ? list : []).Select(d =>
                    $"{t.Pick("第", "line ")}{d.Line}{t.Pick(" 行", "")}{(d.Column is null ? "" : " [" + d.Column + "]")}: {Shorten(d.RawText)}"))),
            ]).ToList();
        if (rows.Count == 0) page.Paragraph(t.Pick("没有任何诊断：每一行都被使用。", "No diagnostic: every row was used."), "note");
        else
        {
            page.Table(t.Pick("按原因统计的诊断（每种最多 3 个例子）", "Diagnostics by reason (up to 3 examples each)"),
                [t.Pick("原因", "reason"), t.Pick("代码", "code"), t.Pick("类别", "kind"), "#" + t.Pick("行数", "rows"), t.Pick("例子（行号: 原文）", "examples (line: raw text)")], rows);
            if (r.DiagnosticsDropped > 0)
                page.Paragraph(t.Pick($"另有 {ReportText.Count(r.DiagnosticsDropped)} 条诊断只计数未保留。", $"{ReportText.Count(r.DiagnosticsDropped)} more diagnostics were counted but not kept."), "note");
        }
        page.Paragraph(t.Pick("完整的诊断清单可用 capnet report … --diagnostics problems.csv 导出。", "The full list of diagnostics: capnet report … --diagnostics problems.csv."), "note");
    }

    internal static string CodeName(DiagnosticCode code) => System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(code.ToString());

    private static bool IsWarning(DiagnosticCode code) => IngestReport.SeverityOf(code) == DiagnosticSeverity.Warning;

    private static string Shorten(string raw) => raw.Length <= 60 ? raw : raw[..57] + "…";
}

using System.Globalization;
using System.Reflection;

namespace CapitalNetwork.Report;

/// <summary>The whole page: head with the inline stylesheet, title, contents, the sections of <see cref="ReportSections"/>, and the optional script.</summary>
internal sealed class ReportPage(StudyFigures figures)
{
    public void Write(TextWriter writer)
    {
        var t = figures.Text;
        var page = new PageWriter(t);
        var sections = ReportSections.All;
        var title = figures.Options.Title ?? t.Pick("创业投资资本集聚网络研究报告", "Venture-capital agglomeration network: study report");
        page.Raw("<header class=\"page-header\">\n");
        page.Element("h1", title);
        var report = figures.Result.Report;
        page.Paragraph(t.Pick(
            $"数据：{report.File}（{ReportText.Count(report.RowsRead)} 行，{ReportText.Count(report.Funds)} 只基金）。权重：{t.WeightName(figures.Weight)}。由 CapitalNetwork {Version} 生成。",
            $"Data: {report.File} ({ReportText.Count(report.RowsRead)} rows, {ReportText.Count(report.Funds)} funds). Weight: {t.WeightName(figures.Weight)}. Made by CapitalNetwork {Version}."), "meta");
        page.Raw($"<nav class=\"toc\" aria-label=\"{PageWriter.Escape(t.Pick("目录", "Contents"))}\"><h2>{PageWriter.Escape(t.Pick("目录", "Contents"))}</h2><ol>\n");
        foreach (var s in sections) page.Raw($"<li><a href=\"#{s.Id}\">{PageWriter.Escape(s.Title(t))}</a></li>\n");
        page.Raw("</ol></nav>\n</header>\n<main>\n");
        for (var i = 0; i < sections.Count; i++)
        {
            var s = sections[i];
            page.Raw($"<section id=\"{s.Id}\" class=\"report-section\">\n<h2><span class=\"n\">{(i + 1).ToString(CultureInfo.InvariantCulture)}</span> {PageWriter.Escape(s.Title(t))}</h2>\n");
            s.Write(figures, page);
            page.Raw("</section>\n");
        }
        page.Raw("</main>\n");

        writer.Write("<!DOCTYPE html>\n");
        writer.Write($"<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"{t.Tag}\" xml:lang=\"{t.Tag}\">\n<head>\n<meta charset=\"utf-8\"/>\n");
        writer.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n");
        writer.Write($"<meta name=\"generator\" content=\"CapitalNetwork {PageWriter.Escape(Version)}\"/>\n");
        writer.Write($"<title>{PageWriter.Escape(title)}</title>\n<style>\n{ReportStyle.Css}</style>\n</head>\n<body>\n");
        writer.Write(page.ToString());
        if (figures.Options.Interactive) writer.Write($"<script>//<![CDATA[\n{ReportStyle.Script}//]]>\n</script>\n");
        writer.Write("</body>\n</html>\n");
    }

    private static string Version { get; } =
        typeof(StudyReport).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0";
}

using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using CapitalNetwork.Cli;
using CapitalNetwork.Report;

namespace CapitalNetwork.Tests.Report;

/// <summary>
/// <c>capnet report</c> and <see cref="StudyReport"/> on the bundled sample: the page is well-formed (strict XML parse of
/// its XHTML syntax), holds every section of <see cref="ReportSections.All"/> in both languages, refers to nothing
/// outside itself, and its numbers are those <c>capnet measures</c> and <c>capnet concentration</c> print for the same
/// options (both commands run here in process; the reference values are theirs, not the report's own code).
/// </summary>
public sealed class StudyReportTests : IClassFixture<StudyReportTests.Reports>
{
    private static readonly XNamespace X = "http://www.w3.org/1999/xhtml";

    private static string Sample => Path.Combine(AppContext.BaseDirectory, "SampleData", "sample-filings.csv");

    /// <summary>The sample's reports, made once for all tests: Chinese by the CLI, English by the library; 50 permutations (the same option goes to capnet measures).</summary>
    public sealed class Reports : IDisposable
    {
        public string Dir { get; } = Directory.CreateTempSubdirectory("capnet-report-").FullName;

        public string Chinese { get; }

        public string English { get; }

        public Reports()
        {
            var path = Path.Combine(Dir, "report.html");
            var (code, _, err) = Run(["report", Sample, "-o", path, "--permutations", "50"]).GetAwaiter().GetResult();
            Assert.True(code == 0, err);
            Chinese = File.ReadAllText(path);
            English = StudyReport.ToHtml(CityNetwork.FromFilings(Sample),
                StudyReportOptions.Default with { Language = ReportLanguage.English, Permutations = 50 });
        }

        public void Dispose() => Directory.Delete(Dir, recursive: true);
    }

    private readonly Reports _reports;

    public StudyReportTests(Reports reports) => _reports = reports;

    internal static async Task<(int Code, string Out, string Err)> Run(string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CapnetApp.RunAsync(args, stdout, stderr, new StringReader(""));
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>A strict XML parse (no DTD is read; the HTML5 doctype is the only declaration).</summary>
    private static XDocument Parse(string html)
    {
        using var reader = XmlReader.Create(new StringReader(html), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null });
        return XDocument.Load(reader);
    }

    private string Page(string lang) => lang == "zh" ? _reports.Chinese : _reports.English;

    [Theory]
    [InlineData("zh", "zh-CN")]
    [InlineData("en", "en")]
    public void The_page_is_well_formed_xhtml_with_its_language(string lang, string tag)
    {
        var html = Page(lang);
        Assert.StartsWith("<!DOCTYPE html>\n", html, StringComparison.Ordinal);
        var doc = Parse(html);
        Assert.Equal(X + "html", doc.Root!.Name);
        Assert.Equal(tag, (string?)doc.Root.Attribute("lang"));
        Assert.Equal("utf-8", (string?)doc.Root.Descendants(X + "meta").First().Attribute("charset"));
        // ids are unique on the page, SVG ids included (each picture's are prefixed)
        var ids = doc.Descendants().Select(e => (string?)e.Attribute("id")).OfType<string>().ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        // every in-page link has its target
        var links = doc.Descendants().Select(e => (string?)e.Attribute("href")).OfType<string>().Where(h => h.StartsWith('#')).Select(h => h[1..]);
        Assert.All(links, l => Assert.Contains(l, ids));
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public void Every_section_is_present_in_order_with_its_heading_in_the_language(string lang)
    {
        var doc = Parse(Page(lang));
        var sections = doc.Descendants(X + "section").Where(s => (string?)s.Attribute("class") == "report-section").ToList();
        // expected: the section list of the page, in study order (ReportSections.All is the one place they are listed)
        Assert.Equal(ReportSections.All.Select(s => s.Id), sections.Select(s => (string)s.Attribute("id")!));
        string[] expectedIds = ["ingest", "network", "regions", "concentration", "core-periphery", "structure", "flows", "appendix"];
        Assert.Equal(expectedIds, sections.Select(s => (string)s.Attribute("id")!));
        for (var i = 0; i < sections.Count; i++)
        {
            var heading = sections[i].Element(X + "h2")!.Value;
            var spec = ReportSections.All[i];
            Assert.Contains(lang == "zh" ? spec.Chinese : spec.English, heading, StringComparison.Ordinal);
            Assert.Contains(sections[i].Descendants(X + "p"), p => (string?)p.Attribute("class") is "method" or "reading");
        }
        // the whole page is in one language: no heading, caption or table header of the English page holds Chinese, and the
        // Chinese page's headings are Chinese (city names are Chinese in both, so only labels are checked)
        var labels = doc.Descendants().Where(e => e.Name == X + "h2" || e.Name == X + "h3" || e.Name == X + "th" || e.Name == X + "caption" || e.Name == X + "strong")
            .Select(e => e.Value).ToList();
        var han = new Regex(@"\p{IsCJKUnifiedIdeographs}");
        if (lang == "en")
        {
            Assert.DoesNotContain(labels, l => han.IsMatch(l));
            // the charts without city names (flow matrix, Lorenz curve, the two trends) speak English only too
            XNamespace svg = "http://www.w3.org/2000/svg";
            foreach (var id in new[] { "fig-2", "fig-3", "fig-4", "fig-5" })
            {
                var figure = doc.Descendants(X + "figure").Single(e => (string?)e.Attribute("id") == id);
                Assert.DoesNotContain(figure.Descendants(svg + "text"), e => han.IsMatch(e.Value));
            }
        }
        else Assert.All(doc.Descendants(X + "h2").Skip(1), h => Assert.Matches(han, h.Value));
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public void The_page_refers_to_nothing_outside_itself(string lang)
    {
        var html = Page(lang);
        var doc = Parse(html);
        foreach (var e in doc.Descendants())
        {
            foreach (var a in e.Attributes().Where(a => a.Name.LocalName is "src" or "href" or "data" or "action" or "srcset" or "poster"))
                Assert.True(a.Value.StartsWith('#'), $"<{e.Name.LocalName} {a.Name.LocalName}=\"{a.Value}\"> points outside the page");
            Assert.NotEqual("link", e.Name.LocalName);
            Assert.NotEqual("img", e.Name.LocalName);
            Assert.NotEqual("iframe", e.Name.LocalName);
            Assert.DoesNotContain(e.Attributes(), a => a.Name.LocalName == "style" && a.Value.Contains("url(", StringComparison.Ordinal));
        }
        Assert.DoesNotContain("@import", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(new Regex(@"url\(\s*['""]?(https?:|//)"), html);
        // the only http(s) text in attributes is the namespace of XHTML, SVG and XLink
        var urls = doc.Descendants().SelectMany(e => e.Attributes()).Where(a => a.Value.StartsWith("http", StringComparison.Ordinal) && !a.IsNamespaceDeclaration);
        Assert.Empty(urls);
        Assert.Single(doc.Descendants(X + "script"));
        Assert.Null(doc.Descendants(X + "script").Single().Attribute("src"));
    }

    [Fact]
    public void Without_the_script_the_page_has_none()
    {
        var html = StudyReport.ToHtml(CityNetwork.FromFilings(Sample), StudyReportOptions.Default with { Interactive = false, Permutations = 0 });
        Assert.Empty(Parse(html).Descendants(X + "script"));
    }

    /// <summary>Every number of the report that has a <c>capnet measures</c> key: the value capnet measures prints with the same options (exact: the same facade on the same network).</summary>
    [Fact]
    public async Task The_numbers_are_what_capnet_measures_prints()
    {
        var (code, json, err) = await Run(["measures", Sample, "--permutations", "50"]);
        Assert.True(code == 0, err);
        using var measures = JsonDocument.Parse(json);
        var network = measures.RootElement.GetProperty("network");
        var nodes = measures.RootElement.GetProperty("nodes").EnumerateArray().ToDictionary(n => n.GetProperty("id").GetString()!);
        foreach (var lang in new[] { "zh", "en" })
        {
            var cells = Keyed(Page(lang));
            var compared = 0;
            foreach (var (key, value) in cells)
            {
                double? expected;
                if (key.Split(':') is [var measure, var id] && nodes.TryGetValue(id, out var node) && node.TryGetProperty(measure, out var v)) expected = Number(v);
                else if (network.TryGetProperty(key, out var figure)) expected = Number(figure);
                else continue;
                Assert.True(expected == value, $"{lang} {key}: report {value}, capnet measures {expected}");
                compared++;
            }
            // the figures of the concentration, polarization, structure and core–periphery tables, and four per-city
            // columns of the map's data for every city with a flow, at least
            Assert.True(compared > 40 + 4 * 200, $"{lang}: only {compared} numbers compared");
            foreach (var key in new[] { "gini", "theil_t_between", "theil_t_within", "esteban_ray", "hhi", "cr4", "density", "ei_index", "be_fit", "be_p_value", "modularity", "local_share" })
                Assert.True(cells.ContainsKey(key), $"{lang}: the report has no {key}");
        }
    }

    /// <summary>
    /// The concentration and polarization figures: <c>capnet concentration</c> on a table of every city's in-strength (from
    /// capnet measures' JSON) grouped by the regions of its province (<c>--regions-of</c>), the route a user of another
    /// table would take; equal to 1e-12 relative (the grouping is built from province names there, from the nodes here).
    /// </summary>
    [Fact]
    public async Task The_concentration_figures_are_what_capnet_concentration_prints()
    {
        var (code, json, err) = await Run(["measures", Sample, "--only", "in_strength"]);
        Assert.True(code == 0, err);
        using var measures = JsonDocument.Parse(json);
        var table = new StringBuilder("city,province,in_strength\n");
        foreach (var n in measures.RootElement.GetProperty("nodes").EnumerateArray())
        {
            var division = Gazetteer.Default.Get(int.Parse(n.GetProperty("id").GetString()!, CultureInfo.InvariantCulture));
            table.Append(CultureInfo.InvariantCulture, $"{division.Code},{division.ProvinceName},{n.GetProperty("in_strength").GetDouble():R}\n");
        }
        var csv = Path.Combine(_reports.Dir, "cities.csv");
        File.WriteAllText(csv, table.ToString(), new UTF8Encoding(false));
        (code, json, err) = await Run(["concentration", csv, "--value", "in_strength", "--regions-of", "province"]);
        Assert.True(code == 0, err);
        using var concentration = JsonDocument.Parse(json);
        var figures = concentration.RootElement.GetProperty("figures");
        var cells = Keyed(Page("en"));
        string[] keys = ["hhi", "hhi_normalized", "cr4", "gini", "theil_t", "theil_l", "cv", "theil_t_between", "theil_t_within", "theil_t_grouped", "esteban_ray", "wolfson"];
        foreach (var key in keys)
        {
            var expected = Number(figures.GetProperty(key));
            var actual = cells[key];
            if (expected is null) Assert.Null(actual);
            else Assert.True(actual is { } a && Math.Abs(a - expected.Value) <= 1e-12 * Math.Max(1, Math.Abs(expected.Value)), $"{key}: report {actual}, capnet concentration {expected}");
        }
        Assert.Equal(372, figures.GetProperty("n").GetInt32());
    }

    /// <summary>
    /// The section explaining the flows: present in both languages with its heading, and its coefficients, p-values and
    /// (pseudo-)R² equal to what <c>capnet qap</c> and <c>capnet gravity</c> print in JSON for the options the appendix
    /// lists (both commands run here in process: the reference values are theirs), to 1e-12 relative.
    /// </summary>
    [Fact]
    public async Task The_flows_section_is_what_capnet_qap_and_capnet_gravity_print()
    {
        var (code, json, err) = await Run(["qap", Sample, "--y", "funds", "--x", "log_distance,same_province,same_region", "--permutations", "50", "--seed", "42", "-f", "json"]);
        Assert.True(code == 0, err);
        using var qap = JsonDocument.Parse(json);
        (code, json, err) = await Run(["gravity", Sample, "--weight", "funds", "--x", "same_province,same_region", "-f", "json"]);
        Assert.True(code == 0, err);
        using var gravity = JsonDocument.Parse(json);
        var expected = new Dictionary<string, double?>(StringComparer.Ordinal)
        {
            ["qap:r_squared"] = Number(qap.RootElement.GetProperty("r_squared")),
            ["gravity:pseudo_r_squared"] = Number(gravity.RootElement.GetProperty("pseudo_r_squared")),
        };
        foreach (var term in qap.RootElement.GetProperty("terms").EnumerateArray())
        {
            expected["qap:coefficient:" + term.GetProperty("term").GetString()] = Number(term.GetProperty("coefficient"));
            expected["qap:p:" + term.GetProperty("term").GetString()] = Number(term.GetProperty("p_abs"));
        }
        foreach (var term in gravity.RootElement.GetProperty("terms").EnumerateArray())
        {
            expected["gravity:coefficient:" + term.GetProperty("term").GetString()] = Number(term.GetProperty("coefficient"));
            expected["gravity:p:" + term.GetProperty("term").GetString()] = Number(term.GetProperty("p"));
        }
        // the intercept and the three predictors of each model, in the order of --x
        Assert.Equal(4 * 2 + 3 * 2 + 2, expected.Count);
        foreach (var lang in new[] { "zh", "en" })
        {
            var html = Page(lang);
            var section = Parse(html).Descendants(X + "section").Single(e => (string?)e.Attribute("id") == "flows");
            Assert.Contains(lang == "zh" ? "资本流动的解释" : "Explaining the flows", section.Element(X + "h2")!.Value, StringComparison.Ordinal);
            foreach (var reference in new[] { "Dekker", "Santos Silva" })
                Assert.Contains(reference, section.Value, StringComparison.Ordinal);
            var cells = Keyed(html);
            foreach (var (key, value) in expected)
            {
                Assert.True(cells.TryGetValue(key, out var actual), $"{lang}: the report has no {key}");
                Assert.True(actual is { } a && value is { } v && Math.Abs(a - v) <= 1e-12 * Math.Max(1, Math.Abs(v)), $"{lang} {key}: report {actual}, capnet {value}");
            }
            Assert.Contains("capnet qap ", html, StringComparison.Ordinal);
            Assert.Contains("capnet gravity ", html, StringComparison.Ordinal);
        }
    }

    /// <summary>With no permutations the QAP coefficients and R² are still shown (they do not depend on them: the same
    /// values as with 50) and the p-values are marked not computed.</summary>
    [Fact]
    public void Without_permutations_the_qap_p_values_are_marked_not_computed()
    {
        var html = StudyReport.ToHtml(CityNetwork.FromFilings(Sample), StudyReportOptions.Default with { Language = ReportLanguage.English, Permutations = 0 });
        var cells = Keyed(html);
        var tested = Keyed(Page("en"));
        foreach (var key in new[] { "qap:coefficient:log_distance", "qap:coefficient:same_province", "qap:coefficient:same_region", "qap:r_squared", "gravity:coefficient:log_distance" })
            Assert.Equal(tested[key], cells[key]);
        Assert.DoesNotContain(cells.Keys, k => k.StartsWith("qap:p:", StringComparison.Ordinal));
        var table = Parse(html).Descendants(X + "table").Single(e => (string?)e.Attribute("id") == "qap-table");
        Assert.Contains("not computed", table.Value, StringComparison.Ordinal);
    }

    /// <summary>The cells with a <c>data-key</c>: key → the round-trip <c>data-value</c> (null when empty = undefined).</summary>
    private static Dictionary<string, double?> Keyed(string html)
    {
        var result = new Dictionary<string, double?>(StringComparer.Ordinal);
        foreach (var td in Parse(html).Descendants(X + "td").Where(td => td.Attribute("data-key") is not null))
        {
            var raw = (string)td.Attribute("data-value")!;
            result[(string)td.Attribute("data-key")!] = raw.Length == 0 ? null : double.Parse(raw, CultureInfo.InvariantCulture);
        }
        return result;
    }

    private static double? Number(JsonElement e) => e.ValueKind == JsonValueKind.Null ? null : e.GetDouble();

    [Fact]
    public void The_ingest_table_reconciles_with_the_ingest_report()
    {
        // expected: the sample's own ingest report (SampleDataTests checks it against examples/data/README.md)
        var report = CityNetwork.FromFilings(Sample).Report;
        var cells = Keyed(Page("zh"));
        Assert.Equal(report.RowsRead, cells["rows_read"]);
        Assert.Equal(report.RowsUsed, cells["rows_used"]);
        Assert.Equal(report.RowsRejected, cells["rows_rejected"]);
        Assert.Equal(cells["rows_read"], cells["rows_used"] + cells["rows_rejected"] + cells["rows_outside_window"]);
    }

    /// <summary>Degenerate inputs still give the whole page: a window that holds no filing (an empty network: the network
    /// section says so) and filings without dates (no trend: the concentration section says so).</summary>
    [Fact]
    public void An_empty_window_and_filings_without_dates_still_give_every_section()
    {
        var empty = StudyReport.ToHtml(CityNetwork.FromFilings(Sample, IngestOptions.Default with { From = new DateOnly(2030, 1, 1) }),
            StudyReportOptions.Default with { Language = ReportLanguage.English, Permutations = 5 });
        var undated = Path.Combine(_reports.Dir, "undated.csv");
        File.WriteAllText(undated, "fund_id,fund_place,partner_name,partner_place,capital\nF1,深圳市,甲,北京市,100\nF2,上海市,乙,深圳市,200\n", new UTF8Encoding(false));
        var noDates = StudyReport.ToHtml(CityNetwork.FromFilings(undated), StudyReportOptions.Default with { Language = ReportLanguage.English, Permutations = 5 });
        foreach (var html in new[] { empty, noDates })
        {
            var ids = Parse(html).Descendants(X + "section").Select(e => (string?)e.Attribute("id")).ToList();
            Assert.Equal(ReportSections.All.Select(x => x.Id), ids);
        }
        Assert.Contains("The network has no flow", empty, StringComparison.Ordinal);
        Assert.Contains("no trend by year", noDates, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_non_filings_input_is_refused_in_one_line()
    {
        var edges = Path.Combine(_reports.Dir, "edges.csv");
        File.WriteAllText(edges, "source,target,weight\na,b,1\n");
        var (code, _, err) = await Run(["report", edges, "-o", Path.Combine(_reports.Dir, "x.html")]);
        Assert.Equal(CapnetApp.UnusableInput, code);
        Assert.Contains("needs a filings file", err, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_reports.Dir, "x.html")));
    }
}

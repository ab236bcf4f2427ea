using System.Globalization;
using System.Text;
using CapitalNetwork.Tests.Csv;

namespace CapitalNetwork.Tests.Hostile;

/// <summary>
/// The catalogue of hostile inputs: every file in TestData/hostile (written by make_hostile.py there) with its expected
/// outcome in TestData/hostile/catalogue.tsv — the exact report counts and diagnostics (line:code, in file order), or the
/// exact exception type, line and problem (a prefix where the rest is System.Xml's wording). Expected values are worked out by hand from the rows of make_hostile.py (its
/// comments and the table's last column say why). Each case must end within <see cref="TimeLimit"/> and may throw
/// nothing but the expected exception; for filings, rows read = used + rejected + outside the window. The figures
/// <c>formulas</c> and <c>formulas_raw</c> count the cells a spreadsheet would run as formulas in the diagnostics CSV
/// (filings) or the Gephi CSV tables (edge lists), written by default and with <see cref="CsvCells.Raw"/>.
/// </summary>
public class HostileCatalogueTests
{
    private static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(20);

    private static string Folder => Path.Combine(AppContext.BaseDirectory, "TestData", "hostile");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var c in Catalogue()) data.Add(c.Name);
        return data;
    }

    internal sealed record Case(string Name, string File, string Reader, string Options, Dictionary<string, string> Expect, string Problem);

    internal static IReadOnlyList<Case> Catalogue()
    {
        var cases = new List<Case>();
        foreach (var line in File.ReadLines(Path.Combine(Folder, "catalogue.tsv"), Encoding.UTF8).Skip(1))
        {
            if (line.Length == 0) continue;
            var f = line.Split('\t');
            var expect = f[4].Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(kv => kv.Split('=', 2)).ToDictionary(kv => kv[0], kv => kv.Length > 1 ? kv[1] : "");
            cases.Add(new Case(f[0], f[1], f[2], f[3], expect, f[5]));
        }
        return cases;
    }

    [Fact]
    public void The_catalogue_covers_every_file_and_every_hostile_kind_the_issue_names()
    {
        var cases = Catalogue();
        var files = Directory.GetFiles(Folder).Select(Path.GetFileName).Where(n => n is not ("catalogue.tsv" or "make_hostile.py")).ToHashSet();
        var partnerTables = cases.Select(c => c.Options.Split(',').Select(o => o.Split('=', 2)).FirstOrDefault(kv => kv[0] == "partners")?[1]).OfType<string>();
        Assert.Equal(files.Order(), cases.Select(c => c.File).Concat(partnerTables).Distinct().Order());
        Assert.Equal(cases.Count, cases.Select(c => c.Name).Distinct().Count());
        string[] kinds = ["empty", "header-only", "bom-utf8", "bom-utf16le", "bom-utf16be", "gb18030-told-utf8", "utf8-told-gb18030", "unbalanced-quotes",
            "long-line", "long-field", "control-characters", "columns-1000", "duplicate-headers", "amounts", "dates", "billion-laughs", "external-entity",
            "undeclared-node", "sheet-corrupt-zip", "sheet-password", "sheet-empty", "sheet-missing-name", "sheet-huge-cell", "join-reasons",
            "ambiguous-header", "registry-kinds"];
        Assert.All(kinds, k => Assert.Contains(cases, c => c.Name == k));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Every_hostile_input_has_its_expected_outcome(string name)
    {
        var c = Catalogue().Single(x => x.Name == name);
        var run = Task.Run(() => Run(c));
        var finished = await Task.WhenAny(run, Task.Delay(TimeLimit));
        Assert.True(finished == run, $"{c.Name}: no result within {TimeLimit.TotalSeconds} s");
        var (outcome, error) = await run;

        if (c.Expect.TryGetValue("error", out var type))
        {
            Assert.True(error is not null, $"{c.Name}: expected {type}, got {outcome}");
            Assert.Equal(type, error.GetType().Name);
            var (line, problem) = error switch
            {
                FilingsFormatException e => (e.Line?.ToString(CultureInfo.InvariantCulture) ?? "-", e.Problem),
                GexfFormatException e => (e.Line?.ToString(CultureInfo.InvariantCulture) ?? "-", e.Problem),
                GraphMLFormatException e => (e.Line?.ToString(CultureInfo.InvariantCulture) ?? "-", e.Problem),
                NetworkFormatException e => (e.Line?.ToString(CultureInfo.InvariantCulture) ?? "-", e.Problem),
                _ => ("?", error.Message),
            };
            Assert.Equal(c.Expect["line"], line);
            // The exact problem; a trailing … marks a prefix (the rest is System.Xml's own wording, or text the file garbled).
            if (c.Problem.EndsWith('…')) Assert.StartsWith(c.Problem[..^1], problem, StringComparison.Ordinal);
            else Assert.Equal(c.Problem, problem);
            Assert.Contains(c.File, error.Message, StringComparison.Ordinal); // the message names the file
            return;
        }
        Assert.True(error is null, $"{c.Name}: unexpected {error?.GetType().Name}: {error?.Message}");
        foreach (var (key, value) in c.Expect)
        {
            Assert.True(outcome!.TryGetValue(key, out var actual), $"{c.Name}: no figure '{key}'");
            Assert.True(value == actual, $"{c.Name}: {key} expected {value}, got {actual}");
        }
        if (outcome!.TryGetValue("reconciles", out var reconciles)) Assert.Equal("True", reconciles);
    }

    /// <summary>Runs one case; returns its figures as text, or the exception it threw.</summary>
    private static (Dictionary<string, string>? Outcome, Exception? Error) Run(Case c)
    {
        var path = Path.Combine(Folder, c.File);
        var ic = CultureInfo.InvariantCulture;
        try
        {
            switch (c.Reader)
            {
                case "filings" or "joined":
                {
                    // joined: the file is the fund table and options name the partner table (partners=FILE).
                    var options = Options(c.Options);
                    var partners = c.Options.Split(',').Select(o => o.Split('=', 2)).FirstOrDefault(kv => kv[0] == "partners")?[1];
                    var r = (c.Reader == "joined" ? CityNetwork.FromFilings(path, Path.Combine(Folder, partners!), options) : CityNetwork.FromFilings(path, options)).Report;
                    return (new Dictionary<string, string>
                    {
                        ["formulas"] = Formulas(w => r.WriteDiagnosticsCsv(w)),
                        ["formulas_raw"] = Formulas(w => r.WriteDiagnosticsCsv(w, CsvCells.Raw)),
                        ["enc"] = r.Encoding,
                        ["read"] = r.RowsRead.ToString(ic),
                        ["used"] = r.RowsUsed.ToString(ic),
                        ["rejected"] = r.RowsRejected.ToString(ic),
                        ["outside"] = r.RowsOutsideWindow.ToString(ic),
                        ["warnings"] = r.Warnings.ToString(ic),
                        ["funds"] = r.Funds.ToString(ic),
                        ["capital"] = r.Capital.ToString("R", ic),
                        ["kept"] = r.Diagnostics.Count.ToString(ic),
                        ["dropped"] = r.DiagnosticsDropped.ToString(ic),
                        ["diags"] = Diags(r.Diagnostics),
                        ["reconciles"] = r.Reconciles.ToString(),
                        ["joined"] = r.FundRowsJoined.ToString(ic),
                        ["cells"] = r.Diagnostics.Any(d => d.Cell is not null) ? string.Join(',', r.Diagnostics.Select(d => d.Cell ?? "-")) : "-",
                    }, null);
                }
                case "gexf":
                {
                    var doc = GexfReader.ReadDocument(path, GexfReadOptions.Default with { RejectUndeclaredNodes = c.Options == "strict-nodes" });
                    return (GraphFigures(doc.Network, doc.Diagnostics, doc.Series), null);
                }
                case "graphml":
                {
                    var doc = GraphMLReader.ReadDocument(path, GraphMLReadOptions.Default with { RejectUndeclaredNodes = c.Options == "strict-nodes" });
                    return (GraphFigures(doc.Network, doc.Diagnostics, null), null);
                }
                case "edgelist":
                {
                    var diags = new List<Diagnostic>();
                    var net = EdgeListReader.Read(path, diags.Add, Options(c.Options).Read);
                    return (new Dictionary<string, string>
                    {
                        ["nodes"] = net.NodeCount.ToString(ic), ["edges"] = net.EdgeCount.ToString(ic), ["diags"] = Diags(diags),
                        ["formulas"] = Formulas(w => GephiCsvWriter.WriteNodes(net, w), w => GephiCsvWriter.WriteEdges(net, w)),
                        ["formulas_raw"] = Formulas(w => GephiCsvWriter.WriteNodes(net, w, cells: CsvCells.Raw), w => GephiCsvWriter.WriteEdges(net, w, cells: CsvCells.Raw)),
                    }, null);
                }
                case "pajek" or "dl":
                {
                    // Issue 20: Pajek .net and UCINET DL, lenient or (option strict) strict.
                    var diags = new List<Diagnostic>();
                    var options = NetworkFileReadOptions.Default with { Strict = c.Options == "strict" };
                    var net = c.Reader == "pajek" ? PajekReader.Read(path, diags.Add, options) : DlReader.Read(path, diags.Add, options);
                    return (new Dictionary<string, string>
                    {
                        ["nodes"] = net.NodeCount.ToString(ic), ["edges"] = net.EdgeCount.ToString(ic),
                        ["weight"] = net.TotalWeight(EdgeWeight.Funds).ToString("R", ic), ["diags"] = Diags(diags),
                    }, null);
                }
                default:
                    throw new InvalidOperationException($"unknown reader {c.Reader}");
            }
        }
        catch (Exception e) when (e is FilingsFormatException or GexfFormatException or GraphMLFormatException or NetworkFormatException)
        {
            return (null, e);
        }
    }

    /// <summary>The figures of a graph file (GEXF, GraphML): counts, warnings, total funds, labels and snapshot years.</summary>
    private static Dictionary<string, string> GraphFigures(FlowNetwork net, IEnumerable<Diagnostic> diagnostics, NetworkSeries? series) => new()
    {
        ["nodes"] = net.NodeCount.ToString(CultureInfo.InvariantCulture),
        ["edges"] = net.EdgeCount.ToString(CultureInfo.InvariantCulture),
        ["diags"] = Diags(diagnostics),
        ["funds"] = net.TotalWeight(EdgeWeight.Funds).ToString("R", CultureInfo.InvariantCulture),
        ["labels"] = string.Join('|', net.Nodes.Select(n => n.Label)),
        ["years"] = series is null ? "-" : string.Join(';', series.Years),
    };

    /// <summary>How many cells of the CSV tables written by <paramref name="writers"/> a spreadsheet would run as formulas
    /// (<see cref="SpreadsheetCells.IsFormula"/>).</summary>
    private static string Formulas(params Action<TextWriter>[] writers) =>
        writers.Sum(write =>
        {
            var text = new StringWriter(CultureInfo.InvariantCulture);
            write(text);
            return SpreadsheetCells.Formulas(text.ToString()).Count;
        }).ToString(CultureInfo.InvariantCulture);

    private static string Diags(IEnumerable<Diagnostic> diagnostics)
    {
        var list = diagnostics.Select(d => $"{d.Line.ToString(CultureInfo.InvariantCulture)}:{d.CodeName}").ToList();
        return list.Count == 0 ? "-" : string.Join(',', list);
    }

    internal static IngestOptions Options(string text)
    {
        var read = FilingsReadOptions.Default;
        var ingest = IngestOptions.Default;
        if (text == "-") return ingest;
        foreach (var option in text.Split(','))
        {
            var kv = option.Split('=', 2);
            read = kv[0] switch
            {
                "encoding" => read with { Encoding = kv[1] == "gb18030" ? CodePagesEncodingProvider.Instance.GetEncoding(54936) : Encoding.GetEncoding(kv[1]) },
                "allowbreaks" => read with { AllowLineBreaksInQuotes = true },
                "strict" => read with { Strict = true },
                "maxdiag" => read with { MaxDiagnostics = int.Parse(kv[1], CultureInfo.InvariantCulture) },
                "maxfield" => read with { MaxFieldLength = int.Parse(kv[1], CultureInfo.InvariantCulture) },
                "unplaced" => read with { PartnersWithoutPlace = UnplacedPartners.AtFundCity },
                "capitalunit" => read with { CapitalUnit = kv[1] == "wan" ? CapitalUnit.Wan : kv[1] == "yi" ? CapitalUnit.Yi : CapitalUnit.Yuan },
                "sheet" => read with { Sheet = kv[1] },
                "column" => read with
                {
                    Columns = new Dictionary<FilingColumn, string>(read.Columns ?? new Dictionary<FilingColumn, string>())
                    {
                        [Enum.Parse<FilingColumn>(kv[1].Split(':')[0].Replace("_", ""), ignoreCase: true)] = kv[1].Split(':', 2)[1],
                    },
                },
                _ => read,
            };
            ingest = kv[0] switch
            {
                "from" => ingest with { From = DateOnly.Parse(kv[1], CultureInfo.InvariantCulture) },
                "to" => ingest with { To = DateOnly.Parse(kv[1], CultureInfo.InvariantCulture) },
                "shortprefix" => ingest with { AcceptShortNamePrefixes = true },
                _ => ingest,
            };
        }
        return ingest with { Read = read };
    }
}

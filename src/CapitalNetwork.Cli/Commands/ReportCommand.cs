using System.CommandLine;

namespace CapitalNetwork.Cli.Commands;

/// <summary>
/// <c>capnet report FILINGS [-o report.html] [--lang zh|en] [--weight …] [--alpha A] [--seed S] [--permutations P]
/// [--top K] [--top-edges K] [--depth D] [--self-loops keep|drop] [--title T] [--no-script]</c> and the shared ingest
/// options: the whole study as one self-contained HTML page (<see cref="StudyReport"/>).
/// </summary>
internal static class ReportCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var input = new Argument<string>("FILINGS") { Description = "The filings file (CSV/TSV, UTF-8 or GB18030)." };
        var output = new Option<string>("--output", "-o") { Description = "HTML file to write.", DefaultValueFactory = _ => "report.html" };
        var lang = new Option<string>("--lang") { Description = "Language of the whole page: zh (Chinese) or en (English).", DefaultValueFactory = _ => "zh" };
        lang.AcceptOnlyFromAmong("zh", "en");
        var weight = CliOptions.Weight("Weight of node sizes, flows, concentration, trend, communities and constraint");
        var alpha = ConcentrationCommand.AlphaOption();
        var seed = new Option<ulong>("--seed") { Description = "Seed of the Borgatti–Everett fit, its permutation test, Louvain (same as capnet measures) and the MRQAP permutations (same as capnet qap).", DefaultValueFactory = _ => 42UL };
        var permutations = new Option<int>("--permutations") { Description = "Rewirings of the Borgatti–Everett significance test and permutations of each MRQAP term (0 leaves both out; the QAP coefficients stay).", DefaultValueFactory = _ => 1000 };
        var top = new Option<int>("--top") { Description = "Rows of the leading-city tables (1–1000).", DefaultValueFactory = _ => 10 };
        var topEdges = new Option<int>("--top-edges") { Description = "Strongest flows drawn on the map.", DefaultValueFactory = _ => 150 };
        var depth = new Option<int>("--depth") { Description = "CONCOR split levels (1–10).", DefaultValueFactory = _ => 2 };
        var selfLoops = CliOptions.SelfLoops();
        var title = new Option<string?>("--title") { Description = "Title of the page (default: the study's title in --lang)." };
        var noScript = new Option<bool>("--no-script") { Description = "Leave out the small optional script (sortable tables)." };
        var ingest = new IngestArguments();
        var cmd = new Command("report", "The whole study as one self-contained HTML page (inline SVG and CSS, prints on A4): ingest, map, leading cities, regions, concentration and polarization with their trend, core–periphery, communities, structure, block model, appendix.")
        {
            input, output, lang, weight, alpha, seed, permutations, top, topEdges, depth, selfLoops, title, noScript,
        };
        ingest.AddTo(cmd);
        cmd.SetAction(pr =>
        {
            var outPath = pr.GetValue(output)!;
            return CommandGuard.Run(stderr, outPath, () =>
            {
                if (pr.GetValue(permutations) < 0) throw new UsageException($"--permutations must be ≥ 0, not {pr.GetValue(permutations)}.");
                if (pr.GetValue(top) is < 1 or > 1000) throw new UsageException($"--top must be 1 to 1000, not {pr.GetValue(top)}.");
                if (pr.GetValue(topEdges) < 0) throw new UsageException($"--top-edges must be ≥ 0, not {pr.GetValue(topEdges)}.");
                if (pr.GetValue(depth) is < 1 or > 10) throw new UsageException($"--depth must be 1 to 10, not {pr.GetValue(depth)}.");
                var path = pr.GetValue(input)!;
                if (File.Exists(path) && InputLoader.Detect(path) != InputLoader.Kind.Filings)
                    throw new UsageException($"{path} is {(InputLoader.Detect(path) == InputLoader.Kind.Gexf ? "a GEXF file" : "an edge list")}: capnet report needs a filings file (its ingest report and filing years are part of the study).");
                var loaded = ingest.Load(pr, path, stderr);
                var result = loaded.Ingest ?? throw new UsageException($"{path}: capnet report needs a filings file.");
                var options = new StudyReportOptions
                {
                    Language = pr.GetValue(lang) == "en" ? ReportLanguage.English : ReportLanguage.Chinese,
                    Title = pr.GetValue(title),
                    Weight = pr.GetValue(weight),
                    Alpha = pr.GetValue(alpha),
                    Seed = pr.GetValue(seed),
                    Permutations = pr.GetValue(permutations),
                    Top = pr.GetValue(top),
                    TopEdges = pr.GetValue(topEdges),
                    ConcorDepth = pr.GetValue(depth),
                    SelfLoops = pr.GetValue(selfLoops) != "drop",
                    Interactive = !pr.GetValue(noScript),
                    Ingest = ingest.Options(pr),
                    Invocation = "capnet " + string.Join(' ', pr.Tokens.Select(t => Quote(t.Value))),
                };
                var started = System.Diagnostics.Stopwatch.StartNew();
                StudyReport.WriteHtml(result, outPath, options);
                stdout.WriteLine($"wrote {outPath} ({new FileInfo(outPath).Length / 1024.0:0} KiB, {options.Language}, {started.Elapsed.TotalSeconds:0.0} s)");
                return 0;
            });
        });
        return cmd;
    }

    private static string Quote(string token) => token.Length > 0 && token.All(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' or '/' or ',' or ':' or '=')
        ? token
        : "'" + token.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}

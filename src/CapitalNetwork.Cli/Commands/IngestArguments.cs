using System.CommandLine;

namespace CapitalNetwork.Cli.Commands;

/// <summary>
/// The ingest options, defined once and given to every command that reads filings (<c>build</c>, <c>measures</c>,
/// <c>export</c>, <c>draw</c>, <c>blocks</c>): the date window, the capital unit, partners without a place, short-name places,
/// the workbook sheet, a partner table joined to the fund table, columns mapped by hand, and the diagnostics file.
/// After the ingest, <see cref="Report"/> prints the one-paragraph report on stderr and writes the diagnostics.
/// </summary>
internal sealed class IngestArguments
{
    public Option<DateOnly?> From { get; } = CliOptions.Date("--from", "Count only funds filed on or after this date");

    public Option<DateOnly?> To { get; } = CliOptions.Date("--to", "Count only funds filed on or before this date");

    public Option<string?> Diagnostics { get; } = new("--diagnostics")
    {
        Description = "Write every kept diagnostic of the ingest (file, line, column, code, severity, message, raw text) to this CSV file.",
    };

    public Option<CapitalUnit?> CapitalUnit { get; } = new("--capital-unit")
    {
        Description = "Unit of the capital column when its header does not say: yuan, wan (万元) or yi (亿元).",
        CustomParser = r =>
        {
            var t = r.Tokens[0].Value;
            switch (t.ToLowerInvariant())
            {
                case "yuan" or "元": return CapitalNetwork.CapitalUnit.Yuan;
                case "wan" or "万元": return CapitalNetwork.CapitalUnit.Wan;
                case "yi" or "亿元": return CapitalNetwork.CapitalUnit.Yi;
                default:
                    r.AddError($"--capital-unit must be yuan, wan or yi, not '{t}'.");
                    return null;
            }
        },
    };

    public Option<string> UnplacedPartners { get; } = new("--unplaced-partners")
    {
        Description = "Partners with neither a place nor a credit code (natural persons): leave-out (their links and capital are reported and left out) or at-fund-city (counted as local capital of the fund's city).",
        DefaultValueFactory = _ => "leave-out",
    };

    public Option<bool> AcceptShortNamePrefixes { get; } = new("--accept-short-name-prefix")
    {
        Description = "Take a place that rests only on a county or city short name at the start of a longer name (平安银行 → 海东) instead of reporting it as uncertain_place.",
    };

    public Option<bool> RawCsv { get; } = CliOptions.RawCsv();

    // Issue 20: network files of other tools (GEXF, GraphML, Pajek, UCINET DL) repair what Gephi repairs unless --strict.
    public Option<bool> Strict { get; } = new("--strict")
    {
        Description = "Fail on the first problem instead of reporting it: a row that cannot be used; in a GEXF or GraphML file an edge to an undeclared node; in a Pajek or DL file a tie to an undeclared vertex or a second tie on the same pair.",
    };

    public Option<string?> Sheet { get; } = new("--sheet")
    {
        Description = "For an .xlsx/.xls input: the sheet to read (default: the first sheet).",
    };

    public Option<string?> Partners { get; } = new("--partners")
    {
        Description = "A partner table (one row per fund–partner pair naming the fund by id, credit code or name) to join to the input, which is then the fund table (one row per fund). CSV/TSV, .xlsx or .xls.",
    };

    public Option<string?> PartnersSheet { get; } = new("--partners-sheet")
    {
        Description = "For an .xlsx/.xls partner table: its sheet (default: --sheet, else the first sheet).",
    };

    public Option<Dictionary<FilingColumn, string>> Columns { get; } = new("--column")
    {
        Description = "Map a column by hand: canonical=header, e.g. --column fund_place=登记地址 (repeatable). Canonical names: " + string.Join(", ", ColumnNames.Keys) + ".",
        AllowMultipleArgumentsPerToken = false,
        Arity = ArgumentArity.ZeroOrMore,
        DefaultValueFactory = _ => [],
        CustomParser = r =>
        {
            var map = new Dictionary<FilingColumn, string>();
            foreach (var token in r.Tokens)
            {
                var t = token.Value;
                var eq = t.IndexOf('=');
                if (eq <= 0 || eq == t.Length - 1)
                {
                    r.AddError($"--column must be canonical=header, e.g. fund_place=登记地址, not '{t}'.");
                    return map;
                }
                var name = t[..eq].Trim().ToLowerInvariant();
                if (!ColumnNames.TryGetValue(name, out var column))
                {
                    r.AddError($"--column: '{t[..eq]}' is not a canonical column; use one of {string.Join(", ", ColumnNames.Keys)}.");
                    return map;
                }
                if (map.ContainsKey(column))
                {
                    r.AddError($"--column {name} is given twice.");
                    return map;
                }
                map[column] = t[(eq + 1)..].Trim();
            }
            return map;
        },
    };

    /// <summary>The canonical column names (snake_case) of <see cref="FilingColumn"/>.</summary>
    private static readonly Dictionary<string, FilingColumn> ColumnNames =
        Enum.GetValues<FilingColumn>().ToDictionary(c => System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(c.ToString()), c => c);

    public IngestArguments() => UnplacedPartners.AcceptOnlyFromAmong("leave-out", "at-fund-city");

    /// <summary>Adds the options to a command.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(From);
        command.Options.Add(To);
        command.Options.Add(CapitalUnit);
        command.Options.Add(UnplacedPartners);
        command.Options.Add(AcceptShortNamePrefixes);
        command.Options.Add(Sheet);
        command.Options.Add(Partners);
        command.Options.Add(PartnersSheet);
        command.Options.Add(Columns);
        command.Options.Add(Diagnostics);
        command.Options.Add(RawCsv);
        command.Options.Add(Strict);
    }

    /// <summary>The library's ingest options from the command line; a window that ends before it starts is a usage error.</summary>
    public IngestOptions Options(ParseResult pr, IProgress<long>? progress = null)
    {
        var from = pr.GetValue(From);
        var to = pr.GetValue(To);
        if (from is { } f && to is { } t && f > t)
            throw new UsageException($"--from {f:yyyy-MM-dd} is after --to {t:yyyy-MM-dd}: the window holds no day.");
        if (pr.GetValue(PartnersSheet) is not null && pr.GetValue(Partners) is null)
            throw new UsageException("--partners-sheet needs --partners (the partner table).");
        var columns = pr.GetValue(Columns);
        return new IngestOptions
        {
            From = from,
            To = to,
            Progress = progress,
            AcceptShortNamePrefixes = pr.GetValue(AcceptShortNamePrefixes),
            PartnersSheet = pr.GetValue(PartnersSheet),
            Read = FilingsReadOptions.Default with
            {
                Sheet = pr.GetValue(Sheet),
                Columns = columns is { Count: > 0 } ? columns : null,
                CapitalUnit = pr.GetValue(CapitalUnit),
                PartnersWithoutPlace = pr.GetValue(UnplacedPartners) == "at-fund-city" ? CapitalNetwork.UnplacedPartners.AtFundCity : CapitalNetwork.UnplacedPartners.LeaveOut,
                Strict = pr.GetValue(Strict),
            },
        };
    }

    /// <summary>
    /// Loads <paramref name="path"/> with these options (a progress line on a terminal while it reads), then prints the
    /// report paragraph and writes the diagnostics (<see cref="Report"/>).
    /// </summary>
    public LoadedInput Load(ParseResult pr, string path, TextWriter stderr)
    {
        var progress = new Progress(stderr);
        LoadedInput loaded;
        try
        {
            loaded = InputLoader.Load(path, Options(pr, progress), AsksForFilings(pr), pr.GetValue(Partners));
        }
        finally
        {
            progress.Done();
        }
        Report(pr, path, loaded, stderr);
        return loaded;
    }

    /// <summary>Whether the command line asks for anything only a filings file has (a window, a unit …).</summary>
    public bool AsksForFilings(ParseResult pr) =>
        pr.GetValue(From) is not null || pr.GetValue(To) is not null || pr.GetValue(CapitalUnit) is not null || pr.GetValue(UnplacedPartners) != "leave-out"
        || pr.GetValue(AcceptShortNamePrefixes) || pr.GetValue(Sheet) is not null || pr.GetValue(Partners) is not null
        || pr.GetValue(Columns) is { Count: > 0 };

    /// <summary>
    /// Prints the ingest's one-paragraph report on stderr (and what a window left: an empty network is said so) and writes
    /// the diagnostics file when asked. For a GEXF input there is no report; an edge list's skipped rows are summarised.
    /// </summary>
    public void Report(ParseResult pr, string input, LoadedInput loaded, TextWriter stderr)
    {
        if (loaded.Report is { } report)
        {
            stderr.WriteLine($"capnet: {report.Summary()}");
            if (report.RowsUsed == 0 && report.RowsRead > 0)
                stderr.WriteLine("capnet: no row was used, so the network has no edge" +
                                 (pr.GetValue(From) is not null || pr.GetValue(To) is not null ? " (no filing falls in the --from/--to window)." : "."));
        }
        else if (loaded.Kind is InputLoader.Kind.Gexf or InputLoader.Kind.GraphML)
        {
            // Graph files: warnings only (nodes added, parallel edges summed, undirected edges entered both ways).
            if (loaded.Diagnostics.Count > 0)
                stderr.WriteLine($"capnet: {input}: {loaded.Diagnostics.Count:N0} warnings ({string.Join(", ", loaded.Diagnostics.GroupBy(d => d.CodeName).Select(g => $"{g.Key} {g.Count():N0}"))}).");
            foreach (var d in loaded.Diagnostics.Where(d => d.Code == DiagnosticCode.UndirectedEdges))
                stderr.WriteLine($"capnet: {input}: {d.Message}.");
        }
        else if (loaded.Diagnostics.Count > 0)
        {
            static string Codes(IEnumerable<Diagnostic> list) => string.Join(", ", list.GroupBy(d => d.CodeName).Select(g => $"{g.Key} {g.Count():N0}"));
            var rejected = loaded.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Rejected).ToList();
            var warnings = loaded.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning).ToList();
            if (rejected.Count > 0) stderr.WriteLine($"capnet: {input}: {rejected.Count:N0} rows skipped ({Codes(rejected)}).");
            if (warnings.Count > 0) stderr.WriteLine($"capnet: {input}: {warnings.Count:N0} warnings ({Codes(warnings)}).");
            // How undirected ties entered the directed network is said in full (one line per file).
            foreach (var d in warnings.Where(d => d.Code == DiagnosticCode.UndirectedEdges)) stderr.WriteLine($"capnet: {input}: {d.Message}.");
        }
        if (pr.GetValue(Diagnostics) is { } path)
        {
            if (loaded.Report is null && loaded.Diagnostics.Count == 0 && loaded.Kind is InputLoader.Kind.Gexf or InputLoader.Kind.GraphML)
                stderr.WriteLine($"capnet: {input} is a {(loaded.Kind == InputLoader.Kind.Gexf ? "GEXF" : "GraphML")} file read without any warning, so {path} lists no diagnostic.");
            var list = loaded.Report?.Diagnostics ?? loaded.Diagnostics;
            WriteDiagnostics(path, list, CliOptions.Cells(pr, RawCsv));
        }
    }

    private static void WriteDiagnostics(string path, IReadOnlyList<Diagnostic> diagnostics, CsvCells cells)
    {
        try
        {
            Diagnostic.WriteCsv(path, diagnostics, cells);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot write the diagnostics file {path}: {CommandGuard.Reason(path, e)}");
        }
    }
}

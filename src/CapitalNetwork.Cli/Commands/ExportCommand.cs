using System.CommandLine;
using System.Globalization;

namespace CapitalNetwork.Cli.Commands;

/// <summary>
/// <c>capnet export INPUT --format gexf|gephi-csv|svg|json|pajek|dl|parquet -o OUT [--weight …] [--dynamic] [--timeline …]
/// [--measures KEY,…|all] [--names labels|ids] [--dl-layout fullmatrix|edgelist1]</c>: writes the network (or, with
/// <c>--dynamic</c>, its yearly snapshots) for Gephi, Gephi's spreadsheet import, a browser, a script, Pajek, UCINET or
/// a database (Parquet tables).
/// </summary>
internal static class ExportCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var input = new Argument<string>("INPUT") { Description = "A filings file, an edge-list CSV (source,target[,weight]), a GEXF, GraphML, Pajek (.net, .paj) or UCINET DL (.dl) file, or a folder of Parquet tables." };
        var format = new Option<string>("--format", "-f") { Description = "gexf (Gephi), gephi-csv (nodes.csv + edges.csv in the -o directory), svg (a picture), json (graphology), graphml (NetworkX, igraph, Cytoscape, yEd), pajek (.net with coordinates), dl (UCINET) or parquet (nodes.parquet + edges.parquet in the -o directory; with --dynamic one pair per year).", DefaultValueFactory = _ => "gexf" };
        format.AcceptOnlyFromAmong("gexf", "gephi-csv", "svg", "json", "graphml", "pajek", "dl", "parquet");
        var output = new Option<string?>("--output", "-o") { Description = "File to write (a directory for gephi-csv and parquet). Default: network.gexf, network.svg, network.json, network.graphml, network.net, network.dl or the directory gephi or parquet." };
        var names = new Option<string>("--names") { Description = "pajek, dl: vertex names from the node labels (a city's name) or ids (a city's 6-digit code).", DefaultValueFactory = _ => "labels" };
        names.AcceptOnlyFromAmong("labels", "ids");
        var dlLayout = new Option<string>("--dl-layout") { Description = "dl: fullmatrix (UCINET's matrix, n rows of n values) or edgelist1 (one line i j value per edge).", DefaultValueFactory = _ => "fullmatrix" };
        dlLayout.AcceptOnlyFromAmong("fullmatrix", "edgelist1");
        var weight = CliOptions.Weight("Weight written as the edge weight (thickness in Gephi, width in the SVG)");
        var dynamic = new Option<bool>("--dynamic") { Description = "Write every filing year: on Gephi's timeline (gexf, gephi-csv) or as one Parquet table pair per year (parquet); needs a filings file, a dynamic GEXF or Parquet tables with years." };
        var timeline = new Option<string>("--timeline") { Description = "With --dynamic: cumulative (the network grows) or per-year (each year's own flows).", DefaultValueFactory = _ => "cumulative" };
        timeline.AcceptOnlyFromAmong("cumulative", "per-year");
        var measures = new Option<string?>("--measures") { Description = "Add measures of `capnet measures` as node attributes and network figures: comma-separated keys, or all." };
        var noLoops = new Option<bool>("--no-self-loops") { Description = "Leave self-loops (local capital) out of the edges (local_* node figures stay)." };
        var katzAlpha = CliOptions.KatzAlpha();
        var ingest = new IngestArguments();
        var cmd = new Command("export", "Export the network as GEXF (static or dynamic), Gephi spreadsheet CSV, an SVG picture or graphology JSON.")
        {
            input, format, output, weight, dynamic, timeline, measures, noLoops, katzAlpha, names, dlLayout,
        };
        ingest.AddTo(cmd);
        cmd.SetAction(pr =>
        {
            var fmt = pr.GetValue(format)!;
            var path = pr.GetValue(input)!;
            var w8 = pr.GetValue(weight);
            var isDynamic = pr.GetValue(dynamic);
            var katz = pr.GetValue(katzAlpha);
            if (isDynamic && fmt is not ("gexf" or "gephi-csv" or "parquet"))
            {
                stderr.WriteLine($"capnet: --dynamic works with --format gexf, gephi-csv or parquet, not {fmt}.");
                return CapnetApp.UnusableInput;
            }
            var keys = ParseKeys(pr.GetValue(measures), stderr);
            if (keys is null) return CapnetApp.UnusableInput;
            var outPath = pr.GetValue(output) ?? fmt switch
            {
                "gephi-csv" => "gephi", "svg" => "network.svg", "json" => "network.json", "graphml" => "network.graphml", "pajek" => "network.net", "dl" => "network.dl",
                "parquet" => "parquet", _ => "network.gexf",
            };
            var vertexNames = pr.GetValue(names) == "ids" ? VertexNames.Ids : VertexNames.Labels;
            var options = new GexfOptions
            {
                Weight = w8,
                IncludeSelfLoops = !pr.GetValue(noLoops),
                Timeline = pr.GetValue(timeline) == "per-year" ? GexfTimeline.PerYear : GexfTimeline.Cumulative,
            };
            return CommandGuard.Run(stderr, outPath, () =>
            {
                var loaded = ingest.Load(pr, path, stderr);
                if (isDynamic)
                {
                    var series = loaded.Series;
                    if (series is null)
                    {
                        stderr.WriteLine($"capnet: {path}: --dynamic needs a filings file with filing dates or a dynamic GEXF with yearly times.");
                        return CapnetApp.UnusableInput;
                    }
                    if (fmt == "parquet")
                    {
                        var written = ParquetNetworkWriter.WriteSeries(series, outPath);
                        stdout.WriteLine($"wrote {written.Count} Parquet tables to {outPath} (the whole network and {series.Years.Count} years {series.Years.Min()}–{series.Years.Max()})");
                        return 0;
                    }
                    options = WithMeasures(options, series.Through(series.Years.Max()), keys, w8, katz, stderr);
                    if (fmt == "gexf")
                    {
                        GexfWriter.WriteDynamic(series, outPath, options);
                        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {outPath} (dynamic, {series.Years.Count} years {series.Years.Min()}–{series.Years.Max()}, {options.Timeline})"));
                    }
                    else
                    {
                        var (n, e) = GephiCsvWriter.WriteDynamic(series, outPath, options, CliOptions.Cells(pr, ingest.RawCsv));
                        stdout.WriteLine($"wrote {n} and {e} (dynamic, {series.Years.Count} years)");
                    }
                    return 0;
                }
                var net = loaded.Network;
                options = WithMeasures(options, net, keys, w8, katz, stderr);
                switch (fmt)
                {
                    case "gexf":
                        GexfWriter.Write(net, outPath, options);
                        stdout.WriteLine($"wrote {outPath}");
                        break;
                    case "gephi-csv":
                        var (nodes, edges) = GephiCsvWriter.Write(net, outPath, options, CliOptions.Cells(pr, ingest.RawCsv));
                        stdout.WriteLine($"wrote {nodes} and {edges}");
                        break;
                    case "graphml":
                        GraphMLWriter.Write(net, outPath, options);
                        stdout.WriteLine($"wrote {outPath}");
                        break;
                    case "svg":
                        NetworkSvg.Draw(net, new NetworkSvgOptions
                        {
                            Weight = w8,
                            SelfLoops = options.IncludeSelfLoops ? SelfLoopStyle.Ring : SelfLoopStyle.Omit,
                        }).Save(outPath);
                        stdout.WriteLine($"wrote {outPath}");
                        break;
                    case "pajek":
                        PajekWriter.Write(net, outPath, new PajekOptions { Weight = w8, Names = vertexNames, IncludeSelfLoops = options.IncludeSelfLoops });
                        stdout.WriteLine($"wrote {outPath}");
                        break;
                    case "dl":
                        DlWriter.Write(net, outPath, new DlOptions
                        {
                            Weight = w8,
                            Names = vertexNames,
                            IncludeSelfLoops = options.IncludeSelfLoops,
                            Layout = pr.GetValue(dlLayout) == "edgelist1" ? DlLayout.EdgeList1 : DlLayout.FullMatrix,
                        });
                        stdout.WriteLine($"wrote {outPath}");
                        break;
                    case "parquet":
                        var (nodeTable, edgeTable) = ParquetNetworkWriter.Write(net, outPath);
                        stdout.WriteLine($"wrote {nodeTable} and {edgeTable}");
                        break;
                    default:
                        NetworkJsonWriter.Write(net, outPath, options);
                        stdout.WriteLine($"wrote {outPath}");
                        break;
                }
                return 0;
            });
        });
        return cmd;
    }

    private static HashSet<string>? ParseKeys(string? list, TextWriter stderr)
    {
        if (list is null) return [];
        if (list.Trim() == "all") return MeasureCatalog.AllKeys.ToHashSet(StringComparer.Ordinal);
        var keys = list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        if (keys.FirstOrDefault(k => !MeasureCatalog.AllKeys.Contains(k)) is { } unknown)
        {
            stderr.WriteLine($"capnet: unknown measure key '{unknown}'; known keys: {string.Join(", ", MeasureCatalog.AllKeys)}");
            return null;
        }
        return keys;
    }

    /// <summary>Adds the chosen catalogue measures: node measures as double attributes, network figures into the
    /// description block; keys that name a figure the writers produce anyway (in_degree …) are skipped. Why a key came out
    /// undefined goes to stderr, as in <c>capnet measures</c>.</summary>
    private static GexfOptions WithMeasures(GexfOptions options, FlowNetwork net, HashSet<string> keys, EdgeWeight weight, double katzAlpha, TextWriter stderr)
    {
        if (keys.Count == 0) return options;
        var context = new MeasureContext(weight, 1.6, 42, 1000, katzAlpha, Groups: GroupArguments.Default(net));
        var nodes = new List<GexfNodeAttribute>();
        foreach (var m in MeasureCatalog.Node.Where(m => keys.Contains(m.Key)))
        {
            if (GexfNodeAttribute.IsReservedName(m.Key)) continue; // already written by the exporter itself
            nodes.Add(GexfNodeAttribute.FromValues(m.Compute(net, context), m.Key));
        }
        var figures = new List<GexfNetworkAttribute>();
        foreach (var m in MeasureCatalog.Network.Where(m => keys.Contains(m.Key)))
        {
            switch (m.Compute(net, context))
            {
                case int i: figures.Add(GexfNetworkAttribute.Integer(m.Key, i)); break;
                case long l: figures.Add(GexfNetworkAttribute.Integer(m.Key, l)); break;
                case double d when double.IsFinite(d): figures.Add(GexfNetworkAttribute.Double(m.Key, d)); break;
                case IReadOnlyDictionary<int, double> map:
                    foreach (var (k, v) in map.OrderBy(x => x.Key))
                        if (double.IsFinite(v)) figures.Add(GexfNetworkAttribute.Double($"{m.Key}_{k.ToString(CultureInfo.InvariantCulture)}", v));
                    break;
                case null or double: break; // undefined for this network
                case var other: figures.Add(GexfNetworkAttribute.Text(m.Key, Convert.ToString(other, CultureInfo.InvariantCulture) ?? "")); break;
            }
        }
        foreach (var note in context.Notes.Lines) stderr.WriteLine($"capnet: {note}");
        return options with { NodeAttributes = nodes, NetworkAttributes = figures };
    }
}

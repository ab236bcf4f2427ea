using System.CommandLine;
using System.Globalization;
using CapitalNetwork.Measures;

namespace CapitalNetwork.Cli.Commands;

/// <summary><c>capnet build FILINGS -o network.gexf</c>: ingest, report, write GEXF.</summary>
internal static class BuildCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var input = new Argument<string>("FILINGS") { Description = "Filings CSV/TSV (one row per fund–partner pair; UTF-8 or GB18030)." };
        var output = new Option<string>("--output", "-o") { Description = "GEXF file to write.", DefaultValueFactory = _ => "network.gexf" };
        var ingest = new IngestArguments();
        var weight = CliOptions.Weight("Weight written as the GEXF edge weight");
        var dynamic = new Option<bool>("--dynamic") { Description = "Write a dynamic GEXF: one file with every filing year (cumulative network by year) for Gephi's timeline." };
        var top = new Option<int>("--top") { Description = "How many leading cities to print.", DefaultValueFactory = _ => 10 };
        var cmd = new Command("build", "Build the city network from filings, print the ingest report and write a GEXF for Gephi.")
        {
            input, output, weight, dynamic, top,
        };
        ingest.AddTo(cmd);
        cmd.SetAction((pr, ct) =>
        {
            var path = pr.GetValue(input)!;
            var gexf = pr.GetValue(output)!;
            return Task.FromResult(CommandGuard.Run(stderr, gexf, () =>
            {
                var progress = new Progress(stderr);
                var options = ingest.Options(pr, progress);
                if (Directory.Exists(path)) throw new FilingsFormatException(path, "this is a folder, not a file");
                IngestResult result;
                try
                {
                    result = CityNetwork.FromFilings(path, options, ct);
                }
                finally
                {
                    progress.Done();
                }
                var report = result.Report;
                stdout.Write(report.ToString());
                ingest.Report(pr, path, new LoadedInput(InputLoader.Kind.Filings, result.Network, report, report.Diagnostics, result.Years), stderr);
                if (pr.GetValue(ingest.Diagnostics) is { } diagPath)
                    stdout.WriteLine($"diagnostics: {report.Diagnostics.Count:N0} written to {diagPath}");
                var net = result.Network;
                var w8 = pr.GetValue(weight);
                stdout.WriteLine();
                stdout.WriteLine(net.ToString());
                WriteTop(stdout, Centrality.InStrength(net, w8), pr.GetValue(top));
                if (pr.GetValue(dynamic))
                {
                    if (result.Years.Years.Count == 0)
                        throw new UsageException(report.RowsUsed == 0
                            ? $"--dynamic: no row of {path} was used, so there is no year to write."
                            : $"--dynamic needs filing dates: no used row of {path} has one (is there a filing-date column such as filed_on or 备案时间?).");
                    GexfWriter.WriteDynamic(result.Years, gexf, new GexfOptions { Weight = w8, Timeline = GexfTimeline.Cumulative });
                }
                else
                {
                    GexfWriter.Write(net, gexf, new GexfOptions { Weight = w8 });
                }
                stdout.WriteLine($"wrote {gexf}");
                return 0;
            }));
        });
        return cmd;
    }

    internal static void WriteTop(TextWriter stdout, Measures.NodeValues values, int k)
    {
        if (k <= 0) return;
        stdout.WriteLine($"top {k} by {values.Measure}:");
        var rank = 0;
        foreach (var (node, value) in values.Top(k).Where(x => x.Value != 0))
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {++rank,3}. {node.Id} {node.Label,-10} {value,16:N0}"));
    }
}

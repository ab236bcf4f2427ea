using System.CommandLine;
using System.Globalization;
using CapitalNetwork.Measures;

namespace CapitalNetwork.Cli.Commands;

/// <summary><c>capnet build FILINGS -o network.gexf</c>: ingest, report, write GEXF.</summary>
internal static class BuildCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var input = new Argument<string>("FILINGS") { Description = "Filings CSV/TSV (one row per fund–partner pair; UTF-8 or GB18030) or .xlsx/.xls workbook; with --partners, the fund table (one row per fund)." };
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
                    if (pr.GetValue(ingest.Partners) is { } partners)
                    {
                        if (Directory.Exists(partners)) throw new FilingsFormatException(partners, "this is a folder, not a file");
                        result = CityNetwork.FromFilings(path, partners, options, ct);
                    }
                    else
                    {
                        result = CityNetwork.FromFilings(path, options, ct);
                    }
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
                WriteTop(stdout, net, w8, pr.GetValue(top));
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

    /// <summary>The leading cities by funds registered (each fund once, where it is filed), with what they attract by
    /// the chosen weight beside it: names that say what they count.</summary>
    internal static void WriteTop(TextWriter stdout, FlowNetwork net, EdgeWeight weight, int k)
    {
        if (k <= 0) return;
        var attracted = Centrality.InStrength(net, weight);
        var what = weight switch { EdgeWeight.Funds => "fund–city links in", EdgeWeight.Links => "partner links in", _ => "capital in (CNY)" };
        stdout.WriteLine($"top {k} by funds registered (each fund once, in its city), with {what}:");
        var rank = 0;
        foreach (var node in net.Nodes.Where(n => net.RegisteredFunds(n.Index) > 0)
                     .OrderByDescending(n => net.RegisteredFunds(n.Index)).ThenBy(n => n.Index).Take(k))
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {++rank,3}. {node.Id} {node.Label,-10} funds registered {net.RegisteredFunds(node.Index),8:N0}   {what} {attracted[node.Index],16:N0}"));
    }
}

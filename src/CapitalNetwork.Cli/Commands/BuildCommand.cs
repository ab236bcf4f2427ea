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
        var from = CliOptions.Date("--from", "Count only funds filed on or after this date");
        var to = CliOptions.Date("--to", "Count only funds filed on or before this date");
        var weight = CliOptions.Weight("Weight written as the GEXF edge weight");
        var diagnostics = new Option<string?>("--diagnostics") { Description = "Write every kept diagnostic to this CSV file." };
        var dynamic = new Option<bool>("--dynamic") { Description = "Write a dynamic GEXF: one file with every filing year (cumulative network by year) for Gephi's timeline." };
        var top = new Option<int>("--top") { Description = "How many leading cities to print.", DefaultValueFactory = _ => 10 };
        var cmd = new Command("build", "Build the city network from filings, print the ingest report and write a GEXF for Gephi.")
        {
            input, output, from, to, weight, diagnostics, dynamic, top,
        };
        cmd.SetAction((pr, ct) =>
        {
            var progress = new Progress(stderr);
            IngestResult result;
            try
            {
                result = CityNetwork.FromFilings(pr.GetValue(input)!, new IngestOptions
                {
                    From = pr.GetValue(from),
                    To = pr.GetValue(to),
                    Progress = progress,
                }, ct);
            }
            catch (FilingsFormatException e)
            {
                progress.Done();
                stderr.WriteLine($"capnet: {e.Message}");
                return Task.FromResult(CapnetApp.UnusableInput);
            }
            progress.Done();
            var report = result.Report;
            stdout.Write(report.ToString());
            if (pr.GetValue(diagnostics) is { } diagPath)
            {
                using var w = new StreamWriter(diagPath, false, new System.Text.UTF8Encoding(false));
                report.WriteDiagnosticsCsv(w);
                stdout.WriteLine($"diagnostics: {report.Diagnostics.Count:N0} written to {diagPath}");
            }
            var net = result.Network;
            var w8 = pr.GetValue(weight);
            stdout.WriteLine();
            stdout.WriteLine(net.ToString());
            WriteTop(stdout, Centrality.InStrength(net, w8), pr.GetValue(top));
            var gexf = pr.GetValue(output)!;
            if (pr.GetValue(dynamic))
                GexfWriter.WriteDynamic(result.Years, gexf, new GexfOptions { Weight = w8, Timeline = GexfTimeline.Cumulative });
            else
                GexfWriter.Write(net, gexf, new GexfOptions { Weight = w8 });
            stdout.WriteLine($"wrote {gexf}");
            return Task.FromResult(0);
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

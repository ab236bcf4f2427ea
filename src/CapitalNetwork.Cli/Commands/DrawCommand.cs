using System.CommandLine;
using CapitalNetwork.Measures;

namespace CapitalNetwork.Cli.Commands;

/// <summary>
/// <c>capnet draw INPUT -o network.svg [--chart network|lorenz|flows|top|trend] [--weight …] [--layout auto|geo|force]
/// [--top-edges K] [--labels L] [--top K] [--cumulative] [--title T] [--width W] [--height H]</c>: pictures without Gephi.
/// </summary>
internal static class DrawCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var input = new Argument<string>("INPUT") { Description = "A filings file, an edge-list CSV (source,target[,weight]), a GEXF or a GraphML file." };
        var output = new Option<string>("--output", "-o") { Description = "SVG file to write.", DefaultValueFactory = _ => "network.svg" };
        var chart = new Option<string>("--chart", "-c")
        {
            Description = "network (map or force layout), lorenz (Lorenz curve + Gini of what cities attract), flows (region-to-region matrix), top (top-k bars), trend (per region over the years; filings or dynamic GEXF).",
            DefaultValueFactory = _ => "network",
        };
        chart.AcceptOnlyFromAmong("network", "lorenz", "flows", "top", "trend");
        var weight = CliOptions.Weight("Weight of edge widths, node sizes and charts");
        var layout = new Option<string>("--layout") { Description = "auto (map for city networks), geo or force.", DefaultValueFactory = _ => "auto" };
        layout.AcceptOnlyFromAmong("auto", "geo", "force");
        var topEdges = new Option<int>("--top-edges") { Description = "How many of the strongest flows are drawn.", DefaultValueFactory = _ => 150 };
        var labels = new Option<int>("--labels") { Description = "How many leading cities get a label.", DefaultValueFactory = _ => 30 };
        var top = new Option<int>("--top") { Description = "Bars of --chart top (1–100).", DefaultValueFactory = _ => 20 };
        var cumulative = new Option<bool>("--cumulative") { Description = "--chart trend: totals up to each year instead of each year's flows." };
        var title = new Option<string?>("--title") { Description = "Title drawn on the picture." };
        var width = new Option<double?>("--width") { Description = "Width in pixels (default 1200 for network, 800 for charts)." };
        var height = new Option<double?>("--height") { Description = "Height in pixels (default 900 for network, 500 for charts)." };
        var ingest = new IngestArguments();
        var cmd = new Command("draw", "Draw the network as an SVG map (or force layout), or a chart: Lorenz curve, region flow matrix, top-k bars, trend.")
        {
            input, output, chart, weight, layout, topEdges, labels, top, cumulative, title, width, height,
        };
        ingest.AddTo(cmd);
        cmd.SetAction(pr =>
        {
            var path = pr.GetValue(input)!;
            var outPath = pr.GetValue(output)!;
            var w8 = pr.GetValue(weight);
            var kind = pr.GetValue(chart)!;
            var chartOptions = new SvgChartOptions { Title = pr.GetValue(title) };
            if (pr.GetValue(width) is { } cw) chartOptions = chartOptions with { Width = cw };
            if (pr.GetValue(height) is { } ch) chartOptions = chartOptions with { Height = ch };
            return CommandGuard.Run(stderr, outPath, () =>
            {
                var loaded = ingest.Load(pr, path, stderr);
                SvgImage image;
                if (kind == "trend")
                {
                    var series = loaded.Series;
                    if (series is null)
                    {
                        stderr.WriteLine($"capnet: {path}: --chart trend needs a filings file with filing dates or a dynamic GEXF with yearly times.");
                        return CapnetApp.UnusableInput;
                    }
                    image = SvgCharts.RegionTrend(series, w8, pr.GetValue(cumulative), chartOptions);
                }
                else
                {
                    var net = loaded.Network;
                    image = kind switch
                    {
                        "lorenz" => SvgCharts.LorenzCurve(Centrality.InStrength(net, w8), chartOptions),
                        "flows" when net.IsCityNetwork => SvgCharts.RegionFlowMatrix(net, w8, chartOptions),
                        "flows" => SvgCharts.FlowMatrix(net, w8, chartOptions),
                        "top" => SvgCharts.TopBars(Centrality.InStrength(net, w8), pr.GetValue(top), chartOptions),
                        _ => NetworkSvg.Draw(net, new NetworkSvgOptions
                        {
                            Title = pr.GetValue(title),
                            Weight = w8,
                            SizeWeight = w8,
                            Layout = pr.GetValue(layout) switch { "geo" => NetworkLayout.Geographic, "force" => NetworkLayout.ForceDirected, _ => NetworkLayout.Auto },
                            TopEdges = pr.GetValue(topEdges),
                            Labels = pr.GetValue(labels),
                            Width = pr.GetValue(width) ?? 1200,
                            Height = pr.GetValue(height) ?? 900,
                        }),
                    };
                }
                image.Save(outPath);
                stdout.WriteLine($"wrote {outPath} ({kind}, {image.Width:0}×{image.Height:0})");
                return 0;
            });
        });
        return cmd;
    }
}

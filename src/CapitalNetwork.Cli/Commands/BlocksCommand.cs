using CapitalNetwork.Measures;
using System.CommandLine;

namespace CapitalNetwork.Cli.Commands;

/// <summary><c>capnet blocks INPUT [--depth 2] [--weight …] [--binary] [--diagonal ignore|reciprocal] [--format json|csv] [--table …] [-o matrix.svg] [--graph-svg blocks.svg]</c>.</summary>
internal static class BlocksCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var input = new Argument<string>("INPUT") { Description = "A filings file, an edge-list CSV (source,target[,weight]), a GEXF or a GraphML file." };
        var depth = new Option<int>("--depth") { Description = "Split levels (1–10; 2 gives at most 4 blocks, plus one of nodes with constant columns).", DefaultValueFactory = _ => 2 };
        var weight = CliOptions.Weight("Correlate this weight instead of binary ties");
        var binary = new Option<bool>("--binary") { Description = "Binary ties (the default; cannot be combined with --weight)." };
        var diagonal = new Option<string>("--diagonal")
        {
            Description = "Diagonal cells of [A; Aᵀ] in the first correlations: ignore (left out, the default) or reciprocal (UCINET's default: a_jj with a_kk, a_jk with a_kj).",
            DefaultValueFactory = _ => "ignore",
        };
        diagonal.AcceptOnlyFromAmong("ignore", "reciprocal");
        var format = new Option<string>("--format", "-f") { Description = "json or csv.", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "csv");
        var table = new Option<string>("--table") { Description = "The CSV table: blocks, members or density.", DefaultValueFactory = _ => "blocks" };
        table.AcceptOnlyFromAmong("blocks", "members", "density");
        var alpha = new Option<double?>("--alpha") { Description = "α of the image matrix (default: the network's density)." };
        var receivesNone = CliOptions.Number("--receives-none", "A block receives ~none from outside when received / (received + sent out) between blocks is at most this (default 0.1).",
            0.1, x => x is >= 0 and <= 1, "a number in [0, 1]");
        var output = new Option<string?>("--output", "-o") { Description = "Also draw the permuted adjacency matrix with block borders to this SVG file." };
        var graphSvg = new Option<string?>("--graph-svg") { Description = "Also draw the reduced block graph (image-matrix ties) to this SVG file." };
        var ingest = new IngestArguments();
        var cmd = new Command("blocks", "CONCOR block model: blocks, block densities, image matrix and block roles; JSON or CSV.")
        {
            input, depth, weight, binary, diagonal, format, table, alpha, receivesNone, output, graphSvg,
        };
        ingest.AddTo(cmd);
        cmd.SetAction(pr =>
        {
            var matrixPath = pr.GetValue(output);
            var graphPath = pr.GetValue(graphSvg);
            return CommandGuard.Run(stderr, matrixPath ?? graphPath ?? "the output", () =>
            {
                var weighted = pr.GetResult(weight) is { Implicit: false };
                if (weighted && pr.GetValue(binary)) throw new UsageException("--binary and --weight exclude each other: choose one.");
                if (pr.GetValue(depth) is < 1 or > 10) throw new UsageException($"--depth must be 1 to 10, not {pr.GetValue(depth)}.");
                if (pr.GetValue(alpha) is { } a && !(double.IsFinite(a) && a >= 0)) throw new UsageException("--alpha must be a finite number ≥ 0.");
                if (pr.GetValue(table) != "blocks" && pr.GetValue(format) != "csv") throw new UsageException("--table needs --format csv.");
                var path = pr.GetValue(input)!;
                var progress = new Progress(stderr);
                LoadedInput loaded;
                try
                {
                    loaded = InputLoader.Load(path, ingest.Options(pr, progress), ingest.AsksForFilings(pr), pr.GetValue(ingest.Partners));
                }
                finally
                {
                    progress.Done();
                }
                ingest.Report(pr, path, loaded, stderr);
                var net = loaded.Network;
                var result = BlockModel.Concor(net, new ConcorOptions
                {
                    Depth = pr.GetValue(depth),
                    Weight = weighted ? pr.GetValue(weight) : null,
                    Diagonal = pr.GetValue(diagonal) == "reciprocal" ? ConcorDiagonal.Reciprocal : ConcorDiagonal.Ignore,
                    Alpha = pr.GetValue(alpha),
                    ReceivesNoneShare = pr.GetValue(receivesNone),
                });
                // each picture under its own guard, so a failed write names its own file
                if (matrixPath is not null && CommandGuard.Run(stderr, matrixPath, () =>
                    {
                        SvgCharts.BlockMatrix(net, result, new SvgChartOptions { Width = 900, Height = 900 }).Save(matrixPath);
                        return 0;
                    }) is var m && m != 0) return m;
                if (graphPath is not null && CommandGuard.Run(stderr, graphPath, () =>
                    {
                        SvgCharts.BlockGraph(result).Save(graphPath);
                        return 0;
                    }) is var g && g != 0) return g;
                if (matrixPath is not null) stderr.WriteLine($"capnet: wrote {matrixPath}");
                if (graphPath is not null) stderr.WriteLine($"capnet: wrote {graphPath}");
                var cells = CliOptions.Cells(pr, ingest.RawCsv);
                if (pr.GetValue(format) == "csv")
                {
                    switch (pr.GetValue(table))
                    {
                        case "members": result.WriteMembersCsv(stdout, cells); break;
                        case "density": result.WriteDensityCsv(stdout, cells); break;
                        default: result.WriteCsv(stdout, cells); break;
                    }
                }
                else WriteJson(stdout, result);
                if (!result.Converged)
                    stderr.WriteLine($"capnet: a split reached the iteration cap ({result.Options.MaxIterations}) before every correlation was ±1; it was made by sign anyway.");
                return 0;
            });
        });
        return cmd;
    }

    private static void WriteJson(TextWriter stdout, BlockModelResult r) => JsonOutput.Write(stdout, json =>
    {
        json.WriteString("variant", r.Variant);
        JsonOutput.Number(json, "network_density", r.NetworkDensity);
        JsonOutput.Number(json, "alpha", r.Alpha);
        JsonOutput.Number(json, "receives_none_share", r.ReceivesNoneShare);
        json.WriteNumber("iterations", r.Iterations);
        json.WriteBoolean("converged", r.Converged);
        json.WriteStartArray("blocks");
        foreach (var b in r.Blocks)
        {
            json.WriteStartObject();
            json.WriteNumber("block", b.Index);
            json.WriteString("path", b.Path);
            json.WriteBoolean("constant", b.IsConstant);
            json.WriteNumber("size", b.Size);
            JsonOutput.Number(json, "sent_inside", b.SentInside);
            JsonOutput.Number(json, "sent_out", b.SentOut);
            JsonOutput.Number(json, "received_from_outside", b.ReceivedFromOutside);
            JsonOutput.Number(json, "expected_internal_share", b.ExpectedInternalShare);
            JsonOutput.Number(json, "internal_share", b.InternalShare);
            JsonOutput.Number(json, "received_share", b.ReceivedShare);
            if (b.Role is { } role) json.WriteString("role", BlockModelResult.RoleKey(role));
            else json.WriteNull("role");
            json.WriteStartArray("members");
            foreach (var id in b.Ids) json.WriteStringValue(id);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("density");
        foreach (var row in r.Density)
        {
            json.WriteStartArray();
            foreach (var d in row)
                if (double.IsFinite(d)) json.WriteNumberValue(d);
                else json.WriteNullValue();
            json.WriteEndArray();
        }
        json.WriteEndArray();
        json.WriteStartArray("image");
        foreach (var row in r.Image)
        {
            json.WriteStartArray();
            foreach (var v in row) json.WriteNumberValue(v);
            json.WriteEndArray();
        }
        json.WriteEndArray();
    });
}

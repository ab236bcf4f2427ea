using System.CommandLine;
using CapitalNetwork.Measures;

namespace CapitalNetwork.Cli.Commands;

/// <summary>
/// <c>capnet qap INPUT --y funds --x log_distance,same_province,same_region[,absdiff:COLUMN@FILE] [--x NAME=FILE.csv]
/// [--permutations N] [--seed S] [--null spp|y] [--diagonal] [--correlation] [--format table|json|csv]</c>: MRQAP
/// regression (or QAP correlations) of one dyad matrix on others; a regression table on the terminal by default.
/// </summary>
internal static class QapCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var input = new Argument<string>("INPUT") { Description = "A filings file, an edge-list CSV (source,target[,weight]) or a GEXF written by capnet." };
        var y = new Option<string>("--y") { Description = "The dependent matrix (same names as --x; default funds).", DefaultValueFactory = _ => "funds" };
        var dyads = new DyadArguments();
        var permutations = new Option<int>("--permutations") { Description = "Permutations per tested term.", DefaultValueFactory = _ => 1000 };
        var seed = new Option<ulong>("--seed") { Description = "Seed (same seed, same answer, any thread count).", DefaultValueFactory = _ => 42UL };
        var nullHypothesis = new Option<string>("--null")
        {
            Description = "The permutation null: spp (double semi-partialling, Dekker, Krackhardt & Snijders 2007; sna qapspp) or y (Y-permutation, sna qapy).",
            DefaultValueFactory = _ => "spp",
        };
        nullHypothesis.AcceptOnlyFromAmong("spp", "y");
        var diagonal = new Option<bool>("--diagonal") { Description = "Use the diagonal (local capital) too; by default it is left out, as sna's diag = FALSE." };
        var correlation = new Option<bool>("--correlation") { Description = "QAP correlations of --y with each --x instead of the regression." };
        var format = new Option<string>("--format", "-f") { Description = "table (the default: a regression table), json or csv.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "csv");
        var ingest = new IngestArguments();
        var cmd = new Command("qap", "QAP correlation and MRQAP regression of one city-by-city matrix on others, with permutation p-values (as R sna netlm).")
        {
            input, y, dyads.X, permutations, seed, nullHypothesis, diagonal, correlation, format,
        };
        ingest.AddTo(cmd);
        cmd.SetAction(pr => CommandGuard.Run(stderr, "the output", () =>
        {
            if (pr.GetValue(permutations) < 1) throw new UsageException($"--permutations must be at least 1, not {pr.GetValue(permutations)}.");
            var names = dyads.Names(pr);
            if (names.Count == 0) throw new UsageException("give at least one predictor with --x (e.g. --x log_distance,same_province).");
            var path = pr.GetValue(input)!;
            var loaded = ingest.Load(pr, path, stderr);
            var net = loaded.Network;
            var dependent = dyads.Build(pr.GetValue(y)!, net, "--y", stderr);
            var predictors = names.Select(n => dyads.Build(n, net, "--x", stderr)).ToList();
            var options = new QapOptions
            {
                Permutations = pr.GetValue(permutations),
                Seed = pr.GetValue(seed),
                NullHypothesis = pr.GetValue(nullHypothesis) == "y" ? QapNullHypothesis.YPermutation : QapNullHypothesis.DoubleSemiPartialling,
                IncludeDiagonal = pr.GetValue(diagonal),
            };
            var cells = CliOptions.Cells(pr, ingest.RawCsv);
            var fmt = pr.GetValue(format);
            if (pr.GetValue(correlation))
            {
                var results = predictors.Select(x => Qap.Correlation(dependent, x, options)).ToList();
                if (fmt == "json") WriteJson(stdout, results);
                else if (fmt == "csv") WriteCsv(stdout, results, cells);
                else stdout.Write(Table(results));
                return 0;
            }
            var result = Qap.Regression(dependent, predictors, options);
            switch (fmt)
            {
                case "json": WriteJson(stdout, result); break;
                case "csv": result.WriteCsv(stdout, cells); break;
                default: stdout.Write(result.ToTable()); break;
            }
            if (result.LeftOutNodes.Length > 0)
                stderr.WriteLine($"capnet: {result.LeftOutNodes.Length} node(s) left out for missing values: {string.Join(", ", result.LeftOutNodes.Take(10))}{(result.LeftOutNodes.Length > 10 ? " …" : ".")}");
            return 0;
        }));
        return cmd;
    }

    private static string Table(IReadOnlyList<QapCorrelationResult> results)
    {
        var w = new StringWriter();
        var o = results[0].Options;
        w.WriteLine($"QAP correlations with {results[0].First} ({o.Permutations:N0} permutations, seed {o.Seed})");
        w.WriteLine($"{"",-28}{"r",10}{"P(≥r)",10}{"P(≤r)",10}{"P(|r|)",10}{"dyads",10}");
        foreach (var r in results)
            w.WriteLine($"{r.Second,-28}{r.Correlation,10:F4}{r.ShareAtLeast,10:F4}{r.ShareAtMost,10:F4}{r.ShareAsExtreme,10:F4}{r.Dyads,10:N0}");
        return w.ToString();
    }

    private static void WriteCsv(TextWriter stdout, IReadOnlyList<QapCorrelationResult> results, CsvCells cells)
    {
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        CsvOutput.Table(stdout, ["y", "x", "r", "p_ge", "p_le", "p_abs", "null_mean", "null_sd", "dyads", "permutations", "seed"],
            results.Select(r => (IEnumerable<string>)
            [
                r.First, r.Second, r.Correlation.ToString("R", inv), r.ShareAtLeast.ToString("R", inv), r.ShareAtMost.ToString("R", inv),
                r.ShareAsExtreme.ToString("R", inv), r.NullMean.ToString("R", inv), r.NullStandardDeviation.ToString("R", inv),
                r.Dyads.ToString(inv), r.Options.Permutations.ToString(inv), r.Options.Seed.ToString(inv),
            ]), cells);
    }

    private static void WriteJson(TextWriter stdout, IReadOnlyList<QapCorrelationResult> results) => JsonOutput.Write(stdout, json =>
    {
        json.WriteStartArray("correlations");
        foreach (var r in results)
        {
            json.WriteStartObject();
            json.WriteString("y", r.First);
            json.WriteString("x", r.Second);
            JsonOutput.Number(json, "r", r.Correlation);
            JsonOutput.Number(json, "p_ge", r.ShareAtLeast);
            JsonOutput.Number(json, "p_le", r.ShareAtMost);
            JsonOutput.Number(json, "p_abs", r.ShareAsExtreme);
            JsonOutput.Number(json, "null_mean", r.NullMean);
            JsonOutput.Number(json, "null_sd", r.NullStandardDeviation);
            json.WriteNumber("dyads", r.Dyads);
            json.WriteNumber("permutations", r.Options.Permutations);
            json.WriteNumber("seed", r.Options.Seed);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    });

    private static void WriteJson(TextWriter stdout, QapRegressionResult r) => JsonOutput.Write(stdout, json =>
    {
        json.WriteString("variant", r.Variant);
        json.WriteString("dependent", r.Dependent);
        json.WriteString("null", r.Options.NullHypothesis == QapNullHypothesis.DoubleSemiPartialling ? "qapspp" : "qapy");
        json.WriteNumber("permutations", r.Options.Permutations);
        json.WriteNumber("seed", r.Options.Seed);
        json.WriteBoolean("diagonal", r.Options.IncludeDiagonal);
        json.WriteNumber("dyads", r.Dyads);
        json.WriteNumber("nodes", r.NodeCount);
        JsonOutput.Number(json, "r_squared", r.RSquared);
        JsonOutput.Number(json, "adj_r_squared", r.AdjustedRSquared);
        JsonOutput.Number(json, "residual_se", r.ResidualStandardError);
        json.WriteStartArray("terms");
        foreach (var t in r.Terms)
        {
            json.WriteStartObject();
            json.WriteString("term", t.Name);
            JsonOutput.Number(json, "coefficient", t.Coefficient);
            JsonOutput.Number(json, "std_coefficient", t.StandardizedCoefficient);
            JsonOutput.Number(json, "std_error", t.StandardError);
            JsonOutput.Number(json, "t", t.TValue);
            JsonOutput.Number(json, "p_ge", t.ShareAtLeast);
            JsonOutput.Number(json, "p_le", t.ShareAtMost);
            JsonOutput.Number(json, "p_abs", t.ShareAsExtreme);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("left_out_nodes");
        foreach (var id in r.LeftOutNodes) json.WriteStringValue(id);
        json.WriteEndArray();
    });
}

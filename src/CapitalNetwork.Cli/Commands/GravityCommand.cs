using System.CommandLine;
using CapitalNetwork.Measures;

namespace CapitalNetwork.Cli.Commands;

/// <summary>
/// <c>capnet gravity INPUT [--weight funds|links|capital] [--fixed-effects | --masses strength|COLUMN@FILE,…] [--x SPEC …]
/// [--diagonal] [--format table|json|csv]</c>: the PPML gravity model of the network's flows; on a city network ln distance
/// is built in, on an edge list the dyad predictors come from <c>--x</c>.
/// </summary>
internal static class GravityCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var input = new Argument<string>("INPUT") { Description = "A filings file, an edge-list CSV (source,target[,weight]) or a GEXF written by capnet." };
        var weight = CliOptions.Weight("The flow to explain");
        var fixedEffects = new Option<bool>("--fixed-effects") { Description = "Origin and destination fixed effects (the default; structural gravity)." };
        var masses = new Option<string[]>("--masses")
        {
            Description = "Masses instead of fixed effects, comma-separated: strength (ln out-strength of the origin, ln in-strength of the destination) and/or COLUMN@FILE (ln of a city,value… column at origin and destination).",
            AllowMultipleArgumentsPerToken = true,
        };
        var dyads = new DyadArguments();
        var diagonal = new Option<bool>("--diagonal") { Description = "Include local capital (i = j) with a local indicator; left out by default." };
        var maxIterations = new Option<int>("--max-iterations") { Description = "IRLS iteration cap.", DefaultValueFactory = _ => 100 };
        var format = new Option<string>("--format", "-f") { Description = "table (the default: a regression table), json or csv.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "csv");
        var ingest = new IngestArguments();
        var cmd = new Command("gravity", "PPML gravity model of flows on ln distance and any dyad matrices, with origin and destination fixed effects or masses; robust (HC0) standard errors.")
        {
            input, weight, fixedEffects, masses, dyads.X, diagonal, maxIterations, format,
        };
        ingest.AddTo(cmd);
        cmd.SetAction(pr => CommandGuard.Run(stderr, "the output", () =>
        {
            var massNames = (pr.GetValue(masses) ?? []).SelectMany(s => s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct().ToList();
            if (pr.GetValue(fixedEffects) && massNames.Count > 0) throw new UsageException("--fixed-effects and --masses exclude each other: choose one.");
            if (pr.GetResult(masses) is { Implicit: false } && massNames.Count == 0) throw new UsageException("--masses needs strength or COLUMN@FILE.");
            if (pr.GetValue(maxIterations) < 1) throw new UsageException($"--max-iterations must be at least 1, not {pr.GetValue(maxIterations)}.");
            var path = pr.GetValue(input)!;
            var loaded = ingest.Load(pr, path, stderr);
            var net = loaded.Network;
            var w = pr.GetValue(weight);
            var names = dyads.Names(pr).ToList();
            if (net.IsCityNetwork && !names.Contains("log_distance")) names.Insert(0, "log_distance");
            if (names.Count == 0 && massNames.Count == 0)
                throw new UsageException($"{path} is not a city network, so there is no built-in distance: give dyad predictors with --x NAME=FILE.csv.");
            var predictors = names.Select(n => dyads.Build(n, net, "--x", stderr)).ToList();
            var massList = new List<GravityMass>();
            foreach (var m in massNames)
            {
                if (m.Equals("strength", StringComparison.OrdinalIgnoreCase))
                {
                    massList.Add(GravityMass.OutStrength(net, w));
                    massList.Add(GravityMass.InStrength(net, w));
                    continue;
                }
                var (column, file) = DyadArguments.ColumnAtFile(m, "--masses", m);
                var table = dyads.Table(file);
                massList.Add(GravityMass.FromAttribute(net, table, column, FlowSide.Supplied));
                massList.Add(GravityMass.FromAttribute(net, table, column, FlowSide.Attracted));
            }
            var options = new GravityOptions { Masses = [.. massList], IncludeDiagonal = pr.GetValue(diagonal), MaxIterations = pr.GetValue(maxIterations) };
            var result = Gravity.Ppml(DyadMatrix.FromNetwork(net, w), predictors, options);
            switch (pr.GetValue(format))
            {
                case "json": WriteJson(stdout, result); break;
                case "csv": result.WriteCsv(stdout, CliOptions.Cells(pr, ingest.RawCsv)); break;
                default: stdout.Write(result.ToTable()); break;
            }
            if (result.DroppedOrigins.Length + result.DroppedDestinations.Length > 0)
                stderr.WriteLine($"capnet: {result.DroppedOrigins.Length:N0} origin(s) and {result.DroppedDestinations.Length:N0} destination(s) have only zero flows: their fixed effects are not identified, so they were dropped with their dyads.");
            if (!result.Converged)
                stderr.WriteLine($"capnet: PPML did not converge in {result.Iterations} iterations; the estimates are not final (raise --max-iterations).");
            return 0;
        }));
        return cmd;
    }

    private static void WriteJson(TextWriter stdout, GravityResult r) => JsonOutput.Write(stdout, json =>
    {
        json.WriteString("variant", r.Variant);
        json.WriteString("dependent", r.Dependent);
        json.WriteString("effects", r.Options.Masses.IsEmpty ? "origin_destination" : "masses");
        json.WriteBoolean("diagonal", r.Options.IncludeDiagonal);
        json.WriteNumber("observations", r.Observations);
        json.WriteNumber("zero_observations", r.ZeroObservations);
        json.WriteNumber("origin_effects", r.OriginEffects);
        json.WriteNumber("destination_effects", r.DestinationEffects);
        JsonOutput.Number(json, "pseudo_r_squared", r.PseudoRSquared);
        JsonOutput.Number(json, "deviance", r.Deviance);
        JsonOutput.Number(json, "null_deviance", r.NullDeviance);
        json.WriteNumber("iterations", r.Iterations);
        json.WriteBoolean("converged", r.Converged);
        json.WriteStartArray("terms");
        foreach (var t in r.Terms)
        {
            json.WriteStartObject();
            json.WriteString("term", t.Name);
            JsonOutput.Number(json, "coefficient", t.Coefficient);
            JsonOutput.Number(json, "std_error", t.StandardError);
            JsonOutput.Number(json, "z", t.Z);
            JsonOutput.Number(json, "p", t.P);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        foreach (var (name, ids) in new[] { ("dropped_origins", r.DroppedOrigins), ("dropped_destinations", r.DroppedDestinations), ("left_out_nodes", r.LeftOutNodes) })
        {
            json.WriteStartArray(name);
            foreach (var id in ids) json.WriteStringValue(id);
            json.WriteEndArray();
        }
        json.WriteNumber("left_out_dyads", r.LeftOutDyads);
    });
}

using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CapitalNetwork.Cli.Commands;

/// <summary><c>capnet measures INPUT [--format json|csv] [--weight …] [--katz-alpha A] [--group-by region|province] [--groups FILE] [--only KEY,…]</c>.</summary>
internal static class MeasuresCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var input = new Argument<string>("INPUT") { Description = "A filings file, an edge-list CSV (source,target[,weight]), a GEXF or a GraphML file." };
        var format = new Option<string>("--format", "-f") { Description = "json or csv.", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "csv");
        var weight = CliOptions.Weight("Weight used by weighted measures");
        var alpha = ConcentrationCommand.AlphaOption();
        var seed = new Option<ulong>("--seed") { Description = "Seed of randomised measures (same seed, same answer).", DefaultValueFactory = _ => 42UL };
        var permutations = new Option<int>("--permutations") { Description = "Permutations of significance tests.", DefaultValueFactory = _ => 1000 };
        var katzAlpha = CliOptions.KatzAlpha();
        var only = new Option<string?>("--only") { Description = "Comma-separated keys to compute (default: all). Keys: " + string.Join(", ", MeasureCatalog.AllKeys) };
        var ingest = new IngestArguments();
        var groups = new GroupArguments();
        var selfLoops = CliOptions.SelfLoops();
        var cmd = new Command("measures", "Compute per-node measures and network figures; JSON {\"nodes\":[…],\"network\":{…}} or CSV.")
        {
            input, format, weight, alpha, seed, permutations, katzAlpha, selfLoops, only,
        };
        ingest.AddTo(cmd);
        groups.AddTo(cmd);
        cmd.SetAction(pr =>
        {
            var keys = pr.GetValue(only) is { } list
                ? list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal)
                : null;
            if (keys is not null && keys.FirstOrDefault(k => !MeasureCatalog.AllKeys.Contains(k)) is { } unknown)
            {
                stderr.WriteLine($"capnet: unknown measure key '{unknown}'; known keys: {string.Join(", ", MeasureCatalog.AllKeys)}");
                return CapnetApp.UnusableInput;
            }
            var path = pr.GetValue(input)!;
            var loaded = ingest.Load(pr, path, stderr);
            var net = loaded.Network;
            var keepLoops = pr.GetValue(selfLoops) != "drop";
            var context = new MeasureContext(pr.GetValue(weight), pr.GetValue(alpha), pr.GetValue(seed), pr.GetValue(permutations), pr.GetValue(katzAlpha), keepLoops,
                groups.Resolve(pr, net));
            if (CliOptions.SelfLoopNote(net, keepLoops, keys ?? MeasureCatalog.AllKeys.ToHashSet(StringComparer.Ordinal)) is { } loopNote)
                stderr.WriteLine($"capnet: {loopNote}");
            var nodeMeasures = MeasureCatalog.Node.Where(m => keys is null || keys.Contains(m.Key))
                .Select(m => (m.Key, Values: m.Compute(net, context))).ToList();
            var figures = MeasureCatalog.Network.Where(m => keys is null || keys.Contains(m.Key))
                .Select(m => (m.Key, Value: m.Compute(net, context))).ToList();
            if (pr.GetValue(format) == "csv") WriteCsv(stdout, net, nodeMeasures, figures, CliOptions.Cells(pr, ingest.RawCsv));
            else WriteJson(stdout, net, nodeMeasures, figures);
            foreach (var note in context.Notes.Lines) stderr.WriteLine($"capnet: {note}");
            return 0;
        });
        return cmd;
    }

    private static void WriteJson(TextWriter stdout, FlowNetwork net, List<(string Key, Measures.NodeValues Values)> nodes, List<(string Key, object? Value)> figures)
    {
        using var ms = new MemoryStream();
        using (var json = new Utf8JsonWriter(ms, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartArray("nodes");
            for (var v = 0; v < net.NodeCount; v++)
            {
                json.WriteStartObject();
                json.WriteString("id", net.Nodes[v].Id);
                json.WriteString("label", net.Nodes[v].Label);
                foreach (var (key, values) in nodes) WriteNumber(json, key, values[v]);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartObject("network");
            foreach (var (key, value) in figures) WriteValue(json, key, value);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        stdout.WriteLine(System.Text.Encoding.UTF8.GetString(ms.ToArray()));
    }

    private static void WriteNumber(Utf8JsonWriter json, string key, double value)
    {
        if (double.IsFinite(value)) json.WriteNumber(key, value);
        else json.WriteNull(key);
    }

    private static void WriteValue(Utf8JsonWriter json, string key, object? value)
    {
        switch (value)
        {
            case null: json.WriteNull(key); break;
            case int i: json.WriteNumber(key, i); break;
            case long l: json.WriteNumber(key, l); break;
            case double d: WriteNumber(json, key, d); break;
            case IReadOnlyDictionary<int, double> map:
                json.WriteStartObject(key);
                foreach (var (k, v) in map) WriteNumber(json, k.ToString(CultureInfo.InvariantCulture), v);
                json.WriteEndObject();
                break;
            default: json.WriteString(key, Convert.ToString(value, CultureInfo.InvariantCulture)); break;
        }
    }

    private static void WriteCsv(TextWriter stdout, FlowNetwork net, List<(string Key, Measures.NodeValues Values)> nodes, List<(string Key, object? Value)> figures, CsvCells cells)
    {
        CsvOutput.Table(stdout, new[] { "id", "label" }.Concat(nodes.Select(n => n.Key)),
            net.Nodes.Select(node => new[] { node.Id, node.Label }.Concat(nodes.Select(n => CsvOutput.Number(n.Values[node.Index])))), cells);
        if (figures.Count == 0) return;
        stdout.WriteLine();
        CsvOutput.Table(stdout, ["figure", "value"], figures.Select(f => new[]
        {
            f.Key,
            f.Value switch { null => "", double d => d.ToString("R", CultureInfo.InvariantCulture), _ => Convert.ToString(f.Value, CultureInfo.InvariantCulture) ?? "" },
        }), cells);
    }
}

using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using CapitalNetwork.Measures;

namespace CapitalNetwork.Cli.Commands;

/// <summary>
/// <c>capnet concentration FILE.csv --value COLUMN [--group COLUMN | --regions-of COLUMN] [--weight COLUMN] [--alpha A] [--format json|csv]</c>:
/// the concentration figures of <c>capnet measures</c> for any table of values (one row per province, region, city …),
/// plus the per-group comparison table.
/// </summary>
internal static class ConcentrationCommand
{
    /// <summary>The figure keys, in output order (the <c>capnet measures</c> keys plus n and total).</summary>
    public static IReadOnlyList<string> Keys { get; } =
        ["n", "total", "hhi", "hhi_normalized", "cr4", "gini", "theil_t", "theil_l", "cv", "theil_t_between", "theil_t_within", "theil_t_grouped", "esteban_ray", "wolfson"];

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var input = new Argument<string>("FILE") { Description = "A CSV/TSV table with a header row (UTF-8 or GB18030; Chinese column names are fine), or an .xlsx/.xls workbook." };
        var sheet = new Option<string?>("--sheet") { Description = "For an .xlsx/.xls input: the sheet to read (default: the first sheet)." };
        var value = new Option<string>("--value") { Description = "The column of non-negative values (e.g. 基金数量).", Required = true };
        var group = new Option<string?>("--group") { Description = "The column of group labels (e.g. 地区): between/within decomposition, Esteban–Ray and the comparison table." };
        var regionsOf = new Option<string?>("--regions-of") { Description = "Instead of --group: a column of province names or codes (北京, 江苏省, 320000); rows are grouped by the four statistical regions (rows of Hong Kong, Macao or Taiwan are in none: they are left out of the grouped figures and reported apart)." };
        var weight = new Option<string?>("--weight") { Description = "The column of population weights (each row stands for that many people; integer weights equal repeating the row)." };
        var alpha = AlphaOption();
        var format = new Option<string>("--format", "-f") { Description = "json or csv.", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "csv");
        var rawCsv = CliOptions.RawCsv();
        var cmd = new Command("concentration", "Concentration, inequality and polarization of any table of values (HHI, CR4, Gini, Theil with between/within groups, CV, Esteban–Ray, Wolfson) and the per-group comparison table.")
        {
            input, value, group, regionsOf, weight, alpha, format, rawCsv, sheet,
        };
        cmd.SetAction(pr =>
        {
            var path = pr.GetValue(input)!;
            var groupColumn = pr.GetValue(group);
            var provinceColumn = pr.GetValue(regionsOf);
            if (groupColumn is not null && provinceColumn is not null)
            {
                stderr.WriteLine("capnet: give --group or --regions-of, not both.");
                return CapnetApp.UnusableInput;
            }
            IndicatorTable table;
            IndicatorSelection selection;
            try
            {
                table = IndicatorTable.Read(path, pr.GetValue(sheet));
                selection = table.Select(pr.GetValue(value)!, groupColumn ?? provinceColumn, pr.GetValue(weight));
            }
            catch (Exception e) when (e is FilingsFormatException or ArgumentException)
            {
                stderr.WriteLine($"capnet: {e.Message}");
                return CapnetApp.UnusableInput;
            }
            foreach (var p in table.Problems) stderr.WriteLine($"capnet: {path}:{p.Line}: malformed row skipped: {p.Raw}");
            if (selection.Problems.FirstOrDefault(p => p.Reason == "negative_value") is { } negative)
            {
                stderr.WriteLine($"capnet: {path}:{negative.Line}: column '{negative.Column}' has the negative value {negative.Raw}; concentration measures need non-negative values.");
                return CapnetApp.UnusableInput;
            }
            foreach (var p in selection.Problems)
                stderr.WriteLine($"capnet: {path}:{p.Line}: column '{p.Column}': {Describe(p)}; row skipped.");
            if (selection.Values.Length == 0)
            {
                stderr.WriteLine($"capnet: {path}: no row has a usable value in column '{selection.ValueColumn}'.");
                return CapnetApp.UnusableInput;
            }

            Grouping? groups = selection.Groups;
            if (provinceColumn is not null)
            {
                var labels = selection.GroupLabels!;
                for (var i = 0; i < labels.Count; i++)
                {
                    try
                    {
                        Grouping.RegionsOfProvinces([labels[i]]);
                    }
                    catch (ArgumentException)
                    {
                        stderr.WriteLine($"capnet: {path}:{selection.Lines[i]}: column '{selection.GroupColumn}': '{labels[i]}' is not a province (use a name such as 江苏省 or 江苏, or a code such as 320000).");
                        return CapnetApp.UnusableInput;
                    }
                }
                groups = Grouping.RegionsOfProvinces(labels);
            }
            var options = new InequalityOptions { Weights = selection.Weights, Groups = groups };
            var figures = Figures(selection.Values.AsSpan(), options, pr.GetValue(alpha));
            var comparison = groups is null ? null : Flows.Compare(selection.Values.AsSpan(), groups, selection.Weights, selection.ValueColumn);
            if (comparison?.Coverage is { LeftOutUnits: > 0 } left)
                stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"capnet: {path}: {left.LeftOutUnits} row(s) of Hong Kong, Macao or Taiwan are in no statistical region: left out of theil_t_between, theil_t_within, theil_t_grouped, esteban_ray and the groups ({left.LeftOutShare:0.00 %} of the total)."));
            if (pr.GetValue(format) == "csv") WriteCsv(stdout, figures, comparison, CliOptions.Cells(pr, rawCsv));
            else WriteJson(stdout, path, selection, pr.GetValue(alpha), figures, comparison, table.Problems.Length + selection.Problems.Length);
            return 0;
        });
        return cmd;
    }

    /// <summary>
    /// <c>--alpha</c>: the Esteban–Ray α, default 1.6, rejected at parse time unless in (0, 1.6]. Shared so that
    /// <c>capnet measures</c> can validate its --alpha the same way.
    /// </summary>
    public static Option<double> AlphaOption() => CliOptions.Number("--alpha", "Esteban–Ray sensitivity α in (0, 1.6].", 1.6,
        a => a > 0 && a <= Polarization.MaxEstebanRayAlpha, "a number in (0, 1.6]");

    /// <summary>
    /// The figures of <see cref="Keys"/> for a vector (null where undefined; the group figures null without groups).
    /// The grouped figures (between, within, grouped, Esteban–Ray) leave out units in no group; the others cover every unit.
    /// </summary>
    internal static List<(string Key, double? Value)> Figures(ReadOnlySpan<double> values, InequalityOptions options, double alpha)
    {
        var plain = options with { Groups = null };
        var theil = Concentration.TheilT(values, options);
        var theilAll = Concentration.TheilT(values, plain);
        var grouped = options.Groups is not null;
        var total = 0.0;
        for (var i = 0; i < values.Length; i++) total += (options.Weights is null ? 1 : options.Weights[i]) * values[i];
        return
        [
            ("n", values.Length),
            ("total", total),
            ("hhi", Concentration.Herfindahl(values, plain).ValueOrNull),
            ("hhi_normalized", Concentration.HerfindahlNormalized(values, plain).ValueOrNull),
            ("cr4", Concentration.ConcentrationRatio(values, 4, plain).ValueOrNull),
            ("gini", Concentration.Gini(values, plain).ValueOrNull),
            ("theil_t", theilAll.ToMeasureValue().ValueOrNull),
            ("theil_l", Concentration.TheilL(values, plain).ToMeasureValue().ValueOrNull),
            ("cv", Concentration.CoefficientOfVariation(values, plain).ValueOrNull),
            ("theil_t_between", grouped && theil.IsDefined ? theil.Between : null),
            ("theil_t_within", grouped && theil.IsDefined ? theil.Within : null),
            ("theil_t_grouped", grouped && theil.IsDefined ? theil.Total : null),
            ("esteban_ray", grouped ? Polarization.EstebanRay(values, alpha, options).ToMeasureValue().ValueOrNull : null),
            ("wolfson", Polarization.Wolfson(values, plain).ToMeasureValue().ValueOrNull),
        ];
    }

    private static string Describe(TableProblem p) => p.Reason switch
    {
        "empty_value" => "empty",
        "not_a_number" => $"'{p.Raw}' is not a number",
        "empty_group" => "no group",
        _ => p.Reason,
    };

    private static void WriteJson(TextWriter stdout, string path, IndicatorSelection selection, double alpha,
        List<(string Key, double? Value)> figures, ComparisonTable? comparison, int skipped)
    {
        using var ms = new MemoryStream();
        using (var json = new Utf8JsonWriter(ms, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("input", path);
            json.WriteString("value", selection.ValueColumn);
            WriteStringOrNull(json, "group", selection.GroupColumn);
            WriteStringOrNull(json, "weight", selection.WeightColumn);
            json.WriteNumber("rows_used", selection.Values.Length);
            json.WriteNumber("rows_skipped", skipped);
            json.WriteNumber("alpha", alpha);
            json.WriteStartObject("figures");
            foreach (var (key, v) in figures) WriteNumber(json, key, v);
            json.WriteEndObject();
            json.WriteStartArray("groups");
            foreach (var row in comparison?.Rows ?? [])
            {
                json.WriteStartObject();
                json.WriteString("group", row.Group);
                json.WriteString("label", row.Label);
                json.WriteNumber("units", row.Units);
                WriteNumber(json, "total", row.Total);
                WriteNumber(json, "share", row.Share);
                WriteNumber(json, "ratio_to_max", row.RatioToMax);
                json.WriteNumber("rank", row.Rank);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            if (comparison is null) json.WriteNull("coverage");
            else
            {
                var c = comparison.Coverage;
                json.WriteStartObject("coverage");
                json.WriteString("grouping", c.Grouping);
                json.WriteNumber("rows_in_groups", c.Units);
                json.WriteNumber("rows_left_out", c.LeftOutUnits);
                WriteNumber(json, "total_left_out", c.LeftOutTotal);
                WriteNumber(json, "share_left_out", c.LeftOutShare);
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }
        stdout.WriteLine(System.Text.Encoding.UTF8.GetString(ms.ToArray()));
    }

    private static void WriteStringOrNull(Utf8JsonWriter json, string key, string? value)
    {
        if (value is null) json.WriteNull(key);
        else json.WriteString(key, value);
    }

    private static void WriteNumber(Utf8JsonWriter json, string key, double? value)
    {
        if (value is double d && double.IsFinite(d)) json.WriteNumber(key, d);
        else json.WriteNull(key);
    }

    private static void WriteCsv(TextWriter stdout, List<(string Key, double? Value)> figures, ComparisonTable? comparison, CsvCells cells)
    {
        CsvOutput.Table(stdout, ["figure", "value"], figures.Select(f => new[] { f.Key, CsvOutput.Number(f.Value) }), cells);
        if (comparison is null) return;
        stdout.WriteLine();
        CsvOutput.Table(stdout, ["group", "label", "units", "total", "share", "ratio_to_max", "rank"],
            comparison.Rows.Select(r => new[]
            {
                r.Group, r.Label, r.Units.ToString(CultureInfo.InvariantCulture), CsvOutput.Number(r.Total),
                CsvOutput.Number(r.Share), CsvOutput.Number(r.RatioToMax), r.Rank.ToString(CultureInfo.InvariantCulture),
            }), cells);
    }
}

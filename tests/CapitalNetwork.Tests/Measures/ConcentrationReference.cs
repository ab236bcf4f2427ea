using System.Globalization;
using System.Text.Json;
using CapitalNetwork.Measures;

namespace CapitalNetwork.Tests.Measures;

/// <summary>
/// The fixtures and reference values of TestData/concentration, written by make_reference.py and mainland.py (Python
/// 3.11.7, numpy 1.24.2; see their headers for how each figure is recomputed independently of the C# code). Reference
/// comparisons use 10 significant digits (<see cref="Close"/>).
/// </summary>
internal static class ConcentrationReference
{
    public static string Dir => Path.Combine(AppContext.BaseDirectory, "TestData", "concentration");

    private static readonly Lazy<JsonDocument> Json = new(() => JsonDocument.Parse(File.ReadAllText(Path.Combine(Dir, "reference.json"))));

    public static JsonElement Root => Json.Value.RootElement;

    public static JsonElement Of(string dataset) => Root.GetProperty(dataset);

    private static readonly Lazy<JsonDocument> MainlandJson = new(() => JsonDocument.Parse(File.ReadAllText(Path.Combine(Dir, "mainland.json"))));

    /// <summary>
    /// A dataset of mainland.py ("cities" or "outside"): its <c>mainland</c> figures (Hong Kong, Macao and Taiwan rows
    /// dropped, four regions), <c>five_groups</c> figures, <c>theil_t_every_unit</c> and <c>left_out</c>.
    /// </summary>
    public static JsonElement Mainland(string dataset) => MainlandJson.Value.RootElement.GetProperty(dataset);

    /// <summary>A dataset as the measures take it: values, weights (or null) and group labels.</summary>
    public sealed record Dataset(double[] Values, double[]? Weights, string[] Labels)
    {
        public InequalityOptions Options => new() { Weights = Weights, Groups = Grouping.FromLabels(Labels) };
        public InequalityOptions Ungrouped => new() { Weights = Weights };
    }

    public static Dataset Load(string dataset) => dataset switch
    {
        "worked" or "three_pairs" or "zeros" => FromCsv(dataset + ".csv", "value", null, "group"),
        "weighted" => FromCsv("weighted.csv", "value", "weight", "group"),
        "provinces" => FromCsv("provinces.csv", "基金数量", null, "地区"),
        "provinces_weighted" => FromCsv("provinces.csv", "认缴规模（亿元）", "常住人口（万人）", "地区"),
        "cities" => FromCsv("cities.csv", "value", null, "region"),
        _ => throw new ArgumentException(dataset),
    };

    public static List<Dictionary<string, string>> ReadCsv(string file)
    {
        var lines = File.ReadAllLines(Path.Combine(Dir, file));
        var header = lines[0].Split(',');
        return lines.Skip(1).Where(l => l.Length > 0)
            .Select(l => l.Split(',').Select((c, i) => (header[i], c)).ToDictionary(p => p.Item1, p => p.c)).ToList();
    }

    private static Dataset FromCsv(string file, string value, string? weight, string group)
    {
        var rows = ReadCsv(file);
        return new Dataset(
            rows.Select(r => double.Parse(r[value], CultureInfo.InvariantCulture)).ToArray(),
            weight is null ? null : rows.Select(r => double.Parse(r[weight], CultureInfo.InvariantCulture)).ToArray(),
            rows.Select(r => r[group]).ToArray());
    }

    /// <summary>Asserts agreement to 10 significant digits (absolute 1e-10 near zero).</summary>
    public static void Close(double expected, double actual, string what = "")
    {
        var tol = 1e-10 * Math.Max(1, Math.Abs(expected));
        Assert.True(Math.Abs(expected - actual) <= tol, $"{what}: expected {expected:R}, got {actual:R} (|Δ| = {Math.Abs(expected - actual):R})");
    }

    public static void Close(JsonElement expected, double actual, string what = "") => Close(expected.GetDouble(), actual, what);
}

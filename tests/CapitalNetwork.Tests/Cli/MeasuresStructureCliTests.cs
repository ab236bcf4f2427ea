using System.Text;
using System.Text.Json;
using CapitalNetwork.Cli;
using CapitalNetwork.Measures;

namespace CapitalNetwork.Tests.Cli;

/// <summary>
/// The structure keys of <c>capnet measures</c> and its group options, end to end (the app run in process): every key
/// prints the library's value (itself checked against R sna in StructureReferenceTests), <c>ei_index</c> reads
/// <c>--groups FILE</c> on an edge list and regions (default) or provinces on a city network, and is null with a note on
/// stderr without groups; misuse of the group options exits 2 with one line.
/// </summary>
public sealed class MeasuresStructureCliTests : IDisposable
{
    private static readonly string[] Keys =
    [
        "density", "reciprocity", "reciprocity_dyadic", "transitivity", "connectedness", "hierarchy", "efficiency", "lub",
        "degree_centralization", "indegree_centralization", "outdegree_centralization", "betweenness_centralization", "ei_index",
    ];

    private readonly string _dir = Directory.CreateTempSubdirectory("capnet-structure-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Data(string file) => Path.Combine(AppContext.BaseDirectory, "TestData", "structure", file);

    private static string Sample => Path.Combine(AppContext.BaseDirectory, "SampleData", "sample-filings.csv");

    private static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CapnetApp.RunAsync(["measures", .. args], stdout, stderr, new StringReader(""));
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static JsonElement Figures(string json) => JsonDocument.Parse(json).RootElement.GetProperty("network");

    [Fact]
    public async Task Every_key_prints_the_library_value_and_ei_reads_the_groups_file()
    {
        var (code, stdout, stderr) = await Run(Data("g08.csv"), "--groups", Data("groups.csv"), "--only", string.Join(',', Keys));
        Assert.True(code == 0, stderr);
        var printed = Figures(stdout);
        var net = EdgeListReader.Read(Data("g08.csv"));
        var labels = File.ReadAllLines(Data("groups.csv")).Skip(1).Select(l => l.Split(',')).ToDictionary(r => r[0], r => r[1]);
        var expected = new Dictionary<string, MeasureValue>
        {
            ["density"] = Structure.Density(net),
            ["reciprocity"] = Structure.Reciprocity(net),
            ["reciprocity_dyadic"] = Structure.Reciprocity(net, ReciprocityMeasure.Dyadic),
            ["transitivity"] = Structure.Transitivity(net),
            ["connectedness"] = Structure.Connectedness(net),
            ["hierarchy"] = Structure.Hierarchy(net),
            ["efficiency"] = Structure.Efficiency(net),
            ["lub"] = Structure.Lub(net),
            ["degree_centralization"] = Structure.DegreeCentralization(net),
            ["indegree_centralization"] = Structure.InDegreeCentralization(net),
            ["outdegree_centralization"] = Structure.OutDegreeCentralization(net),
            ["betweenness_centralization"] = Structure.BetweennessCentralization(net),
            ["ei_index"] = Structure.EiIndex(net, Grouping.FromLabels(net.Nodes.Select(v => labels[v.Id]).ToList())),
        };
        foreach (var key in Keys) Assert.Equal(expected[key].Value, printed.GetProperty(key).GetDouble(), 15);
    }

    [Fact]
    public async Task Without_groups_an_edge_list_has_a_null_ei_index_and_a_note()
    {
        var (code, stdout, stderr) = await Run(Data("g01.csv"), "--only", "ei_index,density");
        Assert.Equal(0, code);
        Assert.Equal(JsonValueKind.Null, Figures(stdout).GetProperty("ei_index").ValueKind);
        Assert.Contains("ei_index is undefined (null): no groups", stderr);
    }

    [Fact]
    public async Task An_undefined_figure_is_null_with_its_reason()
    {
        var (code, stdout, stderr) = await Run(Data("g13.csv"), "--only", "transitivity");
        Assert.Equal(0, code);
        Assert.Equal(JsonValueKind.Null, Figures(stdout).GetProperty("transitivity").ValueKind);
        Assert.Contains("transitivity is undefined (null): no two-path", stderr);
    }

    [Fact]
    public async Task A_city_network_uses_regions_by_default_and_provinces_on_request()
    {
        var net = CityNetwork.FromFilings(Sample).Network;
        var (code, stdout, stderr) = await Run(Sample, "--only", "ei_index");
        Assert.True(code == 0, stderr);
        Assert.Equal(Structure.EiIndex(net, Grouping.ByRegion(net)).Value, Figures(stdout).GetProperty("ei_index").GetDouble(), 15);
        (code, stdout, stderr) = await Run(Sample, "--only", "ei_index", "--group-by", "province");
        Assert.True(code == 0, stderr);
        Assert.Equal(Structure.EiIndex(net, Grouping.ByProvince(net)).Value, Figures(stdout).GetProperty("ei_index").GetDouble(), 15);
    }

    [Fact]
    public async Task The_ei_index_companions_print_the_library_test_and_p_values_need_permutations()
    {
        // expected: Structure.EiIndexTest with the CLI's seed and permutation count (itself checked by hand in
        // EiIndexTestTests); with --permutations 0 the p-values are null with a note, the other figures stay
        var net = CityNetwork.FromFilings(Sample).Network;
        var keys = "ei_index,ei_index_expected,ei_index_min,ei_index_max,ei_index_rescaled,ei_index_p_greater,ei_index_p_less";
        var (code, stdout, stderr) = await Run(Sample, "--only", keys, "--permutations", "200", "--seed", "9");
        Assert.True(code == 0, stderr);
        var r = Structure.EiIndexTest(net, Grouping.ByRegion(net), new PermutationTestOptions { Permutations = 200, Seed = 9 });
        var f = Figures(stdout);
        Assert.Equal(r.Observed, f.GetProperty("ei_index").GetDouble(), 15);
        Assert.Equal(r.Expected, f.GetProperty("ei_index_expected").GetDouble(), 15);
        Assert.Equal(r.Minimum, f.GetProperty("ei_index_min").GetDouble(), 15);
        Assert.Equal(r.Maximum, f.GetProperty("ei_index_max").GetDouble(), 15);
        Assert.Equal(r.Rescaled, f.GetProperty("ei_index_rescaled").GetDouble(), 15);
        Assert.Equal(r.PValueGreater, f.GetProperty("ei_index_p_greater").GetDouble(), 15);
        Assert.Equal(r.PValueLess, f.GetProperty("ei_index_p_less").GetDouble(), 15);
        (code, stdout, stderr) = await Run(Sample, "--only", keys, "--permutations", "0");
        Assert.True(code == 0, stderr);
        Assert.Equal(JsonValueKind.Null, Figures(stdout).GetProperty("ei_index_p_less").ValueKind);
        Assert.Contains("ei_index_p_less is undefined (null): --permutations is 0", stderr);
        Assert.Equal(r.Rescaled, Figures(stdout).GetProperty("ei_index_rescaled").GetDouble(), 15);
    }

    [Fact]
    public async Task Misused_group_options_exit_2_in_one_line()
    {
        var (code, _, stderr) = await Run(Data("g01.csv"), "--group-by", "region");
        Assert.Equal(2, code);
        Assert.Contains("needs a city network", stderr);
        (code, _, stderr) = await Run(Data("g01.csv"), "--group-by", "region", "--groups", Data("groups.csv"));
        Assert.Equal(2, code);
        Assert.Contains("not both", stderr);
        var partial = Path.Combine(_dir, "partial.csv");
        File.WriteAllText(partial, "node,group\nv1,A\n", new UTF8Encoding(false));
        (code, _, stderr) = await Run(Data("g01.csv"), "--groups", partial);
        Assert.Equal(2, code);
        Assert.Contains("no group for node", stderr);
        var noHeader = Path.Combine(_dir, "header.csv");
        File.WriteAllText(noHeader, "id,cluster\nv1,A\n", new UTF8Encoding(false));
        (code, _, stderr) = await Run(Data("g01.csv"), "--groups", noHeader);
        Assert.Equal(2, code);
        Assert.Contains("node and group", stderr);
        Assert.DoesNotContain("   at ", stderr);
    }
}

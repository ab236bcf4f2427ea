using System.Globalization;
using System.Text;
using System.Text.Json;
using CapitalNetwork.Cli;
using CapitalNetwork.Tests.Measures;

namespace CapitalNetwork.Tests.Cli;

/// <summary>
/// The core–periphery and concentration keys of <c>capnet measures</c>, end to end: the app is run in process on a
/// file and its JSON output is read back, so a key that is computed but not wired into the catalogue (or wired to the
/// wrong computation, or written under the wrong name) fails. Expected values: TestData/coreperiphery/reference.json
/// (networkx 3.6.1 core numbers and rich club, numpy brute-force Borgatti–Everett fits, the slow s-core peeling, scipy's
/// MINRES coreness) and TestData/concentration/reference.json (make_reference.py, dataset "cities"); modularity is
/// recomputed here from the textbook formula on the partition the CLI prints; the plain edge list's figures are by hand.
/// </summary>
public sealed class MeasuresCatalogCliTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("capnet-measures-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static async Task<JsonDocument> Measures(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CapnetApp.RunAsync(["measures", .. args], stdout, stderr, new StringReader(""));
        Assert.True(code == 0, $"exit {code}: {stderr}");
        return JsonDocument.Parse(stdout.ToString());
    }

    private static string CorePeripheryFile(string graph) =>
        Path.Combine(AppContext.BaseDirectory, "TestData", "coreperiphery", CorePeripheryReference.Of(graph).GetProperty("file").GetString()!);

    private static Dictionary<int, JsonElement> Nodes(JsonDocument doc) =>
        doc.RootElement.GetProperty("nodes").EnumerateArray().ToDictionary(n => int.Parse(n.GetProperty("id").GetString()!, CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("small0")]
    [InlineData("small3")]
    [InlineData("karate")]
    [InlineData("florentine")]
    public async Task Core_periphery_keys_match_the_references(string graph)
    {
        var r = CorePeripheryReference.Of(graph);
        var n = r.GetProperty("n").GetInt32();
        using var doc = await Measures(CorePeripheryFile(graph), "--permutations", "99", "--seed", "7");
        var nodes = Nodes(doc);
        Assert.Equal(n, nodes.Count);
        var coreNumber = CorePeripheryReference.Ints(r.GetProperty("core_number"));
        var sCore = CorePeripheryReference.Doubles(r.GetProperty("s_core"));
        for (var v = 0; v < n; v++)
        {
            // networkx core_number; make_reference.py s_core (weights from the file: --weight funds reads them)
            Assert.Equal(coreNumber[v], nodes[v].GetProperty("coreness").GetDouble());
            Assert.Equal(sCore[v], nodes[v].GetProperty("s_coreness").GetDouble(), 1e-9);
        }
        var network = doc.RootElement.GetProperty("network");

        // networkx rich_club_coefficient(G, normalized=False)
        var richClub = CorePeripheryReference.Map(r.GetProperty("rich_club"));
        var printed = network.GetProperty("rich_club").EnumerateObject().ToDictionary(p => int.Parse(p.Name, CultureInfo.InvariantCulture), p => p.Value.GetDouble());
        Assert.Equal(richClub.Keys, printed.Keys.Order());
        foreach (var (k, phi) in richClub) Assert.Equal(phi, printed[k], 1e-12);

        // be_p_value: (1 + exceedances) / (1 + 99)
        var p = network.GetProperty("be_p_value").GetDouble();
        Assert.InRange(p, 0.01, 1.0);
        Assert.Equal(Math.Round(p * 100), p * 100, 1e-9);

        // be_core marks the fitted core; for graphs of at most 16 nodes numpy's brute force gives the optimal fit and cores
        var core = Enumerable.Range(0, n).Where(v => nodes[v].GetProperty("be_core").GetDouble() == 1).ToArray();
        Assert.All(nodes.Values, x => Assert.Contains(x.GetProperty("be_core").GetDouble(), new[] { 0.0, 1.0 }));
        var fit = network.GetProperty("be_fit").GetDouble();
        if (r.TryGetProperty("be_exhaustive", out var exhaustive))
        {
            var best = exhaustive.GetProperty("binary").GetProperty("ones");
            Assert.Equal(best.GetProperty("fit").GetDouble(), fit, 1e-12);
            Assert.Contains(best.GetProperty("optimal_cores").EnumerateArray(), c => CorePeripheryReference.Ints(c).SequenceEqual(core));
        }
        else
        {
            Assert.Equal(PearsonOfCore(graph, n, core), fit, 1e-12);
        }

        // be_coreness: scipy's MINRES least squares (make_reference.py minres, binary view, scaled to max 1)
        if (r.TryGetProperty("minres", out var minres))
        {
            var expected = CorePeripheryReference.Doubles(minres.GetProperty("binary").GetProperty("c"));
            for (var v = 0; v < n; v++) Assert.Equal(expected[v], nodes[v].GetProperty("be_coreness").GetDouble(), 1e-6);
        }
        else
        {
            Assert.All(nodes.Values, x => Assert.InRange(x.GetProperty("be_coreness").GetDouble(), 0, 1));
        }

        // modularity: the textbook Q of the "community" partition the CLI printed (undirected, w_ij + w_ji, resolution 1)
        var community = Enumerable.Range(0, n).Select(v => (int)nodes[v].GetProperty("community").GetDouble()).ToArray();
        Assert.Equal(Modularity(graph, n, community), network.GetProperty("modularity").GetDouble(), 1e-12);
        Assert.True(community.Distinct().Count() >= 2);
    }

    [Fact]
    public async Task Concentration_keys_of_a_city_network_match_the_reference()
    {
        // cities.csv as each city's in-strength (a self-loop of that value) — the "cities" reference; the grouped keys over
        // the four mainland regions (Hong Kong, Macao and Taiwan left out: mainland.py, "cities" → "mainland").
        // The GEXF is the input format capnet reads city networks from.
        var path = Path.Combine(_dir, "cities.gexf");
        File.WriteAllText(path, GexfWriter.WriteToString(NodeValuesTests.CityNetwork()), new UTF8Encoding(false));
        var r = ConcentrationReference.Of("cities");
        string[] keys = ["hhi", "hhi_normalized", "cr4", "gini", "theil_t", "theil_l", "cv", "theil_t_between", "theil_t_within", "esteban_ray", "wolfson"];
        using var doc = await Measures(path, "--only", string.Join(',', keys), "--alpha", "1.6");
        var network = doc.RootElement.GetProperty("network");
        Assert.Equal(keys, network.EnumerateObject().Select(p => p.Name));
        foreach (var key in new[] { "hhi", "hhi_normalized", "cr4", "gini", "theil_t", "cv" })
            ConcentrationReference.Close(r.GetProperty(key), network.GetProperty(key).GetDouble(), key);
        Assert.Equal(JsonValueKind.Null, network.GetProperty("theil_l").ValueKind); // zeros: Theil L undefined
        var m = ConcentrationReference.Mainland("cities").GetProperty("mainland");
        ConcentrationReference.Close(m.GetProperty("decomposition_ge_1").GetProperty("between"), network.GetProperty("theil_t_between").GetDouble(), "between");
        ConcentrationReference.Close(m.GetProperty("decomposition_ge_1").GetProperty("within"), network.GetProperty("theil_t_within").GetDouble(), "within");
        ConcentrationReference.Close(m.GetProperty("esteban_ray_1.6"), network.GetProperty("esteban_ray").GetDouble(), "esteban_ray");
        ConcentrationReference.Close(r.GetProperty("wolfson").GetProperty("value"), network.GetProperty("wolfson").GetDouble(), "wolfson");
        using var alpha1 = await Measures(path, "--only", "esteban_ray", "--alpha", "1.0");
        ConcentrationReference.Close(m.GetProperty("esteban_ray_1.0"), alpha1.RootElement.GetProperty("network").GetProperty("esteban_ray").GetDouble(), "α from --alpha");
    }

    [Fact]
    public async Task Concentration_keys_of_a_plain_edge_list_by_hand()
    {
        // a → b (2), b → b (3), c isolated: in-strength (0, 5, 0) → HHI 1, CR4 1, Gini = 2/3 (population, n = 3),
        // Theil T = ln 3; Theil L undefined (zeros); the region keys are null (the nodes are not cities); Wolfson null (median 0).
        var path = Path.Combine(_dir, "plain.csv");
        File.WriteAllText(path, "source,target,weight\na,b,2\nb,b,3\nc,,\n", new UTF8Encoding(false));
        using var doc = await Measures(path, "--only", "hhi,cr4,gini,theil_t,theil_l,theil_t_between,theil_t_within,esteban_ray,wolfson");
        var network = doc.RootElement.GetProperty("network");
        Assert.Equal(1.0, network.GetProperty("hhi").GetDouble(), 15);
        Assert.Equal(1.0, network.GetProperty("cr4").GetDouble(), 15);
        Assert.Equal(2 / 3.0, network.GetProperty("gini").GetDouble(), 15);
        Assert.Equal(Math.Log(3), network.GetProperty("theil_t").GetDouble(), 15);
        foreach (var key in new[] { "theil_l", "theil_t_between", "theil_t_within", "esteban_ray", "wolfson" })
            Assert.Equal(JsonValueKind.Null, network.GetProperty(key).ValueKind);
    }

    /// <summary>The unordered pairs i &lt; j of the undirected simple binary view: the tie (0/1) and a pattern value.</summary>
    private static (double[] Ties, double[] Pattern) Cells(string graph, int n, Func<int, int, double> pattern)
    {
        var tie = new bool[n, n];
        foreach (var (s, t, _) in Edges(graph))
            if (s != t) tie[s, t] = tie[t, s] = true;
        var a = new List<double>();
        var d = new List<double>();
        for (var i = 0; i < n; i++)
            for (var j = i + 1; j < n; j++)
            {
                a.Add(tie[i, j] ? 1 : 0);
                d.Add(pattern(i, j));
            }
        return (a.ToArray(), d.ToArray());
    }

    /// <summary>Borgatti–Everett fit of a core (block = 1): Pearson correlation of the ties with x_i OR x_j.</summary>
    private static double PearsonOfCore(string graph, int n, int[] core)
    {
        var x = new bool[n];
        foreach (var v in core) x[v] = true;
        var (a, d) = Cells(graph, n, (i, j) => x[i] || x[j] ? 1 : 0);
        return Pearson(a, d);
    }

    private static double Pearson(double[] a, double[] b)
    {
        double ma = a.Average(), mb = b.Average(), sab = 0, saa = 0, sbb = 0;
        for (var i = 0; i < a.Length; i++)
        {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        return sab / Math.Sqrt(saa * sbb);
    }

    /// <summary>Q = Σ_c [W_c / W − (S_c / 2W)²] on the undirected weighted view (w_ij + w_ji; W total weight, W_c inside
    /// community c, S_c the strengths in c; a self-loop counts once in W and twice in its node's strength).</summary>
    private static double Modularity(string graph, int n, int[] community)
    {
        var strength = new double[n];
        double total = 0;
        var inside = new Dictionary<int, double>();
        foreach (var (s, t, w) in Edges(graph))
        {
            total += w;
            strength[s] += w;
            strength[t] += w;
            if (community[s] == community[t]) inside[community[s]] = inside.GetValueOrDefault(community[s]) + w;
        }
        var q = 0.0;
        foreach (var c in community.Distinct())
        {
            var sc = Enumerable.Range(0, n).Where(v => community[v] == c).Sum(v => strength[v]);
            q += inside.GetValueOrDefault(c) / total - sc / (2 * total) * (sc / (2 * total));
        }
        return q;
    }

    /// <summary>The edge rows of a coreperiphery CSV (node declarations skipped).</summary>
    private static IEnumerable<(int S, int T, double W)> Edges(string graph)
    {
        foreach (var line in File.ReadLines(CorePeripheryFile(graph)).Skip(1))
        {
            var f = line.Split(',');
            if (f[1].Length == 0) continue;
            yield return (int.Parse(f[0], CultureInfo.InvariantCulture), int.Parse(f[1], CultureInfo.InvariantCulture), double.Parse(f[2], CultureInfo.InvariantCulture));
        }
    }
}

using System.Text.Json;
using CapitalNetwork.Measures;

namespace CapitalNetwork.Tests.Measures;

/// <summary>
/// The whole-network structure figures against R sna 2.7-1 (R 4.2.2): TestData/structure/make_reference.R draws 13 random
/// digraphs (5–60 nodes, densities 0–0.9, isolates, block-diagonal graphs of 3 and 4 components, one with three
/// self-loops, one without ties) and the sample city network, and writes sna's values to reference.json. Every figure is
/// a ratio of integer counts, so values must agree to 1e-12 (absolute). Where sna returns a convention for an empty
/// denominator (gtrans 1 without two-paths), the library says undefined; those cases are checked apart.
/// </summary>
public sealed class StructureReferenceTests
{
    private const double Tolerance = 1e-12;

    private static string Dir => Path.Combine(AppContext.BaseDirectory, "TestData", "structure");

    private static readonly Lazy<JsonDocument> Json = new(() => JsonDocument.Parse(File.ReadAllText(Path.Combine(Dir, "reference.json"))));

    public static TheoryData<string> Graphs() => new(Enumerable.Range(1, 13).Select(k => $"g{k:D2}"));

    private static FlowNetwork Sample { get; } =
        CityNetwork.FromFilings(Path.Combine(AppContext.BaseDirectory, "SampleData", "sample-filings.csv")).Network;

    private static Dictionary<string, MeasureValue> Figures(FlowNetwork net, Grouping? groups) => new()
    {
        ["density"] = Structure.Density(net),
        ["reciprocity"] = Structure.Reciprocity(net),
        ["reciprocity_dyadic"] = Structure.Reciprocity(net, ReciprocityMeasure.Dyadic),
        ["reciprocity_dyadic_nonnull"] = Structure.Reciprocity(net, ReciprocityMeasure.DyadicNonNull),
        ["transitivity"] = Structure.Transitivity(net),
        ["connectedness"] = Structure.Connectedness(net),
        ["hierarchy"] = Structure.Hierarchy(net),
        ["efficiency"] = Structure.Efficiency(net),
        ["lub"] = Structure.Lub(net),
        ["degree_centralization"] = Structure.DegreeCentralization(net),
        ["indegree_centralization"] = Structure.InDegreeCentralization(net),
        ["outdegree_centralization"] = Structure.OutDegreeCentralization(net),
        ["betweenness_centralization"] = Structure.BetweennessCentralization(net),
        ["ei_index"] = groups is null ? Structure.EiIndex(net) : Structure.EiIndex(net, groups),
    };

    /// <summary>The groups of groups.csv (v1 … v60) for the nodes of <paramref name="net"/>, by id.</summary>
    private static Grouping GroupsOf(FlowNetwork net)
    {
        var labels = File.ReadAllLines(Path.Combine(Dir, "groups.csv")).Skip(1).Select(l => l.Split(',')).ToDictionary(r => r[0], r => r[1]);
        return Grouping.FromLabels(net.Nodes.Select(v => labels[v.Id]).ToList());
    }

    private static void Compare(string name, FlowNetwork net, Grouping? groups)
    {
        var expected = Json.Value.RootElement.GetProperty(name);
        Assert.Equal(expected.GetProperty("nodes").GetInt32(), net.NodeCount);
        foreach (var (key, value) in Figures(net, groups))
        {
            var e = expected.GetProperty(key);
            if (e.ValueKind == JsonValueKind.Null)
            {
                Assert.False(value.IsDefined, $"{name} {key}: sna gives NaN, the library {value}");
                continue;
            }
            if (key == "transitivity" && !value.IsDefined)
            {
                Assert.Equal(1.0, e.GetDouble()); // sna's convention without two-paths
                continue;
            }
            Assert.True(value.IsDefined, $"{name} {key}: {value}");
            Assert.True(Math.Abs(e.GetDouble() - value.Value) <= Tolerance, $"{name} {key}: sna {e.GetDouble():R}, library {value.Value:R}");
        }
    }

    [Theory]
    [MemberData(nameof(Graphs))]
    public void Random_digraphs_agree_with_sna(string graph)
    {
        var net = EdgeListReader.Read(Path.Combine(Dir, graph + ".csv"));
        Compare(graph, net, GroupsOf(net));
    }

    [Fact]
    public void The_sample_city_network_agrees_with_sna()
    {
        Compare("sample", Sample, null);
        Assert.Contains("Hong Kong, Macao, Taiwan left out", Structure.EiIndex(Sample).Variant);
    }

    [Fact]
    public void Self_loops_are_ignored()
    {
        var net = EdgeListReader.Read(Path.Combine(Dir, "g11.csv"));
        Assert.Contains(net.Edges, e => e.IsLoop);
        var expected = Json.Value.RootElement.GetProperty("g11");
        Assert.Equal(expected.GetProperty("ties").GetDouble() / (15.0 * 14), Structure.Density(net).Value, 15);
    }

    [Fact]
    public void Without_ties_the_ratios_are_undefined_and_the_centralizations_zero()
    {
        var net = EdgeListReader.Read(Path.Combine(Dir, "g13.csv"));
        Assert.Equal(0, Structure.Density(net).Value);
        Assert.False(Structure.Transitivity(net).IsDefined);
        Assert.Contains("sna gtrans returns 1", Structure.Transitivity(net).UndefinedReason);
        Assert.False(Structure.Reciprocity(net).IsDefined);
        Assert.Equal(1, Structure.Reciprocity(net, ReciprocityMeasure.Dyadic).Value);
        Assert.Equal(0, Structure.BetweennessCentralization(net).Value);
    }

    [Fact]
    public void A_tie_needs_a_positive_weight_of_the_chosen_kind()
    {
        var b = new FlowNetworkBuilder();
        int x = b.AddNode("x"), y = b.AddNode("y"), z = b.AddNode("z");
        b.AddFlow(x, y, 1, 1, 0);
        b.AddFlow(y, z, 1, 1, 5);
        var net = b.Build();
        Assert.Equal(2 / 6.0, Structure.Density(net).Value, 15);
        Assert.Equal(1 / 6.0, Structure.Density(net, EdgeWeight.Capital).Value, 15);
        Assert.Contains("capital > 0", Structure.Density(net, EdgeWeight.Capital).Variant);
    }

    [Fact]
    public void The_grouping_must_cover_the_nodes()
    {
        var net = EdgeListReader.Read(Path.Combine(Dir, "g01.csv"));
        Assert.Throws<ArgumentException>(() => Structure.EiIndex(net, Grouping.Single(3)));
        Assert.Throws<InvalidOperationException>(() => Structure.EiIndex(net));
    }
}

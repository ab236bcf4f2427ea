using System.Text.Json;
using CapitalNetwork.Cli;
using CapitalNetwork.Measures;
using CapitalNetwork.Tests.Measures;

namespace CapitalNetwork.Tests.Cli;

/// <summary>
/// The structural-hole keys of <c>capnet measures</c> end to end: <c>constraint</c> and <c>effective_size</c> on a
/// fixture edge list against networkx 3.6.1 (TestData/brokerage/reference.json), the five <c>brokerage_*</c> keys on
/// the sample filings against the library with the four mainland regions, and null with a note on a plain edge list.
/// </summary>
public sealed class BrokerageCliTests
{
    private static async Task<(JsonDocument Doc, string Stderr)> Measures(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CapnetApp.RunAsync(["measures", .. args], stdout, stderr, new StringReader(""));
        Assert.True(code == 0, $"exit {code}: {stderr}");
        return (JsonDocument.Parse(stdout.ToString()), stderr.ToString());
    }

    private static string[] Brokerage =>
        ["brokerage_coordinator", "brokerage_consultant", "brokerage_representative", "brokerage_gatekeeper", "brokerage_liaison"];

    [Fact]
    public async Task Burt_keys_match_networkx_and_brokerage_needs_groups()
    {
        var g = StructuralHolesReference.Get("medium");
        var file = Path.Combine(AppContext.BaseDirectory, "TestData", "brokerage", "medium.edges.csv");
        var (doc, stderr) = await Measures(file, "--only", "constraint,effective_size," + string.Join(',', Brokerage));
        var nodes = doc.RootElement.GetProperty("nodes").EnumerateArray().ToDictionary(n => n.GetProperty("id").GetString()!);
        for (var k = 0; k < g.Nodes.Length; k++)
        {
            // the edge list has no isolates: they are the fixture's null nodes
            if (!nodes.TryGetValue(g.Nodes[k], out var node))
            {
                Assert.True(double.IsNaN(g.Constraint[k]));
                continue;
            }
            Assert.Equal(g.Constraint[k], node.GetProperty("constraint").GetDouble(), 1e-12 * Math.Abs(g.Constraint[k]));
            Assert.Equal(g.EffectiveSize[k], node.GetProperty("effective_size").GetDouble(), 1e-12 * Math.Abs(g.EffectiveSize[k]));
            foreach (var key in Brokerage) Assert.Equal(JsonValueKind.Null, node.GetProperty(key).ValueKind);
        }
        foreach (var key in Brokerage) Assert.Contains($"capnet: {key} is undefined (null): brokerage needs groups", stderr);
    }

    [Fact]
    public async Task Brokerage_keys_on_a_city_network_use_the_four_mainland_regions()
    {
        var sample = Path.Combine(AppContext.BaseDirectory, "SampleData", "sample-filings.csv");
        var net = CityNetwork.FromFilings(sample).Network;
        var expected = StructuralHoles.Brokerage(net, Grouping.ByRegion(net));
        Assert.True(expected.Total.Sum > 0);
        var (doc, stderr) = await Measures(sample, "--only", string.Join(',', Brokerage));
        Assert.DoesNotContain("undefined", stderr);
        var nodes = doc.RootElement.GetProperty("nodes").EnumerateArray().ToArray();
        Assert.Equal(net.NodeCount, nodes.Length);
        NodeValues[] roles = [expected.Coordinator, expected.Consultant, expected.Representative, expected.Gatekeeper, expected.Liaison];
        for (var v = 0; v < net.NodeCount; v++)
        {
            Assert.Equal(net.Nodes[v].Id, nodes[v].GetProperty("id").GetString());
            for (var k = 0; k < 5; k++)
                Assert.Equal(roles[k][v], nodes[v].GetProperty(Brokerage[k]).GetDouble());
        }
    }

    [Fact]
    public async Task Z_score_keys_print_the_library_values_over_the_four_regions()
    {
        // expected: StructuralHoles.BrokerageZScores with the four mainland regions (itself checked against sna's z.nli in
        // BrokerageZScoreTests); NaN (zero variance) is written as null
        var sample = Path.Combine(AppContext.BaseDirectory, "SampleData", "sample-filings.csv");
        var net = CityNetwork.FromFilings(sample).Network;
        var z = StructuralHoles.BrokerageZScores(net, Grouping.ByRegion(net));
        var keys = Brokerage.Select(k => k + "_z").ToArray();
        var (doc, _) = await Measures(sample, "--only", string.Join(',', keys));
        var nodes = doc.RootElement.GetProperty("nodes").EnumerateArray().ToDictionary(n => n.GetProperty("id").GetString()!);
        var columns = new[] { z.Coordinator, z.Consultant, z.Representative, z.Gatekeeper, z.Liaison };
        var checkedValues = 0;
        foreach (var (id, node) in nodes)
            for (var c = 0; c < 5; c++)
            {
                var expected = columns[c][id];
                var cell = node.GetProperty(keys[c]);
                if (double.IsFinite(expected))
                {
                    Assert.Equal(expected, cell.GetDouble(), 15);
                    checkedValues++;
                }
                else Assert.Equal(JsonValueKind.Null, cell.ValueKind);
            }
        Assert.True(checkedValues > 100);
    }
}

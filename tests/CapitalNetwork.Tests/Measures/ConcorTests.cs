using CapitalNetwork.Measures;
using System.Globalization;
using System.Text.Json;

namespace CapitalNetwork.Tests.Measures;

public class ConcorTests
{
    private static readonly Lazy<JsonDocument> Reference = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "blocks", "concor-reference.json"))));

    private static FlowNetwork Build(int n, IEnumerable<(int S, int T, double W)> edges)
    {
        var b = new FlowNetworkBuilder();
        for (var v = 0; v < n; v++) b.AddNode(v.ToString(CultureInfo.InvariantCulture));
        foreach (var (s, t, w) in edges) b.AddFlow(s, t, w, w, w);
        return b.Build();
    }

    private static FlowNetwork FromReference(string name, out JsonElement c)
    {
        c = Reference.Value.RootElement.GetProperty(name);
        var edges = c.GetProperty("edges").EnumerateArray().Select(e => (e[0].GetInt32(), e[1].GetInt32(), e[2].GetDouble()));
        return Build(c.GetProperty("n").GetInt32(), edges);
    }

    private static int[][] Partition(BlockModelResult r) => [.. r.Blocks.Select(b => b.Members.ToArray())];

    public static TheoryData<string> Binary => new() { "two_cliques", "out_star", "random_12", "random_20_isolate" };

    [Theory]
    [MemberData(nameof(Binary))]
    public void Binary_partition_and_densities_match_the_python_reference(string name)
    {
        // expected: TestData/blocks/concor_reference.py (plain Python, written from Wasserman and Faust §9.4.2; pairwise
        // deletion done row by row, not by the C# subtraction of the deleted cells); densities to 12 digits
        var net = FromReference(name, out var c);
        var r = BlockModel.Concor(net);
        var expected = c.GetProperty("blocks").EnumerateArray().Select(b => b.EnumerateArray().Select(x => x.GetInt32()).ToArray()).ToArray();
        Assert.Equal(expected, Partition(r));
        Assert.Equal(c.GetProperty("network_density").GetDouble(), r.NetworkDensity, 12);
        var dens = c.GetProperty("density");
        for (var k = 0; k < r.Blocks.Length; k++)
            for (var l = 0; l < r.Blocks.Length; l++)
            {
                var e = dens[k][l];
                if (e.ValueKind == JsonValueKind.Null) Assert.True(double.IsNaN(r.Density[k][l]));
                else Assert.Equal(e.GetDouble(), r.Density[k][l], 12);
            }
        Assert.True(r.Converged);
    }

    private static int[][] Blocks(JsonElement c, string key) =>
        [.. c.GetProperty(key).EnumerateArray().Select(b => b.EnumerateArray().Select(x => x.GetInt32()).ToArray())];

    public static TheoryData<string> BinaryAndReadme => new() { "two_cliques", "out_star", "random_12", "random_20_isolate", "concorR_readme_a", "concorR_readme_isoA" };

    [Theory]
    [MemberData(nameof(BinaryAndReadme))]
    public void Reciprocal_diagonal_partition_and_densities_match_the_python_reference(string name)
    {
        // expected: concor_reference.py with diagonal 'reciprocal' (column k's cells of rows j, k and n+j, n+k swapped
        // before a plain Pearson correlation over all 2n rows), not the C# sums
        var net = FromReference(name, out var c);
        var depth = c.GetProperty("depth").GetInt32();
        var r = BlockModel.Concor(net, new ConcorOptions { Depth = depth, Diagonal = ConcorDiagonal.Reciprocal });
        Assert.Equal(Blocks(c, "blocks_reciprocal"), Partition(r));
        var dens = c.GetProperty("density_reciprocal");
        for (var k = 0; k < r.Blocks.Length; k++)
            for (var l = 0; l < r.Blocks.Length; l++)
            {
                var e = dens[k][l];
                if (e.ValueKind == JsonValueKind.Null) Assert.True(double.IsNaN(r.Density[k][l]));
                else Assert.Equal(e.GetDouble(), r.Density[k][l], 12);
            }
        Assert.EndsWith("diagonal reciprocal", r.Variant, StringComparison.Ordinal);
        Assert.True(r.Converged);
    }

    [Fact]
    public void Weighted_reciprocal_partition_matches_the_python_reference()
    {
        var net = FromReference("weighted_15", out var c);
        var r = BlockModel.Concor(net, new ConcorOptions { Weight = EdgeWeight.Capital, Diagonal = ConcorDiagonal.Reciprocal });
        Assert.Equal(Blocks(c, "blocks_reciprocal"), Partition(r));
    }

    [Fact]
    public void The_diagonal_rule_changes_the_random_partitions_and_is_checked()
    {
        // the reference's random_12 differs between the two rules (3/3/4/2 against 2/3/3/4 members), so the option is live
        var net = FromReference("random_12", out var c);
        Assert.NotEqual(Blocks(c, "blocks"), Blocks(c, "blocks_reciprocal"));
        Assert.Equal(Partition(BlockModel.Concor(net)), Partition(BlockModel.Concor(net, new ConcorOptions { Diagonal = ConcorDiagonal.Ignore })));
        Assert.Throws<ArgumentException>(() => BlockModel.Concor(net, new ConcorOptions { Diagonal = (ConcorDiagonal)7 }));
    }

    [Theory]
    [InlineData("a", "a e|b c d")]
    [InlineData("isoA", "A B C|D E|F")]
    public void The_printed_concorR_readme_partitions_are_reproduced(string example, string printed)
    {
        // data and expected output: README of R package concorR 0.2.1 (Suda and Traxler, CRAN 2020,
        // doi:10.32614/CRAN.package.concorR), "Example" (concor(list(a)): block 1 = b, c, d; block 2 = a, e) and "Example 2:
        // A network with isolated members" (concor(list(isoA), nsplit = 1): D, E | A, B, C | F); one split each. concorR
        // uses diag NA with pairwise deletion (Ignore); Reciprocal gives the same split on both. Source notes: TestData/blocks/SOURCES.md.
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "TestData", "blocks", "concorR-readme-examples.csv"))
            .Skip(1).Select(l => l.Split(',')).Where(f => f[0] == example).ToList();
        var names = lines.SelectMany(f => f[1..]).Distinct().Order(StringComparer.Ordinal).ToList();
        if (example == "isoA") names.Add("F"); // the isolate has no edge line
        var b = new FlowNetworkBuilder();
        foreach (var v in names) b.AddNode(v);
        foreach (var f in lines) b.AddFlow(names.IndexOf(f[1]), names.IndexOf(f[2]), 1, 1, 1);
        var net = b.Build();
        foreach (var diagonal in new[] { ConcorDiagonal.Ignore, ConcorDiagonal.Reciprocal })
        {
            var r = BlockModel.Concor(net, new ConcorOptions { Depth = 1, Diagonal = diagonal });
            var got = r.Blocks.Select(x => string.Join(" ", x.Ids.Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal);
            Assert.Equal(printed, string.Join("|", got));
        }
        if (example == "isoA") Assert.True(BlockModel.Concor(net, new ConcorOptions { Depth = 1 }).Blocks[^1].IsConstant);
    }

    [Fact]
    public void Weighted_partition_matches_the_python_reference()
    {
        var net = FromReference("weighted_15", out var c);
        var r = BlockModel.Concor(net, new ConcorOptions { Weight = EdgeWeight.Capital });
        var expected = c.GetProperty("blocks").EnumerateArray().Select(b => b.EnumerateArray().Select(x => x.GetInt32()).ToArray()).ToArray();
        Assert.Equal(expected, Partition(r));
        Assert.Equal(c.GetProperty("network_density").GetDouble(), r.NetworkDensity, 12);
        Assert.Contains("weight capital", r.Variant, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_disconnected_cliques_are_two_blocks_with_the_hand_figures()
    {
        // two directed 4-cliques: 24 ties of 56 ordered pairs, density 3/7; inside each block density 1, between 0
        var edges = new List<(int, int, double)>();
        for (var i = 0; i < 8; i++)
            for (var j = 0; j < 8; j++)
                if (i != j && i / 4 == j / 4) edges.Add((i, j, 1));
        var r = BlockModel.Concor(Build(8, edges));
        Assert.Equal([[0, 1, 2, 3], [4, 5, 6, 7]], Partition(r));
        Assert.Equal(3.0 / 7, r.NetworkDensity, 15);
        Assert.Equal([[1, 0], [0, 1]], r.Image.Select(x => x.ToArray()).ToArray());
        foreach (var b in r.Blocks)
        {
            Assert.Equal(12, b.SentInside);
            Assert.Equal(0, b.SentOut);
            Assert.Equal(0, b.ReceivedFromOutside);
            Assert.Equal(3.0 / 7, b.ExpectedInternalShare, 15);
            Assert.Equal(1, b.InternalShare);
            Assert.Equal(BlockRole.BidirectionalSpillover, b.Role); // no ties with other blocks: receives none
        }
        Assert.Equal(["1.1", "2.1"], r.Blocks.Select(b => b.Path));
    }

    [Fact]
    public void A_star_puts_the_hub_apart_and_the_leaves_are_net_beneficiaries()
    {
        // hub 0 → 1..5: the hub sends 5 ties out, internal share 0 = expected (1 − 1)/5 = 0, so by the ≥ rule it is not
        // below and receives none → bidirectional spillover (a one-member block is never below its expected share);
        // the leaves send nothing (NaN counts as at or above) and receive 5 → net beneficiary; α = 5/30
        var r = BlockModel.Concor(Build(6, Enumerable.Range(1, 5).Select(j => (0, j, 1.0))));
        Assert.Equal([[0], [1, 2, 3, 4, 5]], Partition(r));
        Assert.Equal(5.0 / 30, r.Alpha, 15);
        Assert.Equal([[0, 1], [0, 0]], r.Image.Select(x => x.ToArray()).ToArray());
        Assert.Equal(1, r.Density[0][1]);
        Assert.True(double.IsNaN(r.Density[0][0]));
        Assert.Equal(BlockRole.BidirectionalSpillover, r.Blocks[0].Role);
        Assert.Equal(0, r.Blocks[0].ExpectedInternalShare);
        Assert.Equal(BlockRole.NetBeneficiary, r.Blocks[1].Role);
        Assert.Equal(0.8, r.Blocks[1].ExpectedInternalShare, 15);
    }

    [Fact]
    public void Isolates_form_a_constant_block_placed_last_and_loops_are_ignored()
    {
        var r = BlockModel.Concor(Build(5, [(0, 1, 1), (1, 0, 1), (2, 3, 1), (3, 2, 1), (4, 4, 7)]));
        Assert.Equal([[0, 1], [2, 3], [4]], Partition(r));
        Assert.True(r.Blocks[^1].IsConstant);
        Assert.Equal("constant", r.Blocks[^1].Path);
        Assert.Equal(4.0 / 20, r.NetworkDensity, 15);
        Assert.Equal(2, r.BlockOf[4]);
        Assert.Null(r.Blocks[^1].Role); // no ties at all: no role
        Assert.Equal(BlockRole.BidirectionalSpillover, r.Blocks[0].Role);
    }

    [Fact]
    public void The_receives_none_threshold_changes_only_the_roles()
    {
        var net = FromReference("random_12", out _);
        var strict = BlockModel.Concor(net, new ConcorOptions { ReceivesNoneShare = 0 });
        var loose = BlockModel.Concor(net, new ConcorOptions { ReceivesNoneShare = 1 });
        Assert.Equal(Partition(strict), Partition(loose));
        Assert.All(loose.Blocks, b => Assert.Contains(b.Role, new BlockRole?[] { BlockRole.BidirectionalSpillover, BlockRole.NetSpillover }));
        Assert.All(strict.Blocks.Where(b => b.ReceivedFromOutside > 0), b => Assert.Contains(b.Role, new BlockRole?[] { BlockRole.NetBeneficiary, BlockRole.Broker }));
        Assert.Equal(1, loose.ReceivesNoneShare);
    }

    [Fact]
    public void Depth_one_gives_at_most_two_blocks_and_alpha_can_be_set()
    {
        var net = FromReference("random_12", out _);
        var r = BlockModel.Concor(net, new ConcorOptions { Depth = 1, Alpha = 0 });
        Assert.True(r.Blocks.Length <= 2);
        Assert.All(r.Image.SelectMany(x => x), v => Assert.Equal(1, v));
        Assert.Throws<ArgumentOutOfRangeException>(() => BlockModel.Concor(net, new ConcorOptions { Depth = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => BlockModel.Concor(net, new ConcorOptions { ReceivesNoneShare = 2 }));
    }

    [Fact]
    public void The_sample_city_network_has_deterministic_blocks()
    {
        var net = CityNetwork.FromFilings(Path.Combine(AppContext.BaseDirectory, "SampleData", "sample-filings.csv")).Network;
        var r = BlockModel.Concor(net);
        var again = BlockModel.Concor(net);
        Assert.Equal(Partition(r), Partition(again));
        Assert.Equal(372, r.BlockOf.Length);
        Assert.Equal(372, r.Blocks.Sum(b => b.Size));
        Assert.True(r.Blocks.Length <= 5);
        Assert.True(r.Blocks[^1].IsConstant); // most of the 372 cities have no tie in the sample
        // expected: concor_reference.py on sample-edges.csv (this network's edges, loops dropped), the whole partition
        var expected = Reference.Value.RootElement.GetProperty("sample_binary").GetProperty("blocks").EnumerateArray()
            .Select(b => b.EnumerateArray().Select(x => x.GetInt32()).ToArray()).ToArray();
        Assert.Equal(expected, Partition(r));
        // the partition's fingerprint: path, size and first member of each block
        Assert.Equal(SampleFingerprint, string.Join(";", r.Blocks.Select(b => $"{b.Path}:{b.Size}:{b.Members[0]}")));
        var csv = r.ToCsv();
        Assert.StartsWith("block,path,constant,size,", csv, StringComparison.Ordinal);
        Assert.Equal(r.Blocks.Length + 1, csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        // the roles of the four CONCOR blocks under the default threshold (sample: 1.1 and 1.2 receive, 2.1 and 2.2 send)
        Assert.Equal(new BlockRole?[] { BlockRole.NetBeneficiary, BlockRole.NetBeneficiary, BlockRole.NetSpillover, BlockRole.NetSpillover, null },
            r.Blocks.Select(b => b.Role));
    }

    [Fact]
    public void The_sample_city_network_under_the_reciprocal_rule_matches_the_python_reference()
    {
        var net = CityNetwork.FromFilings(Path.Combine(AppContext.BaseDirectory, "SampleData", "sample-filings.csv")).Network;
        var r = BlockModel.Concor(net, new ConcorOptions { Diagonal = ConcorDiagonal.Reciprocal });
        // expected: concor_reference.py, diagonal 'reciprocal', on sample-edges.csv (57, 79, 101, 38 cities + 97 isolates)
        Assert.Equal(Blocks(Reference.Value.RootElement.GetProperty("sample_binary"), "blocks_reciprocal"), Partition(r));
        Assert.Equal("1.1:57:0;1.2:79:1;2.1:101:3;2.2:38:8;constant:97:16", string.Join(";", r.Blocks.Select(b => $"{b.Path}:{b.Size}:{b.Members[0]}")));
    }

    private const string SampleFingerprint = "1.1:55:0;1.2:82:1;2.1:99:3;2.2:39:8;constant:97:16";

    [Fact]
    public void Csv_tables_have_one_line_per_block_node_and_pair()
    {
        var net = FromReference("random_20_isolate", out _);
        var r = BlockModel.Concor(net);
        var members = new StringWriter();
        r.WriteMembersCsv(members);
        Assert.Equal(21, members.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        var dens = new StringWriter();
        r.WriteDensityCsv(dens);
        Assert.Equal(r.Blocks.Length * r.Blocks.Length + 1, dens.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("13,13,4,constant", members.ToString(), StringComparison.Ordinal);
    }
}

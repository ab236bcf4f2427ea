using CapitalNetwork.Measures;

namespace CapitalNetwork.Tests.Measures;

/// <summary>
/// <see cref="Structure.EiIndexTest"/> on a five-node graph worked by hand. Groups A = {0, 1}, B = {2, 3, 4}. Ties: all
/// eight internal ordered pairs (0↔1, 2↔3, 2↔4, 3↔4) and four between groups (0→2, 1→3, 3→1, 4→0): E = 4, I = 8, L = 12,
/// E–I = −4/12 = −1/3. Possible ordered pairs: P_E = 2·3 + 3·2 = 12, P_I = 2·1 + 3·2 = 8, expected (12 − 8)/20 = 1/5.
/// Extremes for 12 ties: E_max = min(12, 12) = 12 → +1; E_min = max(0, 12 − 8) = 4 → (8 − 12)/12 = −1/3, so the observed
/// index sits at its minimum and the rescaled index is (2·4 − 4 − 12)/(12 − 4) = −1. Permutation null: the 10 ways to
/// choose the two A nodes are equally likely; only A = {0, 1} has every internal pair tied (I = 8, E = 4), every other
/// choice has E &gt; 4 (enumerated in <see cref="Exact_null_probability_of_the_observed_minimum"/>), so P(E ≤ 4) = 1/10
/// and P(E ≥ 4) = 1.
/// </summary>
public sealed class EiIndexTestTests
{
    private static readonly (int S, int T)[] Ties =
        [(0, 1), (1, 0), (2, 3), (3, 2), (2, 4), (4, 2), (3, 4), (4, 3), (0, 2), (1, 3), (3, 1), (4, 0)];

    private static readonly string[] Labels = ["A", "A", "B", "B", "B"];

    private static FlowNetwork Net()
    {
        var b = new FlowNetworkBuilder();
        for (var v = 0; v < 5; v++) b.AddNode(v.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var (s, t) in Ties) b.AddFlow(s, t, 1, 1, 1);
        return b.Build();
    }

    [Fact]
    public void Counts_expected_range_and_rescaled_match_the_hand_figures()
    {
        var r = Structure.EiIndexTest(Net(), Grouping.FromLabels(Labels), new PermutationTestOptions { Permutations = 0 });
        Assert.Equal(4, r.External);
        Assert.Equal(8, r.Internal);
        Assert.Equal(12, r.PossibleExternal);
        Assert.Equal(8, r.PossibleInternal);
        Assert.Equal(-1 / 3.0, r.Observed, 15);
        Assert.Equal(Structure.EiIndex(Net(), Grouping.FromLabels(Labels)).Value, r.Observed, 15);
        Assert.Equal(0.2, r.Expected, 15);
        Assert.Equal(1, r.Maximum, 15);
        Assert.Equal(-1 / 3.0, r.Minimum, 15);
        Assert.Equal(-1, r.Rescaled, 15);
        Assert.True(double.IsNaN(r.PValueLess));
        Assert.Contains("no permutation test", r.Variant, StringComparison.Ordinal);
    }

    [Fact]
    public void Exact_null_probability_of_the_observed_minimum()
    {
        // enumerate the 10 choices of A (sizes kept) and count E for each: the exact label-permutation null
        var atMost = 0;
        var atLeast = 0;
        var choices = 0;
        for (var a = 0; a < 5; a++)
            for (var b = a + 1; b < 5; b++)
            {
                choices++;
                var external = Ties.Count(t => (t.S == a || t.S == b) != (t.T == a || t.T == b));
                if (external <= 4) atMost++;
                if (external >= 4) atLeast++;
            }
        Assert.Equal(10, choices);
        Assert.Equal(1, atMost);
        Assert.Equal(10, atLeast);
        // 10,000 seeded permutations: p(≤) = (1 + #≤)/(1 + P) within 0.015 of 1/10 (binomial sd 0.003); p(≥) exactly 1
        var r = Structure.EiIndexTest(Net(), Grouping.FromLabels(Labels), new PermutationTestOptions { Permutations = 10_000, Seed = 7 });
        Assert.Equal(atMost / 10.0, r.PValueLess, 0.015);
        Assert.Equal(1, r.PValueGreater, 15);
        Assert.True(r.NullMean > r.Observed);
    }

    [Fact]
    public void The_test_is_deterministic_for_a_seed_and_any_thread_count()
    {
        var g = Grouping.FromLabels(Labels);
        var one = Structure.EiIndexTest(Net(), g, new PermutationTestOptions { Permutations = 500, Seed = 3, MaxDegreeOfParallelism = 1 });
        var many = Structure.EiIndexTest(Net(), g, new PermutationTestOptions { Permutations = 500, Seed = 3, MaxDegreeOfParallelism = 4 });
        Assert.Equal(one, many);
        Assert.Throws<ArgumentOutOfRangeException>(() => Structure.EiIndexTest(Net(), g, new PermutationTestOptions { Permutations = -1 }));
    }

    [Fact]
    public void Without_ties_every_figure_but_the_expected_is_undefined()
    {
        var b = new FlowNetworkBuilder();
        b.AddNode("x");
        b.AddNode("y");
        var r = Structure.EiIndexTest(b.Build(), Grouping.FromLabels(["G1", "G2"]));
        Assert.Equal(0, r.Ties);
        Assert.True(double.IsNaN(r.Observed));
        Assert.True(double.IsNaN(r.Rescaled));
        Assert.True(double.IsNaN(r.PValueGreater));
        Assert.Equal(1, r.Expected, 15); // both possible pairs cross: (2 − 0)/2
    }
}

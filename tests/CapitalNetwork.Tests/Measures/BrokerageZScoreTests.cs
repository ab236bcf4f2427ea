using System.Globalization;
using CapitalNetwork.Measures;

namespace CapitalNetwork.Tests.Measures;

/// <summary>
/// <see cref="StructuralHoles.BrokerageZScores"/> against R sna 2.7-1 <c>brokerage(A, cl)$z.nli</c> on the brokerage
/// fixture graphs (TestData/brokerage/make_z_reference.R → brokerage-z.csv; A binary with diagonal 0, a left-out node its
/// own group). Tolerance 1e-9 relative: the expectations and variances are sums of a few products in another order; NaN
/// (zero variance and count at its expectation) must be NaN.
/// </summary>
public sealed class BrokerageZScoreTests
{
    private static readonly Lazy<string[][]> Rows = new(() =>
        [.. File.ReadLines(Path.Combine(AppContext.BaseDirectory, "TestData", "brokerage", "brokerage-z.csv")).Skip(1).Select(l => l.Split(','))]);

    public static TheoryData<string> Graphs => StructuralHolesReference.Names();

    [Theory]
    [MemberData(nameof(Graphs))]
    public void Z_scores_match_sna(string name)
    {
        var g = StructuralHolesReference.Get(name);
        var z = StructuralHoles.BrokerageZScores(g.Network, g.Grouping());
        var columns = new[] { z.Coordinator, z.Consultant, z.Representative, z.Gatekeeper, z.Liaison, z.Total };
        var rows = Rows.Value.Where(r => r[0] == name).ToList();
        Assert.Equal(g.Nodes.Length, rows.Count);
        foreach (var r in rows)
            for (var c = 0; c < 6; c++)
            {
                var expected = double.Parse(r[2 + c], CultureInfo.InvariantCulture);
                var actual = columns[c][r[1]];
                if (double.IsNaN(expected)) Assert.True(double.IsNaN(actual), $"{name} {r[1]} column {c}: {actual}");
                else Assert.True(Math.Abs(actual - expected) <= 1e-9 * Math.Max(1, Math.Abs(expected)), $"{name} {r[1]} column {c}: {actual} vs {expected}");
            }
        Assert.StartsWith("brokerage_liaison_z", z.Liaison.Measure, StringComparison.Ordinal);
    }
}

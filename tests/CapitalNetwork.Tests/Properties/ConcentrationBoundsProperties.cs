using CapitalNetwork.Measures;
using CsCheck;

namespace CapitalNetwork.Tests.Properties;

/// <summary>
/// Concentration indices stay within their bounds and the Theil decompositions sum: for any vector of 1–60 non-negative
/// values (zeros and ties included) and any grouping of its units, population forms without weights — Gini ∈ [0, 1 − 1/n],
/// HHI ∈ [1/n, 1], Hoover ∈ [0, 1 − 1/n], CR_k ∈ [min(k, n)/n, 1] and non-decreasing in k, CV ∈ [0, √(n − 1)],
/// Theil T ∈ [0, ln n]; Theil T and L: Between + Within = Total and Σ_g within contributions = Within (to 1e-12 relative,
/// the rounding of separately computed sums). The bounds are the textbook ones stated in each measure's documentation
/// (Cowell 2011, Measuring Inequality, doi:10.1093/acprof:osobl/9780199594030.001.0001); every index is undefined exactly
/// when all values are zero.
/// </summary>
public class ConcentrationBoundsProperties
{
    private const double Eps = 1e-12;

    private static readonly Gen<(double[] Values, string[] Groups)> Data =
        Gen.Int[1, 60].SelectMany(n => Gen.Select(
            Gen.Frequency((1, Gen.Const(0.0)), (1, Gen.Int[0, 5].Select(i => (double)i)), (4, Gen.Double[0, 1e6])).Array[n],
            Gen.Int[0, 3].Select(g => "g" + g).Array[n]));

    [Fact]
    public void Indices_stay_within_their_bounds()
    {
        Data.SampleSeeded((values, _) =>
        {
            var allZero = values.All(v => v == 0);
            var gini = Concentration.Gini(values);
            var hhi = Concentration.Herfindahl(values);
            var hoover = Concentration.Hoover(values);
            var cv = Concentration.CoefficientOfVariation(values);
            var theil = Concentration.TheilT(values);
            Assert.Equal(!allZero, gini.IsDefined);
            Assert.Equal(!allZero, hhi.IsDefined);
            Assert.Equal(!allZero, hoover.IsDefined);
            Assert.Equal(!allZero, cv.IsDefined);
            Assert.Equal(!allZero, theil.IsDefined);
            if (!allZero) InBounds(values, gini, hhi, hoover, cv, theil);
        }, print: t => $"[{string.Join(", ", t.Item1)}]");
    }

    private static void InBounds(double[] values, MeasureValue gini, MeasureValue hhi, MeasureValue hoover, MeasureValue cv, TheilResult theil)
    {
        var n = values.Length;
        Assert.InRange(gini.Value, 0, 1 - 1.0 / n + Eps);
        Assert.InRange(hhi.Value, 1.0 / n - Eps, 1 + Eps);
        Assert.InRange(hoover.Value, 0, 1 - 1.0 / n + Eps);
        Assert.InRange(cv.Value, 0, Math.Sqrt(n - 1) + Eps);
        Assert.InRange(theil.Total, -Eps, Math.Log(n) + Eps);
        var previous = 0.0;
        foreach (var k in new[] { 1, 2, 4, 8, 100 })
        {
            var cr = Concentration.ConcentrationRatio(values, k).Value;
            Assert.InRange(cr, Math.Min(k, n) / (double)n - Eps, 1 + Eps);
            Assert.True(cr >= previous - Eps, $"CR{k} = {cr} < {previous}");
            previous = cr;
        }
    }

    [Fact]
    public void Theil_decompositions_sum_to_the_total()
    {
        Data.SampleSeeded((values, groups) =>
        {
            var options = InequalityOptions.Default with { Groups = Grouping.FromLabels(groups) };
            foreach (var r in new[] { Concentration.TheilT(values, options), Concentration.TheilL(values, options) })
            {
                if (!r.IsDefined) continue;
                var scale = Math.Max(1, Math.Abs(r.Total));
                Assert.True(Math.Abs(r.Between + r.Within - r.Total) <= Eps * scale, $"{r}: between + within ≠ total");
                Assert.True(Math.Abs(r.Groups.Sum(g => g.WithinContribution) - r.Within) <= Eps * scale, $"{r}: Σ within contributions ≠ within");
                Assert.True(r.Between >= -Eps * scale && r.Within >= -Eps * scale, $"{r}: a negative part");
            }
        }, print: t => $"[{string.Join(", ", t.Item1)}] groups [{string.Join(",", t.Item2)}]");
    }
}

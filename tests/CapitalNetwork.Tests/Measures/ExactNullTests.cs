using System.Text.Json;
using CapitalNetwork.Measures;
using static CapitalNetwork.Tests.Measures.CorePeripheryReference;

namespace CapitalNetwork.Tests.Measures;

/// <summary>
/// The randomised core–periphery measures against independent references (TestData/coreperiphery/make_exact.py,
/// exact.json): the Borgatti–Everett permutation test against its exact null distribution on tiny graphs (every
/// labelling or every G(n, m) graph enumerated), the Kojaku–Masuda optimiser against the exhaustive optimum, and the
/// normalised rich club against NetworkX.
/// </summary>
/// <remarks>
/// Monte-Carlo tolerances: a p-value from P null samples is (1 + X)/(1 + P) with X ~ Binomial(P, q), q the exact
/// probability that a null fit reaches the observed one. So E[p] = (1 + Pq)/(1 + P) and sd(p) = √(Pq(1 − q))/(1 + P);
/// the tests accept 5 sd (a correct implementation fails with probability &lt; 10⁻⁶ per check under the normal
/// approximation; the seeds are fixed, so a pass is repeatable). The same bound is applied to the frequency of each
/// value of the exact null distribution. The degree-preserving null is not tested this way: its double-edge-swap chain,
/// stopped after a number of successful swaps, does not sample uniformly from the graphs with the degree sequence, so
/// there is no exact distribution to enumerate.
/// </remarks>
public class ExactNullTests
{
    private const double Sigmas = 5;

    private static IEnumerable<JsonElement> Cases(string section) => Exact(section).EnumerateArray();

    public static TheoryData<int> LabelCases => Indices("be_label");

    public static TheoryData<int> ErCases => Indices("be_er");

    public static TheoryData<int, string> KmCases
    {
        get
        {
            var d = new TheoryData<int, string>();
            for (var i = 0; i < Exact("km_exact").GetArrayLength(); i++)
            {
                d.Add(i, "config");
                d.Add(i, "er");
            }
            return d;
        }
    }

    private static TheoryData<int> Indices(string section)
    {
        var d = new TheoryData<int>();
        for (var i = 0; i < Exact(section).GetArrayLength(); i++) d.Add(i);
        return d;
    }

    /// <summary>The p-value is within <see cref="Sigmas"/> sd of its expectation under the exact q, and every null value
    /// is a value of the exact distribution, seen about as often as the exact probability says.</summary>
    private static void MatchesExactNull(JsonElement c, CorePeripherySignificance t, int permutations)
    {
        var q = c.GetProperty("q_exact").GetDouble();
        var expected = (1 + permutations * q) / (1 + permutations);
        var sd = Math.Sqrt(permutations * q * (1 - q)) / (1 + permutations);
        Assert.InRange(t.PValue, expected - Sigmas * sd - 1e-12, expected + Sigmas * sd + 1e-12);
        var values = t.Null.Values.ToArray();
        Assert.Equal(permutations, values.Length);
        var support = c.GetProperty("null").EnumerateArray()
            .Select(e => (Fit: e.GetProperty("fit").ValueKind == JsonValueKind.Null ? double.NaN : e.GetProperty("fit").GetDouble(), P: e.GetProperty("p").GetDouble()))
            .ToArray();
        Assert.Equal(1.0, support.Sum(s => s.P), 1e-12);
        static bool Same(double a, double b) => double.IsNaN(a) ? double.IsNaN(b) : Math.Abs(a - b) <= 1e-9;
        Assert.All(values, v => Assert.Contains(support, s => Same(s.Fit, v)));
        foreach (var (fit, p) in support)
        {
            var seen = values.Count(v => Same(fit, v)) / (double)permutations;
            Assert.True(Math.Abs(seen - p) <= Sigmas * Math.Sqrt(p * (1 - p) / permutations) + 1e-12,
                $"null fit {fit}: seen with frequency {seen}, exact probability {p}");
        }
    }

    [Theory]
    [MemberData(nameof(LabelCases))]
    public void Label_permutation_test_matches_the_exact_null(int i)
    {
        // expected: make_exact.py be_label — every core of the same size enumerated (C(n, k) of them), exact q
        var c = Exact("be_label")[i];
        var net = NetworkFile(c.GetProperty("file").GetString()!);
        var given = CorePeriphery.BorgattiEverettFit(net, Ints(c.GetProperty("core")));
        Assert.Equal(c.GetProperty("observed").GetDouble(), given.Fit, 1e-12);
        const int P = 4000;
        var t = CorePeriphery.BorgattiEverettTest(given, new PermutationTestOptions { Permutations = P, Seed = 2026 });
        Assert.Equal(CorePeripheryNullModel.LabelPermutation, t.NullModel);
        MatchesExactNull(c, t, P);
    }

    [Theory]
    [MemberData(nameof(ErCases))]
    public void Fitted_core_against_G_n_m_matches_the_exact_null(int i)
    {
        // expected: make_exact.py be_er — every graph with n nodes and m edges enumerated, each fitted exhaustively
        var c = Exact("be_er")[i];
        var net = NetworkFile(c.GetProperty("file").GetString()!);
        var fitted = CorePeriphery.BorgattiEverett(net);
        Assert.Equal(c.GetProperty("observed").GetDouble(), fitted.Fit, 1e-12);
        const int P = 3000;
        var t = CorePeriphery.BorgattiEverettTest(fitted, new PermutationTestOptions { Permutations = P, Seed = 2026, NullModel = CorePeripheryNullModel.ErdosRenyi });
        MatchesExactNull(c, t, P);
    }

    /// <summary>Cases where the optimiser, with the default options, stops short of the exhaustive optimum. tiny2 under the
    /// Erdős–Rényi null: the optimum puts cores 0, 2, 5 (0–2 untied) with peripheries 1, 3, 7 in one pair; label switching
    /// and the ego-pair trials never assemble it (with 1 to 200 runs and seeds 0–19 alike). Reported as a product issue;
    /// the test fails once the optimiser reaches it, so the case can move back to the strict list.</summary>
    private static readonly HashSet<(string File, string Null)> KnownMisses = [("tiny2.csv", "er")];

    [Theory]
    [MemberData(nameof(KmCases))]
    public void Kojaku_Masuda_reaches_the_exhaustive_optimum(int i, string which)
    {
        // expected: make_exact.py km_exact — Q maximised over every set partition × every core/periphery labelling
        var c = Exact("km_exact")[i];
        var net = NetworkFile(c.GetProperty("file").GetString()!);
        var best = c.GetProperty(which);
        var options = new KojakuMasudaOptions { NullModel = which == "config" ? KojakuMasudaNullModel.Configuration : KojakuMasudaNullModel.ErdosRenyi };
        var qMax = best.GetProperty("q_max").GetDouble();
        // the objective: the library's quality of the brute-force arg-max is the brute-force maximum
        Assert.Equal(qMax, CorePeriphery.KojakuMasudaQuality(net, Ints(best.GetProperty("pair")), Ints(best.GetProperty("core")).Select(x => x == 1).ToArray(), options), 1e-12);
        // the optimiser: reaches it (it cannot exceed it), and reports the quality of the assignment it returns
        var r = CorePeriphery.KojakuMasuda(net, options);
        Assert.Equal(r.Quality, CorePeriphery.KojakuMasudaQuality(net, r.PairOf, r.IsCore, options), 1e-12);
        Assert.True(r.Quality <= qMax + 1e-12, $"Q = {r.Quality} exceeds the exhaustive maximum {qMax}");
        if (KnownMisses.Contains((c.GetProperty("file").GetString()!, which)))
            Assert.True(r.Quality < qMax - 1e-9, "the optimiser now reaches the exhaustive optimum: remove the case from KnownMisses");
        else
            Assert.Equal(qMax, r.Quality, 1e-12);
    }
}

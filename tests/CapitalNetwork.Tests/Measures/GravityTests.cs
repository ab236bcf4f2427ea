using System.Collections.Immutable;
using CapitalNetwork.Measures;

namespace CapitalNetwork.Tests.Measures;

/// <summary>
/// PPML against statsmodels 0.13.5 GLM(Poisson).fit(cov_type="HC0", tol=1e-13) on the 30-node data set of TestData/qap
/// (make_reference.py: Poisson flows with many zeros, origin g03 sending nothing and destination g07 receiving nothing,
/// so both are dropped there as here; origin and destination dummies with the first kept destination as reference).
/// Coefficients and robust standard errors to 1e-6 relative; deviance and pseudo-R² (corr(y, μ̂)²) too.
/// </summary>
public sealed class GravityTests
{
    private const double Relative = 1e-6;

    private static readonly Dictionary<string, DyadMatrix> M = QapReference.Matrices("gravity_matrices.csv");

    private static void Close(double expected, double actual) =>
        Assert.True(Math.Abs(expected - actual) <= Relative * Math.Max(1e-3, Math.Abs(expected)), $"expected {expected:R}, got {actual:R}");

    private static void Check(string model, GravityResult r)
    {
        var rows = QapReference.Rows("gravity_statsmodels.csv").Where(x => x[0] == model).ToDictionary(x => x[1]);
        Assert.True(r.Converged);
        foreach (var t in r.Terms)
        {
            var name = t.Name == "same_group" || t.Name == "log_distance" || t.Name == "local" || t.Name == "(intercept)" ? t.Name : t.Name;
            Close(QapReference.Number(rows[name][2]), t.Coefficient);
            Close(QapReference.Number(rows[name][3]), t.StandardError);
        }
        Assert.Equal((long)QapReference.Number(rows["observations"][2]), r.Observations);
        Close(QapReference.Number(rows["deviance"][2]), r.Deviance);
        Close(QapReference.Number(rows["pseudo_r_squared"][2]), r.PseudoRSquared);
    }

    [Fact]
    public void FixedEffectsMatchStatsmodels()
    {
        var r = Gravity.Ppml(M["flow"], [M["log_distance"], M["same_group"]]);
        Check("fe", r);
        Assert.Contains("g03", r.DroppedOrigins);
        Assert.Contains("g07", r.DroppedDestinations);
    }

    [Fact]
    public void DiagonalWithLocalIndicatorMatchesStatsmodels()
    {
        var r = Gravity.Ppml(M["flow"], [M["log_distance"], M["same_group"]], GravityOptions.Default with { IncludeDiagonal = true });
        Assert.Equal("local", r.Terms[^1].Name);
        Check("fe_diagonal", r);
    }

    [Fact]
    public void MassesMatchStatsmodels()
    {
        var nodes = QapReference.Rows("gravity_masses.csv");
        var origin = new GravityMass("ln_origin_mass", [.. nodes.Select(x => QapReference.Number(x[1]))], FlowSide.Supplied);
        var destination = new GravityMass("ln_destination_mass", [.. nodes.Select(x => QapReference.Number(x[2]))], FlowSide.Attracted);
        var r = Gravity.Ppml(M["flow"], [M["log_distance"], M["same_group"]], GravityOptions.Default with { Masses = [origin, destination] });
        Assert.Equal(["(intercept)", "ln_origin_mass", "ln_destination_mass", "log_distance", "same_group"], r.Terms.Select(t => t.Name));
        Check("masses", r);
    }

    [Fact]
    public void TwoByTwoClosedForm()
    {
        // 3 nodes, one predictor that is 1 on (a→b) only. With origin and destination effects and the diagonal out there are
        // 6 dyads and 3 + 2 + 1 = 6 parameters: the fit is saturated, so μ̂ = F, deviance 0, and β = ln(F_ab F_ca F_bc … ) is
        // the log odds ratio of the cycle a→b→c→a against a→c→b→a: β = ln(F_ab·F_bc·F_ca / (F_ac·F_cb·F_ba)) = ln((4·2·3)/(1·6·2)) = ln 2.
        string[] ids = ["a", "b", "c"];
        double[] f = [0, 4, 1, 2, 0, 2, 3, 6, 0];
        double[] x = [0, 1, 0, 0, 0, 0, 0, 0, 0];
        var r = Gravity.Ppml(new DyadMatrix("f", ids, f), [new DyadMatrix("x", ids, x)]);
        Assert.Equal(Math.Log(2), r.Terms[0].Coefficient, 8);
        Assert.Equal(0, r.Deviance, 8);
    }

    [Fact]
    public void SampleNetworkFitsQuicklyAndConverges()
    {
        var net = CityNetwork.FromFilings(Path.Combine(AppContext.BaseDirectory, "SampleData", "sample-filings.csv")).Network;
        var r = Gravity.Ppml(net, EdgeWeight.Funds, [DyadMatrix.SameProvince(net)]);
        Assert.True(r.Converged);
        Assert.Equal("log_distance", r.Terms[0].Name);
        // distance deters capital: a negative elasticity (sign checked, not a reference value)
        Assert.True(r.Terms[0].Coefficient < 0);
        Assert.True(r.DroppedOrigins.Length > 0 && r.DroppedDestinations.Length > 0);
        Assert.Contains("Dropped, all flows zero", r.ToTable());
    }

    [Fact]
    public void RejectsNegativeFlowsAndAbsorbedPredictors()
    {
        string[] ids = ["a", "b", "c", "d"];
        var neg = new double[16];
        neg[1] = -1;
        Assert.Throws<ArgumentException>(() => Gravity.Ppml(new DyadMatrix("f", ids, neg), [new DyadMatrix("x", ids, new double[16])]));
        // a sender attribute is constant within each origin row: absorbed by the origin effects
        var flows = M["flow"];
        var sender = DyadMatrix.FromAttribute(QapReferenceNetwork(flows), Enumerable.Range(0, flows.NodeCount).Select(i => (double)i * i).ToArray(), DyadOperation.Sender, "sender");
        Assert.Throws<ArgumentException>(() => Gravity.Ppml(flows, [M["log_distance"], sender]));
    }

    private static FlowNetwork QapReferenceNetwork(DyadMatrix m)
    {
        var b = new FlowNetworkBuilder();
        foreach (var id in m.NodeIds) b.AddNode(id);
        return b.Build();
    }
}

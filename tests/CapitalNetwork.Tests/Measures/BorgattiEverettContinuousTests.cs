using CapitalNetwork.Measures;
using static CapitalNetwork.Tests.Measures.CorePeripheryReference;

namespace CapitalNetwork.Tests.Measures;

public class BorgattiEverettContinuousTests
{
    /// <summary>Pearson correlation of the undirected cells a_ij (i &lt; j) with c_i c_j, written out over all pairs.</summary>
    private static double DirectCorrelation(FlowNetwork net, IReadOnlyList<double> c, EdgeWeight? weight)
    {
        var n = net.NodeCount;
        var a = new double[n, n];
        for (var e = 0; e < net.EdgeCount; e++)
        {
            int s = net.Sources[e], t = net.Targets[e];
            if (s == t) continue;
            var w = weight is { } ew ? net.Weights(ew)[e] : 1;
            if (weight is null) a[s, t] = a[t, s] = 1;
            else
            {
                a[s, t] += w;
                a[t, s] += w;
            }
        }
        var xs = new List<double>();
        var ys = new List<double>();
        for (var i = 0; i < n; i++)
            for (var j = i + 1; j < n; j++)
            {
                xs.Add(a[i, j]);
                ys.Add(c[i] * c[j]);
            }
        double mx = xs.Average(), my = ys.Average(), sxy = 0, sxx = 0, syy = 0;
        for (var k = 0; k < xs.Count; k++)
        {
            sxy += (xs[k] - mx) * (ys[k] - my);
            sxx += (xs[k] - mx) * (xs[k] - mx);
            syy += (ys[k] - my) * (ys[k] - my);
        }
        return sxy / Math.Sqrt(sxx * syy);
    }

    [Theory]
    [InlineData("karate", "binary")]
    [InlineData("karate", "weighted")]
    [InlineData("lesmis", "binary")]
    [InlineData("lesmis", "weighted")]
    [InlineData("davis", "binary")]
    public void Minres_matches_scipy_least_squares(string graph, string kind)
    {
        // expected: make_reference.py minres_ref — scipy 1.10.1 L-BFGS-B minimising Σ_{i<j} (a_ij − c_i c_j)², c ≥ 0,
        // best of 4 starts; coreness scaled to max 1 (agreement to 1e-6), fit = numpy corrcoef at that c
        var reference = Of(graph).GetProperty("minres").GetProperty(kind);
        var weight = kind == "weighted" ? EdgeWeight.Funds : (EdgeWeight?)null;
        var net = Network(graph);
        var r = CorePeriphery.BorgattiEverettContinuous(net, new ContinuousCorenessOptions { View = NetworkView.UndirectedBinary with { Weight = weight } });
        Assert.True(r.Converged);
        var expected = Doubles(reference.GetProperty("c"));
        for (var i = 0; i < net.NodeCount; i++) Assert.Equal(expected[i], r.Coreness[i], 1e-6);
        Assert.Equal(reference.GetProperty("fit").GetDouble(), r.Fit, 1e-8);
        Assert.Equal(r.Fit, r.MinresFit);
        Assert.Equal(DirectCorrelation(net, r.Coreness.Values, weight), r.Fit, 1e-10);
    }

    [Theory]
    [InlineData("karate", "binary")]
    [InlineData("karate", "weighted")]
    [InlineData("lesmis", "binary")]
    public void Correlation_objective_reaches_scipy_best(string graph, string kind)
    {
        // expected lower bound: scipy 1.10.1 L-BFGS-B maximising corr(a, c cᵀ), c ≥ 0, best of 8 starts (make_reference.py).
        // On the binary karate club both sit near the degenerate supremum (c nearly constant), hence 1e-5.
        var scipyBest = Of(graph).GetProperty("continuous").GetProperty(kind).GetDouble();
        var weight = kind == "weighted" ? EdgeWeight.Funds : (EdgeWeight?)null;
        var net = Network(graph);
        var r = CorePeriphery.BorgattiEverettContinuous(net, new ContinuousCorenessOptions
        {
            View = NetworkView.UndirectedBinary with { Weight = weight },
            Objective = ContinuousCorenessObjective.Correlation,
        });
        Assert.True(r.Fit >= scipyBest - 1e-5, $"{r.Fit} < scipy {scipyBest}");
        Assert.True(r.Fit >= r.MinresFit - 1e-12);
        // near the degenerate supremum c is nearly constant and the products nearly equal: the direct two-pass
        // correlation loses digits to cancellation, hence 1e-6 here (1e-10 for MINRES above)
        Assert.Equal(DirectCorrelation(net, r.Coreness.Values, weight), r.Fit, 1e-6);
        Assert.All(r.Coreness.Values, x => Assert.True(x >= 0));
    }

    [Fact]
    public void Rank_one_ties_are_recovered_exactly()
    {
        // a_ij = c_i c_j with c = 1..8 / 8 on every pair: the ideal pattern itself, so fit 1 and coreness ∝ c
        var n = 8;
        var edges = new List<(int, int, double)>();
        for (var i = 0; i < n; i++)
            for (var j = i + 1; j < n; j++) edges.Add((i, j, (i + 1) * (j + 1)));
        var net = Build(n, [.. edges]);
        var r = CorePeriphery.BorgattiEverettContinuous(net, new ContinuousCorenessOptions { View = NetworkView.UndirectedWeighted(EdgeWeight.Funds) });
        Assert.Equal(1.0, r.Fit, 1e-9);
        for (var i = 0; i < n; i++) Assert.Equal((i + 1) / 8.0, r.Coreness[i], 1e-9);
    }

    [Fact]
    public void Isolated_nodes_get_zero_and_an_empty_graph_is_undefined()
    {
        var net = Build(6, (0, 1, 1), (0, 2, 1), (0, 3, 1), (1, 2, 1));
        var r = CorePeriphery.BorgattiEverettContinuous(net);
        Assert.Equal(0.0, r.Coreness[5]);
        Assert.Equal(1.0, r.Coreness[0]);
        Assert.True(r.Coreness[0] > r.Coreness[3]);
        Assert.True(double.IsNaN(CorePeriphery.BorgattiEverettContinuous(Build(4)).Fit));
    }

    [Fact]
    public void Directed_view_uses_ordered_pairs()
    {
        // by hand: 0→1 only, n = 3. MINRES over ordered pairs: c = (t, t, 0) with t = (Sc)_0 / (2 c_1²) → t² = 1/2.
        // Then x = 1/2 on cells 01 and 10, a = 1 on 01 only:
        // a = (1,0,0,0,0,0), x = (1,1,0,0,0,0) over ordered pairs → cov = 1/6 − 1/6·1/3 = 1/9, var a = 5/36, var x = 8/36 → ρ = 2/√10 (no c does better: x_01 = x_10 always)
        var net = Build(3, (0, 1, 1));
        var r = CorePeriphery.BorgattiEverettContinuous(net, new ContinuousCorenessOptions { View = NetworkView.DirectedBinary });
        Assert.Equal(2 / Math.Sqrt(10), r.Fit, 1e-9);
        Assert.Equal(0.0, r.Coreness[2], 1e-6);
    }
}

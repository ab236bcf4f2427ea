using CsCheck;

namespace CapitalNetwork.Tests.Properties;

/// <summary>
/// Flow totals are conserved: for every weight, Σ in-strength = Σ out-strength = total weight = the sum of the flows
/// added (integer weights, so the sums are exact); Σ in-degree = Σ out-degree = edge count = the number of distinct
/// ordered pairs; roll-ups to provinces and regions keep every total; and a network split into parts sums back to
/// itself edge by edge. Expected values come from the generated flows themselves (the model), not from the code under test.
/// </summary>
public class FlowTotalsProperties
{
    [Fact]
    public void Strength_totals_equal_the_flows_added()
    {
        PropertyGen.Any.Sample(g =>
        {
            var net = g.Build();
            foreach (var w in Enum.GetValues<EdgeWeight>())
            {
                double model = g.Flows.Sum(f => (double)(w switch { EdgeWeight.Funds => f.Funds, EdgeWeight.Links => f.Links, _ => f.Capital }));
                double sumIn = 0, sumOut = 0;
                for (var v = 0; v < net.NodeCount; v++)
                {
                    sumIn += net.InStrength(v, w);
                    sumOut += net.OutStrength(v, w);
                }
                Assert.Equal(model, net.TotalWeight(w));
                Assert.Equal(model, sumIn);
                Assert.Equal(model, sumOut);
            }
            var pairs = g.Flows.Select(f => (f.Source, f.Target)).Distinct().Count();
            Assert.Equal(pairs, net.EdgeCount);
            Assert.Equal(pairs, Enumerable.Range(0, net.NodeCount).Sum(net.InDegree));
            Assert.Equal(pairs, Enumerable.Range(0, net.NodeCount).Sum(net.OutDegree));
        }, iter: PropertyGen.Iterations, threads: 1, print: g => g.ToString());
    }

    [Fact]
    public void Roll_ups_keep_every_total()
    {
        PropertyGen.City.Sample(g =>
        {
            var net = g.Build();
            foreach (var level in new[] { RollUpLevel.Province, RollUpLevel.Region })
            {
                var up = net.RollUp(level);
                foreach (var w in Enum.GetValues<EdgeWeight>()) Assert.Equal(net.TotalWeight(w), up.TotalWeight(w));
                Assert.Equal(Enumerable.Range(0, net.NodeCount).Sum(net.RegisteredFunds), Enumerable.Range(0, up.NodeCount).Sum(up.RegisteredFunds));
            }
        }, iter: PropertyGen.Iterations, threads: 1, print: g => g.ToString());
    }

    [Fact]
    public void Parts_sum_back_to_the_whole()
    {
        Gen.Select(PropertyGen.Plain, Gen.Int[1, 4]).Sample((g, parts) =>
        {
            var whole = g.Build();
            var split = Enumerable.Range(0, parts)
                .Select(p => (g with { Flows = g.Flows.Where((_, i) => i % parts == p).ToArray() }).Build()).ToList();
            var sum = FlowNetwork.Sum(split);
            Assert.Equal(whole.EdgeCount, sum.EdgeCount);
            for (var e = 0; e < whole.EdgeCount; e++) Assert.Equal(whole.Edge(e), sum.Edge(e));
        }, iter: PropertyGen.Iterations, threads: 1);
    }
}

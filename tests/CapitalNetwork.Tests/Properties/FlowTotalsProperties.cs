using System.Globalization;
using CsCheck;

namespace CapitalNetwork.Tests.Properties;

/// <summary>
/// Flow totals are conserved: for every weight, Σ in-strength = Σ out-strength = total weight = the sum of the flows
/// added (integer weights, so the sums are exact); Σ in-degree = Σ out-degree = edge count = the number of distinct
/// ordered pairs; Σ registered funds = the registrations generated; roll-ups to provinces and regions keep every total
/// (and each province holds exactly its cities' registered funds); and a network split into parts sums back to itself
/// edge by edge and node by node. Expected values come from the generated flows and registrations themselves (the
/// model) and the gazetteer's province codes, not from the code under test. Every generated network registers at
/// least one fund, and the tests assert the totals they compare are non-zero in most cases, so a registered-funds
/// total lost on the way (0 = 0) fails.
/// </summary>
public class FlowTotalsProperties
{
    [Fact]
    public void Strength_totals_equal_the_flows_added()
    {
        PropertyGen.Any.SampleSeeded(g =>
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
            Assert.True(g.RegisteredTotal > 0, "the generator must register funds");
            Assert.Equal(g.RegisteredTotal, Enumerable.Range(0, net.NodeCount).Sum(net.RegisteredFunds));
            foreach (var (node, funds) in g.Registrations.GroupBy(r => r.Node, (v, rs) => (v, rs.Sum(r => (double)r.Funds))))
                Assert.Equal(funds, net.RegisteredFunds(net.IndexOf(g.Ids[node])));
            Assert.Equal(pairs, net.EdgeCount);
            Assert.Equal(pairs, Enumerable.Range(0, net.NodeCount).Sum(net.InDegree));
            Assert.Equal(pairs, Enumerable.Range(0, net.NodeCount).Sum(net.OutDegree));
        }, print: g => g.ToString());
    }

    [Fact]
    public void Roll_ups_keep_every_total()
    {
        var nonTrivial = 0;
        var province = Gazetteer.Default.Nodes.ToDictionary(d => d.Code.ToString("D6", CultureInfo.InvariantCulture), d => d.ProvinceCode);
        PropertyGen.City.SampleSeeded(g =>
        {
            var net = g.Build();
            // the model: the generated flows and registrations, summed here
            double Model(EdgeWeight w) => g.Flows.Sum(f => (double)(w switch { EdgeWeight.Funds => f.Funds, EdgeWeight.Links => f.Links, _ => f.Capital }));
            Assert.True(g.RegisteredTotal > 0, "the generator must register funds");
            if (g.Flows.Any(f => f.Funds > 0 && f.Capital > 0)) nonTrivial++;
            foreach (var level in new[] { RollUpLevel.Province, RollUpLevel.Region })
            {
                var up = net.RollUp(level);
                foreach (var w in Enum.GetValues<EdgeWeight>()) Assert.Equal(Model(w), up.TotalWeight(w));
                Assert.Equal(g.RegisteredTotal, Enumerable.Range(0, up.NodeCount).Sum(up.RegisteredFunds));
            }
            // each province holds the funds registered in its cities (gazetteer province codes)
            var byProvince = g.Registrations.GroupBy(r => province[g.Ids[r.Node]], (p, rs) => (p, rs.Sum(r => (double)r.Funds))).ToDictionary(t => t.p, t => t.Item2);
            var provinces = net.RollUp(RollUpLevel.Province);
            foreach (var (p, funds) in byProvince)
                Assert.Equal(funds, provinces.RegisteredFunds(provinces.IndexOf(p.ToString("D6", CultureInfo.InvariantCulture))));
        }, print: g => g.ToString());
        Assert.True(nonTrivial > PropertyGen.Iterations / 2, $"only {nonTrivial} of {PropertyGen.Iterations} networks had flows with funds and capital");
    }

    [Fact]
    public void Parts_sum_back_to_the_whole()
    {
        Gen.Select(PropertyGen.Plain, Gen.Int[1, 4]).SampleSeeded((g, parts) =>
        {
            var whole = g.Build();
            var split = Enumerable.Range(0, parts)
                .Select(p => (g with
                {
                    Flows = g.Flows.Where((_, i) => i % parts == p).ToArray(),
                    Registrations = g.Registrations.Where((_, i) => i % parts == p).ToArray(),
                }).Build()).ToList();
            var sum = FlowNetwork.Sum(split);
            Assert.Equal(whole.EdgeCount, sum.EdgeCount);
            for (var e = 0; e < whole.EdgeCount; e++) Assert.Equal(whole.Edge(e), sum.Edge(e));
            // registrations are split over the parts like the flows, so the sum must carry them all back
            Assert.True(g.RegisteredTotal > 0);
            Assert.Equal(g.RegisteredTotal, Enumerable.Range(0, sum.NodeCount).Sum(sum.RegisteredFunds));
            for (var v = 0; v < whole.NodeCount; v++) Assert.Equal(whole.RegisteredFunds(v), sum.RegisteredFunds(v));
        });
    }
}
